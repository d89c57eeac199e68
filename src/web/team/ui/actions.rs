//! Export and print.

use crate::web::browser;
use crate::web::lang::Lang;
use crate::web::team::ui::io;
use crate::web::team::ui::runner;
use crate::web::team::ui::store::{use_team, TeamStore};
use crate::web::team::{
    fits_a_sheet, readable_csv, readable_xlsx, Dialect, PaperColumns, TeamLine,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Prints every line shown (all pages of the filtered table, not only the page on screen):
/// the table renders them all, the browser paints, prints, and the table goes back to its page.
fn print(team: TeamStore) {
    team.printing.set(true);
    spawn_local(async move {
        io::next_task().await;
        browser::print();
        team.printing.set(false);
    });
}

/// The table for reading of the lines shown, in the order shown, made by `write` from those
/// lines, the carried columns' names, the page's language and the dialect (the input's
/// separator and date format, or the language's); with the file name's stem
/// (`staycalc-team-<check date>-<language>`). `None` before a team is checked.
fn readable<T>(
    team: TeamStore,
    write: impl FnOnce(&mut dyn Iterator<Item = &TeamLine>, &[String], PaperColumns, Lang, Dialect) -> T,
) -> Option<(T, String)> {
    let lang = team.lang.get_untracked();
    let summary = team.summary.get_untracked()?;
    let (separator, dates) = summary.dialect;
    let dialect = Dialect::of(separator, dates, lang);
    let mut carried = team.carried.get_untracked();
    if team.by_zone.get_untracked() {
        // By zone, the report's own columns titled in the page's language.
        let texts = lang.team_texts();
        let titles = texts.zone_columns.iter().chain([&texts.zone_why]);
        for (name, title) in carried.iter_mut().zip(titles) {
            *name = title.to_string();
        }
    }
    let written = team.shown.with_untracked(|shown| {
        team.lines.with_untracked(|lines| {
            write(
                &mut shown.iter().map(|&i| &lines[i as usize]),
                &carried,
                PaperColumns {
                    passport: summary.passport,
                    visa: summary.visa,
                },
                lang,
                dialect,
            )
        })
    });
    Some((
        written,
        format!("staycalc-team-{}-{}", summary.on, lang.code()),
    ))
}

/// Downloads the table for reading ([`readable_csv`]): titles and statuses in the page's
/// language, in the input's separator and date format (or the language's).
fn export_readable(team: TeamStore) {
    let Some((csv, stem)) = readable(team, |lines, carried, papers, lang, dialect| {
        readable_csv(lines, carried, papers, lang, dialect)
    }) else {
        return;
    };
    browser::download(
        csv.as_bytes(),
        &format!("{stem}.csv"),
        "text/csv;charset=utf-8",
    );
}

/// Downloads the table for reading in an Excel workbook ([`readable_xlsx`]): the same titles
/// and values, days as numbers and dates as dates (shown in the input's date format, or the
/// language's). The button is disabled for a table too big for a sheet, the one error the
/// writer has.
fn export_xlsx(team: TeamStore) {
    let Some((Ok(bytes), stem)) = readable(team, |lines, carried, papers, lang, dialect| {
        readable_xlsx(lines, carried, papers, lang, dialect.dates)
    }) else {
        return;
    };
    let mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    browser::download(&bytes, &format!("{stem}.xlsx"), mime);
}

/// The export buttons (the command line's full CSV of the lines shown, in the order shown,
/// spreadsheet-safe; and the table for reading, as CSV and as an Excel workbook) and the print
/// button (every line shown, on all
/// pages, by the print stylesheet).
#[component]
pub(crate) fn TeamActions() -> impl IntoView {
    let team = use_team();
    let nothing = move || team.lines.with(Vec::is_empty) || team.exporting.with(Option::is_some);
    let too_big = move || {
        let carried = team.carried.with(Vec::len);
        !team.shown.with(|shown| fits_a_sheet(shown.len(), carried))
    };
    view! {
        <div class="buttons team-actions">
            <button
                type="button"
                data-testid="team-export"
                disabled=nothing
                on:click=move |_| runner::export(team)
            >
                {move || team.team_texts().export}
            </button>
            <button
                type="button"
                class="secondary"
                data-testid="team-export-readable"
                disabled=move || team.lines.with(Vec::is_empty)
                on:click=move |_| export_readable(team)
            >
                {move || team.team_texts().export_readable}
            </button>
            <button
                type="button"
                class="secondary"
                data-testid="team-export-xlsx"
                disabled=move || team.lines.with(Vec::is_empty) || too_big()
                title=move || too_big().then(|| team.team_texts().export_xlsx_too_big)
                on:click=move |_| export_xlsx(team)
            >
                {move || team.team_texts().export_xlsx}
            </button>
            <button
                type="button"
                class="secondary"
                data-testid="team-print"
                disabled=move || team.lines.with(Vec::is_empty)
                on:click=move |_| print(team)
            >
                {move || team.team_texts().print}
            </button>
        </div>
    }
}
