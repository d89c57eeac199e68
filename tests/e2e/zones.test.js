// Countries on stays: a country field on each stay (a name in the page's language or a code),
// the traveller's nationality, and an answer card per zone, most urgent first, with the chart
// switching between zones. Membership by date: a 2023 stay in Bulgaria counts only toward
// Bulgaria, the same trip in May 2024 toward the Schengen area; Cyprus is always apart. Kept in
// a share link and across a reload; an old link without countries opens as before.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, enterStays, eventually, open, ready, screenshot, SCREENSHOTS, start, text } from "./harness.js";
import { attribute, openHost, PLAIN, place } from "./widget-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/** Each zone card's zone id and status, in the order shown. */
function cards(page) {
  return page
    .getByTestId("zone-card")
    .evaluateAll((cards) => cards.map((c) => `${c.dataset.zone}:${c.dataset.status}`));
}

/** Sets the country of row `i`. */
async function country(page, i, name) {
  await page.getByTestId("stay-country").nth(i).fill(name);
}

const NAMES = {
  en: { bulgaria: "Bulgaria", cyprus: "Cyprus", france: "France", us: "United States", schengen: "Schengen area" },
  ru: { bulgaria: "Болгария", cyprus: "Кипр", france: "Франция", us: "США", schengen: "Шенгенская зона" },
  kk: { bulgaria: "Болгария", cyprus: "Кипр", france: "Франция", us: "АҚШ", schengen: "Шенген аймағы" },
};

for (const lang of ["en", "ru", "kk"]) {
  for (const width of [375, 1280]) {
    test(`a stay in Sofia counts toward Bulgaria in 2023 and toward Schengen in May 2024; Cyprus apart (${lang}, ${width} px)`, async () => {
      const names = NAMES[lang];
      const { page, context, check } = await open(app.browser, app.url, { width, height: 900 });
      await page.getByTestId("language").selectOption(lang);
      await checkOn(page, "2023-05-20");
      await enterStays(page, [["2023-05-01", "2023-05-10"]]);
      await eventually(() => text(page, "days-used"), "10");
      // A country typed by its name in the page's language; no nationality yet.
      await country(page, 0, names.bulgaria);
      await page.getByTestId("nationality-needed").waitFor();
      // Bulgaria in 2023 is not in the Schengen area: not counted under the Schengen rule.
      await eventually(() => text(page, "days-used"), "0");
      await page.getByTestId("nationality-0").fill(names.us);
      await page.getByTestId("nationality-0").press("Enter");
      await page.getByTestId("nationality-0").blur();
      await eventually(() => cards(page), ["bg:no_rule_known"]);
      assert.equal(await page.getByTestId("zone-days-there").textContent(), "10");
      // No zone under a rule: no detailed answer, no chart.
      await eventually(() => page.locator("section.answer").isVisible(), false);
      assert.equal(await page.locator("section.chart").isVisible(), false);
      await screenshot(page, `zones-bulgaria-2023-${lang}-${width}`, { fullPage: width > 375 });

      // The same trip in May 2024, with a stay in Cyprus after it.
      await checkOn(page, "2024-05-20");
      await page.getByTestId("stay-entry").first().fill("2024-05-01");
      await page.getByTestId("stay-exit").first().fill("2024-05-10");
      await page.getByTestId("add-stay").click();
      await page.getByTestId("stay-entry").last().fill("2024-05-11");
      await page.getByTestId("stay-exit").last().fill("2024-05-15");
      await country(page, 1, "CY");
      await eventually(() => cards(page).then((c) => c.sort()), ["cy:ok", "schengen:ok"]);
      const schengen = page.locator('[data-testid="zone-card"][data-zone="schengen"]');
      assert.equal(await schengen.getByTestId("zone-days-used").textContent(), "10 / 90");
      assert.match(await schengen.getByTestId("zone-countries").textContent(), new RegExp(names.bulgaria));
      const cyprus = page.locator('[data-testid="zone-card"][data-zone="cy"]');
      assert.equal(await cyprus.getByTestId("zone-days-used").textContent(), "5 / 90");
      // The detailed answer and the chart switch between the zones.
      await page.getByTestId("zone-switch").selectOption("schengen");
      await eventually(() => text(page, "days-used"), "10");
      await page.getByTestId("zone-switch").selectOption("cy");
      await eventually(() => text(page, "days-used"), "5");
      // A country typed wrong says so, with the closest name, and is not counted anywhere.
      await country(page, 1, "Cyprs");
      await eventually(
        () => page.locator(".row-issue").nth(1).textContent().then((t) => /Cyprus|Кипр/.test(t) && /CY/.test(t)),
        true,
      );
      await eventually(() => cards(page), ["schengen:ok"]);
      await country(page, 1, names.cyprus);
      await eventually(() => cards(page).then((c) => c.length), 2);
      if (width === 375) {
        // Phone first: the stays, the nationality, then the cards and the answer, before the rule.
        const top = (section) => page.locator(`section.${section}`).boundingBox().then((box) => box.y);
        const order = ["stays", "citizenship", "zones", "answer", "rule"];
        const tops = await Promise.all(order.map(top));
        assert.deepEqual([...tops].sort((a, b) => a - b), tops, `${order} at ${tops}`);
      }
      await screenshot(page, `zones-cards-${lang}-${width}`, { fullPage: true });
      for (const part of ["zones", "stays", "citizenship", "chart"]) {
        await page.locator(`section.${part}`).screenshot({ path: `${SCREENSHOTS}zones-${part}-${lang}-${width}.png` });
      }
      check();
      await context.close();
    });
  }
}

