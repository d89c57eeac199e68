// Share links that were cut short or tampered with: the page opens, says what it could not
// read, keeps every good part, never panics and never runs anything the link carries.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { answer, eventually, open, rows, screenshot, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/** The text of the notice's paragraph of kind `kind` ("bad-link", "link-damaged", ...). */
const notice = (page, kind) => page.locator(`[data-testid="notice"] [data-notice="${kind}"]`).textContent();

/** Whether the notice has a paragraph of kind `kind`. */
const noticed = async (page, kind) => (await page.locator(`[data-testid="notice"] [data-notice="${kind}"]`).count()) > 0;

/**
 * Opens the app at `#fragment`, with `ran()` telling what the link might have run or made: a
 * flag set by a script or an event handler, or elements made from its text. (A dialog fails the
 * test at `check()`.)
 */
async function openLink(fragment, options = {}) {
  const opened = await open(app.browser, `${app.url}#${fragment}`, options);
  opened.ran = () =>
    opened.page.evaluate(() => {
      const html = document.documentElement.outerHTML;
      return {
        flag: window.__xss ?? null,
        elements: document.querySelectorAll('img[src="x"], [onerror]').length,
        markup: ["<script>alert", "<b>ru", "<b>2025"].filter((made) => html.includes(made)),
      };
    });
  return opened;
}

const NOTHING_RAN = { flag: null, elements: 0, markup: [] };

test("a link cut inside a date keeps the stays before it and says one date was left out", async () => {
  const { page, check, ran } = await openLink(
    "v=1&rule=schengen&on=2025-03-31&stays=2025-01-05_2025-01-20,2025-03-01_2025-0",
  );
  assert.match(await notice(page, "shared"), /shared link/);
  assert.match(await notice(page, "link-damaged"), /1 stay date\b/);
  assert.deepEqual(await rows(page), [
    ["2025-01-05", "2025-01-20"],
    ["2025-03-01", ""],
  ]);
  assert.equal(await text(page, "days-used"), "16");
  assert.equal(await page.evaluate(() => location.hash), "");
  assert.deepEqual(await ran(), NOTHING_RAN);
  check();
});

const UNREADABLE = {
  "cut before its version": "v",
  "bad percent-encoding": "%E0%A4%A%%%ZZ&&==",
  "base64 instead of the format": Buffer.from("v=1&rule=schengen&stays=2025-01-05_2025-01-20").toString("base64"),
  "no version first": "rule=schengen&v=1&stays=2025-01-05_2025-01-20",
};

for (const [name, fragment] of Object.entries(UNREADABLE)) {
  test(`a link that cannot be read (${name}) is said to be so; one's own stays stay`, async () => {
    const own = "v=1&rule=kz-eaeu&on=2025-03-31&stays=2025-02-01_2025-02-03";
    const { page, check, ran } = await openLink(fragment, { saved: own });
    assert.match(await notice(page, "bad-link"), /link could not be read/);
    assert.equal(await noticed(page, "shared"), false);
    assert.deepEqual(await rows(page), [["2025-02-01", "2025-02-03"]]);
    assert.equal(await page.getByTestId("rule-select").inputValue(), "kz-eaeu");
    assert.equal(await text(page, "days-used"), "3");
    assert.equal(await page.evaluate(() => location.hash), "");
    assert.deepEqual(await ran(), NOTHING_RAN);
    check();
  });
}

// A link as messaging apps, mail clients and autolinkers pass it on: the same link in meaning.
const LINK = "v=1&rule=schengen&on=2025-03-31&stays=2025-01-05_2025-01-20,2025-03-01_open";
const REENCODED = {
  "its separators percent-encoded": LINK.replaceAll(",", "%2C")
    .replaceAll("_", "%5F")
    .replaceAll("&", "%26")
    .replaceAll("=", "%3D"),
  "percent-encoded twice": LINK.replaceAll("&", "%2526").replaceAll("=", "%253D").replaceAll(",", "%252c"),
  "a + for a space": LINK.replaceAll(",", ",+").replace("&on", "+&on"),
  "a full stop glued on": `${LINK}.`,
  "a parenthesis glued on": `${LINK})`,
  "a > glued on": `${LINK}>`,
  "the fragment wrapped in <…>": `<${LINK}>`,
};

/** The answer and the rows the original link opens with (read once). */
let original;
async function opensWith(fragment) {
  const { page, context, check } = await openLink(fragment);
  const seen = {
    answer: await answer(page),
    rows: await rows(page),
    rule: await page.getByTestId("rule-select").inputValue(),
    checkDate: await page.getByTestId("check-date").inputValue(),
    notices: await page
      .locator('[data-testid="notice"] [data-notice]')
      .evaluateAll((ps) => ps.map((p) => p.dataset.notice)),
  };
  check();
  await context.close();
  return seen;
}

