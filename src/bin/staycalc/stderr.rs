//! Standard error as the commands write it: buffered, with control characters escaped.
//!
//! A message can quote text from the input (a person's name, a value): an escape sequence in
//! it (`ESC [ 2 J` clears a terminal, others retitle it or worse) is written as `\u{1b}` rather
//! than sent to the terminal. And `report` may name a million bad rows, one line each: through
//! a buffer they cost one write every few kilobytes instead of several a line.

use std::io::{self, BufWriter, Write};

/// Standard error, buffered, with every control character but line ends and tabs escaped.
pub(crate) struct Stderr<'a>(BufWriter<&'a mut dyn Write>);

impl<'a> Stderr<'a> {
    pub(crate) fn new(stderr: &'a mut dyn Write) -> Stderr<'a> {
        Stderr(BufWriter::new(stderr))
    }
}

impl Write for Stderr<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // Messages are text; bytes that are not UTF-8 are written as U+FFFD, so what reaches
        // the terminal is always text.
        let text = String::from_utf8_lossy(buf);
        if text.chars().any(is_escaped) {
            for c in text.chars() {
                if is_escaped(c) {
                    write!(self.0, "{}", c.escape_unicode())?;
                } else {
                    self.0.write_all(c.encode_utf8(&mut [0; 4]).as_bytes())?;
                }
            }
        } else {
            self.0.write_all(text.as_bytes())?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// Whether `c` is written escaped: a control character other than a line end or a tab.
fn is_escaped(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_and_the_rest_kept() {
        let mut out = Vec::new();
        {
            let mut stderr = Stderr::new(&mut out);
            writeln!(
                stderr,
                "staycalc: no row readable: Ana\x1b[2J, Ben\u{9b}31m, Zoë\tok"
            )
            .unwrap();
            stderr.write_all(b"bad \xff byte \x07\n").unwrap();
            stderr.flush().unwrap();
        }
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "staycalc: no row readable: Ana\\u{1b}[2J, Ben\\u{9b}31m, Zoë\tok\nbad \u{fffd} byte \\u{7}\n"
        );
    }
}
