// End-to-end check of filing a fault report offline, against a running Portineria server
// (`portineria serve --demo`).
//
//   node ci/axe/offline.mjs http://127.0.0.1:8080
//
// In Debian's chromium (override with CHROMIUM_PATH) through playwright-core, at a phone-sized
// viewport, as the demo tenant:
//   1. offline: the report form keeps the report on the phone (IndexedDB), shows it as waiting
//      and sends nothing;
//   2. back online: it is sent by itself, exactly once, with its photo, and shown as sent with a
//      link to the new report;
//   3. online, the submit button tapped twice in a row: exactly one report is filed;
//   4. a shared phone: a report queued offline by the tenant, still unsent when the tenant signs
//      out, is neither sent under nor shown to the next person who signs in on the phone, and is
//      sent under the tenant's own account, once, when the tenant signs back in.
// What the server holds is read through the JSON API (from node, never affected by the
// browser's offline mode). Every expected message comes from the page's data-msg-* attributes,
// so the check does not depend on the account's language.
//
// Prints one line per check and a closing "N passed, M failed" line; exits 1 on any failure,
// 2 on a usage / browser start-up error.

import { deflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

// ------------------------------------------------------------ contract -----

const ACCOUNT = 'inquilino@demo.test';
const PASSWORD = 'demo';
/** Someone else who signs in on the same phone (the shared-phone scenario). */
const OTHER_ACCOUNT = 'referente@demo.test';
const OTHER_PASSWORD = 'demo';
const FORM_PATH = '/reports/new?where=stair&category=lift';
const SEL = {
  loginForm: 'form#login-form',
  loginUser: 'form#login-form input[name="login"]',
  loginPassword: 'form#login-form input[name="password"]',
  loginSubmit: 'form#login-form button[type="submit"]',
  form: '#report-form',
  description: '#report-form textarea[name="description"]',
  photos: '#report-form input[type="file"][name="photos"]',
  submit: '#report-form button[type="submit"]',
  // report-form.js adds this line once its submit handler is in place.
  formReady: '#report-form [data-report-status]',
  pending: '#pending-reports',
  pendingItems: '#pending-reports li',
  // The sign-out button in the page header.
  signOut: 'form[action="/logout"] button',
};
const AFTER_SIGN_OUT_PATH = '/login';
const AFTER_LOGIN_PATH = '/';
const REPORT_PATH = /^\/reports\/SEG-\d{4}-\d+$/;
/** The photo attached offline, and the longest side report-form.js shrinks photos to. */
const PHOTO = { width: 2000, height: 1500, shrunkSide: 1600 };

const VIEWPORT = { width: 360, height: 740 };
const TIMEOUT_MS = 30_000;
const SW_WAIT_MS = 8_000;
const SEND_WAIT_MS = 60_000;
const SETTLE_MS = 5_000;
/** Longer than report-form.js's retry interval (30 s): a queue that was going to be sent while
 *  the other person is signed in has had its chance. */
const RETRY_WAIT_MS = 35_000;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

// ------------------------------------------------------------ reporting ----

let passed = 0;
let failed = 0;
/** What the browser did (console, page errors, requests), printed after a failure. */
const trace = [];
const t0 = Date.now();
const stamp = () => `+${((Date.now() - t0) / 1000).toFixed(1)}s`;
const note = (line) => trace.push(`${stamp()} ${line}`);

function check(label, ok, detail) {
  if (ok) {
    passed += 1;
    console.log(`ok   ${label}`);
  } else {
    failed += 1;
    console.log(`FAIL ${label}${detail ? ` -- ${detail}` : ''}`);
  }
  return ok;
}

function errMsg(e) {
  return String(e && e.message ? e.message : e).split('\n')[0];
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function pathOf(url) {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

// ------------------------------------------------------------ the API ------

async function apiToken(base, email = ACCOUNT, password = PASSWORD) {
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!r.ok) throw new Error(`POST /api/v1/auth/login (${email}): HTTP ${r.status} ${await r.text()}`);
  const { token } = await r.json();
  if (!token) throw new Error(`POST /api/v1/auth/login (${email}): no token in the answer`);
  return token;
}

async function apiGet(base, token, path) {
  const r = await fetch(`${base}/api/v1${path}`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  });
  if (!r.ok) throw new Error(`GET /api/v1${path}: HTTP ${r.status} ${(await r.text()).slice(0, 200)}`);
  return r.json();
}

/** The tenant's reports, newest first (the first page of 50: the demo has far fewer). */
const myReports = async (base, token) => (await apiGet(base, token, '/reports?mine=true')).reports;

/** Reports in `now` that were not in `before` (a list of refs). */
function added(before, now) {
  const old = new Set(before);
  return now.filter((r) => !old.has(r.ref));
}

/** Polls until at least one report was added (or the time is up); returns the added ones. */
async function waitForNew(base, token, before, ms) {
  const until = Date.now() + ms;
  for (;;) {
    const now = added(before, await myReports(base, token));
    if (now.length > 0 || Date.now() >= until) return now;
    await sleep(1000);
  }
}

// ------------------------------------------------------------ a photo ------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A valid RGB PNG, width × height: smooth gradients with some noise in the red channel, so it
 *  compresses about as badly as a photo (2000 × 1500 is about 3.8 MB, like a phone's camera). */
function makePng(width, height) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let seed = 12345;
  const noise = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) & 0x07;
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const p = row + 1 + x * 3;
      raw[p] = (x * 255) / width + noise();
      raw[p + 1] = (y * 255) / height;
      raw[p + 2] = ((x + y) * 255) / (width + height);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// ------------------------------------------------------------ the browser --

function watch(page) {
  page.on('console', (m) => note(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => note(`page error: ${errMsg(e)}`));
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) note(`navigated to ${f.url()}`);
  });
}

