// Two Kazakhstan rows with no day between them may be one stay (30 days per entry): the zone's
// card and the detailed answer for the zone, with its list of deadlines, ask the same. A day in
// Kyrgyzstan between the rows shows the traveller left: neither asks, and the notification of
// the second entry is due, not "only if this was a new entry"; without it both ask.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eventually, open, screenshot, start } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

// A French citizen: Almaty 3-15 Sep 2026, Astana from 16 Sep, checked on 5 Oct.
const BY_CITY = "stays=2026-09-03_2026-09-15,2026-09-16_open&where=KZ,KZ&nats=FR";
// The same with a day trip to Kyrgyzstan on 15 Sep.
const BORDER_RUN = "stays=2026-09-03_2026-09-15,2026-09-15_2026-09-15,2026-09-16_open&where=KZ,KG,KZ&nats=FR";

/** What the Kazakhstan card and the detailed answer ask, and which deadlines are doubted. */
async function asked(page) {
  const card = page.locator('[data-testid="zone-card"][data-zone="kz"]');
  return {
    card: await card.locator('[data-testid="zone-merged"] li[data-code="reentry"]').allTextContents(),
    answer: await page.locator('[data-testid="answer-warnings"] li[data-code="reentry"]').allTextContents(),
    doubted: await page
      .getByTestId("deadline")
      .evaluateAll((items) => items.map((li) => li.dataset.ifNewEntry)),
    cardStatus: (await card.count()) ? await card.getAttribute("data-status") : null,
    status: await page.getByTestId("status").getAttribute("data-status"),
  };
}

for (const lang of ["en", "ru", "kk"]) {
  test(`the card and the detailed answer agree on "one stay or two?" (${lang})`, async () => {
    for (const [log, question] of [[BY_CITY, true], [BORDER_RUN, false]]) {
      const saved = `v=1&rule=schengen&lang=${lang}&on=2026-10-05&${log}`;
      const { page, context, check } = await open(app.browser, app.url, { saved });
      await page.locator('[data-testid="zone-card"][data-zone="kz"]').waitFor();
      await page.getByTestId("zone-switch").selectOption("kz");
      await eventually(() => page.getByTestId("answer-rule").textContent().then((t) => t.length > 0), true);
      await page.getByTestId("deadline").first().waitFor();
      const got = await asked(page);
      // The same question, word for word, in both places, or none in either.
      assert.equal(got.card.length, question ? 1 : 0, JSON.stringify(got));
      assert.deepEqual(got.answer, got.card, JSON.stringify(got));
      assert.equal(got.status, got.cardStatus, JSON.stringify(got));
      assert.equal(got.status, question ? "warning" : "ok", JSON.stringify(got));
      // The stay going on: the notification of its entry (16 Sep), doubted exactly when the
      // rows are asked about (the first entry's is long past and not listed).
      assert.deepEqual(got.doubted, [String(question)], JSON.stringify(got));
      assert.equal(await page.getByTestId("deadline-if-new-entry").count(), question ? 1 : 0);
      await screenshot(page, `zones-one-stay-${question ? "asked" : "left"}-${lang}-1280`, { fullPage: true });
      check();
      await context.close();
    }
  });
}

// With no nationality known there are no zone cards: the chosen rule (Kazakhstan's) answers the
// Kazakhstan rows, and the row in Kyrgyzstan between them settles the question the same way.
test(`with no nationality, the chosen rule's answer knows the day in Kyrgyzstan too`, async () => {
  for (const [log, question] of [[BY_CITY, true], [BORDER_RUN, false]]) {
    const saved = `v=1&rule=kz-visa-free&lang=ru&on=2026-10-05&${log.replace("&nats=FR", "")}`;
    const { page, context, check } = await open(app.browser, app.url, { saved });
    await page.getByTestId("nationality-needed").waitFor();
    assert.equal(await page.getByTestId("zone-card").count(), 0);
    await page.getByTestId("deadline").first().waitFor();
    const got = await asked(page);
    assert.equal(got.answer.length, question ? 1 : 0, JSON.stringify(got));
    assert.equal(got.status, question ? "warning" : "ok", JSON.stringify(got));
    assert.deepEqual(got.doubted, [String(question)], JSON.stringify(got));
    check();
    await context.close();
  }
});
