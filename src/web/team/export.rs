//! The report as CSV for a spreadsheet, written a slice at a time: the report module's
//! [`CsvReportWriter`] (which neutralises formula-like cells), fed the lines in the order the
//! table shows them.

use crate::report::{CsvReportWriter, Team};

/// People written between two looks at the clock.
const BLOCK: usize = 64;

/// Writes the CSV report of some of a team's lines, in a given order, in slices.
pub(crate) struct ExportJob {
    writer: CsvReportWriter<Vec<u8>>,
    order: Vec<u32>,
    next: usize,
}

impl ExportJob {
    /// A job writing, after a UTF-8 byte-order mark (so that spreadsheets read the accents
    /// right), the header for `team`'s columns, then the lines `order` (team line indices).
    pub fn new(team: &Team<'_>, order: Vec<u32>) -> ExportJob {
        let out = "\u{feff}".as_bytes().to_vec();
        let writer = CsvReportWriter::for_team(out, team).expect("writing to memory cannot fail");
        ExportJob {
            writer,
            order,
            next: 0,
        }
    }

    /// `(written, total)` lines.
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.order.len())
    }

    /// Writes lines of `team` (the team the job was made for) until `out_of_time` says so,
    /// at least one block; returns whether every line is written.
    pub fn step(&mut self, team: &Team<'_>, out_of_time: &mut dyn FnMut() -> bool) -> bool {
        loop {
            let end = (self.next + BLOCK).min(self.order.len());
            for &index in &self.order[self.next..end] {
                let index = index as usize;
                // A line the engine cannot check (not expected: it was checked when read) is
                // left out rather than written wrong.
                if let Some(Ok(report)) = (index < team.len()).then(|| team.report(index)) {
                    self.writer
                        .write(&report)
                        .expect("writing to memory cannot fail");
                }
            }
            self.next = end;
            if self.next == self.order.len() {
                return true;
            }
            if out_of_time() {
                return false;
            }
        }
    }

    /// The CSV, once every line is written.
    pub fn finish(self) -> Vec<u8> {
        self.writer.into_inner()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;
    use crate::report::{read_team, TeamSettings};

    fn team() -> Team<'static> {
        let file = "person,team,entry,exit\n\
                    Ana,=cmd(),2026-01-01,2026-03-31\n\
                    \"Doe, Jo\",Legal,2026-04-01,2026-04-03\n\
                    Cem,-1,2026-02-01,2026-02-10\n";
        let settings = TeamSettings::new(
            date(2026, 4, 15),
            Some(crate::catalogue::rule("schengen").unwrap()),
        );
        read_team(file.as_bytes(), settings, |bad| panic!("{bad}")).unwrap()
    }

    fn export(team: &Team<'_>, order: Vec<u32>, slice: usize) -> String {
        let mut job = ExportJob::new(team, order);
        loop {
            let mut left = slice;
            if job.step(team, &mut || {
                left = left.saturating_sub(1);
                left == 0
            }) {
                break;
            }
        }
        String::from_utf8(job.finish()).unwrap()
    }

    #[test]
    fn the_export_is_the_report_writer_s_csv_in_the_order_given() {
        let team = team();
        let csv = export(&team, vec![2, 0, 1], 1);
        let csv = csv.strip_prefix('\u{feff}').expect("a byte-order mark");
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(lines[0].starts_with("person,team,rule,"));
        assert!(lines[1].starts_with("Cem,'-1,schengen,"));
        assert!(lines[2].starts_with("Ana,'=cmd(),schengen,"));
        assert!(lines[3].starts_with("\"Doe, Jo\",Legal,schengen,"));
        assert_eq!(
            lines.len(),
            5,
            "three lines, a header and the last line end"
        );
        let mut direct = CsvReportWriter::for_team(Vec::new(), &team).unwrap();
        for index in [2, 0, 1] {
            direct.write(&team.report(index).unwrap()).unwrap();
        }
        assert_eq!(csv.as_bytes(), direct.into_inner());
    }

    #[test]
    fn many_lines_export_in_slices_as_in_one_go() {
        let team = team();
        let order: Vec<u32> = (0..300).map(|i| i % 3).collect();
        let mut job = ExportJob::new(&team, order.clone());
        let mut steps = 0;
        while !job.step(&team, &mut || true) {
            steps += 1;
            assert!(job.progress().0 < 300);
        }
        assert!(steps >= 4, "{steps}");
        assert_eq!(job.progress(), (300, 300));
        assert_eq!(
            String::from_utf8(job.finish()).unwrap(),
            export(&team, order, 1_000_000)
        );
    }

    #[test]
    fn nothing_to_export_is_the_header_alone() {
        let team = team();
        let csv = export(&team, Vec::new(), 1);
        assert_eq!(csv.matches("\r\n").count(), 1);
    }
}