function watchNetwork(context) {
  const label = (r) => `${r.method()} ${r.url()}${r.serviceWorker() ? ' (service worker)' : ''}`;
  context.on('request', (r) => note(`request ${label(r)}`));
  context.on('requestfailed', (r) => note(`request failed ${label(r)}: ${r.failure()?.errorText}`));
  context.on('response', (r) =>
    note(`response ${r.status()} ${label(r.request())}${r.fromServiceWorker() ? ' [from service worker]' : ''}`),
  );
}

/** Records, in the page, what each POST sent through fetch() carried as files (name, type, size,
 *  pixel size), without changing the call: the request's own body is not readable from
 *  playwright when it holds files. Read with `sentFiles(page)`. */
const RECORD_UPLOADS = () => {
  const original = window.fetch;
  window.__sentFiles = [];
  window.fetch = function (input, init) {
    const body = init && init.body;
    if (body instanceof FormData) {
      for (const [field, value] of body) {
        if (value instanceof Blob && value.size > 0) {
          const seen = { field, name: value.name, type: value.type, size: value.size, width: 0, height: 0 };
          window.__sentFiles.push(seen);
          createImageBitmap(value).then(
            (b) => {
              seen.width = b.width;
              seen.height = b.height;
              b.close();
            },
            () => {},
          );
        }
      }
    }
    return original.apply(this, arguments);
  };
};

const sentFiles = (page) => page.evaluate(() => window.__sentFiles || []);

/** Report POSTs the page made (to the form's action, /reports). */
function reportPosts(context) {
  const posts = [];
  context.on('request', (r) => {
    if (r.method() === 'POST' && pathOf(r.url()) === '/reports') posts.push(r);
  });
  return posts;
}

async function signIn(page, base, login = ACCOUNT, password = PASSWORD) {
  await page.goto(`${base}/login`, { waitUntil: 'load' });
  await page.fill(SEL.loginUser, login);
  await page.fill(SEL.loginPassword, password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(SEL.loginSubmit, { noWaitAfter: true })]);
  const after = pathOf(page.url());
  if (after !== AFTER_LOGIN_PATH) throw new Error(`sign-in as ${login} ended on ${after} instead of ${AFTER_LOGIN_PATH}`);
}

