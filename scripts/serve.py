#!/usr/bin/env python3
"""Serves www/ on 127.0.0.1 with the headers www/_headers gives each path, as a static host
would: the app's Content-Security-Policy is in force while you use it locally.

    python3 scripts/serve.py PORT        (make serve)

An HTML page that www/_headers gives no Content-Security-Policy is refused (500), so a new page
cannot be deployed without one unnoticed.
"""
import http.server
import os
import sys

WWW = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "www")


def read_rules(path):
    """www/_headers as [(path pattern, [(name, value)])]."""
    rules = []
    with open(path, encoding="utf-8") as file:
        for line in file:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line[0].isspace():
                rules.append((line.strip(), []))
                continue
            name, colon, value = line.partition(":")
            if not colon or not rules:
                sys.exit(f"www/_headers: bad line {line!r}")
            rules[-1][1].append((name.strip(), value.strip()))
    return rules


def headers_for(url_path, rules):
    """Every rule whose path is url_path or a /prefix* of it; a header set twice is joined."""
    headers = {}
    for pattern, pairs in rules:
        if pattern.endswith("*"):
            matches = url_path.startswith(pattern[:-1])
        else:
            matches = url_path == pattern
        if matches:
            for name, value in pairs:
                headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".webmanifest": "application/manifest+json",
    }

    def send_head(self):
        url_path = self.path.split("?", 1)[0].split("#", 1)[0]
        headers = headers_for(url_path, RULES)
        file = self.translate_path(self.path)
        page = os.path.isdir(file) or (os.path.isfile(file) and file.endswith(".html"))
        if page and "Content-Security-Policy" not in headers:
            self.send_error(500, f"www/_headers gives {url_path} no Content-Security-Policy")
            return None
        self._extra = headers
        return super().send_head()

    def end_headers(self):
        for name, value in getattr(self, "_extra", {}).items():
            self.send_header(name, value)
        self._extra = {}
        super().end_headers()


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    RULES = read_rules(os.path.join(WWW, "_headers"))
    os.chdir(WWW)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print(f"staycalc: open http://127.0.0.1:{port}/ (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
