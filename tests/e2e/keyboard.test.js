// Entering a stay with the keyboard only, with the focus visible all the way.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, eventually, open, rows, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/** The focused element's test id and whether its focus outline shows. */
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    return {
      id: element.getAttribute("data-testid"),
      outlined: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

test("a stay can be added and typed with the keyboard alone", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-01-31");
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  let presses = 0;
  while ((await focused(page)).id !== "add-stay") {
    await page.keyboard.press("Tab");
    presses += 1;
    assert.ok(presses < 80, "Tab never reached the add button");
  }
  assert.equal((await focused(page)).outlined, true, "the focused button shows no outline");
  await page.keyboard.press("Enter");
  await eventually(async () => (await focused(page)).id, "stay-entry");
  assert.equal((await focused(page)).outlined, true, "the focused date shows no outline");
  // A date field is one text field, read day first (or ISO): one Tab to the exit.
  await page.keyboard.type("05.01.2025");
  await page.keyboard.press("Tab");
  assert.equal((await focused(page)).id, "stay-exit");
  await page.keyboard.type("20.01.2025");
  // Leaving the field shows the date as the list keeps it.
  await page.keyboard.press("Tab");
  await eventually(() => rows(page).then((r) => r.at(-1)), ["2025-01-05", "2025-01-20"]);
  await eventually(() => text(page, "days-used"), "16");
  check();
});

test("the chart explains a day under the pointer or picked with the arrow keys", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-06-01");
  await page.getByTestId("stay-entry").first().fill("2025-05-01");
  await page.getByTestId("stay-exit").first().fill("2025-05-10");
  const explain = page.getByTestId("chart-explain");
  await eventually(() => explain.textContent(), "on 1 Jun 2025: 10 days in 4 Dec 2024 – 1 Jun 2025 (limit 90)");
  await page.locator(".chart-box").focus();
  await page.keyboard.press("ArrowLeft");
  await eventually(() => explain.textContent(), "on 31 May 2025: 10 days in 3 Dec 2024 – 31 May 2025 (limit 90)");
  // Pointing near the left edge explains one of the chart's first days, in December 2024.
  await page.getByTestId("timeline-chart").hover({ position: { x: 3, y: 50 } });
  await eventually(async () => /^on \d+ Dec 2024: 0 days in /.test(await explain.textContent()), true);
  check();
});