/** Signs out with the header's sign-out button, as a person would: opening the header's menu
 *  first when the button is folded in it. */
async function signOut(page) {
  if (!(await page.locator(SEL.signOut).first().isVisible())) await page.click('.nav-more summary');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(SEL.signOut, { noWaitAfter: true })]);
  const after = pathOf(page.url());
  if (after !== AFTER_SIGN_OUT_PATH) throw new Error(`sign-out ended on ${after} instead of ${AFTER_SIGN_OUT_PATH}`);
}

/** Signs out, signs in as `login`, and says so as a check; throws (ending the scenario) if not. */
async function switchAccount(page, base, label, login, password) {
  let error = null;
  try {
    await signOut(page);
    await signIn(page, base, login, password);
  } catch (e) {
    error = errMsg(e);
  }
  if (!check(label, error === null, error)) throw new Error(`could not switch to ${login}`);
}

/** Opens the form and waits until report-form.js has taken it over. */
async function openForm(page, base) {
  const resp = await page.goto(`${base}${FORM_PATH}`, { waitUntil: 'load' });
  if (!resp || resp.status() !== 200) throw new Error(`GET ${FORM_PATH}: HTTP ${resp ? resp.status() : 'none'}`);
  if (pathOf(page.url()) !== '/reports/new') throw new Error(`GET ${FORM_PATH} ended on ${page.url()}`);
  await page.waitForSelector(SEL.formReady, { state: 'attached', timeout: 10_000 }).catch(() => {
    throw new Error(`report-form.js did not take over the form (no ${SEL.formReady} within 10 s)`);
  });
}

/** Waits (a little) for the service worker to control the page; true if it does. */
async function waitForServiceWorker(page, ms) {
  return page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        if (!('serviceWorker' in navigator)) return resolve(false);
        if (navigator.serviceWorker.controller) return resolve(true);
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true));
        setTimeout(() => resolve(Boolean(navigator.serviceWorker.controller)), ms);
      }),
    ms,
  );
}

async function pendingState(page) {
  return page.evaluate((sel) => {
    const section = document.querySelector(sel.pending);
    const form = document.querySelector(sel.form);
    const status = document.querySelector(sel.formReady);
    return {
      exists: Boolean(section),
      account: section ? section.dataset.account ?? null : null,
      formAccount: form ? form.dataset.account ?? null : null,
      hidden: section ? section.hidden || getComputedStyle(section).display === 'none' : true,
      // Spaced as the item texts are (French puts no-break spaces before colons).
      msg: section
        ? Object.fromEntries(Object.entries(section.dataset).map(([k, v]) => [k, v.replace(/\s+/g, ' ').trim()]))
        : {},
      status: status ? status.textContent.replace(/\s+/g, ' ').trim() : null,
      busy: form ? form.getAttribute('aria-busy') : null,
      items: Array.from(document.querySelectorAll(sel.pendingItems), (li) => ({
        state: li.dataset.state || '',
        text: li.textContent.replace(/\s+/g, ' ').trim(),
        links: Array.from(li.querySelectorAll('a[href]'), (a) => new URL(a.href, location.href).pathname),
      })),
    };
  }, SEL);
}

const quote = (s) => JSON.stringify(s);

// ------------------------------------------------------------ scenarios ----

