//! Reading and checking a team file a slice at a time, so a page can yield to the browser
//! between slices.
//!
//! The work is that of [`crate::report::read_team`] followed by [`crate::report::Team::report`] for every
//! line, cut into steps: loading the file's bytes a piece at a time ([`TeamJob::load`], which
//! also counts its lines for the progress bar), reading its rows with the team reader's own
//! steps ([`TeamStream`], which `read_team` runs to the end), then checking its people. Each [`TeamJob::step`] works until the caller's clock says the slice is
//! over, and at least one unit of work, so every step moves on.
//!
//! A CSV file in UTF-8 has its rows read while it loads ([`TeamJob::read_loaded`], between
//! pieces, while the browser reads the next one): whole lines only, a record whose quoted field
//! goes on past what is loaded read once the rest has come, so the result is the same as
//! reading the whole file. A workbook or a Windows-1251 file is read once loaded.

use crate::error::Error;
use crate::input::{utf8_bytes, Encoding, Loading, ENCODING_SAMPLE};
use crate::report::run::TeamStream;
use crate::report::{BadRow, Team, TeamSettings};
use crate::web::team::fingerprint::{Fingerprint, InputId};
use crate::web::team::line::TeamLine;

/// How many problems of unreadable rows are kept to be listed; the others are only counted.
pub(crate) const MAX_KEPT_PROBLEMS: usize = 10_000;

/// Records read between two looks at the clock.
const READ_BLOCK: usize = 256;
/// People checked between two looks at the clock.
const CHECK_BLOCK: usize = 32;

/// What a job is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Loading the file (and counting its lines).
    Loading,
    /// Reading its rows.
    Reading,
    /// Checking its people.
    Checking,
    /// Finished, well or not.
    Done,
}

/// How far a job is: `done` of `total` bytes (loading), rows (reading) or people (checking).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Progress {
    /// The phase.
    pub phase: Phase,
    /// How much of it is done.
    pub done: usize,
    /// How much there is.
    pub total: usize,
}

/// A team file, read and checked.
#[derive(Debug)]
pub(crate) struct TeamResult {
    /// The team, kept to export, to show a person's stays and to edit them.
    pub team: Team<'static>,
    /// One line per person and rule, in file order (`lines[i].index == i`).
    pub lines: Vec<TeamLine>,
    /// The problems of rows that could not be read, in the order found, at most
    /// [`MAX_KEPT_PROBLEMS`].
    pub problems: Vec<BadRow>,
    /// How many problems there were in all.
    pub problem_count: usize,
    /// The input the team was read from.
    pub input: InputId,
    /// The encoding the file was read as (Windows-1251 when it was not UTF-8).
    pub encoding: Encoding,
    /// For a workbook, the sheet read and the row of its header (the rows' numbers are the
    /// sheet's).
    pub sheet: Option<(String, usize)>,
}

/// Where a job is.
enum State {
    Loading {
        /// The file's bytes, in the stream that reads them while they load.
        stream: Box<TeamStream<'static, Loading>>,
        expected: usize,
        newlines: usize,
        fingerprint: Fingerprint,
        /// Whether rows are read while the file loads (a CSV file in UTF-8), decided from the
        /// start of the file once enough of it has loaded to tell its encoding.
        streaming: Option<bool>,
    },
    Reading(Box<TeamStream<'static, Loading>>),
    Checking {
        team: Team<'static>,
        lines: Vec<TeamLine>,
    },
    Finished(Result<TeamResult, Error>),
    Taken,
}

/// Reads and checks a team file in slices (see the module docs).
///
/// The result equals [`crate::report::read_team`]'s with every line checked: the same lines, the same
/// problems, in the same order.
pub(crate) struct TeamJob {
    settings: TeamSettings<'static>,
    state: State,
    problems: Vec<BadRow>,
    problem_count: usize,
    rows_total: usize,
    rows_done: usize,
    input: Option<InputId>,
    encoding: Encoding,
    sheet: Option<(String, usize)>,
}

impl TeamJob {
    /// A job checking a file of about `expected` bytes with `settings`; its bytes come next,
    /// from [`TeamJob::load`].
    pub fn new(settings: TeamSettings<'static>, expected: usize) -> TeamJob {
        TeamJob {
            settings,
            state: State::Loading {
                stream: Box::new(TeamStream::new(Loading::with_capacity(expected), settings)),
                expected,
                newlines: 0,
                fingerprint: Fingerprint::default(),
                streaming: None,
            },
            problems: Vec::new(),
            problem_count: 0,
            rows_total: 0,
            rows_done: 0,
            input: None,
            encoding: Encoding::Utf8,
            sheet: None,
        }
    }

