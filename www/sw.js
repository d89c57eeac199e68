// The service worker: keeps the traveller page and the team page working offline after their
// first load. Hand-written, no library: it keeps the site's own files in a cache named after
// the build, serves them from there, and drops the caches of earlier builds.
//
// pkg/precache.js, written by scripts/precache.py on every `make app`, sets self.BUILD (a hash
// of the files listed), self.PAGE (the traveller page's files, fetched at install) and
// self.TEAM (the team page's, kept as that page loads them). A new build changes that file; the
// browser compares a worker's imported scripts byte for byte when it looks for an update, so it
// installs the new worker, which takes over at once (skipWaiting, clients.claim): the open
// pages say so (www/offline.js) and offer to reload.
importScripts("pkg/precache.js");

const CACHE = `staycalc-${self.BUILD}`;

// "no-cache": revalidated with the server, so a new build never keeps an old file that the
// HTTP cache still holds.
const fresh = (file) => new Request(file, { cache: "no-cache" });

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const pages = await self.clients.matchAll({ includeUncontrolled: true });
      const team = pages.some((page) => new URL(page.url).pathname.endsWith("/team.html"));
      await cache.addAll([...self.PAGE, ...(team ? self.TEAM : [])].map(fresh));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((name) => name.startsWith("staycalc-") && name !== CACHE);
      await Promise.all(old.map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

// The site's files from the cache; anything not kept yet from the network, then kept (the team
// page's files, the widget's). A shared link's state is in the fragment, which requests never
// carry; a query is ignored.
self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok && response.type === "basic") await cache.put(request, response.clone());
      return response;
    })(),
  );
});