/** Offline, then back online: kept, then sent exactly once. */
async function offlineFiling(base, token, context, page) {
  await openForm(page, base);
  const sw = await waitForServiceWorker(page, SW_WAIT_MS);
  console.log(`note service worker ${sw ? 'controls the page' : `does not control the page after ${SW_WAIT_MS / 1000} s`}`);

  const before = (await myReports(base, token)).map((r) => r.ref);
  const text = `Prova e2e offline ${new Date().toISOString()} ${Math.random().toString(36).slice(2, 8)}`;
  const posts = reportPosts(context);

  await page.fill(SEL.description, text);
  // As big as a phone's photo: report-form.js shrinks it to a JPEG before keeping it.
  const photo = makePng(PHOTO.width, PHOTO.height);
  await page.setInputFiles(SEL.photos, { name: 'guasto.png', mimeType: 'image/png', buffer: photo });
  await context.setOffline(true);
  note('--- offline');
  check('the browser reports being offline', (await page.evaluate(() => navigator.onLine)) === false);
  await page.click(SEL.submit, { noWaitAfter: true });

  // Kept on the phone and shown as waiting.
  let state;
  try {
    await page.waitForSelector(`${SEL.pendingItems}[data-state="waiting"]`, { state: 'visible', timeout: 15_000 });
  } catch {
    // reported below
  }
  state = await pendingState(page);
  const waitingMsg = state.msg.msgWaiting || '';
  check('page still on the form (no browser error page)', pathOf(page.url()) === '/reports/new', page.url());
  check('#pending-reports is visible', state.exists && !state.hidden, JSON.stringify(state));
  check(
    'one pending item, waiting, with the waiting message and the description',
    waitingMsg !== '' &&
      state.items.length === 1 &&
      state.items[0].state === 'waiting' &&
      state.items[0].text.includes(waitingMsg) &&
      state.items[0].text.includes(text.slice(0, 40)),
    `data-msg-waiting=${quote(waitingMsg)}, items=${JSON.stringify(state.items)}`,
  );
  check(
    'the form says the report was kept (data-msg-offline-saved)',
    state.status !== null && state.status === state.msg.msgOfflineSaved,
    `status=${quote(state.status)}, expected ${quote(state.msg.msgOfflineSaved)}`,
  );
  check(
    'the form was emptied for a new report',
    (await page.inputValue(SEL.description)) === '',
    quote(await page.inputValue(SEL.description)),
  );

  await sleep(2000);
  const whileOffline = added(before, await myReports(base, token));
  check(
    'nothing filed while offline',
    whileOffline.length === 0 && posts.length === 0,
    `new reports ${JSON.stringify(whileOffline.map((r) => r.ref))}, POST /reports seen: ${posts.length}`,
  );

  // Back online: sent by itself, once.
  await context.setOffline(false);
  note('--- online');
  const sentAt = Date.now();
  const first = await waitForNew(base, token, before, SEND_WAIT_MS);
  const firstSecs = ((Date.now() - sentAt) / 1000).toFixed(1);
  check(
    `sent by itself once back online (${first.length ? `after ${firstSecs} s` : `nothing within ${SEND_WAIT_MS / 1000} s`})`,
    first.length >= 1,
    `POST /reports seen: ${posts.length}`,
  );
  await sleep(SETTLE_MS);
  const all = added(before, await myReports(base, token));
  check(
    `exactly one report filed (${SETTLE_MS / 1000} s later)`,
    all.length === 1,
    `new reports: ${JSON.stringify(all.map((r) => ({ ref: r.ref, description: r.description })))}; POST /reports seen: ${posts.length}`,
  );
  if (all.length === 0) return;

  const newest = all[all.length - 1]; // the first one filed (the API lists newest first)
  check(
    'its description is the one typed',
    newest.description === text,
    `${quote(newest.description)} instead of ${quote(text)}`,
  );
  let detail = null;
  try {
    detail = await apiGet(base, token, `/reports/${encodeURIComponent(newest.ref)}`);
  } catch (e) {
    note(errMsg(e));
  }
  check(
    'it has the photo (1 photo)',
    detail && Array.isArray(detail.photos) && detail.photos.length === 1,
    detail ? `photos: ${JSON.stringify(detail.photos)}` : 'could not read the report',
  );
  check(
    'it is filed for the right place and category',
    detail && detail.location === 'stair' && detail.category && detail.category.code === 'lift',
    detail ? `location=${quote(detail.location)}, category=${JSON.stringify(detail.category)}` : 'could not read the report',
  );

  try {
    await page.waitForSelector(`${SEL.pendingItems}[data-state="sent"]`, { state: 'visible', timeout: 10_000 });
  } catch {
    // reported below
  }
  state = await pendingState(page);
  const sentMsg = state.msg.msgSent || '';
  const item = state.items[0];
  check(
    'the page shows it as sent, with a link to the report',
    sentMsg !== '' &&
      state.items.length === 1 &&
      item.state === 'sent' &&
      item.text.includes(sentMsg) &&
      item.links.length === 1 &&
      REPORT_PATH.test(item.links[0]),
    `data-msg-sent=${quote(sentMsg)}, items=${JSON.stringify(state.items)}`,
  );
  check(
    'the link is to the new report',
    item && item.links[0] === `/reports/${newest.ref}`,
    `${item ? JSON.stringify(item.links) : 'no item'} vs /reports/${newest.ref}`,
  );
  check(
    'the browser sent it exactly once (one POST /reports)',
    posts.length === 1,
    `${posts.length} POST /reports`,
  );
  const files = await sentFiles(page);
  const sent = files.find((f) => f.field === 'photos');
  check(
    `the photo went up shrunk on the phone (${PHOTO.width}×${PHOTO.height} PNG of ${photo.length} bytes → JPEG, longest side ${PHOTO.shrunkSide} px)`,
    files.length === 1 &&
      sent.type === 'image/jpeg' &&
      sent.name === 'guasto.jpg' &&
      sent.size < photo.length &&
      Math.max(sent.width, sent.height) === PHOTO.shrunkSide,
    `files sent: ${JSON.stringify(files)}`,
  );
}

