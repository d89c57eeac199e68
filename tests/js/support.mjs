// Shared by the tests of the built package: where things are, and a throwaway project that
// depends on the package as a user's would (node_modules/staycalc -> pkg/).
import assert from "node:assert/strict";
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const PKG = join(ROOT, "pkg");

if (!existsSync(join(PKG, "package.json"))) {
  throw new Error(`no package in ${PKG}: run \`make pkg\` first`);
}

/**
 * The release command line to compare with: `$STAYCALC_CLI` or target/release/staycalc (and any
 * other `binaries` a test needs, e.g. the gen_team example), each checked to exist.
 */
export function releaseBinaries(...binaries) {
  const cli = process.env.STAYCALC_CLI ?? join(ROOT, "target", "release", "staycalc");
  for (const binary of [cli, ...binaries]) {
    if (!existsSync(binary)) {
      throw new Error(`no ${binary}: run \`cargo build --release --bin staycalc --example gen_team\``);
    }
  }
  return cli;
}

/**
 * Asserts that `report` (of `staycalc/report`) gives the command line's CSV and JSON byte for
 * byte on the team file `text` checked on `on` under `rule`, the command line exiting with
 * `status`.
 */
export function assertReportAsCli(report, text, { on, rule = "schengen", status = 0 }) {
  const cli = releaseBinaries();
  const file = join(project(), "team.csv");
  writeFileSync(file, text);
  for (const format of ["csv", "json"]) {
    const run = spawnSync(cli, ["report", "--on", on, "--rule", rule, "--format", format, file], {
      encoding: "utf8",
    });
    assert.equal(run.status, status, run.stderr);
    assert.equal(report(text, { on, rule, format }).text, run.stdout, format);
  }
}

/**
 * A fresh directory with `node_modules/staycalc` linked to the built package, removed when the
 * test process exits. Node and TypeScript resolve `"staycalc"` in it through package.json.
 */
export function project() {
  const dir = mkdtempSync(join(tmpdir(), "staycalc-js-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(PKG, join(dir, "node_modules", "staycalc"), "dir");
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Calls `run` and returns what it threw (failing when it throws nothing). */
export function thrown(run) {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

const TYPES = { ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm" };

/**
 * Serves `page` at `/`, the package under `/pkg/` and each of `files` (URL path -> file) on a
 * local port, loads the page in headless Debian Chromium (`$CHROMIUM` overrides
 * /usr/bin/chromium) for `budget` ms of virtual time, and returns the text of its
 * `<pre id="out">` (the start of the page when there is none).
 */
export async function textInChromium(page, { files = {}, budget = 10_000 } = {}) {
  const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) throw new Error(`no ${chromium}: run \`scripts/setup.sh browser\``);
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://localhost").pathname;
    if (path === "/") {
      response.writeHead(200, { "content-type": "text/html" }).end(page);
      return;
    }
    const file = files[path] ?? normalize(join(PKG, path.replace(/^\/pkg\//, "")));
    const inPackage = path.startsWith("/pkg/") && file.startsWith(PKG);
    if (!existsSync(file) || !(path in files || inPackage)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const profile = mkdtempSync(join(tmpdir(), "staycalc-chromium-"));
  try {
    const { stdout } = await promisify(execFile)(chromium, [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
      `--virtual-time-budget=${budget}`,
      "--dump-dom",
      `http://127.0.0.1:${server.address().port}/`,
    ], { timeout: Math.max(60_000, 2 * budget), maxBuffer: 1 << 24 });
    return stdout.match(/<pre id="out">([^<]*)<\/pre>/)?.[1] ?? stdout.slice(0, 500);
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
