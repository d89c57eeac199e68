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

// What the whole log says beyond one zone, in the page's language next to the cards: Monaco's
// and Andorra's assumed membership, and two stays in different zones sharing days beyond a
// crossing day; stays merged in a zone with no rule known are said on its card.
const NOTES = {
  en: { monaco: /^Monaco \(MC\): its days are assumed to count toward the Schengen area/, andorra: /^Andorra \(AD\): entering it is assumed to be leaving/, two: /^Stays 1 \(Schengen area\) and 2 \(Georgia\) overlap on 8–10 Mar 2025/, merged: /^stays 4 and 5 overlap on 7–8 Apr 2025/ },
  ru: { monaco: /^Монако \(MC\): дни пребывания предположительно засчитываются в Шенгенскую зону/, andorra: /^Андорра \(AD\): въезд в эту страну предположительно означает выезд/, two: /^Поездки 1 \(Шенгенская зона\) и 2 \(Грузия\) пересекаются с 8 по 10 марта 2025/, merged: /^поездки 4 и 5 пересекаются/ },
  kk: { monaco: /^Монако \(MC\): ондағы күндер Шенген аймағына есептеледі деп болжанады/, andorra: /^Андорра \(AD\): бұл елге келу Шенген аймағынан кету деп болжанады/, two: /^1-сапар \(Шенген аймағы\) және 2-сапар \(Грузия\) 2025 жылғы 8–10 наурыз аралығында/, merged: /^4- және 5-сапарлар/ },
};

for (const lang of ["en", "ru", "kk"]) {
  for (const width of [375, 1280]) {
    test(`the log's notes (assumptions, days in two zones) are shown by the cards (${lang}, ${width} px)`, async () => {
      const { page, context, check } = await open(app.browser, app.url, { width, height: 900 });
      await page.getByTestId("language").selectOption(lang);
      await checkOn(page, "2025-04-10");
      await enterStays(page, [
        ["2025-03-01", "2025-03-10"],
        ["2025-03-08", "2025-03-12"],
        ["2025-04-01", "2025-04-05"],
        ["2025-04-06", "2025-04-08"],
        ["2025-04-07", "2025-04-10"],
      ]);
      for (const [i, code] of ["FR", "GE", "MC", "AD", "AD"].entries()) await country(page, i, code);
      await page.getByTestId("nationality-0").fill("US");
      await page.getByTestId("nationality-0").blur();
      await eventually(() => cards(page).then((c) => c.length > 0), true);
      const notes = page.getByTestId("zone-notes").locator("li");
      await eventually(() => notes.evaluateAll((li) => li.map((l) => l.dataset.code)), ["assumption", "assumption", "two_zones"]);
      // Dates are written with non-breaking spaces.
      const said = (await notes.allTextContents()).map((t) => t.replace(/\u00a0/g, " "));
      const expected = NOTES[lang];
      assert.match(said[0], expected.monaco);
      assert.match(said[1], expected.andorra);
      assert.match(said[2], expected.two);
      // Stays merged in Andorra (no rule known there for a US citizen) are said on its card.
      const andorra = page.locator('[data-testid="zone-card"][data-zone="ad"]');
      assert.equal(await andorra.getAttribute("data-status"), "no_rule_known");
      assert.match((await andorra.getByTestId("zone-merged").textContent()).replace(/\u00a0/g, " "), expected.merged);
      // The notes follow the cards, inside the zones section, and are visible.
      assert.equal(await page.getByTestId("zone-notes").isVisible(), true);
      if (lang !== "en") assert.doesNotMatch(said.join(" "), /[A-Za-z]{4,}/);
      await page.locator("section.zones").screenshot({ path: `${SCREENSHOTS}zones-notes-${lang}-${width}.png` });
      check();
      await context.close();
    });
  }
}

test("a log without assumptions or shared days has no notes", async () => {
  const { page, context, check } = await open(app.browser, app.url, { width: 375 });
  await checkOn(page, "2025-04-10");
  await enterStays(page, [["2025-03-01", "2025-03-10"]]);
  await country(page, 0, "FR");
  await page.getByTestId("nationality-0").fill("US");
  await page.getByTestId("nationality-0").blur();
  await eventually(() => cards(page), ["schengen:ok"]);
  assert.equal(await page.getByTestId("zone-notes").locator("li").count(), 0);
  assert.equal(await page.getByTestId("zone-notes").isVisible(), false);
  check();
  await context.close();
});

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