/** Online, the submit button tapped twice in a row: one report. */
async function doubleSubmit(base, token, context, page) {
  await openForm(page, base);
  const before = (await myReports(base, token)).map((r) => r.ref);
  const text = `Prova e2e doppio invio ${new Date().toISOString()} ${Math.random().toString(36).slice(2, 8)}`;
  const posts = reportPosts(context);

  await page.fill(SEL.description, text);
  await page.setInputFiles(SEL.photos, { name: 'guasto.png', mimeType: 'image/png', buffer: makePng(400, 300) });
  note('--- double submit');
  const nav = page.waitForURL((u) => REPORT_PATH.test(u.pathname), { timeout: TIMEOUT_MS, waitUntil: 'load' });
  // Two taps in a row, the second long before the first answer is back.
  await page.dblclick(SEL.submit, { noWaitAfter: true });
  let landed = null;
  try {
    await nav;
    landed = pathOf(page.url());
  } catch (e) {
    note(`no navigation to the report: ${errMsg(e)}`);
  }
  check('the page went on to the filed report', landed !== null, `page is on ${page.url()}`);

  const first = await waitForNew(base, token, before, 20_000);
  await sleep(SETTLE_MS);
  const all = added(before, await myReports(base, token));
  check(
    'double submit: exactly one report filed',
    all.length === 1,
    `new reports: ${JSON.stringify(all.map((r) => ({ ref: r.ref, description: r.description })))}; POST /reports seen: ${posts.length} (first poll: ${first.length})`,
  );
  if (all.length === 1) {
    check('double submit: its description is the one typed', all[0].description === text, quote(all[0].description));
    check(
      'double submit: the page shows that report',
      landed === `/reports/${all[0].ref}`,
      `${landed} vs /reports/${all[0].ref}`,
    );
  }
  // Not a requirement (the server files one report per key anyway), but worth knowing.
  console.log(`note double submit: the browser sent ${posts.length} POST /reports`);
}

/** Reports in `list` with exactly this description. */
const withText = (list, text) => list.filter((r) => r.description === text);

/** Polls `token`'s reports until one has `text` as its description (or the time is up). */
async function waitForText(base, token, text, ms) {
  const until = Date.now() + ms;
  for (;;) {
    const found = withText(await myReports(base, token), text);
    if (found.length > 0 || Date.now() >= until) return found;
    await sleep(1000);
  }
}

