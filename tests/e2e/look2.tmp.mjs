import { start } from "./harness.js";
import { openHost, widgetReady } from "./widget-harness.js";
import { checkOn, enterStays, eventually, text } from "./harness.js";
const app = await start();
const [path, width, id, out, ...rest] = process.argv.slice(2);
const { page } = await openHost(app.browser, app.url, path, { width: Number(width), height: 800 });
const w = await widgetReady(page, id);
if (rest[0] === "fill") {
  await checkOn(w, "2014-11-30");
  await enterStays(w, [["2014-08-15", "2014-09-30"], ["2014-11-01", "2014-11-30"], ["2015-01-10", "2015-02-20"]]);
  await page.waitForTimeout(300);
}
await page.evaluate(() => { document.activeElement?.blur(); scrollTo(0, 0); });
const box = await w.boundingBox();
const step = 900;
for (let y = 0, i = 0; y < box.height; y += step, i++) {
  await page.screenshot({ path: `/tmp/w/${out}-${i}.png`, fullPage: true, clip: { x: box.x, y: box.y + y, width: box.width, height: Math.min(step, box.height - y) } });
}
await app.stop();
