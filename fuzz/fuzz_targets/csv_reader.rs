//! Arbitrary bytes through `CsvReader` (both ways of reading, two record limits) and
//! `read_stays`. Beyond "no panic": both ways of reading agree, line numbers grow, and every
//! stay read is one the engine accepts, each good row kept whatever the bad ones are.

#![no_main]

use libfuzzer_sys::fuzz_target;
use staycalc::{Error, MAX_DATE, MIN_DATE};
use staycalc::input::{read_stays, CsvReader, CsvRecord, ERRORS_KEPT};

/// Every record or error, by the iterator.
fn by_iterator(data: &[u8], limit: usize) -> Vec<Result<CsvRecord, Error>> {
    CsvReader::new(data).with_max_record_bytes(limit).collect()
}

/// Every record or error, by `read_record` reusing one record.
fn by_read_record(data: &[u8], limit: usize) -> Vec<Result<CsvRecord, Error>> {
    let mut reader = CsvReader::new(data).with_max_record_bytes(limit);
    let mut record = CsvRecord {
        line: 0,
        fields: vec!["left over".into(); 3],
    };
    let mut all = Vec::new();
    while let Some(result) = reader.read_record(&mut record) {
        all.push(result.map(|()| record.clone()));
    }
    all
}

fuzz_target!(|data: &[u8]| {
    // A small limit makes records too long often; the default one is what users get.
    for limit in [16, staycalc::input::MAX_RECORD_BYTES] {
        let records = by_iterator(data, limit);
        assert_eq!(records.len(), by_read_record(data, limit).len());
        for (a, b) in records.iter().zip(by_read_record(data, limit)) {
            match (a, &b) {
                (Ok(a), Ok(b)) => assert_eq!(a, b),
                (Err(a), Err(b)) => assert_eq!(a, b),
                _ => panic!("the iterator gave {a:?}, read_record {b:?}"),
            }
        }
        let mut last_line = 0;
        for record in &records {
            match record {
                Ok(record) => {
                    assert!(record.line > last_line, "lines go forward");
                    assert!(!record.fields.is_empty());
                    let bytes: usize = record.fields.iter().map(String::len).sum();
                    assert!(
                        bytes <= limit,
                        "a record of {bytes} bytes passed a limit of {limit}"
                    );
                    last_line = record.line;
                }
                Err(error) => {
                    assert_eq!(error.code(), "bad_input");
                    let line = error.row().expect("a reader error names its line");
                    assert!(
                        line > last_line,
                        "error on line {line} after line {last_line}"
                    );
                    last_line = line;
                }
            }
        }
    }

    let file = read_stays(data);
    let mut rows = Vec::new();
    for stay in &file.stays {
        let row = stay.row.expect("a stay read from a file has its line");
        assert!((MIN_DATE..=MAX_DATE).contains(&stay.entry));
        if let Some(exit) = stay.exit {
            assert!(exit >= stay.entry && exit <= MAX_DATE);
        }
        rows.push(row);
    }
    assert!(rows.windows(2).all(|w| w[0] < w[1]), "stays in line order");
    assert!(file.errors.len() <= ERRORS_KEPT && file.errors.len() <= file.error_count);
    assert!(file.errors.len() == file.error_count || file.errors.len() == ERRORS_KEPT);
    let error_rows: Vec<Option<usize>> = file.errors.iter().map(Error::row).collect();
    assert!(error_rows.windows(2).all(|w| w[0] <= w[1]), "errors sorted");
    for row in error_rows.into_iter().flatten() {
        assert!(
            !rows.contains(&row),
            "row {row} is both a stay and an error"
        );
    }
    for error in &file.errors {
        let message = error.to_string();
        assert!(
            !message.is_empty() && !message.ends_with('.'),
            "{message:?}"
        );
    }
});
