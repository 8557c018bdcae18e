// Portineria service worker: static files are served from the cache and refreshed in the
// background; pages always come from the network (they are personal and must be current).
// The one exception is the fault report form, /reports/new: its last copy is kept so that it
// opens without a connection, and report-form.js keeps what is filed there until it can be sent.
"use strict";
const CACHE = "portineria-static-v2";
// Every file listed here must exist: one missing file makes the whole install fail.
const STATIC = [
  "/static/app.css",
  "/static/app.js",
  "/static/report-form.js",
  "/static/icon.svg",
  "/static/icons/plumbing.svg",
  "/static/icons/heating.svg",
  "/static/icons/lift.svg",
  "/static/icons/electrical.svg",
  "/static/icons/doors.svg",
  "/static/icons/cleaning.svg",
  "/static/icons/green.svg",
  "/static/icons/pests.svg",
  "/static/icons/damp.svg",
  "/static/icons/coexistence.svg",
  "/static/icons/waste.svg",
  "/static/icons/other.svg",
  "/manifest.webmanifest",
];
// Kept apart from CACHE so that a new version of the static files does not throw away the
// offline copy of the form.
const PAGES = "portineria-pages-v1";
const FORM = "/reports/new";
// On a connection that is there but barely works, waiting for the network can take minutes;
// after this long the stored form is shown, and the network answer still refreshes the copy.
const FORM_PATIENCE_MS = 10000;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(STATIC)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE && k !== PAGES).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

// Network first for the form; the stored copy when the network fails or is too slow.
async function reportForm(event) {
  const network = fetch(event.request);
  // Store the answer even when the stored copy was shown first; waitUntil keeps the worker
  // alive until it is written.
  event.waitUntil(
    network.then((response) => {
      // Only the form itself: a redirect (to sign in) or an error page must never be stored
      // under the form's address. The copy's _csrf may go stale, which is harmless: the token
      // lives in a long-lived cookie, and report-form.js sends with the current page's token.
      if (!response.ok || response.type !== "basic" || response.redirected) return undefined;
      const copy = response.clone(); // at once, before the page starts reading the body
      return caches.open(PAGES).then((cache) => cache.put(FORM, copy));
    }).catch(() => {})
  );
  const cached = await caches.match(FORM, { cacheName: PAGES });
  if (!cached) return network;
  const late = new Promise((resolve) => setTimeout(resolve, FORM_PATIENCE_MS, cached));
  return Promise.race([network.catch(() => cached), late]);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  // Signing out: forget the stored form, which shows the person's name and menu, so the next
  // person on a shared phone cannot open it offline.
  if (request.method === "POST" && url.pathname.startsWith("/logout")) {
    event.waitUntil(caches.open(PAGES).then((cache) => cache.delete(FORM)));
    return;
  }
  if (request.method !== "GET") return;

  if (request.mode === "navigate" && url.pathname === FORM && !url.search) {
    event.respondWith(reportForm(event));
    return;
  }
  if (!STATIC.includes(url.pathname)) return;

  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(event.request);
      const fresh = fetch(event.request).then((response) => {
        if (response.ok) cache.put(event.request, response.clone());
        return response;
      });
      return cached || fresh;
    })
  );
});
