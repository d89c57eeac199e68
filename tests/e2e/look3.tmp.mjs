import { start, open, checkOn, enterStays } from "./harness.js";
const app = await start();
const { page } = await open(app.browser, app.url, { width: 360, height: 740 });
await checkOn(page, "2014-11-30");
await enterStays(page, [["2014-08-15", "2014-09-30"]]);
await page.evaluate(() => { document.activeElement?.blur(); });
await page.getByTestId("stay-row").first().screenshot({ path: "/tmp/w/app-row.png" });
await app.stop();
