use std::time::Instant;
fn rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("VmRSS") || l.starts_with("VmHWM"))
        .collect::<Vec<_>>()
        .join(" ")
}
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let t = Instant::now();
    let file = std::io::BufReader::with_capacity(1 << 16, std::fs::File::open(&path).unwrap());
    let settings = staycalc::TeamSettings::new(
        staycalc::date(2026, 1, 15),
        Some(staycalc::rule("schengen").unwrap()),
    );
    let mut bad = 0;
    let team = staycalc::read_team(file, settings, |_| bad += 1).unwrap();
    eprintln!(
        "read {} rows, {} groups, {} bad in {:?}; {}",
        team.rows(),
        team.len(),
        bad,
        t.elapsed(),
        rss()
    );
}
