// The paste box reads what people write: dates in words in English, Russian and Kazakh, ranges
// that say the month once, two-digit years, bullets and numbering, a country or note beside the
// dates, rows copied from a spreadsheet with a header and a days column. What it still cannot
// read is said line by line in the page's language. Screenshots at 375 px and on desktop.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, eventually, open, rows, screenshot, SCREENSHOTS, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const MESSY = [
  "Country\tEntry\tExit\tDays",
  "France\t12.01.2025\t20.01.2025\t9",
  "• 1–5 February 2025 (Paris)",
  "2. с 3 по 7 марта 2025 г.",
  "2025 жылғы 10 сәуірден 12 сәуірге дейін",
  "Italy 01.05.25 - 03.05.25",
  "June 2, 2025 to June 4, 2025",
  "Spain\t10.06.2025\t20.06.2025\t3",
  "12 Mrach 2025 - 20.03.2025",
].join("\n");

const READ = [
  ["2025-01-12", "2025-01-20"],
  ["2025-02-01", "2025-02-05"],
  ["2025-03-03", "2025-03-07"],
  ["2025-04-10", "2025-04-12"],
  ["2025-05-01", "2025-05-03"],
  ["2025-06-02", "2025-06-04"],
];


for (const [lang, expected] of [
  [
    "en",
    {
      added: /Added 6 stays/,
      header: /Line 1: read as the column names\./,
      days: /^Line 8 «Spain\t10\.06\.2025\t20\.06\.2025\t3»: 3 days, but the stay from 2025-06-10 to 2025-06-20 has 11/,
      unexpected: /^Line 9 «12 Mrach 2025 - 20\.03\.2025»: unexpected "12"/,
    },
  ],
  [
    "ru",
    {
      added: /Добавлено: 6 поездок/,
      header: /Строка 1: прочитана как названия столбцов\./,
      days: /^Строка 8 «.*»: строка не распознана: в строке указано число дней 3, а в поездке с 10\.06\.2025 по 20\.06\.2025 — 11\sдней/,
      unexpected: /^Строка 9 «.*»: строка не распознана: непонятное число «12»/,
    },
  ],
  [
    "kk",
    {
      added: /Қосылды: 6 сапар\./,
      header: /1-жол: баған атаулары ретінде оқылды\./,
      days: /жолда күн саны 3 деп жазылған, ал сапарда \(келу күні: 10\.06\.2025, кету күні: 20\.06\.2025\) 11 күн бар/,
      unexpected: /түсініксіз сан \(«12»\)/,
    },
  ],
]) {
  test(`a messy paste is read, and what is not is said line by line (${lang})`, async () => {
    for (const width of [375, 1280]) {
      const { page, context, check } = await open(app.browser, app.url, { width });
      await page.getByTestId("language").selectOption(lang);
      await checkOn(page, "2025-07-01");
      await page.getByTestId("paste-input").fill(MESSY);
      await page.getByTestId("paste-add").click();
      await eventually(() => rows(page), READ);
      // 9 + 5 + 5 + 3 + 3 + 3 days in the 180 days up to 1 July 2025.
      await eventually(() => text(page, "days-used"), "28");
      const said = await page.getByTestId("paste-report").locator("p").textContent();
      assert.match(said, expected.added);
      assert.match(said, expected.header);
      const rejected = await page.getByTestId("paste-rejected").locator("li").allTextContents();
      assert.equal(rejected.length, 2, rejected.join("\n"));
      assert.match(rejected[0], expected.days);
      assert.match(rejected[1], expected.unexpected);
      // Only the lines not read stay in the box.
      assert.equal(
        await page.getByTestId("paste-input").inputValue(),
        "Spain\t10.06.2025\t20.06.2025\t3\n12 Mrach 2025 - 20.03.2025",
      );
      await page.getByTestId("paste-report").scrollIntoViewIfNeeded();
      await screenshot(page, `paste-words-${lang}-${width}`, { fullPage: true });
      await page.locator("section.paste").screenshot({ path: `${SCREENSHOTS}paste-box-${lang}-${width}.png` });
      check();
      await context.close();
    }
  });
}