    /// How far the job is.
    pub fn progress(&self) -> Progress {
        match &self.state {
            State::Loading {
                stream, expected, ..
            } => {
                let loaded = stream.input().bytes().len();
                Progress {
                    phase: Phase::Loading,
                    done: loaded,
                    total: loaded.max(*expected),
                }
            }
            State::Reading(_) => Progress {
                phase: Phase::Reading,
                done: self.rows_done.min(self.rows_total),
                total: self.rows_total,
            },
            State::Checking { team, lines, .. } => Progress {
                phase: Phase::Checking,
                done: lines.len(),
                total: team.len(),
            },
            State::Finished(_) | State::Taken => Progress {
                phase: Phase::Done,
                done: self.rows_total,
                total: self.rows_total,
            },
        }
    }

    /// Appends the next piece of the file, counting its lines and adding it to the input's
    /// fingerprint. Ignored once loading is over.
    pub fn load(&mut self, piece: &[u8]) {
        self.load_with(piece.len(), |tail| tail.copy_from_slice(piece));
    }

    /// Appends the next `len` bytes of the file, which `fill` writes straight into the job's
    /// buffer (the browser's bytes are then copied once into wasm memory, not twice), counting
    /// its lines and adding it to the input's fingerprint as [`TeamJob::load`] does. Ignored
    /// once loading is over.
    pub fn load_with(&mut self, len: usize, fill: impl FnOnce(&mut [u8])) {
        if let State::Loading {
            stream,
            newlines,
            fingerprint,
            ..
        } = &mut self.state
        {
            let piece = stream.input_mut().load_with(len, fill);
            *newlines += count_newlines(piece);
            fingerprint.add(piece);
        }
    }

    /// Reads the rows of what is loaded, while the file goes on loading, until `out_of_time`
    /// says so (asked between small blocks of work); returns whether all that can be read
    /// for now is read (or the job is past loading). Does nothing for a workbook, a file not
    /// in UTF-8, or before enough of the file has loaded to tell which it is.
    pub fn read_loaded(&mut self, out_of_time: &mut dyn FnMut() -> bool) -> bool {
        loop {
            let State::Loading {
                stream, streaming, ..
            } = &mut self.state
            else {
                return true;
            };
            if streaming.is_none() {
                let start = stream.input().bytes();
                if start.len() < ENCODING_SAMPLE {
                    return true;
                }
                *streaming = Some(streams(start));
            }
            if *streaming != Some(true) {
                return true;
            }
            match read_block(stream, &mut self.problems, &mut self.problem_count, true) {
                None => {}
                Some(Err(error)) => {
                    self.state = State::Finished(Err(error));
                    return true;
                }
                Some(Ok(_)) => unreachable!("a stream gives its team once the file is complete"),
            }
            self.rows_done = stream.line().saturating_sub(1);
            if stream.waiting() {
                return true;
            }
            if out_of_time() {
                return false;
            }
        }
    }

    /// Works until `out_of_time` says so (it is asked between small blocks of work, after the
    /// first) or the job is finished; returns whether it is. The first step ends the loading:
    /// the file is taken as it is then.
    pub fn step(&mut self, out_of_time: &mut dyn FnMut() -> bool) -> bool {
        loop {
            let finished = match self.state {
                State::Loading { .. } => self.loaded(),
                State::Reading(_) => self.read(),
                State::Checking { .. } => self.check(),
                State::Finished(_) | State::Taken => return true,
            };
            if finished {
                return matches!(self.state, State::Finished(_));
            }
            if out_of_time() {
                return false;
            }
        }
    }

