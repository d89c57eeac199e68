use super::*;
use crate::assessment::Status;
use crate::date::date;
use crate::web::team::fingerprint::input_id;

const PASTE: &str = "person\tentry\texit\nAna 100% sure,2026-01-05,2026-01-20\r\nBen,%0A,x\n";

fn example() -> SavedTeam {
    let mut edits = EditList::new(input_id(PASTE.as_bytes()), Some("team\t1.csv".into()));
    edits.set(
        "Berg, Ana",
        "schengen",
        vec![
            LineStay {
                stay: Stay {
                    entry: date(2026, 1, 5),
                    exit: Some(date(2026, 2, 20)),
                    row: Some(2),
                },
                planned: false,
            },
            LineStay {
                stay: Stay {
                    entry: date(2026, 4, 1),
                    exit: None,
                    row: None,
                },
                planned: true,
            },
        ],
    );
    edits.set("Ben = 2\n", "kz-visa-free", Vec::new());
    SavedTeam {
        rule: String::new(),
        on: Some(date(2026, 5, 20)),
        threshold: 14,
        sort: Some(Sort {
            column: Column::DaysRemaining,
            descending: true,
        }),
        filter: Filter {
            status: Some(Status::Warning.into()),
            column: Some(1),
            value: "legal%".into(),
            search: "berg\t".into(),
        },
        page_size: 50,
        text: PASTE.into(),
        text_left_out: None,
        source: Some(LastInput::File("my\nfile.csv".into())),
        edits: Some(edits),
    }
}

#[test]
fn a_state_survives_a_round_trip() {
    let saved = example();
    let read = SavedTeam::decode(&saved.encode()).unwrap();
    assert_eq!(read.dropped, 0);
    assert_eq!(read.saved, saved);
    let pasted = SavedTeam {
        source: Some(LastInput::Pasted),
        text_left_out: Some(3_000_000),
        ..SavedTeam::default()
    };
    assert_eq!(SavedTeam::decode(&pasted.encode()).unwrap().saved, pasted);
}

#[test]
fn only_what_differs_from_a_fresh_page_is_written() {
    assert_eq!(SavedTeam::default().encode(), "v=1\n");
    assert!(SavedTeam::default().is_default());
    let read = SavedTeam::decode("v=1\n").unwrap();
    assert!(read.saved.is_default() && read.dropped == 0);
    let text = example().encode();
    assert!(text.starts_with("v=1\nrule=\non=2026-05-20\nwarn=14\nsort=days-remaining.desc\n"));
    // One field a line: the escapes keep the paste and the names on theirs.
    let keys: Vec<&str> = text.lines().map(|l| l.split('=').next().unwrap()).collect();
    assert_eq!(
        keys,
        [
            "v",
            "rule",
            "on",
            "warn",
            "sort",
            "status",
            "column",
            "value",
            "search",
            "page-size",
            "source",
            "edits",
            "edits-file",
            "edit",
            "edit",
            "text"
        ]
    );
    assert!(
        text.contains("\nedit=Berg, Ana\tschengen\t2026-01-05_2026-02-20_2_n,2026-04-01_open__y\n")
    );
    assert!(text.contains("\nedit=Ben = 2%0A\tkz-visa-free\t\n"));
    assert!(text.contains("\ntext=person%09entry%09exit%0AAna 100%25 sure,"));
}

#[test]
fn a_large_paste_is_kept_as_its_size_only() {
    let mut saved = SavedTeam::default();
    saved.keep_text("person,entry,exit\n");
    assert_eq!(
        (saved.text.as_str(), saved.text_left_out),
        ("person,entry,exit\n", None)
    );
    let big = "x".repeat(MAX_TEXT + 1);
    saved.keep_text(&big);
    assert_eq!(
        (saved.text.as_str(), saved.text_left_out),
        ("", Some(MAX_TEXT + 1))
    );
    saved.keep_text(&big[..MAX_TEXT]);
    assert_eq!((saved.text.len(), saved.text_left_out), (MAX_TEXT, None));
}

#[test]
fn damaged_fields_are_dropped_one_by_one() {
    let text = "v=1\r\n\
                rule=atlantis\n\
                on=2026-02-30\n\
                warn=-3\n\
                sort=days.sideways\n\
                status=fine\n\
                column=x\n\
                page-size=7\n\
                source=carrier-pigeon\n\
                garbage without a key\n\
                future-key=ignored\n\
                edits=3f09c1d2a4b5e6f7-12\n\
                edit=Ana\tschengen\t2026-03-10_2026-03-01_2_n\n\
                edit=Ben\tatlantis\t\n\
                edit=Cem\tschengen\t2026-03-01_open_x_n\n\
                edit=Dan\tschengen\t2026-03-01_2026-03-05__n,2026-04-01_open_9_y\n\
                search=100%zz\n\
                text=kept%0Arows";
    let read = SavedTeam::decode(text).unwrap();
    assert_eq!(read.dropped, 12);
    let saved = read.saved;
    let fresh = SavedTeam::default();
    assert_eq!(
        (
            saved.rule.as_str(),
            saved.on,
            saved.threshold,
            saved.sort,
            saved.page_size
        ),
        (
            fresh.rule.as_str(),
            None,
            fresh.threshold,
            None,
            fresh.page_size
        )
    );
    assert_eq!(saved.filter.search, "100%zz");
    assert_eq!(saved.text, "kept\nrows");
    let edits = saved.edits.unwrap();
    assert_eq!(edits.input.to_string(), "3f09c1d2a4b5e6f7-12");
    let people: Vec<&str> = edits.people.iter().map(|p| p.person.as_str()).collect();
    assert_eq!(people, ["Dan"]);
    assert_eq!(edits.people[0].stays[1].stay.row, Some(9));
    assert!(edits.people[0].stays[1].planned);
}

#[test]
fn edits_with_no_input_are_dropped() {
    let read = SavedTeam::decode("v=1\nedit=Ana\tschengen\t\nedit=Ben\tschengen\t\n").unwrap();
    assert_eq!((read.saved.edits, read.dropped), (None, 2));
}

#[test]
fn other_texts_and_newer_versions_are_refused() {
    assert_eq!(SavedTeam::decode(""), Err(Unreadable::NotSaved));
    assert_eq!(SavedTeam::decode("{\"rule\":1}"), Err(Unreadable::NotSaved));
    assert_eq!(
        SavedTeam::decode("rule=schengen\nv=1"),
        Err(Unreadable::NotSaved)
    );
    assert_eq!(SavedTeam::decode("v=0"), Err(Unreadable::NotSaved));
    assert_eq!(SavedTeam::decode("v=2\nrule=x"), Err(Unreadable::Newer(2)));
    assert_eq!(
        Unreadable::Newer(2).to_string(),
        "saved by a newer release (format 2; this one reads up to 1)"
    );
}

#[test]
fn escapes_undo_exactly() {
    for text in [
        "",
        "%",
        "%%0A",
        "a%0Ab",
        "%2",
        "tab\there",
        "\r\n",
        "%25%09",
        "é%0Dü",
    ] {
        assert_eq!(unescape(&escape(text)), text);
        assert!(!escape(text).contains(['\n', '\r', '\t']));
    }
    assert_eq!(unescape("50%_off%0"), "50%_off%0");
}
