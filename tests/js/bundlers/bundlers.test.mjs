// The package through real bundlers: the tiny app in app/ (`staycalc` imported statically,
// `staycalc/report` on demand) is built by webpack 5 and by Vite against the package as npm
// would install it (pkg/ packed by `npm pack` and unpacked into the app's node_modules), then
// each build is served from 127.0.0.1 and run in headless Debian Chromium (playwright-core,
// /usr/bin/chromium or `$CHROMIUM`). Both modules must answer the README's example (77 days
// used, latest exit 2014-12-13), their .wasm files must come from the build's own output, and
// the page must log no error.
//
// make test-js installs the bundlers (`npm ci` here) and runs this with the other tests.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build as viteBuild } from "vite";
import webpack from "webpack";
import { PKG } from "../support.mjs";

const APP = fileURLToPath(new URL("./app/", import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) throw new Error(`no ${CHROMIUM}: run \`scripts/setup.sh browser\``);

/** Chromium flags that work as root on this machine (shared/TOOLCHAIN.md). */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** What the app shows: the evaluation, the report's line for Ana, the report's error code. */
const EXPECTED = `answer [77,"2014-12-13",[["Ana","Sales",77,"2014-12-13"]],"bad_input"]`;

let project;
let browser;

before(async () => {
  project = mkdtempSync(join(tmpdir(), "staycalc-bundlers-"));
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", project], {
    cwd: PKG,
    encoding: "utf8",
  }).trim();
  const installed = join(project, "node_modules", "staycalc");
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", join(project, tarball), "-C", installed, "--strip-components=1"]);
  for (const file of readdirSync(APP)) copyFileSync(join(APP, file), join(project, file));
  writeFileSync(join(project, "package.json"), JSON.stringify({ private: true, type: "module" }));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});

after(async () => {
  await browser?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

/** webpack 5 in production mode: main.js (a classic script) and its chunks and .wasm assets. */
async function webpackBuild(out) {
  const compiler = webpack({
    mode: "production",
    context: project,
    entry: "./main.js",
    output: { path: out, filename: "main.js" },
    performance: { hints: false },
  });
  const stats = await new Promise((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  const { errors, warnings } = stats.toJson({ all: false, errors: true, warnings: true });
  assert.deepEqual([...errors, ...warnings].map((problem) => problem.message), [], "webpack builds cleanly");
  const html = readFileSync(join(project, "index.html"), "utf8");
  writeFileSync(join(out, "index.html"), html.replace('type="module" src="./main.js"', 'src="main.js"'));
}

/** Vite's production build of index.html. */
async function viteBuildTo(out) {
  await viteBuild({
    root: project,
    configFile: false,
    logLevel: "error",
    build: { outDir: out, emptyOutDir: true },
  });
}

/** Serves `dir` on 127.0.0.1 (any free port); resolves to { url, close }. */
async function serve(dir) {
  const types = { ".js": "text/javascript", ".wasm": "application/wasm", ".html": "text/html" };
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://127.0.0.1").pathname;
    const file = normalize(join(dir, path === "/" ? "index.html" : path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Opens the build in `dir`: what #out shows, the paths requested, and any error logged. */
async function run(dir) {
  const server = await serve(dir);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = [];
    const requested = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(server.url);
    await page.waitForFunction(() => !document.getElementById("out").textContent.startsWith("waiting"));
    const shown = await page.textContent("#out");
    return { shown, problems, requested };
  } finally {
    await context.close();
    await server.close();
  }
}

/** Checks a build in `out`: the answer, both .wasm files fetched from it, nothing else asked for. */
async function check(out) {
  const wasm = readdirSync(out, { recursive: true }).filter((file) => file.endsWith(".wasm"));
  assert.equal(wasm.length, 2, `two .wasm files in the build: ${wasm}`);
  const { shown, problems, requested } = await run(out);
  assert.equal(shown, EXPECTED);
  assert.deepEqual(problems, []);
  const origin = new URL(requested[0]).origin;
  assert.deepEqual(requested.filter((url) => !url.startsWith(origin)), [], "no request elsewhere");
  const fetched = requested.filter((url) => url.endsWith(".wasm")).map((url) => new URL(url).pathname.slice(1));
  assert.deepEqual(fetched.sort(), wasm.map((file) => file.split("\\").join("/")).sort());
}

test("webpack 5 bundles both modules, and the app answers in Chromium", async () => {
  const out = join(project, "dist-webpack");
  await webpackBuild(out);
  await check(out);
});

test("Vite bundles both modules, and the app answers in Chromium", async () => {
  const out = join(project, "dist-vite");
  await viteBuildTo(out);
  await check(out);
});
