// The widget and the iframe on another site's page, as README and embed-docs.html tell sites to
// use them: the calculator is served from http://localhost:PORT with www/_headers, the host page
// from http://127.0.0.1:OTHER (another origin, and another site) with its own strict policy
// that allows the calculator's origin and nothing more. It works; and it does not without the
// CORS and CORP headers www/_headers gives the widget's files, file by file.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { chromium } from "playwright-core";
import { FLAGS, answer, enterStays, eventually } from "./harness.js";
import { WIDGET_CHUNKS, WIDGET_FILES, headersFor, serve } from "./server.js";
import { lastHeard, openHost, widgetReady } from "./widget-harness.js";

const HOST_SCRIPT = readFileSync(new URL("./fixtures/cross-origin-host.js", import.meta.url));

/** Swiss SEM example 2 (rules.md §7.1): control on exit 2014-11-30. */
const SEM_2 = [
  ["2014-08-15", "2014-09-30"],
  ["2014-11-01", "2014-11-30"],
];
const SEM_2_ANSWER = { used: "77", remaining: "13", latestExit: "2014-12-13", status: "ok" };

/** The host's pages, given the calculator's origin: [policy, body]. */
const PAGES = {
  "/widget.html": (calculator) => [
    // Exactly what embed-docs.html tells a host to allow for the element, besides its own script.
    `default-src 'none'; script-src 'self' ${calculator} 'wasm-unsafe-eval'; style-src ${calculator}; ` +
      `connect-src ${calculator}; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    `<script type="module" src="${calculator}/widget/stay-calculator.js"></script>
<script type="module" src="/host.js"></script>
</head>
<body>
<h1>A travel agency</h1>
<stay-calculator id="sem" rule="schengen" lang="en" on="2014-11-30"></stay-calculator>
<p id="heard">nothing yet</p>`,
  ],
  "/frame.html": (calculator) => [
    `default-src 'none'; script-src 'self'; frame-src ${calculator}; img-src data:; base-uri 'none'; ` +
      `form-action 'none'; frame-ancestors 'none'`,
    `<script type="module" src="/host.js"></script>
</head>
<body>
<h1>A travel agency</h1>
<iframe id="frame" src="${calculator}/embed.html?rule=schengen&amp;lang=en&amp;on=2014-11-30" title="Stay calculator"></iframe>
<p id="heard">nothing yet</p>`,
  ],
};

/**
 * The other site: `/widget.html?calculator=ORIGIN` and `/frame.html?calculator=ORIGIN` embed the
 * calculator at ORIGIN; `&coep` sends the page with `Cross-Origin-Embedder-Policy: require-corp`.
 */
async function hostSite() {
  const server = createServer((request, response) => {
    const url = new URL(request.url, "http://host");
    if (url.pathname === "/host.js") {
      response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(HOST_SCRIPT);
      return;
    }
    const page = PAGES[url.pathname];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    const [policy, body] = page(url.searchParams.get("calculator"));
    const headers = { "content-type": "text/html; charset=utf-8", "content-security-policy": policy };
    if (url.searchParams.has("coep")) headers["cross-origin-embedder-policy"] = "require-corp";
    response.writeHead(200, headers);
    response.end(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Another site</title>
<link rel="icon" href="data:,">
${body}
</body>
</html>`);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * A calculator server sending `headers(path)` (www/_headers' by default), reached as
 * http://localhost:PORT; `asked` lists each request it served as [path, Sec-Fetch-Mode, Origin].
 */
async function calculatorSite(headers = headersFor) {
  const asked = [];
  const server = await serve({
    headers: (path, request) => {
      asked.push([path, request.headers["sec-fetch-mode"], request.headers.origin ?? null]);
      return headers(path);
    },
  });
  return { origin: server.url.replace("127.0.0.1", "localhost").replace(/\/$/, ""), asked, close: server.close };
}

/** www/_headers' headers, less header `name` on the paths in `paths`. */
function without(name, paths) {
  return (path) => {
    const headers = { ...headersFor(path) };
    if (paths.includes(path)) delete headers[name];
    return headers;
  };
}

let browser;
let host;
let calculator;
before(async () => {
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS });
  host = await hostSite();
  calculator = await calculatorSite();
});
after(async () => {
  await browser.close();
  await calculator.close();
  await host.close();
});

/** Opens the host's `page` embedding the calculator at `origin`. */
function openOn(page, origin, { coep = false } = {}) {
  const query = new URLSearchParams({ calculator: origin });
  if (coep) query.set("coep", "");
  return openHost(browser, host.url, `${page}?${query}`);
}

/** The problems `check()` reports ("" if none). */
async function problems(check) {
  return check().then(
    () => "",
    (error) => error.message,
  );
}

/**
 * Whether each of widget `id`'s stylesheets is in force: widget/stay-calculator.css (the `--rem`
 * it defines) and style.css (its grid of numbers).
 */
function styled(page, id) {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    return {
      "stay-calculator.css": getComputedStyle(root.querySelector(".staycalc")).getPropertyValue("--rem") === "16px",
      "style.css": getComputedStyle(root.querySelector(".numbers")).display === "grid",
    };
  }, id);
}
const STYLED = { "stay-calculator.css": true, "style.css": true };

