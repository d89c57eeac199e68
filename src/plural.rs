//! Russian plural forms of the words put after numbers, for the custom rule's name and the web
//! app's texts.

/// The Russian form of a noun after the number `n`: `one` (1, 21, 101, ...), `few` (2-4, 22-24,
/// ...) or `many` (0, 5-20, 25-30, 111, ...).
pub(crate) fn russian(
    n: u32,
    one: &'static str,
    few: &'static str,
    many: &'static str,
) -> &'static str {
    match (n % 10, n % 100) {
        (1, h) if h != 11 => one,
        (2..=4, h) if !(12..=14).contains(&h) => few,
        _ => many,
    }
}

/// `n` days in Russian (`1 день`, `2 дня`, `5 дней`).
pub(crate) fn russian_days(n: u32) -> String {
    format!("{n} {}", russian(n, "день", "дня", "дней"))
}

/// `n` days after «не более» (genitive: `не более 21 дня`, `не более 42 дней`).
pub(crate) fn russian_at_most_days(n: u32) -> String {
    format!("не более {n} {}", russian(n, "дня", "дней", "дней"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_agree_with_their_number() {
        let forms: Vec<String> = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111]
            .map(russian_days)
            .into();
        assert_eq!(
            forms,
            [
                "0 дней",
                "1 день",
                "2 дня",
                "4 дня",
                "5 дней",
                "11 дней",
                "12 дней",
                "14 дней",
                "21 день",
                "22 дня",
                "25 дней",
                "101 день",
                "111 дней"
            ]
        );
        let at_most: Vec<String> = [1, 2, 11, 21, 42].map(russian_at_most_days).into();
        assert_eq!(
            at_most,
            [
                "не более 1 дня",
                "не более 2 дней",
                "не более 11 дней",
                "не более 21 дня",
                "не более 42 дней"
            ]
        );
    }
}
