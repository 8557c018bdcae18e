// Portineria service worker.
// - The app's static files are precached under their versioned addresses (the server fills
//   in the list and the release below), so the app opens without a network; a new release
//   installs beside the old one and takes over cleanly, deleting the old caches.
// - The pages people read again — home, board, works, the welcome kit, my reports — come from
//   the network, and their last copy is kept: without a connection that copy opens, marked
//   "offline, as of …". Any other page without a connection shows the offline page.
// - The fault report form's last copy is kept too, and report-form.js keeps what is filed
//   there until it can be sent.
// Signing out forgets every kept page: they show the person's name, notices and reports.
"use strict";
const RELEASE = "__RELEASE__";
const STATIC = __PRECACHE__;
const CACHE = "portineria-static-" + RELEASE;
const PAGES = "portineria-pages-v1";
const OFFLINE = "/offline";
const FORM = "/reports/new";
const READABLE = ["/", "/board", "/works", "/welcome", "/reports"];
// On a connection that is there but barely works, waiting for the network can take minutes;
// after this long the stored copy is shown, and the network answer still refreshes it.
const PATIENCE_MS = 10000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(STATIC))
      .then(() => caches.open(PAGES))
      .then((pages) => pages.add(OFFLINE))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE && k !== PAGES).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

// Only a page itself is kept: a redirect (to sign in) or an error page must never be stored
// under a page's address.
function keep(event, key, network) {
  event.waitUntil(
    network.then((response) => {
      if (!response.ok || response.type !== "basic" || response.redirected) return undefined;
      // At once, before the page starts reading the body.
      const copy = response.clone();
      const probe = response.clone();
      return caches.open(PAGES)
        .then((cache) => cache.put(key, copy))
        .then(() => offlineInLanguageOf(probe));
    }).catch(() => {})
  );
}

function langOf(html) {
  return (html.match(/<html lang="([a-z-]+)"/) || [])[1] || "it";
}

// The offline page speaks the language of the pages read: kept again when they differ (it was
// first kept at install, often before signing in, in the browser's language).
async function offlineInLanguageOf(page) {
  const lang = langOf(await page.text());
  const cache = await caches.open(PAGES);
  const offline = await cache.match(OFFLINE);
  if (offline && langOf(await offline.text()) === lang) return;
  await cache.add(OFFLINE);
}

// A kept page, saying it is a copy and from when, in the page's own language.
async function marked(cached) {
  const html = await cached.text();
  const lang = langOf(html);
  const when = new Date(cached.headers.get("date") || Date.now()).toLocaleString(lang);
  // Isolated, as the server's own dates are: in a right-to-left sentence its digit groups keep
  // the order the date's own language gives them (direction from its first letter or mark).
  const body = html
    .replace("data-offline-note hidden", "data-offline-note")
    // The note is one message with the date's place marked, so each language orders it.
    .replace("__WHEN__", `<span data-offline-when><bdi>${when}</bdi></span>`);
  return new Response(body, { headers: { "content-type": "text/html; charset=utf-8" } });
}

async function offlinePage() {
  return (await caches.match(OFFLINE, { cacheName: PAGES })) || Response.error();
}

// Network first; the kept copy when the network fails or is too slow.
async function readable(event, key, mark) {
  const network = fetch(event.request);
  keep(event, key, network);
  const cached = await caches.match(key, { cacheName: PAGES });
  if (!cached) return network.catch(offlinePage);
  const fallback = () => (mark ? marked(cached.clone()) : cached.clone());
  const late = new Promise((resolve) => setTimeout(() => resolve(fallback()), PATIENCE_MS));
  return Promise.race([network.catch(fallback), late]);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.method === "POST" && url.pathname.startsWith("/logout")) {
    event.waitUntil(caches.open(PAGES).then((cache) =>
      cache.keys().then((keys) => Promise.all(keys
        .filter((k) => new URL(k.url).pathname !== OFFLINE)
        .map((k) => cache.delete(k))))));
    return;
  }
  if (request.method !== "GET") return;

  if (request.mode === "navigate") {
    if (url.pathname === FORM && !url.search) {
      event.respondWith(readable(event, FORM, false));
    } else if (READABLE.includes(url.pathname) && !url.search) {
      event.respondWith(readable(event, url.pathname, true));
    } else {
      event.respondWith(fetch(request).catch(offlinePage));
    }
    return;
  }
  const path = url.pathname + url.search;
  if (!STATIC.includes(path)) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => (await cache.match(path)) || fetch(request))
  );
});

// Web Push: the portal sends {title, body, url}, already in the person's language; a tap
// opens the page it is about (a tab of ours already showing it, else a new one).
const ICON = STATIC.find((path) => path.startsWith("/static/icon-192.png")) || "/static/icon-192.png";

self.addEventListener("push", (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch (e) {
    message = { body: event.data ? event.data.text() : "" };
  }
  const url = new URL(message.url || "/", self.location.origin);
  // Only our own pages open from a notification.
  const target = url.origin === self.location.origin ? url.href : self.location.origin + "/";
  event.waitUntil(self.registration.showNotification(message.title || "Portineria", {
    body: message.body || "",
    icon: ICON,
    badge: ICON,
    data: { url: target },
  }));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || "/";
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => w.url === url && "focus" in w);
      return open ? open.focus() : self.clients.openWindow(url);
    })
  );
});
