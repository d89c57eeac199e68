// A screenshot of each main state, desktop and 360 px wide, saved in screenshots/ to look at.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, enterStays, eventually, open, screenshot, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const SIZES = {
  desktop: { width: 1280, height: 1000 },
  phone: { width: 360, height: 740 },
};

/** Swiss SEM example 2 plus a planned trip, checked on 2014-11-30. */
async function filled(page) {
  await checkOn(page, "2014-11-30");
  await enterStays(page, [
    ["2014-08-15", "2014-09-30"],
    ["2014-11-01", "2014-11-30"],
    ["2015-01-10", "2015-02-20"],
  ]);
  await eventually(() => text(page, "days-used"), "77");
}

/** Swiss SEM example 5a: an overstay of 9 days on 2014-06-09. */
async function overstay(page) {
  await checkOn(page, "2014-06-09");
  await enterStays(page, [
    ["2013-09-01", "2013-09-30"],
    ["2014-02-21", "2014-04-20"],
    ["2014-05-01", "2014-06-09"],
  ]);
  await eventually(() => text(page, "overstay-days"), "9");
}

for (const [size, viewport] of Object.entries(SIZES)) {
  test(`${size}: a first visit`, async () => {
    const { page, check } = await open(app.browser, app.url, viewport);
    await screenshot(page, `${size}-empty`, { fullPage: true });
    check();
  });

  test(`${size}: stays with a planned trip`, async () => {
    const { page, check } = await open(app.browser, app.url, viewport);
    await filled(page);
    await screenshot(page, `${size}-filled`, { fullPage: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= viewport.width, `the page is ${width}px wide in a ${viewport.width}px window`);
    check();
  });

  test(`${size}: an overstay`, async () => {
    const { page, check } = await open(app.browser, app.url, viewport);
    await overstay(page);
    await screenshot(page, `${size}-overstay`, { fullPage: true });
    check();
  });

  test(`${size}: in Russian`, async () => {
    const { page, check } = await open(app.browser, app.url, { ...viewport, locale: "ru-RU" });
    await filled(page);
    await screenshot(page, `${size}-ru`, { fullPage: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= viewport.width, `the page is ${width}px wide in a ${viewport.width}px window`);
    check();
  });
}

test("phone: in Kazakh, with an overstay", async () => {
  const { page, check } = await open(app.browser, app.url, { ...SIZES.phone, locale: "kk-KZ" });
  await overstay(page);
  await screenshot(page, "phone-kk-overstay", { fullPage: true });
  check();
});

test("print: a one-page summary", async () => {
  const { page, check } = await open(app.browser, app.url, SIZES.desktop);
  await filled(page);
  await page.emulateMedia({ media: "print" });
  await screenshot(page, "print", { fullPage: true });
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, `the summary prints on ${pages} pages`);
  check();
});