test("a stay without a country counts with the stays in the chosen rule's zone", async () => {
  const { page, context, check } = await open(app.browser, app.url, { width: 375 });
  await checkOn(page, "2025-04-10");
  await enterStays(page, [
    ["2025-01-01", "2025-02-14"],
    ["2025-02-20", "2025-03-31"],
  ]);
  await country(page, 0, "FR");
  await page.getByTestId("nationality-0").fill("US");
  await page.getByTestId("nationality-0").blur();
  // 45 days in France and 40 days with no country, under the Schengen rule: 85 together.
  await eventually(() => cards(page), ["schengen:warning"]);
  assert.equal(await page.getByTestId("zone-days-used").textContent(), "85 / 90");
  assert.match(await text(page, "zones-note"), /Stays without a country count toward: Schengen area/);
  await eventually(() => text(page, "days-used"), "85");
  check();
  await context.close();
});

test("a dual national gets the more favourable nationality per zone", async () => {
  const { page, context, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-04-10");
  await enterStays(page, [["2025-02-01", "2025-03-31"]]);
  await country(page, 0, "Германия");
  await page.getByTestId("nationality-0").fill("US");
  await page.getByTestId("nationality-0").blur();
  await eventually(() => cards(page), ["schengen:ok"]);
  await page.getByTestId("nationality-1").fill("Ireland");
  await page.getByTestId("nationality-1").blur();
  await eventually(() => cards(page), ["schengen:no_limit"]);
  assert.match(await page.locator(".zone-why").textContent(), /Ireland \(IE\)/);
  check();
  await context.close();
});

test("countries and nationalities are kept across a reload and in a share link", async () => {
  const first = await open(app.browser, app.url, { width: 375 });
  const page = first.page;
  await checkOn(page, "2025-06-01");
  await enterStays(page, [
    ["2025-05-01", "2025-05-10"],
    ["2025-05-12", "2025-05-20"],
  ]);
  await country(page, 0, "fra");
  await country(page, 1, "Казахстан");
  await page.getByTestId("nationality-0").fill("US");
  await page.getByTestId("nationality-0").blur();
  await eventually(() => cards(page).then((c) => c.sort()), ["kz:ok", "schengen:ok"]);
  await page.reload();
  await ready(page);
  assert.equal(await page.getByTestId("stay-country").nth(0).inputValue(), "France");
  assert.equal(await page.getByTestId("stay-country").nth(1).inputValue(), "Kazakhstan");
  assert.equal(await page.getByTestId("nationality-0").inputValue(), "United States");
  await eventually(() => cards(page).then((c) => c.sort()), ["kz:ok", "schengen:ok"]);
  // Printed: every zone's card, the nationality in the heading, each stay with its country.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator('[data-testid="zone-card"] h3').first().isVisible(), true);
  assert.equal(await page.locator("section.citizenship").isVisible(), false);
  assert.match(await page.locator(".print-summary p").textContent(), /Nationality: United States/);
  assert.deepEqual(await page.getByTestId("print-country").allTextContents(), ["France"]);
  await screenshot(page, "zones-print-en", { fullPage: true });
  await page.emulateMedia({ media: "screen" });
  await page.getByTestId("share").click();
  const link = await page.getByTestId("share-url").inputValue();
  assert.match(link, /&nats=US&/);
  assert.match(link, /&where=FR,KZ/);
  const other = await open(app.browser, app.url, { locale: "ru-RU" });
  await other.page.goto(link);
  await ready(other.page);
  await eventually(() => cards(other.page).then((c) => c.sort()), ["kz:ok", "schengen:ok"]);
  assert.equal(await other.page.getByTestId("stay-country").nth(1).inputValue(), "Казахстан");
  first.check();
  other.check();
  await first.context.close();
  await other.context.close();
});

test("an old link without countries opens as it always did", async () => {
  const { page, context, check } = await open(app.browser, app.url);
  await page.goto(`${app.url}#v=1&rule=schengen&on=2025-03-31&stays=2025-03-01_2025-03-09`);
  await ready(page);
  await eventually(() => text(page, "days-used"), "9");
  assert.equal(await page.getByTestId("zones").isVisible(), false);
  assert.equal(await page.getByTestId("zone-switch").isVisible(), false);
  assert.equal(await page.locator("section.citizenship").isVisible(), false);
  assert.equal(await page.getByTestId("stay-country").first().inputValue(), "");
  check();
  await context.close();
});

test("the widget's nationality attribute turns the answer per zone on", async () => {
  const { page, check } = await openHost(app.browser, app.url, PLAIN, { width: 375 });
  const w = await place(page, "w", { rule: "schengen", lang: "en", on: "2025-06-01", nationality: "US" });
  await enterStays(w, [
    ["2025-05-01", "2025-05-10"],
    ["2025-05-12", "2025-05-20"],
  ]);
  await w.getByTestId("stay-country").nth(0).fill("France");
  await w.getByTestId("stay-country").nth(1).fill("KZ");
  await eventually(() => cards(w).then((c) => c.sort()), ["kz:ok", "schengen:ok"]);
  // A citizen of France: no limit in the Schengen area, the 30 days per entry in Kazakhstan.
  await attribute(page, "w", "nationality", "FR");
  await eventually(() => cards(w), ["kz:ok", "schengen:no_limit"]);
  await w.locator("section.zones").screenshot({ path: `${SCREENSHOTS}zones-widget-en-375.png` });
  await check();
});
