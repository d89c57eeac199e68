// A Russian or Kazakh page shows no English word outside legal citations and codes: every
// visible text and every accessible name of the traveller page (a Kazakhstan overstay with its
// consequences and notes open, a planned trip, the chart), the team page (the example file) and
// the widget, walked in Chromium. Legal sources are marked lang="en"; people's data from a file
// is marked translate="no". Screenshots at 375 px and on desktop.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, enterStays, eventually, open, screenshot, start, text } from "./harness.js";
import { EXAMPLE, load, openTeam } from "./team-harness.js";
import { openHost, PLAIN, place } from "./widget-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/**
 * Latin words that may stand in Russian and Kazakh texts: codes and abbreviations, the CSV
 * columns the team file must have, and the names of cited sources (law firms, an act).
 */
const ALLOWED = new Set([
  // Encodings by their names, as a spreadsheet program lists them (UTF-8, Windows-1251).
  "Windows",
  // The spreadsheet program and the file types the team page reads, by their names.
  "Excel", "xlsx", "xls", "ods",
  // Columns of the team file, as the file must name them.
  "person", "entry", "exit", "rule", "planned", "yes", "no",
  // Sources cited by name in the catalogue's notes and consequences.
  "Clark", "Hill", "SW", "Partners", "Immigration", "and", "Nationality", "Act", "Kazakhstan",
  "eTA",
  // The example file's own column names, shown as the table's headers (the file's data).
  "department", "email", "notes",
]);

/**
 * The English words shown on the page (or only in the shadow root of the element with id
 * `only`): visible text and accessible names, shadow roots too.
 */
async function englishWords(page, only = null) {
  const words = await page.evaluate((only) => {
    const found = [];
    // A citation is an element marked lang="en" inside the page (the page's own language is on
    // <html>, or on the widget's root).
    const cited = (element) => {
      const marked = element.closest("[lang]");
      return marked?.lang === "en" && !marked.matches("html, .staycalc");
    };
    const skipped = (element) =>
      cited(element) ||
      element.closest('[translate="no"], script, style, noscript, [data-testid="language"]');
    const look = (text, where) => {
      const cleaned = text
        .replace(/https?:\/\/\S+/g, " ")
        .replace(/\b[\w-]+(\.[\w-]+)+\b/g, " ");
      for (const word of cleaned.match(/[A-Za-z]{2,}/g) ?? []) found.push(`${word} (${where})`);
    };
    const walk = (root) => {
      const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const parent = node.parentElement;
        if (!parent || skipped(parent) || !parent.checkVisibility()) continue;
        look(node.textContent, parent.tagName.toLowerCase());
      }
      for (const element of root.querySelectorAll("*")) {
        if (element.shadowRoot) walk(element.shadowRoot);
        if (skipped(element)) continue;
        for (const name of ["title", "aria-label", "placeholder", "alt"]) {
          const value = element.getAttribute(name);
          if (value) look(value, `${element.tagName.toLowerCase()}[${name}]`);
        }
      }
    };
    if (only) {
      walk(document.getElementById(only).shadowRoot);
    } else {
      walk(document.body);
      look(document.title, "title");
    }
    return found;
  }, only);
  return words.filter((entry) => {
    const word = entry.split(" ")[0];
    return !(ALLOWED.has(word) || word === word.toUpperCase());
  });
}

/** Opens every folded details element, so that their texts are walked too. */
async function unfold(page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
}

test("the walk finds the English of an English page", async () => {
  const { page, check } = await open(app.browser, app.url);
  await page.getByTestId("rule-select").selectOption("kz-visa-free");
  await checkOn(page, "2025-03-15");
  await enterStays(page, [["2025-02-01", "2025-03-15"]]);
  await eventually(async () => Number(await text(page, "overstay-days")) > 0, true);
  await unfold(page);
  const words = (await englishWords(page)).map((entry) => entry.split(" ")[0]);
  for (const word of ["Overstay", "deportation", "Destination", "tenge"]) {
    assert.ok(words.includes(word), `${word} not found in ${words.join(" ")}`);
  }
  check();
});

for (const lang of ["ru", "kk"]) {
  test(`the ${lang} traveller page shows no English word`, async () => {
    for (const [width, name] of [[1280, "desktop"], [375, "phone"]]) {
      const { page, check } = await open(app.browser, app.url, { locale: lang, width });
      await page.getByTestId("rule-select").selectOption("kz-visa-free");
      await checkOn(page, "2025-03-15");
      await enterStays(page, [
        ["2025-02-01", "2025-03-15"],
        ["2025-06-01", "2025-06-20"],
      ]);
      await eventually(async () => Number(await text(page, "overstay-days")) > 0, true);
      await unfold(page);
      assert.deepEqual(await englishWords(page), []);
      await screenshot(page, `no-english-traveller-${lang}-${name}`, { fullPage: true });

      await page.getByTestId("rule-select").selectOption("custom");
      await eventually(async () => (await englishWords(page)).length, 0);
      check();
    }
  });

  test(`the ${lang} team page shows no English word`, async () => {
    for (const [width, name] of [[1280, "desktop"], [375, "phone"]]) {
      const { page, check } = await openTeam(app.browser, app.url, { locale: lang, width });
      await load(page, EXAMPLE, "2026-06-01");
      await unfold(page);
      assert.deepEqual(await englishWords(page), []);
      await screenshot(page, `no-english-team-${lang}-${name}`, { fullPage: true });
      check();
    }
  });

  test(`the ${lang} widget shows no English word`, async () => {
    for (const [width, name] of [[1280, "desktop"], [375, "phone"]]) {
      const { page, check } = await openHost(app.browser, app.url, PLAIN, { locale: lang, width });
      const w = await place(page, "w", { rule: "kz-visa-free", lang, on: "2025-03-15" });
      await enterStays(w, [["2025-02-01", "2025-03-15"]]);
      await eventually(async () => Number(await text(w, "overstay-days")) > 0, true);
      assert.deepEqual(await englishWords(page, "w"), []);
      await screenshot(page, `no-english-widget-${lang}-${name}`, { fullPage: true });
      await check();
    }
    // The iframe page (embed.html), title included.
    const embed = await openHost(app.browser, app.url, `embed.html?rule=kz-visa-free&lang=${lang}`);
    await embed.page.waitForFunction(() => {
      const used = document.querySelector("stay-calculator")?.shadowRoot?.querySelector('[data-testid="days-used"]');
      return Boolean(used && /\d/.test(used.textContent));
    });
    assert.deepEqual(await englishWords(embed.page), []);
    await embed.check();
  });
}