// On day 25 of a 30-day entry to Kazakhstan, 65 of the 90 days in 180 are left, but only 5 on
// this entry: the zone card shows the entry's days where the window's remaining would be, and
// the answer's sentence for screen readers leads with the entry. Past the cap, 0 and the day the
// stay had to end.
for (const lang of ["en", "ru", "kk"]) {
  test(`a zone card under a per-entry cap shows the days left on this entry, not the window's (${lang})`, async () => {
    const { page, context, check } = await open(app.browser, app.url, { width: 375, height: 900 });
    await page.getByTestId("language").selectOption(lang);
    await checkOn(page, "2026-12-04");
    await enterStays(page, [["2026-11-10", ""]]);
    await page.getByTestId("stay-open").first().check();
    await country(page, 0, "KZ");
    await page.getByTestId("nationality-0").fill("US");
    await page.getByTestId("nationality-0").blur();
    const kz = page.locator('[data-testid="zone-card"][data-zone="kz"]');
    await eventually(() => kz.getAttribute("data-status"), "warning");
    assert.equal(await kz.getByTestId("zone-entry-left").textContent(), "5");
    assert.equal(await kz.getByTestId("zone-days-remaining").count(), 0);
    const spoken = page.locator("#answer p.visually-hidden");
    const entry = { en: /^Close to the limit\. At most 30 days per entry: leave by 9 Dec 2026\. On 4 Dec 2026: 25 of 90 days used\.$/, ru: /^.+Максимум за один въезд — 30 дней: выехать не позднее 9 декабря 2026 г\. На 4 декабря 2026 г\.: использовано 25 из 90 дней\.$/, kk: /Бір келгенде 30 күннен аспайды/ };
    assert.match((await spoken.textContent()).replace(/\u00a0/g, " "), entry[lang]);
    await kz.screenshot({ path: `${SCREENSHOTS}zone-entry-left-${lang}-375.png` });
    await checkOn(page, "2026-12-12");
    await eventually(() => kz.getAttribute("data-status"), "overstay");
    assert.equal(await kz.getByTestId("zone-entry-left").textContent(), "0");
    assert.doesNotMatch(await spoken.textContent(), /remaining|осталось|қалды/);
    check();
    await context.close();
  });
}

// One stay in Kazakhstan typed on two rows by city (1-15 Sep, 16 Sep on), checked 20 Sep: 25
// days left on the second entry (70 in the window), so the card is amber only because the
// rows may be one stay: it says that, not "close to the limit", and says why below.
const ONE_STAY = {
  en: "Check: one stay or two?",
  ru: "Проверьте: одно пребывание или два?",
  kk: "Тексеріңіз: бір болу ма, әлде екеу ме?",
};
for (const lang of ["en", "ru", "kk"]) {
  test(`a zone card amber only for rows that may be one stay says so, not "close to the limit" (${lang})`, async () => {
    for (const width of [375, 1280]) {
      const { page, context, check } = await open(app.browser, app.url, { width, height: 900 });
      await page.getByTestId("language").selectOption(lang);
      await checkOn(page, "2026-09-20");
      await enterStays(page, [["2026-09-01", "2026-09-15"], ["2026-09-16", ""]]);
      await page.getByTestId("stay-open").nth(1).check();
      await country(page, 0, "KZ");
      await country(page, 1, "KZ");
      await page.getByTestId("nationality-0").fill("US");
      await page.getByTestId("nationality-0").blur();
      const kz = page.locator('[data-testid="zone-card"][data-zone="kz"]');
      await eventually(() => kz.getAttribute("data-status"), "warning");
      assert.equal((await kz.getByTestId("zone-status").textContent()).trim(), ONE_STAY[lang]);
      assert.equal(await kz.getByTestId("zone-entry-left").textContent(), "25");
      assert.equal(await kz.locator('[data-testid="zone-merged"] li[data-code="reentry"]').count(), 1);
      // The detailed answer for the zone says the same.
      assert.equal(await text(page, "status"), ONE_STAY[lang]);
      await kz.screenshot({ path: `${SCREENSHOTS}zone-one-stay-${lang}-${width}.png` });
      check();
      await context.close();
    }
  });
}