for (const [name, fragment] of Object.entries(REENCODED)) {
  test(`a re-encoded link (${name}) opens with the same answer as the original`, async () => {
    assert.notEqual(fragment, LINK);
    original ??= await opensWith(LINK);
    assert.deepEqual(original.notices, ["shared"]);
    // 16 days in January, and 1 to 31 March (still there on the check date).
    assert.equal(original.answer.used, "47");
    assert.deepEqual(await opensWith(fragment), original);
  });
}

test("a stay whose exit is before its entry is kept and shown with its error; the others count", async () => {
  const { page, check } = await openLink("v=1&on=2025-03-31&stays=2025-03-10_2025-03-01,2025-01-05_2025-01-20");
  assert.equal(await noticed(page, "link-damaged"), false);
  assert.deepEqual(await rows(page), [
    ["2025-03-10", "2025-03-01"],
    ["2025-01-05", "2025-01-20"],
  ]);
  assert.equal(await text(page, "days-used"), "16");
  const issue = await page.getByTestId("stay-row").first().locator(".row-issue").textContent();
  assert.match(issue, /exit .* is before the entry/);
  check();
});

test("absurd dates are left out one by one and counted in the notice", async () => {
  const { page, check } = await openLink(
    "v=1&on=2025-03-31&stays=0001-01-01_0001-01-05,2025-01-05_2025-01-20,2025-02-30_2025-03-01," +
      "1899-12-31_2199-12-31,99999-01-01_open",
  );
  assert.match(await notice(page, "link-damaged"), /5 stay dates/);
  assert.deepEqual(await rows(page), [
    ["", ""],
    ["2025-01-05", "2025-01-20"],
    ["", "2025-03-01"],
    ["", "2199-12-31"],
    ["", ""],
  ]);
  assert.equal(await page.getByTestId("stay-open").last().isChecked(), true);
  assert.equal(await text(page, "days-used"), "16");
  check();
});

test("an absurd check date is left out and said to be", async () => {
  const { page, check } = await openLink("v=1&on=9999-12-31&stays=2025-01-05_2025-01-20");
  assert.match(await notice(page, "link-damaged"), /the check date/);
  assert.notEqual(await page.getByTestId("check-date").inputValue(), "9999-12-31");
  assert.deepEqual(await rows(page), [["2025-01-05", "2025-01-20"]]);
  check();
});

test("a huge link: the first 2000 stays are opened, the rest said to be left out", async () => {
  const day = 24 * 3600 * 1000;
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const stays = Array.from({ length: 5000 }, (_, i) => {
    const d = iso(Date.UTC(1990, 0, 1) + i * 2 * day);
    return `${d}_${d}`;
  });
  const fragment = `v=1&rule=schengen&on=2021-01-01&junk=${"z".repeat(200_000)}&stays=${stays.join(",")}`;
  const { page, check, ran } = await openLink(fragment);
  assert.match(await notice(page, "link-damaged"), /3000 stays over the limit of 2000/);
  assert.equal(await page.getByTestId("stay-row").count(), 2000);
  assert.equal(await page.getByTestId("stay-entry").last().inputValue(), stays[1999].slice(0, 10));
  assert.match(await text(page, "days-used"), /^\d+$/);
  assert.deepEqual(await ran(), NOTHING_RAN);
  check();
});

test("HTML in a link is never rendered or run; its fields are left out", async () => {
  const { page, check, ran } = await openLink(
    "v=1&rule=<script>alert(1)</script>&nat=<img src=x onerror=window.__xss=1>&lang=<b>ru</b>" +
      "&on=2025-03-31&stays=<b>2025-01-05</b>_2025-01-20,2025-03-01_2025-03-09",
  );
  const said = await notice(page, "link-damaged");
  for (const part of ["1 stay date", "the rule", "the nationality", "the language"]) {
    assert.ok(said.includes(part), `"${part}" in "${said}"`);
  }
  assert.deepEqual(await rows(page), [
    ["", "2025-01-20"],
    ["2025-03-01", "2025-03-09"],
  ]);
  assert.equal(await page.getByTestId("rule-select").inputValue(), "schengen");
  assert.equal(await text(page, "days-used"), "9");
  // Give an event handler, had one been made, its chance to run.
  await page.waitForTimeout(300);
  assert.deepEqual(await ran(), NOTHING_RAN);
  check();
});

for (const [size, viewport] of Object.entries({
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
})) {
  test(`${size}: screenshots of the link notices`, async () => {
    for (const [name, fragment] of [
      ["bad-link", UNREADABLE["cut before its version"]],
      ["link-damaged", "v=1&rule=atlantis&on=2025-03-31&stays=2025-01-05_2025-01-20,2025-03-01_2025-0"],
    ]) {
      for (const locale of ["en-US", "ru-RU", "kk-KZ"]) {
        // One's own stays saved: the notice of a link also offers them back.
        const saved = "v=1&rule=schengen&stays=2025-02-01_2025-02-03";
        const { page, context, check } = await openLink(fragment, { ...viewport, locale, saved });
        await eventually(() => page.getByTestId("notice").count(), 1);
        await screenshot(page, `robustness-${size}-${name}-${locale.slice(0, 2)}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
        check();
        await context.close();
      }
    }
  });
}
