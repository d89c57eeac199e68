// The answer in a traveller's words: "Enter on … → leave by", "Full 90 days available again
// from", no "days over the limit" line when none are over, the note pointing at the longest stay
// where it is, and the chart's readout naming the stays that make up the count.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, datetime, enterStays, eventually, open, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/** 10 days in January and 5 in March 2025, checked on 20 March 2025 (not there that day). */
async function twoStays(page) {
  await checkOn(page, "2025-03-20");
  await enterStays(page, [
    ["2025-01-01", "2025-01-10"],
    ["2025-03-01", "2025-03-05"],
  ]);
  await eventually(() => text(page, "days-used"), "15");
}

test("someone not in the country reads when to enter and when to leave", async () => {
  const { page, check } = await open(app.browser, app.url);
  await twoStays(page);
  assert.equal(await text(page, "leave-by-label"), "Enter on 20 Mar 2025 → leave by");
  // Entering on 20 March: 15 days used, 75 more bring the count to 90 on 2 June; the January
  // days leave the window only from 30 June.
  assert.equal(await datetime(page, "latest-exit"), "2025-06-02");
  assert.match(await page.locator(".answer").textContent(), /Full 90 days available again from/);
  assert.ok((await datetime(page, "earliest-full-stay")) > "2025-03-20");
  // Not there and nothing planned: the full stay needs no condition.
  assert.equal(await page.getByTestId("full-stay-note").count(), 0);
  // Nothing is over the limit: no line says "0".
  assert.equal(await page.getByTestId("overstay-days").count(), 0);
  // The note points at the longest stay, which is above it.
  const note = await page.locator(".remaining-note").boundingBox();
  const leave = await page.getByTestId("latest-exit").boundingBox();
  assert.match(await page.locator(".remaining-note").textContent(), /shown above/);
  assert.ok(leave.y < note.y);
  check();
});

test("someone staying on reads just the day to leave by", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-03-20");
  await enterStays(page, [["2025-03-10", ""]]);
  await page.getByTestId("stay-open").check();
  await eventually(() => text(page, "days-used"), "11");
  assert.equal(await text(page, "leave-by-label"), "Leave by");
  // 90 days from 10 March: 7 June.
  assert.equal(await datetime(page, "latest-exit"), "2025-06-07");
  // The full stay is counted as if leaving on the check date: said, since staying on to 7 June
  // would put it later.
  assert.equal(await text(page, "full-stay-note"), "If you leave on 20 Mar 2025.");
  check();
});

// The earliest full stay counts the days up to the check date only: with a stay under way and a
// trip planned, it says both, in every language (a traveller in Russia on day 71 was told "Full
// 90 days available again from 13 Oct" with nothing saying it held only if leaving that day).
for (const [lang, said] of [
  ["en", "If you leave on 20 Mar 2025; the trips you plan are not counted."],
  ["ru", "Если выехать 20 марта 2025 г.; запланированные поездки не учтены."],
  ["kk", "2025 жылғы 20 наурызда шығып кетсеңіз; жоспарланған сапарлар есепке алынбаған."],
]) {
  test(`the full stay says what it leaves out (${lang})`, async () => {
    const { page, check } = await open(app.browser, app.url);
    await checkOn(page, "2025-03-20");
    await enterStays(page, [
      ["2025-03-10", ""],
      ["2025-08-01", "2025-08-10"],
    ]);
    await page.getByTestId("stay-open").first().check();
    await eventually(() => text(page, "days-used"), "11");
    if (lang !== "en") await page.getByTestId("language").selectOption(lang);
    await eventually(async () => (await text(page, "full-stay-note")).replaceAll("\u00a0", " "), said);
    check();
  });
}

test("the chart's readout says which stays make up the count", async () => {
  const { page, check } = await open(app.browser, app.url);
  await twoStays(page);
  assert.equal(
    await text(page, "chart-parts"),
    "Counted: stay 1, 1–10 Jan 2025 (10 days); stay 2, 1–5 Mar 2025 (5 days).",
  );
  // The chart's last day, one window after the check date: both stays have left its window.
  await page.locator(".chart-box").focus();
  await page.keyboard.press("End");
  await eventually(() => text(page, "chart-parts"), "No stay is counted.");
  check();
});

test("days over the limit are shown when there are some", async () => {
  const { page, check } = await open(app.browser, app.url);
  // Swiss SEM example 5a: 9 days over on 9 June 2014.
  await checkOn(page, "2014-06-09");
  await enterStays(page, [
    ["2013-09-01", "2013-09-30"],
    ["2014-02-21", "2014-04-20"],
    ["2014-05-01", "2014-06-09"],
  ]);
  await eventually(() => text(page, "overstay-days"), "9");
  check();
});

for (const [lang, label, again, parts] of [
  ["ru", "Въезд 20 марта 2025 г. → выехать не позднее", "снова доступен с", /^Учтены: поездка 1, .*\(10 дней\); поездка 2, .*\(5 дней\)\.$/],
  ["kk", "2025 жылғы 20 наурызда келсеңіз → ең кеш кету күні", "қайта қолжетімді", /^Есепке алынған күндер: 1-сапар, .*\(10 күн\); 2-сапар, .*\(5 күн\)\.$/],
]) {
  test(`the same words in ${lang}`, async () => {
    const { page, check } = await open(app.browser, app.url);
    await twoStays(page);
    await page.getByTestId("language").selectOption(lang);
    const plain = async (id) => (await text(page, id)).replaceAll("\u00a0", " ");
    await eventually(() => plain("leave-by-label"), label);
    assert.ok((await page.locator(".answer").textContent()).includes(again));
    assert.match(await plain("chart-parts"), parts);
    check();
  });
}
