// A static file server for the tests: serves www/ on 127.0.0.1 at a free port with the headers
// www/_headers gives each path (the strict Content Security Policy the app must keep working
// with: no inline script or style, no eval; WebAssembly compilation allowed), as a static host
// would deploy them.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../www/", import.meta.url));
const HEADERS_FILE = fileURLToPath(new URL("../../www/_headers", import.meta.url));

/**
 * Reads www/_headers (the static hosts' format: a path on its own line, `Name: value` lines
 * indented below it, `#` comments) into [{ path, headers: [[name, value]] }].
 */
export function readHeadersFile(text = readFileSync(HEADERS_FILE, "utf8")) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    if (colon < 0 || !rules.length) throw new Error(`www/_headers: bad line ${JSON.stringify(line)}`);
    rules.at(-1).headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers www/_headers gives `path`: every rule whose path is `path` or a `/prefix*` of it,
 * in file order, a header set by two rules joined with ", " as the hosts join them.
 */
export function headersFor(path, rules = readHeadersFile()) {
  const headers = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith("*") ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (!matches) continue;
    for (const [name, value] of rule.headers) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** The policy of the app's pages, as www/_headers gives it. */
export const CSP = headersFor("/index.html")["content-security-policy"];
/** The same for the iframe page, which any site may frame. */
export const EMBED_CSP = headersFor("/embed.html")["content-security-policy"];

/**
 * What <stay-calculator> fetches from its own site when another site's page loads it, by the
 * request's mode (Sec-Fetch-Mode): its module scripts and the .wasm with CORS, its stylesheets
 * by <link> (no-cors). widget-cross-origin.test.js checks it against what the browser fetches.
 * pkg/__wasm_split.js is imported by the glue (it fetches the chunks of the wasm, in pkg/ too:
 * the widget's own code before it mounts, the Russian and Kazakh texts when a widget speaks them,
 * and the parts of the page built later: scripts/build-app.sh).
 */
export const WIDGET_FILES = {
  cors: [
    "/widget/stay-calculator.js",
    "/pkg/staycalc.js",
    "/pkg/__wasm_split.js",
    "/pkg/staycalc_bg.wasm",
    "/pkg/split_widget.wasm",
  ],
  "no-cors": ["/style.css", "/widget/stay-calculator.css"],
};

/**
 * The other chunks of the wasm a widget fetches, with CORS too: the parts built later
 * (src/web/traveller/ui/later.rs) and what the split put in chunks they share, whose numbers
 * change from build to build.
 */
export const WIDGET_CHUNKS = /^\/pkg\/(split_later|chunk_\d+)\.wasm$/;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
};

/**
 * Starts the server; resolves to { url, close, served }. Like the static hosts and `make serve`,
 * it sends each file's Last-Modified and answers a request that already has it with 304 and no
 * body. `served` lists every response, { path, status }, in order. `headers(path, request)` gives the headers to
 * send (www/_headers' by default: a test may send fewer, to show what they are for, or note
 * what was asked for); `root` the folder served (www/ by default: a test may serve a copy it
 * changes, as a new build deployed).
 */
export async function serve({ headers: headersOf = (path) => headersFor(path), root = ROOT } = {}) {
  const served = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    response.on("finish", () => served.push({ path, status: response.statusCode }));
    let file = normalize(join(root, path));
    if (!file.startsWith(root.replace(/[\\/]$/, "") + sep) && file !== root.replace(/[\\/]$/, "")) {
      response.writeHead(403).end();
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file);
      }
      const body = await readFile(file);
      const headers = headersOf(path, request);
      if (extname(file) === ".html" && !headers["content-security-policy"]) {
        // A page www/_headers forgets would be deployed without a policy: fail the test.
        response.writeHead(500).end(`www/_headers gives ${path} no Content-Security-Policy`);
        return;
      }
      // HTTP dates have whole seconds.
      const modified = new Date(Math.floor(info.mtimeMs / 1000) * 1000);
      const since = Date.parse(request.headers["if-modified-since"] ?? "");
      if (!Number.isNaN(since) && modified.getTime() <= since) {
        response.writeHead(304, { ...headers, "last-modified": modified.toUTCString() }).end();
        return;
      }
      response.writeHead(200, {
        ...headers,
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "last-modified": modified.toUTCString(),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    // Every connection ended too: a browser page still open may hold one with a request in
    // flight (a widget file refused by CORS left one so), and close alone waits for it forever.
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
    served,
  };
}
