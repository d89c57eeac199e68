import { start } from "/work/wt/papers/tests/e2e/harness.js";
import { load, openTeam } from "/work/wt/papers/tests/e2e/team-harness.js";
const app = await start();
const file = process.argv[2];
for (const width of [1280, 375]) {
  const { page } = await openTeam(app.browser, app.url, { width, height: 900 });
  await load(page, file, "2026-01-15");
  for (const lang of ["en", "ru", "kk"]) {
    await page.getByTestId("language").selectOption(lang);
    await page.waitForTimeout(1500);
    await page.locator(".team-table").first().screenshot({ path: `/tmp/look-table-${width}-${lang}.png` });
    await page.getByTestId("team-row").filter({ hasText: "Cem Kaya" }).getByTestId("team-open").click();
    await page.waitForTimeout(300);
    await page.locator(".person-panel .person-numbers").screenshot({ path: `/tmp/look-panel-${width}-${lang}.png` });
    await page.locator("[data-testid=team-errors-heading]").screenshot({ path: `/tmp/look-errors-${width}-${lang}.png` });
  }
}
await app.stop();
