//! A rule's legal source as text and links: the catalogue writes its sources as one text
//! with the addresses in it; the page shows each address as a link named by its site.

/// One piece of a source text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum SourcePart<'a> {
    /// Words, shown as they are.
    Text(&'a str),
    /// An address (`http://` or `https://`) and the site it is on, its link's text.
    Link {
        /// The address.
        url: &'a str,
        /// Its host without `www.`.
        site: &'a str,
    },
}

/// `text` cut into words and addresses, in order. An address runs to the next space; a `)`,
/// `;`, `,` or `.` that ends it belongs to the sentence, not to the address.
pub(crate) fn source_parts(text: &str) -> Vec<SourcePart<'_>> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(start) = rest
        .find("https://")
        .into_iter()
        .chain(rest.find("http://"))
        .min()
    {
        if start > 0 {
            parts.push(SourcePart::Text(&rest[..start]));
        }
        let after = &rest[start..];
        let mut end = after.find(char::is_whitespace).unwrap_or(after.len());
        while end > 0 && after[..end].ends_with([')', ';', ',', '.']) {
            end -= 1;
        }
        let url = &after[..end];
        let host = url.split("://").nth(1).unwrap_or(url);
        let host = host.split(['/', '?', '#']).next().unwrap_or(host);
        parts.push(SourcePart::Link {
            url,
            site: host.strip_prefix("www.").unwrap_or(host),
        });
        rest = &after[end..];
    }
    if !rest.is_empty() {
        parts.push(SourcePart::Text(rest));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::catalogue;

    #[test]
    fn addresses_become_links_named_by_their_site() {
        let parts = source_parts(
            "Regulation (https://eur-lex.europa.eu/a?uri=x%3A1); see https://www.sem.admin.ch/b.html.",
        );
        assert_eq!(
            parts,
            [
                SourcePart::Text("Regulation ("),
                SourcePart::Link {
                    url: "https://eur-lex.europa.eu/a?uri=x%3A1",
                    site: "eur-lex.europa.eu"
                },
                SourcePart::Text("); see "),
                SourcePart::Link {
                    url: "https://www.sem.admin.ch/b.html",
                    site: "sem.admin.ch"
                },
                SourcePart::Text("."),
            ]
        );
        assert_eq!(source_parts("No address"), [SourcePart::Text("No address")]);
    }

    /// Every catalogue source reads back whole, and no address is left in its words.
    #[test]
    fn every_catalogue_source_splits_into_words_and_links() {
        for rule in catalogue() {
            let parts = source_parts(rule.source);
            let mut joined = String::new();
            for part in &parts {
                match part {
                    SourcePart::Text(text) => {
                        assert!(!text.contains("://"), "{}: {text}", rule.id);
                        joined += text;
                    }
                    SourcePart::Link { url, site } => {
                        assert!(url.starts_with("http") && !site.is_empty(), "{}", rule.id);
                        assert!(!url.ends_with([')', ';', ',', '.']), "{url}");
                        joined += url;
                    }
                }
            }
            assert_eq!(joined, rule.source, "{}", rule.id);
        }
    }
}