/** The reports report-form.js keeps on the phone (its IndexedDB store), as [account, description]:
 *  only for the notes printed along the way, never for a check. */
const storedQueue = (page) =>
  page
    .evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('portineria');
          open.onerror = () => resolve('cannot open');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('pending-reports')) return resolve([]);
            const all = db.transaction('pending-reports').objectStore('pending-reports').getAll();
            all.onsuccess = () =>
              resolve(
                all.result.map((i) => [i.account, ((i.entries || []).find(([n]) => n === 'description') || [])[1]]),
              );
            all.onerror = () => resolve('cannot read');
          };
        }),
    )
    .then(JSON.stringify, (e) => `cannot read: ${errMsg(e)}`);

/** A shared phone: tenant A queues a report offline and signs out before it could be sent;
 *  B signs in on the same browser. The report must not be sent as B nor shown to B, and must be
 *  sent as A, once, when A signs back in. */
async function sharedPhone(base, token, context, page) {
  const tokenB = await apiToken(base, OTHER_ACCOUNT, OTHER_PASSWORD);
  const beforeA = (await myReports(base, token)).map((r) => r.ref);
  const beforeB = (await myReports(base, tokenB)).map((r) => r.ref);
  const text = `Prova e2e telefono condiviso ${new Date().toISOString()} ${Math.random().toString(36).slice(2, 8)}`;
  const posts = reportPosts(context);

  // A queues a report offline.
  await openForm(page, base);
  let state = await pendingState(page);
  const accountA = state.formAccount || '';
  check(
    'shared phone: the form says who is signed in (data-account on the form and #pending-reports)',
    accountA !== '' && state.account === accountA,
    `form data-account=${quote(state.formAccount)}, #pending-reports data-account=${quote(state.account)}`,
  );
  await page.fill(SEL.description, text);
  await context.setOffline(true);
  note('--- shared phone: A offline');
  await page.click(SEL.submit, { noWaitAfter: true });
  try {
    await page.waitForSelector(`${SEL.pendingItems}[data-state="waiting"]`, { state: 'visible', timeout: 15_000 });
  } catch {
    // reported below
  }
  state = await pendingState(page);
  const waitingMsg = state.msg.msgWaiting || '';
  const shown = (s) => s.items.filter((i) => i.text.includes(text.slice(0, 40)));
  check(
    "shared phone: A's report is kept on the phone and shown as waiting",
    waitingMsg !== '' &&
      shown(state).length === 1 &&
      shown(state)[0].state === 'waiting' &&
      shown(state)[0].text.includes(waitingMsg),
    `data-msg-waiting=${quote(waitingMsg)}, items=${JSON.stringify(state.items)}`,
  );
  await sleep(2000);
  check(
    'shared phone: nothing sent while offline',
    posts.length === 0 &&
      added(beforeA, await myReports(base, token)).length === 0 &&
      added(beforeB, await myReports(base, tokenB)).length === 0,
    `POST /reports seen: ${posts.length}`,
  );

  // Back online, but the connection still fails: the report stays queued.
  const isReports = (url) => url.pathname === '/reports';
  const blockPosts = (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback());
  await page.route(isReports, blockPosts);
  try {
    await context.setOffline(false);
    note('--- shared phone: A online, POST /reports blocked');
    const until = Date.now() + 15_000;
    while (posts.length === 0 && Date.now() < until) await sleep(200);
    await sleep(1000); // for report-form.js to take the failure in
  } finally {
    await page.unroute(isReports, blockPosts);
    note('--- shared phone: POST /reports no longer blocked');
  }
  const blocked = posts.length;
  state = await pendingState(page);
  check(
    'shared phone: back online, the try to send it failed (blocked) and it is still waiting',
    blocked >= 1 && shown(state).length === 1 && shown(state)[0].state === 'waiting',
    `POST /reports tried: ${blocked}, items=${JSON.stringify(state.items)}`,
  );
  check(
    'shared phone: still nothing filed',
    added(beforeA, await myReports(base, token)).length === 0 && added(beforeB, await myReports(base, tokenB)).length === 0,
  );
  console.log(`note shared phone: queue on the phone before A signs out: ${await storedQueue(page)}`);

  // A signs out; B signs in on the same phone.
  await switchAccount(page, base, `shared phone: A signs out, ${OTHER_ACCOUNT} signs in`, OTHER_ACCOUNT, OTHER_PASSWORD);
  const postsBeforeB = posts.length;
  const pagesB = [];
  for (const path of ['/reports', FORM_PATH]) {
    if (path === FORM_PATH) {
      await openForm(page, base);
    } else {
      const resp = await page.goto(`${base}${path}`, { waitUntil: 'load' });
      if (!resp || resp.status() !== 200) throw new Error(`GET ${path} as ${OTHER_ACCOUNT}: HTTP ${resp ? resp.status() : 'none'}`);
      await sleep(2000); // report-form.js reads the queue when the page loads
    }
    state = await pendingState(page);
    pagesB.push(path);
    check(
      `shared phone: ${path} as ${OTHER_ACCOUNT} names another account`,
      state.exists && state.account !== null && state.account !== '' && state.account !== accountA,
      `#pending-reports data-account=${quote(state.account)}, A's was ${quote(accountA)}`,
    );
    check(
      `shared phone: ${path} as ${OTHER_ACCOUNT} does not show A's queued report`,
      state.exists && shown(state).length === 0,
      `hidden=${state.hidden}, items=${JSON.stringify(state.items)}`,
    );
  }
  note(`--- shared phone: waiting ${RETRY_WAIT_MS / 1000} s as ${OTHER_ACCOUNT}`);
  await sleep(RETRY_WAIT_MS);
  state = await pendingState(page);
  check(
    `shared phone: ${RETRY_WAIT_MS / 1000} s later, ${OTHER_ACCOUNT}'s page still does not show it`,
    shown(state).length === 0,
    `items=${JSON.stringify(state.items)}`,
  );
  const asB = added(beforeB, await myReports(base, tokenB));
  check(
    `shared phone: nothing filed under ${OTHER_ACCOUNT} while signed in (${RETRY_WAIT_MS / 1000} s)`,
    withText(asB, text).length === 0 && posts.length === postsBeforeB,
    `new reports of ${OTHER_ACCOUNT}: ${JSON.stringify(asB.map((r) => ({ ref: r.ref, description: r.description })))}; POST /reports seen while signed in: ${posts.length - postsBeforeB}`,
  );
  const asAMeanwhile = added(beforeA, await myReports(base, token));
  check(
    `shared phone: nothing filed under A while ${OTHER_ACCOUNT} is signed in`,
    asAMeanwhile.length === 0,
    `new reports of A: ${JSON.stringify(asAMeanwhile.map((r) => r.ref))}`,
  );
  console.log(`note shared phone: queue on the phone while ${OTHER_ACCOUNT} is signed in: ${await storedQueue(page)}`);

  // B signs out, A signs back in: the report goes, as A, once.
  await switchAccount(page, base, `shared phone: ${OTHER_ACCOUNT} signs out, A signs back in`, ACCOUNT, PASSWORD);
  const postsBeforeA = posts.length;
  const resp = await page.goto(`${base}/reports`, { waitUntil: 'load' });
  if (!resp || resp.status() !== 200) throw new Error(`GET /reports as ${ACCOUNT}: HTTP ${resp ? resp.status() : 'none'}`);
  note('--- shared phone: A back on /reports');
  const sentAt = Date.now();
  const first = await waitForText(base, token, text, SEND_WAIT_MS);
  const secs = ((Date.now() - sentAt) / 1000).toFixed(1);
  check(
    `shared phone: sent as A once A is back (${first.length ? `after ${secs} s` : `nothing within ${SEND_WAIT_MS / 1000} s`})`,
    first.length >= 1,
    `POST /reports seen since A signed back in: ${posts.length - postsBeforeA}; queue on the phone: ${await storedQueue(page)}`,
  );
  await sleep(SETTLE_MS);
  const mineA = withText(await myReports(base, token), text);
  const allA = added(beforeA, await myReports(base, token));
  check(
    `shared phone: exactly one report with A's description under A (${SETTLE_MS / 1000} s later), and nothing else new`,
    mineA.length === 1 && allA.length === 1,
    `with the description: ${JSON.stringify(mineA.map((r) => r.ref))}; all new: ${JSON.stringify(allA.map((r) => ({ ref: r.ref, description: r.description })))}`,
  );
  const finalB = added(beforeB, await myReports(base, tokenB));
  check(
    `shared phone: still nothing under ${OTHER_ACCOUNT}`,
    withText(finalB, text).length === 0,
    `new reports of ${OTHER_ACCOUNT}: ${JSON.stringify(finalB.map((r) => ({ ref: r.ref, description: r.description })))}`,
  );
  if (mineA.length === 1) {
    try {
      await page.waitForSelector(`${SEL.pendingItems}[data-state="sent"]`, { state: 'visible', timeout: 10_000 });
    } catch {
      // reported below
    }
    state = await pendingState(page);
    const sentMsg = state.msg.msgSent || '';
    const item = shown(state)[0];
    check(
      "shared phone: A's page shows it as sent, with a link to the report",
      sentMsg !== '' &&
        shown(state).length === 1 &&
        item.state === 'sent' &&
        item.text.includes(sentMsg) &&
        item.links.length === 1 &&
        item.links[0] === `/reports/${mineA[0].ref}`,
      `data-msg-sent=${quote(sentMsg)}, items=${JSON.stringify(state.items)}, report ${mineA[0].ref}`,
    );
  }
}

