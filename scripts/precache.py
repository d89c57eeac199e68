#!/usr/bin/env python3
"""Writes www/pkg/precache.js, what the service worker (www/sw.js) keeps offline: the files of
the traveller page and of the team page, and BUILD, a hash of all of them, which names the cache.
Run by `make app` after the wasm builds (a new build: a new hash, a new service worker).

    python3 scripts/precache.py [WWW]    (default: the repository's www/)
"""
import hashlib
import sys
from pathlib import Path

# The traveller page's files, relative to www/, fetched when the worker installs. "./" is the
# page a visitor opens (index.html, as served).
PAGE = [
    "index.html",
    "app.js",
    "offline.js",
    "style.css",
    "print.css",
    "manifest.webmanifest",
    "icons/icon-192.png",
    "pkg/staycalc.js",
    "pkg/staycalc_bg.wasm",
]
# The chunks of the page's wasm fetched when wanted (scripts/build-app.sh: the Russian and
# Kazakh texts, the readers, the parts of the page built after its first answer, the widget's
# code, what they share, and their loader): kept at install too, so that a language first
# chosen offline still comes, and the whole page shows offline. Listed from pkg/, as the split
# named them.
CHUNKS = ["pkg/__wasm_split.js"]
# The team page's files: kept as the team page loads them (or at install, when it is the team
# page that installs the worker), so a traveller never downloads the team view's code.
TEAM = [
    "team.html",
    "team.js",
    "team.css",
    "team-print.css",
    "team.webmanifest",
    "team-pkg/staycalc.js",
    "team-pkg/staycalc_bg.wasm",
]


def main():
    www = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "www"
    page = PAGE + CHUNKS + sorted(
        f"pkg/{chunk.name}" for chunk in (www / "pkg").glob("*.wasm") if chunk.name != "staycalc_bg.wasm"
    )
    digest = hashlib.sha256()
    for name in page + TEAM:
        digest.update(name.encode() + b"\0" + (www / name).read_bytes())
    build = digest.hexdigest()[:16]

    def listed(names):
        return "".join(f'\n  "{name}",' for name in names)

    (www / "pkg" / "precache.js").write_text(
        "// Written by scripts/precache.py (make app): what www/sw.js keeps offline, and the build\n"
        "// it belongs to (a hash of those files), which names its cache.\n"
        f'self.BUILD = "{build}";\n'
        f"self.PAGE = [{listed(['./', *page])}\n];\n"
        f"self.TEAM = [{listed(TEAM)}\n];\n"
    )
    print(f"www/pkg/precache.js: build {build}, {len(page) + len(TEAM)} files")


if __name__ == "__main__":
    main()
