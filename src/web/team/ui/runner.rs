//! Running a team file through the [`TeamJob`] and the export through the [`ExportJob`], a
//! slice at a time, yielding to the browser between slices so the page stays responsive.

use crate::error::Error;
use crate::input::Encoding;
use crate::web::browser;
use crate::web::team::ui::io;
use crate::web::team::ui::store::{Source, StartNotice, Summary, TeamStore};
use crate::web::team::{ExportJob, Phase, Progress, TeamJob, TeamResult};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// How long a slice of work may last, in milliseconds: well under a frame at 60 Hz once the
/// page has painted, so scrolling and typing stay smooth.
const SLICE_MS: f64 = 12.0;

/// Reads and checks the current source with the current settings, replacing any run still
/// working. Does nothing without a source.
pub(crate) fn start(store: TeamStore) {
    let Some(source) = store.source.get_value() else {
        return;
    };
    let run = store.run.get_untracked() + 1;
    store.run.set(run);
    let current = move || store.run.get_untracked() == run;
    store.selected.set(None);
    store.input.set(None);
    // Rows are being checked: the notice asking for the last file again is done.
    store.notices.update(|notices| {
        notices.retain(|notice| !matches!(notice, StartNotice::FileNotKept(..)));
    });
    store.lines.set(Vec::new());
    store.summary.set(None);
    store.problems.set(Vec::new());
    store.problem_count.set(0);
    store.failure.set(None);
    store.page.set(0);
    let settings = match store.settings() {
        Ok(settings) => settings,
        Err(error) => return store.failure.set(Some(error)),
    };
    store.progress.set(Some(Progress {
        phase: Phase::Loading,
        done: 0,
        total: 0,
    }));
    spawn_local(async move {
        let mut job;
        match source {
            Source::File(file) => {
                job = TeamJob::new(settings, io::file_size(&file));
                if let Err(reason) = load(&file, &mut job, store, &current).await {
                    if current() {
                        store.progress.set(None);
                        store.failure.set(Some(Error::BadInput {
                            line: 0,
                            column: None,
                            reason,
                        }));
                    }
                    return;
                }
            }
            Source::Text(text) => {
                job = TeamJob::new(settings, text.len());
                job.load(text.as_bytes());
            }
        }
        if !current() {
            return;
        }
        loop {
            let until = io::now() + SLICE_MS;
            let finished = job.step(&mut || io::now() >= until);
            if !current() {
                return;
            }
            store.progress.set(Some(job.progress()));
            if finished {
                break;
            }
            io::next_task().await;
            if !current() {
                return;
            }
        }
        // Showing the result is a task of its own.
        io::next_task().await;
        if !current() {
            return;
        }
        match job.result() {
            Some(Ok(result)) => install(store, result),
            Some(Err(error)) => store.failure.set(Some(error)),
            None => {}
        }
        store.progress.set(None);
    });
}

/// Loads `file` into `job` a piece at a time, reading the rows of each piece (a slice at a
/// time, yielding to the browser between slices) while the browser reads the next one. Stops
/// early, with no error, once `current` says the run was replaced.
async fn load(
    file: &web_sys::File,
    job: &mut TeamJob,
    store: TeamStore,
    current: &impl Fn() -> bool,
) -> Result<(), String> {
    let mut pieces = io::Pieces::new(file)?;
    while let Some(piece) = pieces.next().await {
        let piece = piece?;
        job.load_with(piece.length() as usize, |tail| piece.copy_to(tail));
        store.progress.set(Some(job.progress()));
        loop {
            if !current() {
                return Ok(());
            }
            let until = io::now() + SLICE_MS;
            if job.read_loaded(&mut || io::now() >= until) {
                break;
            }
            io::next_task().await;
        }
    }
    Ok(())
}

/// Shows the result of a run, with the edits kept for its input applied.
fn install(store: TeamStore, mut result: TeamResult) {
    let applied = store.edits.with_untracked(|edits| {
        edits
            .as_ref()
            .filter(|edits| edits.input == result.input)
            .map(|edits| edits.apply(&mut result.team, &mut result.lines))
    });
    store.edits_missed.set(applied.map_or(0, |a| a.missed));
    store.input.set(Some(result.input));
    let team = &result.team;
    store.summary.set(Some(Summary {
        on: team.on(),
        rule: team.settings().rule.filter(|_| !team.by_zone()).cloned(),
        by_zone: team.by_zone(),
        people: team.people_count(),
        rows: team.rows_in_file(),
        bad_rows: team.bad_rows(),
        unread_rows: (
            team.unread_lines().len(),
            team.unread_lines().iter().take(10).copied().collect(),
        ),
        passport_rows: team.passport_rows(),
        visa_rows: team.visa_rows(),
        date_format: team.date_format().map(|format| format.to_string()),
        encoding: (result.encoding != Encoding::Utf8).then(|| result.encoding.name()),
        dialect: match result.sheet {
            Some(_) => (None, None),
            None => (team.separator(), team.date_format()),
        },
        sheet: result.sheet.clone(),
        unread: team.unread_people().into_iter().map(String::from).collect(),
        passport: team.has_passport(),
        visa: team.has_visa(),
        spellings: team
            .spellings()
            .iter()
            .map(|s| (s.person.to_string(), s.spelling.to_string(), s.line))
            .collect(),
        elsewhere: (
            team.elsewhere_lines().len(),
            team.elsewhere_lines().iter().take(10).copied().collect(),
        ),
    }));
    let carried = team.carried_names().to_vec();
    store.filter.update(|filter| {
        if filter.column.is_some_and(|column| column >= carried.len()) {
            filter.column = None;
        }
    });
    store.by_zone.set(team.by_zone());
    store.carried.set(carried);
    store.problems.set(result.problems);
    store.problem_count.set(result.problem_count);
    store.team.set_value(Some(result.team));
    store.lines.set(result.lines);
}

/// Exports the lines shown, in the order shown, as a CSV download. Stops if a new run starts.
pub(crate) fn export(store: TeamStore) {
    if store.exporting.get_untracked().is_some() {
        return;
    }
    let run = store.run.get_untracked();
    let order: Vec<u32> = store.shown.with_untracked(|shown| {
        store
            .lines
            .with_untracked(|lines| shown.iter().map(|&i| lines[i as usize].index).collect())
    });
    let Some(mut job) = store
        .team
        .with_value(|team| team.as_ref().map(|team| ExportJob::new(team, order)))
    else {
        return;
    };
    store.exporting.set(Some(job.progress()));
    let name = format!("staycalc-team-{}.csv", store.check_date.get_untracked());
    spawn_local(async move {
        loop {
            if store.run.get_untracked() != run {
                return store.exporting.set(None);
            }
            let until = io::now() + SLICE_MS;
            let finished = store.team.with_value(|team| match team {
                Some(team) => job.step(team, &mut || io::now() >= until),
                None => true,
            });
            store.exporting.set(Some(job.progress()));
            if finished {
                break;
            }
            io::next_task().await;
        }
        browser::download(&job.finish(), &name, "text/csv;charset=utf-8");
        store.exporting.set(None);
    });
}