// ------------------------------------------------------------ main ---------

async function main() {
  const arg = process.argv[2];
  if (!arg || process.argv.length > 3 || !/^https?:\/\//.test(arg)) {
    console.error('usage: node ci/axe/offline.mjs BASE_URL   (e.g. http://127.0.0.1:8080)');
    process.exit(2);
  }
  const base = arg.replace(/\/+$/, '');

  let token;
  try {
    token = await apiToken(base);
  } catch (e) {
    console.error(`cannot sign in to the API: ${errMsg(e)}`);
    process.exit(2);
  }

  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  } catch (e) {
    console.error(`cannot start chromium at ${CHROMIUM_PATH}: ${errMsg(e)}`);
    process.exit(2);
  }

  try {
    const context = await browser.newContext({ viewport: VIEWPORT, isMobile: false, serviceWorkers: 'allow' });
    context.setDefaultTimeout(TIMEOUT_MS);
    context.setDefaultNavigationTimeout(TIMEOUT_MS);
    watchNetwork(context);
    await context.addInitScript(RECORD_UPLOADS);
    const page = await context.newPage();
    watch(page);

    let signedIn = false;
    try {
      await signIn(page, base);
      signedIn = true;
    } catch (e) {
      note(errMsg(e));
    }
    check(`sign in as ${ACCOUNT}`, signedIn, trace[trace.length - 1]);

    if (signedIn) {
      for (const [name, scenario] of [
        ['offline filing', offlineFiling],
        ['double submit', doubleSubmit],
        ['shared phone', sharedPhone],
      ]) {
        try {
          await scenario(base, token, context, page);
        } catch (e) {
          await context.setOffline(false).catch(() => {});
          check(`${name}: ran to the end`, false, errMsg(e));
        }
      }
    }
    await context.close();
  } finally {
    await browser.close().catch(() => {});
  }

  if (failed > 0) {
    console.log('\n-- what the browser did:');
    for (const line of trace) console.log(`   ${line}`);
    console.log('');
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(`offline.mjs crashed: ${e && e.stack ? e.stack : e}`);
  process.exit(2);
});
