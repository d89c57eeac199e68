//! Moving through the table's pages.

use crate::web::team::ui::store::use_team;
use crate::web::team::PAGE_SIZES;
use leptos::prelude::*;

/// Which lines are shown of how many, buttons to the previous and next page, and the page
/// size.
#[component]
pub(crate) fn TeamPager() -> impl IntoView {
    let team = use_team();
    let texts = move || team.team_texts();
    let total = Memo::new(move |_| team.shown.with(Vec::len));
    let pages = Memo::new(move |_| total.get().div_ceil(team.page_size.get()).max(1));
    let range = move || {
        let (page, size, total) = (team.page.get(), team.page_size.get(), total.get());
        let first = (page * size + 1).min(total);
        let last = ((page + 1) * size).min(total);
        (texts().shown)(&team.number(first), &team.number(last), &team.number(total))
    };
    let go = move |step: isize| {
        let page = team.page.get_untracked().saturating_add_signed(step);
        team.page.set(page.min(pages.get_untracked() - 1));
    };
    let set_size = move |value: String| {
        if let Ok(size) = value.parse::<usize>() {
            team.page_size.set(size);
            team.page.set(0);
        }
    };
    view! {
        <Show when=move || team.summary.with(Option::is_some)>
            <nav class="pager" aria-label=move || texts().page_size>
                <p data-testid="team-shown" role="status">{range}</p>
                <div class="buttons">
                    <button
                        type="button"
                        class="secondary"
                        data-testid="team-previous"
                        disabled=move || team.page.get() == 0
                        on:click=move |_| go(-1)
                    >
                        {move || texts().previous}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        data-testid="team-next"
                        disabled=move || { team.page.get() + 1 >= pages.get() }
                        on:click=move |_| go(1)
                    >
                        {move || texts().next}
                    </button>
                </div>
                <label class="page-size">
                    <span>{move || texts().page_size}</span>
                    <select
                        data-testid="team-page-size"
                        on:change:target=move |ev| set_size(ev.target().value())
                    >
                        {PAGE_SIZES
                            .into_iter()
                            .map(|size| {
                                view! {
                                    <option
                                        value=size.to_string()
                                        prop:selected=move || team.page_size.get() == size
                                    >
                                        {size}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </nav>
        </Show>
    }
}
