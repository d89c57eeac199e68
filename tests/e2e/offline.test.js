// Offline and installable: after one visit the traveller page and the team page load and answer
// with no network (www/sw.js), and a new build deployed while a page is open takes over and
// says so.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { answer, checkOn, enterStays, eventually, open, ready, start, text } from "./harness.js";
import { serve } from "./server.js";

const WWW = fileURLToPath(new URL("../../www/", import.meta.url));
const PRECACHE = fileURLToPath(new URL("../../scripts/precache.py", import.meta.url));

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/** Waits until the service worker controls the page (it claims the page once installed). */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
}

test("after one visit the page loads offline and gives the same answer", async () => {
  const { page, context, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-03-20");
  await enterStays(page, [
    ["2025-01-01", "2025-01-10"],
    ["2025-03-01", "2025-03-05"],
  ]);
  await eventually(() => text(page, "days-used"), "15");
  const online = await answer(page);
  await controlled(page);
  // The team page, opened once.
  const team = await context.newPage();
  await team.goto(`${app.url}team.html`);
  await team.getByTestId("team-drop").waitFor();
  await team.close();
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.display, "standalone");
  assert.ok(manifest.icons.some((icon) => icon.sizes === "512x512" && icon.purpose === "maskable"));

  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert.deepEqual(await answer(page), online);
  assert.equal(await text(page, "days-used"), "15");
  // The paste reader, a chunk of the wasm never fetched on this visit, comes from the cache.
  await page.getByTestId("paste-input").fill("2025-03-10 2025-03-11\n");
  await page.getByTestId("paste-add").click();
  await eventually(() => text(page, "days-used"), "17");
  // The team page too.
  await page.goto(`${app.url}team.html`);
  await page.getByTestId("team-drop").waitFor();
  await context.setOffline(false);
  check();
  await context.close();
});

test("the first visit downloads the app once: the service worker's copy is revalidated, not fetched again", async () => {
  const server = await serve();
  try {
    const { page, context, check } = await open(app.browser, server.url);
    await controlled(page);
    // The worker has filled its cache once it controls the page.
    const wasm = server.served.filter((r) => r.path === "/pkg/staycalc_bg.wasm").map((r) => r.status);
    assert.equal(wasm.filter((status) => status === 200).length, 1, `the .wasm was served ${JSON.stringify(wasm)}`);
    assert.ok(wasm.includes(304), `the worker revalidated it: ${JSON.stringify(wasm)}`);
    const bodies = server.served.filter((r) => r.status === 200).map((r) => r.path);
    const twice = bodies.filter((path, i) => bodies.indexOf(path) !== i);
    assert.deepEqual(twice, [], "no file's body is sent twice");
    check();
    await context.close();
  } finally {
    await server.close();
  }
});

test("a new build deployed while the page is open takes over and offers a reload", async () => {
  const root = mkdtempSync(join(tmpdir(), "staycalc-www-"));
  cpSync(WWW, root, { recursive: true });
  const server = await serve({ root });
  try {
    const { page, context, check } = await open(app.browser, server.url);
    await controlled(page);
    const first = await page.evaluate(() => caches.keys());
    assert.equal(first.length, 1);

    // A new build: a changed stylesheet, and the list of files written again.
    writeFileSync(join(root, "style.css"), `${readFileSync(join(root, "style.css"), "utf8")}\n/* new build */\n`);
    // Deployed later than the copy above: Last-Modified has whole seconds, and a file rewritten
    // within the second it was copied in would look unchanged to the worker's revalidation
    // (a 304), as it would on any host that dates files to the second.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(root, "style.css"), later, later);
    execFileSync("python3", [PRECACHE, root]);
    // The worker's imported list of files, just rewritten: dated later too, or its update check
    // can get a 304 for it (same second as the copy) and see no new version.
    utimesSync(join(root, "pkg", "precache.js"), later, later);
    // Back online (as after a border crossing): the page looks for a new version.
    await context.setOffline(true);
    await context.setOffline(false);
    await page.getByTestId("update-ready").waitFor({ timeout: 20000 });
    assert.match(await text(page, "update-ready"), /new version/);
    // The new build's cache, and the old one gone (once the new worker has finished activating).
    await eventually(async () => {
      const names = await page.evaluate(() => caches.keys());
      return names.length === 1 && names[0] !== first[0];
    }, true);

    await page.getByTestId("update-reload").click();
    await ready(page);
    const css = await page.evaluate(async () => (await fetch("style.css")).text());
    assert.match(css, /new build/);
    assert.equal(await page.getByTestId("update-ready").count(), 0);
    check();
    await context.close();
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