// A country on a pasted line becomes the stay's country: a stay in Georgia is kept with its
// country, and without a nationality it does not count toward the Schengen rule; its row says
// why, in the page's language. A city or a note still counts.
for (const [lang, said] of [
  ["en", /^Georgia \(GE\) is outside the chosen rule's zone on these days: not counted under it/],
  ["ru", /^Грузия \(GE\) в эти дни не входит в зону выбранного правила: по нему поездка не учтена/],
  ["kk", /\(GE\) осы күндері таңдалған ереже аймағына кірмейді: сапар ол бойынша есепке алынбады/],
]) {
  test(`a pasted line in a country outside the Schengen area does not count toward it (${lang})`, async () => {
    const { page, context, check } = await open(app.browser, app.url, { width: 375 });
    await page.getByTestId("language").selectOption(lang);
    await checkOn(page, "2025-05-01");
    await page
      .getByTestId("paste-input")
      .fill("France 01.03.2025 - 10.03.2025\nGeorgia 11.03.2025 - 30.03.2025\nParis 2025-04-01 2025-04-05\n");
    await page.getByTestId("paste-add").click();
    await eventually(() => rows(page), [
      ["2025-03-01", "2025-03-10"],
      ["2025-03-11", "2025-03-30"],
      ["2025-04-01", "2025-04-05"],
    ]);
    // France's 10 days and Paris's 5; Georgia's 20 would have made 35.
    await eventually(() => text(page, "days-used"), "15");
    assert.equal(await page.getByTestId("paste-rejected").locator("li").count(), 0);
    assert.match(await page.locator(".row-issue").nth(1).textContent(), said);
    assert.equal(await page.getByTestId("stay-country").nth(2).inputValue(), "");
    await page.getByTestId("stay-row").nth(1).screenshot({ path: `${SCREENSHOTS}paste-country-${lang}-375.png` });
    check();
    await context.close();
  });
}

// A month's stay written without its year ("с 1 по 31 июля") is not read with a year made up
// (a wrong year would give a wrong answer): its line says the year is missing, naming the dates
// as written, in the page's language; the good line beside it is read.
for (const [lang, line, said] of [
  ["en", "1–31 July", /^Line 2 «1–31 July»: "1–31 July" has no year: add the year \(none is guessed\)$/],
  ["ru", "с 1 по 31 июля", /^Строка 2 «с 1 по 31 июля»: .*в «1 по 31 июля» не указан год: допишите год \(угадывать его мы не будем\)$/],
  ["kk", "1 шілде – 31 шілде", /^2-жол «1 шілде – 31 шілде»: .*«1 шілде – 31 шілде» ішінде жыл көрсетілмеген: жылын қосып жазыңыз/],
]) {
  test(`dates pasted without a year are said to miss it, not guessed (${lang})`, async () => {
    const { page, context, check } = await open(app.browser, app.url, { width: 375 });
    await page.getByTestId("language").selectOption(lang);
    await checkOn(page, "2025-09-01");
    await page.getByTestId("paste-input").fill(`01.03.2025 - 10.03.2025\n${line}\n`);
    await page.getByTestId("paste-add").click();
    await eventually(() => rows(page), [["2025-03-01", "2025-03-10"]]);
    const rejected = await page.getByTestId("paste-rejected").locator("li").allTextContents();
    assert.equal(rejected.length, 1, rejected.join("\n"));
    assert.match(rejected[0], said);
    // The line stays in the box to be given its year.
    assert.equal(await page.getByTestId("paste-input").inputValue(), line);
    await page.locator("section.paste").screenshot({ path: `${SCREENSHOTS}paste-no-year-${lang}-375.png` });
    check();
    await context.close();
  });
}
