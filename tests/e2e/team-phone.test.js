// The team table on a phone: each person's line a card, with the light, the name, the status,
// the days left and the latest exit (and the next trip, when one is planned) in view, with no
// sideways scrolling; a desktop keeps the table. A messy real-looking file: Russian headers, long
// names, a department and notes carried, an overstay, a planned trip, a person close to the limit.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eventually, screenshot, SCREENSHOTS, start } from "./harness.js";
import { load, openTeam, temporary } from "./team-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const ON = "2026-04-20";
const FILE = [
  "ФИО;Отдел;Электронная почта;Дата въезда;Дата выезда;Правило;Планируется;Примечание",
  "Константинопольская-Ахмедова Александра Владимировна;Отдел международных продаж и развития;a.konstantinopolskaya-akhmedova@example-holding.kz;05.01.2026;;schengen;нет;Командировка в Мюнхен, продление согласовано",
  "Oluwaseun Adebayo-Richardson;Инженерная служба;oluwaseun.adebayo-richardson@example.com;01.02.2026;10.04.2026;schengen;нет;",
  "Oluwaseun Adebayo-Richardson;Инженерная служба;oluwaseun.adebayo-richardson@example.com;01.06.2026;20.06.2026;schengen;да;Конференция",
  "Жаксылыков Нурлан;Юридический;n.zhaksylykov@example.kz;10.01.2026;20.01.2026;schengen;нет;",
  "Жаксылыков Нурлан;Юридический;n.zhaksylykov@example.kz;01.03.2026;15.04.2026;schengen;нет;",
  "Ли Мин;ИТ;;15.03.2026;18.03.2026;schengen;нет;",
  "",
].join("\r\n");

const TAB = { en: "Team", ru: "Группа", kk: "Топ" };

/** What a line shows that must be in view: its name, status, days left, latest exit, next trip. */
const FIELDS = ["team-open", "team-status", "team-days-remaining", "team-latest-exit"];

test("on a phone each person is a card: the light, name, status, days left, latest exit and next trip in view, no sideways scroll (en, ru, kk)", async () => {
  const { page, check } = await openTeam(app.browser, app.url, { width: 375, height: 800 });
  await load(page, temporary("команда.csv", FILE), ON);
  for (const lang of ["en", "ru", "kk"]) {
    await page.getByTestId("language").selectOption(lang);
    await eventually(() => page.getByTestId("team-tab").textContent(), TAB[lang]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${lang}: the page is ${overflow} px wider than the window`);
    const box = page.locator(".table-scroll").filter({ has: page.getByTestId("team-table") });
    const [scroll, client] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    assert.ok(scroll <= client, `${lang}: the table is ${scroll} px wide in a box of ${client} px`);
    const rows = page.getByTestId("team-row");
    assert.equal(await rows.count(), 4);
    for (let i = 0; i < 4; i++) {
      const row = rows.nth(i);
      const name = await row.getByTestId("team-open").textContent();
      const ids = [...FIELDS];
      if (await row.getByTestId("team-next-trip").count()) ids.push("team-next-trip");
      for (const id of ids) {
        const cell = row.getByTestId(id).first();
        assert.ok(await cell.isVisible(), `${lang}: ${name}: ${id} shown`);
        const { x, width } = await cell.boundingBox();
        assert.ok(x >= 0 && x + width <= 375, `${lang}: ${name}: ${id} from ${x} to ${x + width} px`);
      }
      // Each value under its column's name, in the page's language.
      const label = await row
        .getByTestId("team-days-remaining")
        .evaluate((td) => getComputedStyle(td, "::before").content);
      const header = await page.locator('th[data-column="days-remaining"] button').evaluate((b) => b.firstChild.textContent);
      assert.equal(label, JSON.stringify(header), `${lang}: the days left's label`);
    }
    // The planned trip is shown with its verdict.
    const planned = rows.filter({ hasText: "Oluwaseun" }).getByTestId("team-next-trip");
    assert.equal(await planned.count(), 1);
    // Sorting is still there: the headers, as buttons in a row that wraps.
    const sort = page.getByTestId("team-sort").first();
    assert.ok(await sort.isVisible());
    const { x, width } = await page.getByTestId("team-sort").last().boundingBox();
    assert.ok(x + width <= 375, `${lang}: the last sort button ends at ${x + width} px`);
    await screenshot(page, `team-phone-cards-${lang}-375`, { fullPage: true });
    await page.locator("section.team-results").screenshot({ path: `${SCREENSHOTS}team-phone-cards-table-${lang}-375.png` });
  }
  check();
});

test("on a desktop the team table is still a table (en, ru, kk)", async () => {
  const { page, check } = await openTeam(app.browser, app.url, { width: 1280, height: 1000 });
  await load(page, temporary("команда.csv", FILE), ON);
  for (const lang of ["en", "ru", "kk"]) {
    await page.getByTestId("language").selectOption(lang);
    await eventually(() => page.getByTestId("team-tab").textContent(), TAB[lang]);
    const display = await page.getByTestId("team-row").first().evaluate((tr) => getComputedStyle(tr).display);
    assert.equal(display, "table-row");
    const label = await page
      .getByTestId("team-days-remaining")
      .first()
      .evaluate((td) => getComputedStyle(td, "::before").content);
    assert.equal(label, "none", "no label above a value in the table");
    await screenshot(page, `team-phone-table-${lang}-1280`, { fullPage: true });
  }
  check();
});

test("on a phone a team checked by zone: the zone's name under the person, no sideways scroll (kk)", async () => {
  const file = temporary(
    "team-zones.csv",
    [
      "person,department,entry,exit,country,nationality",
      "Ana Berg,Sales,2025-05-01,2025-05-20,Bulgaria,US",
      "Élise Roy,Legal,2025-07-01,2025-08-15,Kazakhstan,FR",
      "Cian Doyle,Sales,2025-04-01,2025-06-30,ES,US;IE",
      "",
    ].join("\n"),
  );
  const { page, check } = await openTeam(app.browser, app.url, { width: 375, height: 800, locale: "kk-KZ" });
  await load(page, file, "2025-08-15");
  await page.getByTestId("team-zone-name").filter({ hasText: "Шенген аймағы" }).first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
  for (const cell of await page.getByTestId("team-zone-name").all()) {
    const { x, width } = await cell.boundingBox();
    assert.ok(x >= 0 && x + width <= 375, `the zone's name from ${x} to ${x + width} px`);
  }
  await page.locator("section.team-results").screenshot({ path: `${SCREENSHOTS}team-phone-zones-kk-375.png` });
  check();
});
