use staycalc::*;
use chrono::{Days, NaiveDate};
struct Random(u64);
impl Random { fn below(&mut self, n: u64) -> u64 { self.0 ^= self.0 >> 12; self.0 ^= self.0 << 25; self.0 ^= self.0 >> 27; self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n } }
fn person(random: &mut Random, count: usize, start: NaiveDate, (gap, length): (u64, u64), scale: u64) -> (Vec<Stay>, NaiveDate) {
    let mut stays = Vec::new(); let mut day = start;
    for _ in 0..count { let entry = day + Days::new((1 + random.below(gap)) * scale); let exit = entry + Days::new((1 + random.below(length)) * scale - 1); stays.push(Stay::new(entry, exit)); day = exit; }
    (stays, day)
}
fn time<T>(name: &str, n: u32, mut f: impl FnMut() -> T) { let t = std::time::Instant::now(); for _ in 0..n { std::hint::black_box(f()); } println!("{name:30} {:?}", t.elapsed() / n); }
#[test]
fn prof() {
    let (stays, on) = person(&mut Random(50), 50, date(2024, 1, 1), (9, 4), 1);
    let r = rule("schengen").unwrap();
    let c = Calculator::new(r, &stays, on).unwrap();
    let a = c.assessment(&Options::default());
    println!("{a:?}");
    let n = 20000;
    time("new", n, || Calculator::new(r, &stays, on).unwrap());
    time("assessment", n, || c.assessment(&Options::default()));
    time("days_used", n, || c.days_used());
    time("violations/unlawful", n, || c.unlawful_days());
    time("latest_exit", n, || c.latest_exit());
    time("earliest_full_stay", n, || c.earliest_full_stay());
    time("full_allowance", n, || c.full_allowance());
    time("overstay", n, || c.overstay_days());
    time("window_start", n, || c.window_start());
}
#[test]
fn prof_full() {
    let (stays, on) = person(&mut Random(50), 50, date(2024, 1, 1), (9, 4), 1);
    let r = rule("schengen").unwrap();
    let c = Calculator::new(r, &stays, on).unwrap();
    let what = std::env::var("WHAT").unwrap_or_default();
    for _ in 0..300000 { if what == "full" { std::hint::black_box(c.earliest_full_stay()); } else if what == "viol" { std::hint::black_box(c.unlawful_days()); } else if what == "new" { std::hint::black_box(Calculator::new(r, &stays, on).unwrap()); } }
}