    /// The result, once [`TeamJob::step`] said the job is finished.
    pub fn result(&mut self) -> Option<Result<TeamResult, Error>> {
        match std::mem::replace(&mut self.state, State::Taken) {
            State::Finished(result) => Some(result),
            other => {
                self.state = other;
                None
            }
        }
    }

    /// Ends the loading: moves on to reading.
    fn loaded(&mut self) -> bool {
        let State::Loading {
            stream,
            newlines,
            fingerprint,
            streaming,
            ..
        } = &mut self.state
        else {
            return false;
        };
        self.input = Some(fingerprint.id());
        if *streaming == Some(true) {
            // Read while loading: reading goes on to the end of the file.
            stream.input_mut().finish();
            let bytes = stream.input().bytes();
            let unterminated = bytes.last().is_some_and(|&b| b != b'\n');
            self.rows_total = (*newlines + usize::from(unterminated)).saturating_sub(1);
            if let State::Loading { stream, .. } = std::mem::replace(&mut self.state, State::Taken)
            {
                self.state = State::Reading(stream);
            }
            return false;
        }
        let mut bytes = std::mem::take(stream.input_mut()).into_bytes();
        // Rows are counted by line: a workbook's blank lines above its header count as read.
        #[cfg_attr(not(feature = "workbook"), allow(unused_mut))]
        let mut newlines = *newlines;
        #[cfg(feature = "workbook")]
        if crate::input::is_workbook(&bytes) {
            let read = crate::input::read_workbook(bytes, |header| {
                crate::report::TeamColumns::from_header(header).is_ok()
            });
            match read {
                Ok(book) => {
                    newlines = book.csv.iter().filter(|&&b| b == b'\n').count();
                    self.sheet = Some((book.sheet, book.header_row));
                    bytes = book.csv;
                }
                Err(error) => {
                    self.state = State::Finished(Err(error));
                    return true;
                }
            }
        }
        let unterminated = bytes.last().is_some_and(|&b| b != b'\n');
        self.rows_total = (newlines + usize::from(unterminated)).saturating_sub(1);
        let (bytes, encoding) = utf8_bytes(bytes);
        self.encoding = encoding;
        self.state = State::Reading(Box::new(TeamStream::new(
            Loading::complete(bytes),
            self.settings,
        )));
        false
    }

    /// Reads a block of records; at the end of the file, moves on to checking.
    fn read(&mut self) -> bool {
        let TeamJob {
            state,
            problems,
            problem_count,
            rows_done,
            ..
        } = self;
        let State::Reading(stream) = state else {
            return false;
        };
        let read = read_block(stream, problems, problem_count, false);
        *rows_done = stream.line().saturating_sub(1);
        match read {
            None => {}
            Some(Ok(team)) => {
                *state = State::Checking {
                    lines: Vec::with_capacity(team.len()),
                    team,
                }
            }
            Some(Err(error)) => *state = State::Finished(Err(error)),
        }
        false
    }

    /// Checks a block of people; after the last, the job is finished.
    fn check(&mut self) -> bool {
        let State::Checking { team, lines, .. } = &mut self.state else {
            return false;
        };
        let end = (lines.len() + CHECK_BLOCK).min(team.len());
        for index in lines.len()..end {
            match team.report(index) {
                Ok(report) => lines.push(TeamLine::new(index, report, &team.settings().options)),
                // Not expected: every row was checked when it was read.
                Err(error) => {
                    self.state = State::Finished(Err(error));
                    return true;
                }
            }
        }
        if lines.len() < team.len() {
            return false;
        }
        let State::Checking { team, lines } = std::mem::replace(&mut self.state, State::Taken)
        else {
            return false;
        };
        self.state = State::Finished(Ok(TeamResult {
            team,
            lines,
            problems: std::mem::take(&mut self.problems),
            problem_count: self.problem_count,
            input: self.input.unwrap_or_else(|| Fingerprint::default().id()),
            encoding: self.encoding,
            sheet: self.sheet.take(),
        }));
        true
    }
}

/// Reads a block of records of `stream` (of what is loaded, while `loading`), keeping the
/// problems of its bad rows.
fn read_block(
    stream: &mut TeamStream<'static, Loading>,
    problems: &mut Vec<BadRow>,
    problem_count: &mut usize,
    loading: bool,
) -> Option<Result<Team<'static>, Error>> {
    let keep = |bad: BadRow| {
        *problem_count += 1;
        if problems.len() < MAX_KEPT_PROBLEMS {
            problems.push(bad);
        }
    };
    if loading {
        stream.step_loaded(READ_BLOCK, keep)
    } else {
        stream.step(READ_BLOCK, keep)
    }
}