test("on another site, under its strict policy, the widget answers SEM example 2 and tells the page", async () => {
  const { page, response, check } = await openOn("widget.html", calculator.origin);
  assert.match(response.headers()["content-security-policy"], new RegExp(`^default-src 'none'; script-src 'self' ${calculator.origin} `));
  const sem = await widgetReady(page, "sem");
  await enterStays(sem, SEM_2);
  await eventually(() => answer(sem).then(({ used, remaining, latestExit, status }) => ({ used, remaining, latestExit, status })), SEM_2_ANSWER);
  // The event reached the host's own script, and its listener on the document.
  await eventually(() => page.locator("#heard").textContent(), "ok: 77 used, 13 left, until 2014-12-13");
  const last = await lastHeard(page, "sem", { days_used: 77, days_remaining: 13, latest_exit: "2014-12-13" });
  assert.equal(last.on, "2014-11-30");
  assert.deepEqual(await styled(page, "sem"), STYLED);
  await check();

  // What the widget fetched from the calculator, each once: the files www/_headers gives CORS or
  // CORP, each in the mode that needs it, the CORS ones on behalf of the host's origin.
  const hostOrigin = host.url.replace(/\/$/, "");
  const chunks = [...new Set(calculator.asked.map(([path]) => path).filter((path) => WIDGET_CHUNKS.test(path)))];
  assert.ok(chunks.includes("/pkg/split_later.wasm"), `the parts built later were fetched: ${chunks}`);
  const expected = Object.entries(WIDGET_FILES)
    .flatMap(([mode, paths]) => paths.map((path) => [path, mode, mode === "cors" ? hostOrigin : null]))
    .concat(chunks.map((path) => [path, "cors", hostOrigin]));
  assert.deepEqual([...calculator.asked].sort(), expected.sort());
});

for (const file of WIDGET_FILES.cors) {
  test(`without Access-Control-Allow-Origin on ${file}, the widget cannot load on another site`, async () => {
    const stripped = await calculatorSite(without("access-control-allow-origin", [file]));
    try {
      const { page, check } = await openOn("widget.html", stripped.origin);
      const blocked = `'${stripped.origin}${file}' from origin '${host.url.replace(/\/$/, "")}' has been blocked by CORS policy`;
      await eventually(async () => (await problems(check)).includes(blocked), true);
      if (file === "/widget/stay-calculator.js") {
        // The element's own module is refused: the tag stays an unknown, empty element.
        assert.equal(await page.evaluate(() => customElements.get("stay-calculator")), undefined);
      } else {
        await eventually(
          () => page.evaluate(() => document.getElementById("sem").shadowRoot.querySelector(".staycalc-placeholder").textContent),
          "The stay calculator could not load.",
        );
      }
      assert.equal(await page.locator("#heard").textContent(), "nothing yet");
    } finally {
      await stripped.close();
    }
  });
}

test("on a host page with COEP require-corp, the widget loads with its stylesheets", async () => {
  const { page, response, check } = await openOn("widget.html", calculator.origin, { coep: true });
  assert.equal(response.headers()["cross-origin-embedder-policy"], "require-corp");
  const sem = await widgetReady(page, "sem");
  assert.deepEqual(await styled(page, "sem"), STYLED);
  await enterStays(sem, SEM_2);
  await eventually(() => answer(sem).then(({ used, status }) => ({ used, status })), { used: "77", status: "ok" });
  await check();
});

test("on a host page with COEP require-corp, the stylesheets are refused without Cross-Origin-Resource-Policy", async () => {
  const stripped = await calculatorSite(without("cross-origin-resource-policy", WIDGET_FILES["no-cors"]));
  try {
    const { page, check } = await openOn("widget.html", stripped.origin, { coep: true });
    // Still a calculator, but an unstyled one, and the console says why.
    await widgetReady(page, "sem");
    assert.deepEqual(await styled(page, "sem"), { "stay-calculator.css": false, "style.css": false });
    const refused = "console error: Failed to load resource: net::ERR_BLOCKED_BY_RESPONSE.NotSameOriginAfterDefaultedToSameOriginByCoep";
    assert.deepEqual((await problems(check)).split("\n"), WIDGET_FILES["no-cors"].map(() => refused));
  } finally {
    await stripped.close();
  }
});

test("embed.html framed by another site posts its answer and its height to that site", async () => {
  const { page, check } = await openOn("frame.html", calculator.origin);
  const posted = (type) => page.evaluate((type) => window.posted.filter((m) => m.type === type), type);
  await eventually(async () => (await posted("staycalc-change")).at(-1)?.detail.days_used, 0);
  await enterStays(page.frameLocator("#frame"), SEM_2);
  await eventually(async () => {
    const { days_used, days_remaining, latest_exit } = (await posted("staycalc-change")).at(-1).detail;
    return [days_used, days_remaining, latest_exit];
  }, [77, 13, "2014-12-13"]);
  await eventually(() => page.locator("#heard").textContent(), "framed: 77 used, 13 left");
  // The host sized the frame to the height the calculator last posted (the calculator may post
  // again while its layout settles, so both are read together until they agree).
  const sized = async () => {
    const height = (await posted("staycalc-resize")).at(-1).height;
    const frame = await page.locator("#frame").evaluate((f) => f.clientHeight);
    return { tall: height > 200, agree: frame === height };
  };
  await eventually(sized, { tall: true, agree: true });
  await check();
});

test("a host page with COEP cannot frame embed.html, as embed-docs.html says (the element it can load)", async () => {
  const { page } = await openOn("frame.html", calculator.origin, { coep: true });
  const framed = () => page.frames().find((frame) => frame !== page.mainFrame())?.url();
  await eventually(framed, "chrome-error://chromewebdata/");
  assert.equal(await page.evaluate(() => window.posted.length), 0);
});
