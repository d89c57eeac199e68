// The headers a host sends with the site come from www/_headers, and they are what the tests
// and `make serve` send: every page has a strict policy, only the iframe page may be framed,
// and only the files the widget loads may be used by other sites.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { WIDGET_FILES, headersFor } from "./server.js";

const WWW = fileURLToPath(new URL("../../www/", import.meta.url));
const SERVE = fileURLToPath(new URL("../../scripts/serve.py", import.meta.url));

/** Every HTML page of the site, as the path a browser asks for. */
function pages(dir = WWW) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name.endsWith(".html") ? [`/${relative(WWW, path).split(sep).join("/")}`] : [];
  });
}

/** The directives of a policy, by name. */
function directives(policy) {
  return Object.fromEntries(
    policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
  );
}

test("every page has one strict policy, and only embed.html may be framed", () => {
  const found = pages();
  assert.ok(found.length >= 6, `pages: ${found.join(", ")}`);
  for (const page of ["/", ...found]) {
    const policy = headersFor(page)["content-security-policy"];
    assert.ok(policy, `${page} has no Content-Security-Policy in www/_headers`);
    assert.ok(!policy.includes(","), `${page} gets two policies joined: ${policy}`);
    const d = directives(policy);
    assert.deepEqual(d["script-src"], ["'self'", "'wasm-unsafe-eval'"], page);
    assert.deepEqual(d["style-src"], ["'self'"], page);
    assert.deepEqual(d["default-src"], ["'self'"], page);
    assert.deepEqual(d["connect-src"], ["'self'"], page);
    assert.deepEqual(d["object-src"], ["'none'"], page);
    assert.deepEqual(d["frame-ancestors"], page === "/embed.html" ? ["*"] : ["'none'"], page);
    assert.equal(headersFor(page)["x-content-type-options"], "nosniff", page);
  }
});

test("no page has inline script, inline style or an event-handler attribute", () => {
  for (const page of pages()) {
    const html = readFileSync(join(WWW, page), "utf8").replace(/<pre[\s\S]*?<\/pre>/g, "");
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, `${page}: inline <script>`);
    assert.doesNotMatch(html, /<style[\s>]/, `${page}: <style>`);
    assert.doesNotMatch(html, /\sstyle="/, `${page}: style attribute`);
    assert.doesNotMatch(html, /\son[a-z]+="/, `${page}: event-handler attribute`);
  }
});

test("the files the widget loads may be loaded by any site, without credentials, and only they", () => {
  // Fetched in CORS mode: exactly `*` (two rules joined with ", " would be refused like none).
  for (const path of WIDGET_FILES.cors) {
    assert.equal(headersFor(path)["access-control-allow-origin"], "*", path);
    assert.equal(headersFor(path)["cross-origin-resource-policy"], undefined, `${path}: CORS is enough`);
  }
  // Loaded by <link> (no-cors): what a host page with COEP require-corp asks of them.
  for (const path of WIDGET_FILES["no-cors"]) {
    assert.equal(headersFor(path)["cross-origin-resource-policy"], "cross-origin", path);
    assert.equal(headersFor(path)["access-control-allow-origin"], undefined, path);
  }
  const others = ["/", ...pages(), "/app.js", "/team.js", "/print.css", "/widget/embed.js", "/widget/embed.css"];
  others.push("/widget/embed-docs.js", "/team-pkg/staycalc.js", "/team-pkg/staycalc_bg.wasm");
  for (const path of others) {
    assert.equal(headersFor(path)["access-control-allow-origin"], undefined, path);
    assert.equal(headersFor(path)["cross-origin-resource-policy"], undefined, path);
  }
  for (const path of [...Object.values(WIDGET_FILES).flat(), ...others]) {
    assert.equal(headersFor(path)["access-control-allow-credentials"], undefined, path);
  }
});

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("make serve (scripts/serve.py) sends the same headers as the test server", async () => {
  const port = await freePort();
  const child = spawn("python3", [SERVE, String(port)], { stdio: ["ignore", "pipe", "ignore"] });
  try {
    await new Promise((resolve, reject) => {
      child.once("error", reject);
      child.stdout.once("data", resolve);
    });
    for (const page of ["/", ...pages(), "/app.js", "/style.css", ...Object.values(WIDGET_FILES).flat()]) {
      const response = await fetch(`http://127.0.0.1:${port}${page}`);
      assert.equal(response.status, 200, page);
      for (const [name, value] of Object.entries(headersFor(page))) {
        assert.equal(response.headers.get(name), value, `${page} ${name}`);
      }
      if (page.endsWith(".html") || page === "/") {
        assert.ok(response.headers.get("content-security-policy"), page);
      }
    }
    const wasm = await fetch(`http://127.0.0.1:${port}/pkg/staycalc_bg.wasm`);
    assert.equal(wasm.headers.get("content-type"), "application/wasm");
  } finally {
    child.kill();
  }
});