/// Whether a file starting with `start` (at least [`ENCODING_SAMPLE`] bytes, or all of it) has
/// its rows read while it loads: a CSV file in UTF-8, as [`utf8_bytes`] will take it.
fn streams(start: &[u8]) -> bool {
    #[cfg(feature = "workbook")]
    if crate::input::is_workbook(start) {
        return false;
    }
    Encoding::detect(&start[..start.len().min(ENCODING_SAMPLE)]) == Encoding::Utf8
}

/// How many `\n` bytes `bytes` holds, eight at a time: the file's rows are counted while it
/// loads, and a byte-at-a-time loop over a big file is a visible part of loading in wasm.
fn count_newlines(bytes: &[u8]) -> usize {
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    const NEWLINES: u64 = u64::from_ne_bytes([b'\n'; 8]);
    let mut words = bytes.chunks_exact(8);
    let mut count = 0;
    for word in &mut words {
        // A byte of `x` is zero exactly where `word` has a newline. Per byte, `(x & 0x7f) +
        // 0x7f` has its high bit set when the low seven bits are not all zero (and never
        // carries into the next byte), `| x` when the high bit is: what is left unset is a
        // zero byte.
        let x = u64::from_ne_bytes(word.try_into().expect("8 bytes")) ^ NEWLINES;
        let zero = !(((x & !HIGH) + !HIGH) | x) & HIGH;
        count += zero.count_ones() as usize;
    }
    count + words.remainder().iter().filter(|&&b| b == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Status;
    use crate::date::date;
    use crate::report::{read_team, ReportStatus};

    fn settings() -> TeamSettings<'static> {
        TeamSettings::new(
            date(2026, 5, 20),
            Some(crate::catalogue::rule("schengen").unwrap()),
        )
    }

    /// A job with `file` loaded in pieces of 7 bytes (lines end across pieces).
    fn loaded(file: &[u8]) -> TeamJob {
        let mut job = TeamJob::new(settings(), file.len());
        for piece in file.chunks(7) {
            job.load(piece);
        }
        job
    }

    /// Runs a job to the end with `slice` units of work per step; returns the result and
    /// every progress seen between steps.
    fn run(file: &[u8], slice: usize) -> (Result<TeamResult, Error>, Vec<Progress>) {
        let mut job = loaded(file);
        let mut seen = vec![job.progress()];
        loop {
            let mut left = slice;
            let done = job.step(&mut || {
                left = left.saturating_sub(1);
                left == 0
            });
            seen.push(job.progress());
            if done {
                return (job.result().expect("finished"), seen);
            }
        }
    }

    /// What `read_team` and checking every line give for `file`.
    fn expected(file: &[u8]) -> (Vec<TeamLine>, Vec<BadRow>) {
        let mut bad = Vec::new();
        let team = read_team(file, settings(), |b| bad.push(b)).unwrap();
        let lines = team
            .reports()
            .enumerate()
            .map(|(i, r)| TeamLine::new(i, r.unwrap(), &Default::default()))
            .collect();
        (lines, bad)
    }

    #[test]
    fn a_workbook_is_read_from_its_sheet_with_a_header_with_the_sheets_row_numbers() {
        let book = include_bytes!("../../../tests/fixtures/team-ru.xlsx");
        let (result, _) = run(book, 3);
        let result = result.unwrap();
        assert_eq!(result.sheet, Some(("Поездки".to_string(), 3)));
        let people: Vec<(&str, ReportStatus)> = result
            .lines
            .iter()
            .map(|line| (&*line.person, line.status))
            .collect();
        assert_eq!(
            people,
            [
                ("Иванов Иван", Status::Overstay.into()),
                ("Петрова Анна", ReportStatus::CheckRows),
                ("Ким Ольга", Status::Warning.into()),
                ("Сидоров Пётр", Status::Ok.into()),
                ("Ахметов Ерлан", Status::Ok.into()),
            ]
        );
        assert_eq!(result.problem_count, 1);
        assert_eq!(result.problems[0].line, 8);
        let damaged = include_bytes!("../../../tests/fixtures/damaged.xls");
        let (result, _) = run(damaged, 3);
        assert!(result.unwrap_err().to_string().contains("cut short"));
    }

    #[test]
    fn the_example_file_reads_as_read_team_reads_it() {
        let file = include_bytes!("../../../examples/team.csv");
        for slice in [1, 3, 1000] {
            let (result, seen) = run(file, slice);
            let result = result.unwrap();
            let (lines, bad) = expected(file);
            assert_eq!(result.lines, lines, "slice {slice}");
            assert_eq!(result.problems, bad);
            assert_eq!(result.problem_count, 1);
            assert_eq!(result.input, crate::web::team::fingerprint::input_id(file));
            assert_eq!(
                seen.last().map(|p| (p.phase, p.total)),
                Some((Phase::Done, 20))
            );
        }
    }

    /// `people` people with `stays` rows each, spread over the file, some rows bad.
    fn big_file(people: usize, stays: usize) -> String {
        let mut file = String::from("name;team;from;to\r\n");
        for stay in 0..stays {
            for person in 0..people {
                let day = 1 + (person * 7 + stay * 3) % 27;
                let month = 1 + stay % 12;
                if (person + stay) % 97 == 0 {
                    file.push_str(&format!(
                        "P{person};T{};{day}.{month}.2025;soon\r\n",
                        person % 5
                    ));
                } else {
                    file.push_str(&format!(
                        "P{person};T{};{day:02}.{month:02}.2025;{:02}.{month:02}.2025\r\n",
                        person % 5,
                        day + 1
                    ));
                }
            }
        }
        file
    }

    #[test]
    fn a_big_file_in_many_slices_gives_the_same_report() {
        let file = big_file(500, 6);
        let (result, seen) = run(file.as_bytes(), 2);
        let result = result.unwrap();
        let (lines, bad) = expected(file.as_bytes());
        assert_eq!(result.lines.len(), 500);
        assert_eq!(result.lines, lines);
        assert_eq!(result.problems, bad);
        assert!(!bad.is_empty());
        // Many steps, and the progress within each phase never goes back.
        assert!(seen.len() > 10, "{} steps", seen.len());
        for pair in seen.windows(2) {
            if pair[0].phase == pair[1].phase {
                assert!(pair[0].done <= pair[1].done, "{pair:?}");
            }
        }
        let reading: Vec<&Progress> = seen.iter().filter(|p| p.phase == Phase::Reading).collect();
        assert!(reading.len() >= 5, "{} reading steps", reading.len());
        assert!(reading.iter().all(|p| p.total == 3000 && p.done <= 3000));
        assert!(seen
            .iter()
            .any(|p| p.phase == Phase::Checking && p.total == 500));
    }

    #[test]
    fn loading_counts_the_bytes_then_reading_counts_the_rows() {
        let file = b"person,entry,exit\r\nAna,2026-01-01,2026-01-02\r\nBen,2026-01-01,";
        let mut job = TeamJob::new(settings(), file.len());
        job.load(&file[..10]);
        let progress = job.progress();
        assert_eq!(progress.phase, Phase::Loading);
        assert_eq!((progress.done, progress.total), (10, file.len()));
        job.load(&file[10..]);
        job.step(&mut || true);
        let progress = job.progress();
        assert_eq!(progress.phase, Phase::Reading);
        assert_eq!(progress.total, 2, "two rows, the last one unterminated");
        while !job.step(&mut || false) {}
        let result = job.result().unwrap().unwrap();
        assert_eq!(result.lines.len(), 2);
        job.load(b"ignored");
        assert_eq!(job.progress().phase, Phase::Done);
    }

    #[test]
    fn every_step_moves_on_even_with_no_time() {
        let file = big_file(40, 2);
        let mut job = loaded(file.as_bytes());
        let mut steps = 0;
        while !job.step(&mut || true) {
            steps += 1;
            assert!(steps < 10_000);
        }
        assert_eq!(job.result().unwrap().unwrap().lines.len(), 40);
    }

    #[test]
    fn kept_problems_are_capped_but_all_counted() {
        let mut file = String::from("person,entry,exit\n");
        for i in 0..(MAX_KEPT_PROBLEMS + 5) {
            file.push_str(&format!("P{i},someday,\n"));
        }
        file.push_str("Ana,2026-05-01,2026-05-02\n");
        let (result, _) = run(file.as_bytes(), 100_000);
        let result = result.unwrap();
        assert_eq!(result.problems.len(), MAX_KEPT_PROBLEMS);
        assert_eq!(result.problem_count, MAX_KEPT_PROBLEMS + 5);
        // Everyone is in the table: the people of the bad rows as "check rows".
        assert_eq!(result.lines.len(), MAX_KEPT_PROBLEMS + 6);
        assert_eq!(result.lines[0].status, crate::assessment::Status::Ok);
        assert!(result.lines[1..]
            .iter()
            .all(|line| line.status == crate::report::ReportStatus::CheckRows
                && line.days_used.is_none()));
        assert_eq!(result.problems[0].line, 2);
    }

    #[test]
    fn a_file_that_cannot_be_read_is_an_error() {
        let (empty, _) = run(b"", 10);
        assert!(empty.unwrap_err().to_string().contains("the file is empty"));
        let (no_exit, _) = run(b"person,entry\nAna,2026-01-01\n", 10);
        assert!(no_exit.unwrap_err().to_string().contains("no exit column"));
    }

    #[test]
    fn a_windows_1251_file_is_decoded_and_said() {
        let file = std::fs::read("tests/fixtures/team-ru-cp1251.csv").unwrap();
        let (result, _) = run(&file, 3);
        let result = result.unwrap();
        assert_eq!(result.encoding, Encoding::Windows1251);
        let people: Vec<&str> = result.lines.iter().map(|l| &*l.person).collect();
        assert_eq!(
            people,
            [
                "Иванов Иван",
                "Петрова Анна",
                "Сидоров Пётр",
                "Ким Ольга",
                "Ахметов Ерлан"
            ]
        );
        assert_eq!(
            result.lines[1].status,
            crate::report::ReportStatus::CheckRows
        );
    }

    #[test]
    fn newlines_are_counted_as_a_byte_at_a_time_count_would() {
        // Bytes around the newline's: 0x0a with the high bit (0x8a), 0x0b, 0x09, zero, 0xff.
        let alphabet = [b'\n', 0x8a, 0x0b, 0x09, 0, 0xff, b'a', b'\r'];
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for len in 0..200 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            for start in 0..bytes.len().min(9) {
                let naive = bytes[start..].iter().filter(|&&b| b == b'\n').count();
                assert_eq!(
                    count_newlines(&bytes[start..]),
                    naive,
                    "{bytes:?} from {start}"
                );
            }
        }
        assert_eq!(count_newlines(&[b'\n'; 64]), 64);
    }

    #[test]
    fn a_file_loaded_in_pieces_written_in_place_reads_as_one_loaded_at_once() {
        let file = include_bytes!("../../../examples/team.csv");
        let mut whole = TeamJob::new(settings(), file.len());
        whole.load(file);
        let mut pieces = TeamJob::new(settings(), file.len());
        for piece in file.chunks(7) {
            pieces.load_with(piece.len(), |tail| tail.copy_from_slice(piece));
        }
        assert_eq!(pieces.progress(), whole.progress());
        let finish = |job: &mut TeamJob| {
            while !job.step(&mut || false) {}
            job.result().expect("finished").expect("read")
        };
        let (a, b) = (finish(&mut whole), finish(&mut pieces));
        assert_eq!((a.lines, a.input), (b.lines, b.input));
    }

    #[test]
    fn the_result_is_given_once() {
        let mut job = loaded(b"person,entry,exit\n");
        assert!(job.result().is_none());
        while !job.step(&mut || false) {}
        assert!(job.result().unwrap().unwrap().lines.is_empty());
        assert!(job.result().is_none());
    }

    /// Runs a job on `file` loaded in pieces of `size` bytes, reading what is loaded after
    /// each piece in slices of `slice` blocks; returns the result and how many rows were read
    /// before the file was all loaded.
    fn run_reading_while_loading(
        file: &[u8],
        size: usize,
        slice: usize,
    ) -> (Result<TeamResult, Error>, usize) {
        let mut job = TeamJob::new(settings(), file.len());
        for piece in file.chunks(size) {
            job.load(piece);
            let mut left = slice;
            while !job.read_loaded(&mut || {
                left = left.saturating_sub(1);
                left == 0
            }) {
                left = slice;
            }
            assert!(matches!(job.progress().phase, Phase::Loading | Phase::Done));
        }
        let read_while_loading = job.rows_done;
        while !job.step(&mut || false) {}
        (job.result().expect("finished"), read_while_loading)
    }

    /// [`big_file`] with quoted names of several lines, Cyrillic names, a byte-order mark and
    /// a row of a quote never closed near its end: over [`ENCODING_SAMPLE`], so it is read
    /// while it loads.
    fn big_quoted_file() -> String {
        let mut file = String::from("\u{feff}");
        for (i, line) in big_file(500, 6).lines().enumerate() {
            match i % 17 {
                5 => file.push_str(&line.replacen('P', "\"Пётр\r\nP", 1).replacen(';', "\";", 1)),
                9 => file.push_str(
                    &line
                        .replacen('P', "\"\"\"Ёлка\"\" P", 1)
                        .replacen(';', "\";", 1),
                ),
                _ => file.push_str(line),
            }
            file.push_str("\r\n");
        }
        file.push_str("\"Unclosed;T1;01.01.2025;02.01.2025\r\nP1;T1;01.01.2025;02.01.2025\r\n");
        file
    }

    #[test]
    fn a_file_read_while_it_loads_gives_what_reading_it_loaded_gives() {
        let file = big_quoted_file();
        let file = file.as_bytes();
        assert!(file.len() > ENCODING_SAMPLE);
        let (lines, bad) = expected(file);
        assert!(lines.iter().any(|line| line.person.starts_with("Пётр\nP")));
        assert!(bad.last().unwrap().reason.contains("never closed"));
        for (size, slice) in [
            (7, 3),
            (1000, 1),
            (4093, 2),
            (70_001, 1000),
            (file.len(), 1),
        ] {
            let (result, read_while_loading) = run_reading_while_loading(file, size, slice);
            let result = result.unwrap();
            assert_eq!(result.lines, lines, "pieces of {size}");
            assert_eq!(result.problems, bad, "pieces of {size}");
            assert_eq!(result.problem_count, bad.len());
            assert_eq!(result.input, crate::web::team::fingerprint::input_id(file));
            assert_eq!(result.encoding, Encoding::Utf8);
            // Rows are read as soon as the encoding is known.
            assert!(
                read_while_loading > 2000,
                "{read_while_loading} in pieces of {size}"
            );
        }
    }

    #[test]
    fn a_header_without_an_exit_column_is_the_error_while_loading_too() {
        let file = big_file(500, 6).replacen("name;team;from;to", "name;team;from", 1);
        let (result, _) = run_reading_while_loading(file.as_bytes(), 4096, 5);
        assert!(result.unwrap_err().to_string().contains("no exit column"));
    }

    #[test]
    fn a_windows_1251_file_or_a_workbook_is_read_once_loaded() {
        let text = big_file(500, 6).replace('P', "Пётр ");
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
        assert!(bytes.len() > ENCODING_SAMPLE);
        let (result, read_while_loading) = run_reading_while_loading(&bytes, 4096, 5);
        let result = result.unwrap();
        assert_eq!(read_while_loading, 0);
        assert_eq!(result.encoding, Encoding::Windows1251);
        assert_eq!(result.lines, expected(text.as_bytes()).0);
        assert!(streams(text.as_bytes()));
        assert!(!streams(&bytes));
        #[cfg(feature = "workbook")]
        assert!(!streams(include_bytes!(
            "../../../tests/fixtures/team-ru.xlsx"
        )));
    }
}
