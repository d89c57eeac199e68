// Installs the service worker (sw.js) that keeps the page working offline, checks for a new
// version whenever the page comes back online or into view, and tells the app when a new
// version has taken over (the event `staycalc-update`: the app offers to reload).
export function keepOffline() {
  const workers = navigator.serviceWorker;
  if (!workers) return;
  // The page runs the version it loaded: a worker taking over later is a new version, except
  // the first worker taking over a page that loaded without one (on a first visit).
  let first = !workers.controller;
  workers.addEventListener("controllerchange", () => {
    if (first) first = false;
    else dispatchEvent(new Event("staycalc-update"));
  });
  workers.register("sw.js", { updateViaCache: "none" }).then(
    (registration) => {
      const check = () => registration.update().catch(() => {});
      // "online" can come a moment before requests go through again.
      addEventListener("online", () => setTimeout(check, 1000));
      document.addEventListener("visibilitychange", () => document.hidden || check());
    },
    () => {},
  );
}
