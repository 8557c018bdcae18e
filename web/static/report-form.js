// Filing a fault report from a phone, online or offline.
//
// Without JavaScript the form posts normally and everything works. With it, three things get
// better for people on old phones and poor mobile data:
//  - photos are shrunk on the phone before upload (a 4 MB camera photo becomes a few hundred kB);
//  - with no connection the report is kept on the phone (IndexedDB) and sent by itself once the
//    connection returns, instead of the browser's "no internet" page throwing it away;
//  - a refusal from the server still shows the server's own page, as it would without JavaScript.
// Every visible word comes from the page (data-msg-* attributes), so this file has no language.
//
// Sending the same report twice (two open tabs, a retry after an answer that never arrived) is
// safe: the server files one report per idempotency_key and answers repeats with that report.
"use strict";

(() => {
  if (!window.indexedDB || !window.fetch || !window.FormData || !window.crypto) return;

  const DB_NAME = "portineria";
  const PENDING = "pending-reports";
  // Keys already sent or queued. The service worker keeps a copy of /reports/new for offline use,
  // and that copy always carries the same key: reusing it would make the server take a new
  // report for a repeat of an old one, so a used key is replaced before the form is filled in.
  const USED = "used-keys";
  const USED_KEPT = 50;
  const MAX_SIDE = 1600;
  const MAX_BYTES = 1.5 * 1024 * 1024;
  const JPEG_QUALITY = 0.85;
  const RETRY_MS = 30000;
  const PREVIEW_CHARS = 60;
  // A 2×1 JPEG whose EXIF says "rotate 90°": a browser that honours EXIF decodes it as 1×2.
  // Browsers that don't (Chrome before 81) would upload sideways photos once the EXIF is
  // dropped by re-encoding, so there photos go up untouched and the server turns them upright.
  const ROTATED_JPEG =
    "/9j/4QAiRXhpZgAATU0AKgAAAAgAAQESAAMAAAABAAYAAAAAAAD/2wBDAP////////////////////////////////" +
    "//////////////////////////////////////////////////////wAALCAABAAIBAREA/8QAFAABAAAAAAAAAAAA" +
    "AAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z";

  let db = null;
  let busy = false;
  let flushing = false;
  let timer = 0;
  let pendingCount = 0;
  // Set when a queued report was answered with another page (a sign-in page): retrying every
  // 30 s would re-upload the photos for nothing, so the next try waits for the next page load.
  let needsSignIn = false;
  let exifProbe = null;
  const rows = new Map(); // idempotency key → its <li>, for this page view
  let rowsIn = null; // the <ul> those rows are in (an error page may replace <main>)

  const form = () => document.getElementById("report-form");
  const section = () => document.getElementById("pending-reports");
  const msg = (name) => form()?.dataset[name] ?? section()?.dataset[name] ?? "";
  // Optional: if the server renders data-account (an opaque id of who is signed in), reports
  // queued by one person are never sent or shown while someone else uses the same phone.
  const account = () => form()?.dataset.account ?? section()?.dataset.account ?? "";

  // --- IndexedDB --------------------------------------------------------------------------

  function openDb() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        const d = request.result;
        if (!d.objectStoreNames.contains(PENDING)) d.createObjectStore(PENDING, { keyPath: "key" });
        if (!d.objectStoreNames.contains(USED)) d.createObjectStore(USED, { keyPath: "key" });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  // Runs `work` in one transaction and resolves, once it is committed, with the result of the
  // request `work` returned (if any).
  function tx(store, mode, work) {
    return new Promise((resolve, reject) => {
      const t = db.transaction(store, mode);
      const request = work(t.objectStore(store));
      t.oncomplete = () => resolve(request ? request.result : undefined);
      t.onerror = t.onabort = () => reject(t.error);
    });
  }

  const isUsed = (key) => tx(USED, "readonly", (s) => s.get(key)).then(Boolean);

  function markUsed(key) {
    return tx(USED, "readwrite", (s) => {
      s.put({ key, at: Date.now() });
      const all = s.getAll();
      all.onsuccess = () => {
        all.result.sort((a, b) => b.at - a.at).slice(USED_KEPT).forEach((old) => s.delete(old.key));
      };
    });
  }

  async function pendingItems() {
    const all = await tx(PENDING, "readonly", (s) => s.getAll());
    const mine = all.filter((item) => (item.account || "") === account());
    return mine.sort((a, b) => a.savedAt - b.savedAt);
  }

  function newKey() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  async function freshenKey() {
    const field = form()?.querySelector('input[name="idempotency_key"]');
    if (field && (!field.value || (await isUsed(field.value)))) field.value = newKey();
  }

  // --- Photos -----------------------------------------------------------------------------

  // Resolves with something drawImage accepts, or rejects if the browser cannot decode it
  // (HEIC on Android, for one).
  async function decode(blob) {
    if (window.createImageBitmap) {
      try {
        const bitmap = await createImageBitmap(blob, { imageOrientation: "from-image" });
        return { source: bitmap, width: bitmap.width, height: bitmap.height, done: () => bitmap.close() };
      } catch (e) {
        // Older browsers refuse the option value, some refuse the format: an <img> may still do.
      }
    }
    const url = URL.createObjectURL(blob);
    const img = new Image();
    try {
      await new Promise((resolve, reject) => {
        img.onload = resolve;
        img.onerror = reject;
        img.src = url;
      });
    } catch (e) {
      URL.revokeObjectURL(url);
      throw e;
    }
    return { source: img, width: img.naturalWidth, height: img.naturalHeight, done: () => URL.revokeObjectURL(url) };
  }

  function honoursExif() {
    if (!exifProbe) {
      const bytes = Uint8Array.from(atob(ROTATED_JPEG), (c) => c.charCodeAt(0));
      exifProbe = decode(new Blob([bytes], { type: "image/jpeg" })).then(
        (image) => {
          image.done();
          return image.width === 1 && image.height === 2;
        },
        () => false
      );
    }
    return exifProbe;
  }

  const jpegName = (name) => (/\.[^./]*$/.test(name) ? name.replace(/\.[^./]*$/, "") : name) + ".jpg";

  // A smaller JPEG of `file` when that saves data, else `file` itself, untouched.
  async function shrink(file) {
    if (!file.size) return file; // the empty part a form sends when no photo was chosen
    let image;
    try {
      image = await decode(file);
    } catch (e) {
      return file; // the server recognises the format and explains what it cannot take
    }
    try {
      const longest = Math.max(image.width, image.height);
      if (!longest || (longest <= MAX_SIDE && file.size <= MAX_BYTES)) return file;
      const scale = Math.min(1, MAX_SIDE / longest);
      const canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(image.width * scale));
      canvas.height = Math.max(1, Math.round(image.height * scale));
      const ctx = canvas.getContext("2d");
      ctx.fillStyle = "#fff"; // JPEG has no transparency: a transparent PNG would turn black
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.imageSmoothingQuality = "high";
      ctx.drawImage(image.source, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", JPEG_QUALITY));
      canvas.width = canvas.height = 0; // give the memory back now: old phones have little
      if (!blob || blob.size >= file.size) return file;
      return new File([blob], jpegName(file.name), { type: "image/jpeg" });
    } catch (e) {
      return file;
    } finally {
      image.done();
    }
  }

  // The form as [name, value] pairs, files as [name, blob, filename] with photos shrunk.
  // Photos are done one after the other so that only one is decoded in memory at a time.
  async function collect(formEl) {
    const shrinkPhotos = await honoursExif();
    const entries = [];
    for (const [name, value] of new FormData(formEl)) {
      if (typeof value === "string") {
        entries.push([name, value]);
      } else {
        const file = shrinkPhotos ? await shrink(value) : value;
        entries.push([name, file, file.name]);
      }
    }
    return entries;
  }

  // --- Sending ----------------------------------------------------------------------------

  function toFormData(entries, csrf) {
    const body = new FormData();
    for (const [name, value, filename] of entries) {
      if (name === "_csrf" && csrf) body.append(name, csrf);
      else if (typeof value === "string") body.append(name, value);
      else body.append(name, value, filename);
    }
    return body;
  }

  // fetch() with redirects followed; when the phone reports losing its connection the upload
  // is abandoned at once instead of hanging on a dead link.
  function send(action, body) {
    const controller = window.AbortController ? new AbortController() : null;
    const abort = () => controller && controller.abort();
    window.addEventListener("offline", abort);
    return fetch(action, { method: "POST", body, credentials: "same-origin", signal: controller?.signal })
      .finally(() => window.removeEventListener("offline", abort));
  }

  // The filed report's address: the server answers a successful post with a redirect to it.
  function reportUrl(response) {
    const url = new URL(response.url, location.href);
    const isReport = url.origin === location.origin && /^\/reports\/(?!new$)[^/]+$/.test(url.pathname);
    return response.ok && isReport ? url.href : null;
  }

  // Worth trying again later rather than giving up on.
  const transient = (status) => status === 408 || status === 429 || status >= 500;

  // --- What the person sees ---------------------------------------------------------------

  // A status line at the end of the form, in the page from the start so that screen readers
  // announce what is written into it later.
  function status(formEl) {
    let line = formEl.querySelector("[data-report-status]");
    if (!line) {
      line = document.createElement("p");
      line.setAttribute("role", "status");
      line.dataset.reportStatus = "";
      formEl.append(line);
    }
    return line;
  }

  function say(formEl, text) {
    if (formEl) status(formEl).textContent = text;
  }

  function description(item, limit) {
    const pair = item.entries.find(([name]) => name === "description");
    const text = (pair ? String(pair[1]) : "").replace(/\s+/g, " ").trim();
    const chars = Array.from(text); // by characters, so an emoji is never cut in half
    return limit && chars.length > limit ? chars.slice(0, limit).join("") + "…" : text;
  }

  function row(key) {
    const list = section()?.querySelector("ul");
    if (!list) return null;
    if (list !== rowsIn) {
      rows.clear();
      rowsIn = list;
    }
    let li = rows.get(key);
    if (!li) {
      li = document.createElement("li");
      list.append(li);
      rows.set(key, li);
    }
    return li;
  }

  // Writes a row only when it changes: the section is a live region, and rewriting unchanged
  // rows every 30 s would make screen readers repeat them.
  function fill(li, state, text, quote, href) {
    if (!li || li.dataset.state === state) return;
    li.dataset.state = state;
    li.textContent = "";
    const label = document.createElement("strong");
    label.textContent = text;
    li.append(label);
    if (quote) {
      const q = document.createElement("q"); // quotation marks follow the page's language
      q.textContent = quote;
      li.append(" ", q);
    }
    if (href) {
      const link = document.createElement("a");
      link.href = href;
      link.textContent = msg("msgView");
      li.append(" ", link);
    }
  }

  async function refreshList() {
    const items = await pendingItems();
    pendingCount = items.length;
    for (const item of items) fill(row(item.key), "waiting", msg("msgWaiting"), description(item, PREVIEW_CHARS));
    const keys = new Set(items.map((item) => item.key));
    for (const [key, li] of rows) {
      // Still shown as waiting but no longer stored: another tab has sent it.
      if (li.dataset.state === "waiting" && !keys.has(key)) {
        li.remove();
        rows.delete(key);
      }
    }
    const s = section();
    if (s) s.hidden = !s.querySelector("li");
    return items;
  }

  function focusPending() {
    const heading = section()?.querySelector("h1, h2, h3");
    if (!heading) return;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus();
  }

  // Shows the server's page for a refused report. Swapping <main> keeps the header, footer and
  // this script; a page without <main> replaces the whole document.
  function showPage(html) {
    const doc = new DOMParser().parseFromString(html, "text/html");
    const incoming = doc.querySelector("main");
    const current = document.querySelector("main");
    if (!incoming || !current) {
      document.open();
      document.write(html);
      document.close();
      return;
    }
    document.title = doc.title;
    current.replaceWith(document.adoptNode(incoming));
    window.scrollTo(0, 0);
    if (!incoming.hasAttribute("tabindex")) incoming.setAttribute("tabindex", "-1");
    incoming.focus(); // the message is read out, as on a freshly loaded page
    const formEl = form();
    if (formEl) status(formEl);
    freshenKey().then(refreshList).catch(() => {});
  }

  // --- Submitting -------------------------------------------------------------------------

  async function keep(formEl, key, entries) {
    await tx(PENDING, "readwrite", (s) =>
      s.put({ key, action: formEl.action, entries, savedAt: Date.now(), account: account() })
    );
  }

  async function keepForLater(formEl, key, entries) {
    await keep(formEl, key, entries);
    formEl.reset();
    await freshenKey(); // the emptied form may be filled in again: it needs a key of its own
    say(formEl, msg("msgOfflineSaved"));
    await refreshList();
    focusPending();
    schedule();
  }

  async function onSubmit(event) {
    const formEl = event.target;
    if (formEl.id !== "report-form" || !db) return;
    event.preventDefault();
    // A second tap while the first is still on its way. The button is not disabled, because
    // disabling the focused button would throw keyboard focus back to the top of the page.
    if (busy) return;
    busy = true;
    formEl.setAttribute("aria-busy", "true");
    say(formEl, msg("msgSending"));
    try {
      const entries = await collect(formEl);
      let keyPair = entries.find(([name]) => name === "idempotency_key");
      if (!keyPair || !keyPair[1]) {
        keyPair = ["idempotency_key", newKey()];
        entries.push(keyPair);
      }
      const key = keyPair[1];
      await markUsed(key);
      if (navigator.onLine === false) {
        await keepForLater(formEl, key, entries);
        return;
      }
      let response;
      try {
        response = await send(formEl.action, toFormData(entries));
      } catch (e) {
        await keepForLater(formEl, key, entries);
        return;
      }
      const url = reportUrl(response);
      if (url) {
        formEl.reset(); // so that going Back does not offer the same report again
        location.assign(url);
      } else if (response.ok && new URL(response.url).pathname === "/login") {
        // Signed out while writing (a session ran out): keep the report, and send it from the
        // reports page the sign-in leads back to.
        await keep(formEl, key, entries);
        location.assign(response.url);
      } else {
        showPage(await response.text());
      }
    } catch (e) {
      // Something unexpected (storage full, a broken answer): let the browser post the form
      // itself, exactly as without JavaScript. A repeat is harmless thanks to the key.
      HTMLFormElement.prototype.submit.call(formEl);
    } finally {
      busy = false;
      formEl.removeAttribute("aria-busy");
    }
  }

  // --- The queue --------------------------------------------------------------------------

  function schedule() {
    clearTimeout(timer);
    if (pendingCount > 0 && !needsSignIn) timer = setTimeout(flush, RETRY_MS);
  }

  const forget = (key) => tx(PENDING, "readwrite", (s) => s.delete(key));

  // Sends one stored report; resolves false when the rest should wait for a later try.
  async function sendStored(item) {
    // The token stored with the report may be stale (it may come from the service worker's copy
    // of the form); the token in the page being shown now is the one to use.
    const csrf = document.querySelector('input[name="_csrf"]')?.value;
    let response;
    try {
      response = await send(item.action, toFormData(item.entries, csrf));
    } catch (e) {
      return false; // still no connection
    }
    const url = reportUrl(response);
    if (url) {
      await forget(item.key);
      fill(row(item.key), "sent", msg("msgSent"), description(item, PREVIEW_CHARS), url);
      return true;
    }
    if (response.ok) {
      needsSignIn = true; // answered with another page, a sign-in: keep it for afterwards
      return false;
    }
    if (transient(response.status)) return false;
    // Refused for good: say so, and show the whole description so it can be filed again.
    await forget(item.key);
    fill(row(item.key), "failed", msg("msgFailed"), description(item, 0));
    return true;
  }

  async function flush() {
    if (!flushing && navigator.onLine !== false) {
      flushing = true;
      try {
        for (const item of await refreshList()) {
          if (!(await sendStored(item))) break;
        }
        await refreshList();
      } catch (e) {
        // Storage trouble: nothing is lost, the reports stay stored for the next try.
      } finally {
        flushing = false;
      }
    }
    schedule();
  }

  async function start() {
    try {
      db = await openDb();
      await freshenKey();
    } catch (e) {
      db = null; // no storage (private mode, old browser): the plain form post still works
      return;
    }
    document.addEventListener("submit", onSubmit);
    window.addEventListener("online", () => {
      needsSignIn = false;
      flush();
    });
    // Back to a page kept in memory: its key may have been used meanwhile.
    window.addEventListener("pageshow", (event) => {
      if (event.persisted) freshenKey().catch(() => {});
    });
    const formEl = form();
    if (formEl) status(formEl);
    await refreshList().catch(() => {});
    flush();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
