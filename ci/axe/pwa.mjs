// The installable, offline web app and the printed sheets, in Debian's chromium:
//   node ci/axe/pwa.mjs http://127.0.0.1:8080
// As the demo tenant: the manifest is valid and its icons load; the service worker activates
// and controls the page; with the network cut, the board, the welcome kit, the works board
// and my reports still open, marked "offline, as of …", and a page never opened shows the
// offline page; "I have read it" on a card works as a plain form; the profile's push button
// subscribes only when pressed, and a push shows a notification. Then the print views render
// to A4 PDF, the QR code on the printed notice decodes to the notice's address, and the QR code
// of the month's pagoPA payment notice to its PAGOPA|002|… string. Prints
// one line per check; exits 1 on any failure.
import { chromium } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const base = (process.argv[2] || '').replace(/\/+$/, '');
if (!/^https?:\/\//.test(base)) {
  console.error('usage: node ci/axe/pwa.mjs BASE_URL');
  process.exit(2);
}
let passed = 0;
let failed = 0;
const check = (what, ok, detail = '') => {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok || !detail ? '' : ` -- ${detail}`}`);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  await page.goto(`${base}/login?lang=it`);
  await page.fill('input[name="login"]', 'inquilino@demo.test');
  await page.fill('input[name="password"]', 'demo');
  await Promise.all([page.waitForNavigation(), page.click('form#login-form button[type="submit"]')]);
  check('signed in as the demo tenant', new URL(page.url()).pathname === '/');

  // The manifest, as the browser reads it from the page's <link rel="manifest">.
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]').href;
    const m = await (await fetch(href)).json();
    const icons = [];
    for (const icon of m.icons) {
      const r = await fetch(new URL(icon.src, href));
      const bitmap = await createImageBitmap(await r.blob());
      icons.push({ ...icon, status: r.status, type: r.headers.get('content-type'), width: bitmap.width, height: bitmap.height });
    }
    return { ...m, icons };
  });
  check('manifest: name, short name, start URL, standalone display, theme',
    manifest.name && manifest.short_name && manifest.start_url === '/' && manifest.display === 'standalone' && manifest.theme_color,
    JSON.stringify(manifest));
  for (const [size, purpose] of [[192, 'any'], [512, 'any'], [512, 'maskable']]) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.purpose === purpose);
    check(`manifest: ${purpose} icon ${size}px loads as a ${size}px PNG`,
      icon && icon.status === 200 && icon.type === 'image/png' && icon.width === size && icon.height === size,
      JSON.stringify(icon));
  }

  // The service worker activates and takes the page over.
  const active = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active ? registration.active.state : null;
  });
  check('service worker activates', active === 'activated', String(active));
  await page.reload();
  const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
  check('service worker controls the page', controlled);

  // "I have read it" on a card: the button submits the page's one form to its own action, and
  // the tenant is back on the board with the card marked as read.
  await page.goto(`${base}/board`);
  const button = page.locator('article.notice button[formaction$="/seen"]').first();
  const action = await button.getAttribute('formaction');
  await Promise.all([page.waitForNavigation(), button.click()]);
  const after = await page.evaluate((action) => ({
    path: location.pathname,
    stillThere: Boolean(document.querySelector(`button[formaction="${action}"]`)),
  }), action);
  check('board: "I have read it" marks the card and comes back to the board',
    after.path === '/board' && !after.stillThere, JSON.stringify({ action, ...after }));

  // Pages read once online open offline, marked; others show the offline page.
  // Headings as read online (the account's language is whatever it was left in).
  const heading = () => page.evaluate(() => document.querySelector('h1')?.textContent.trim());
  const readable = [];
  for (const path of ['/board', '/welcome', '/works', '/reports', '/offline']) {
    await page.goto(`${base}${path}`);
    readable.push([path, await heading()]);
  }
  const offlineHeading = readable.pop()[1];
  await context.setOffline(true);
  for (const [path, heading] of readable) {
    try {
      await page.goto(`${base}${path}`);
      const seen = await page.evaluate(() => ({
        h1: document.querySelector('h1')?.textContent.trim(),
        note: document.querySelector('[data-offline-note]')?.hidden === false,
        when: document.querySelector('[data-offline-when]')?.textContent.trim(),
      }));
      check(`offline: ${path} opens, marked "offline, as of …"`, seen.h1 === heading && seen.note && seen.when, JSON.stringify(seen));
    } catch (e) {
      check(`offline: ${path} opens`, false, String(e.message).split('\n')[0]);
    }
  }
  try {
    await page.goto(`${base}/transparency`);
    const h1 = await heading();
    check('offline: a page never opened shows the offline page', h1 === offlineHeading, `${h1} vs ${offlineHeading}`);
  } catch (e) {
    check('offline: a page never opened shows the offline page', false, String(e.message).split('\n')[0]);
  }
  await context.setOffline(false);

  // Web Push: the profile's button is there, nothing subscribed on page load; pressing it
  // asks the browser, which here has no push service to reach, so the page says so in its
  // language (or, with one, says push is on). Then a push delivered to the service worker
  // through the DevTools protocol shows the notification.
  await context.grantPermissions(['notifications'], { origin: base });
  await page.goto(`${base}/profile`);
  const pushBox = await page.evaluate(async () => {
    const box = document.querySelector('[data-push]');
    const registration = await navigator.serviceWorker.ready;
    return {
      shown: Boolean(box) && !box.hidden,
      subscribed: Boolean(await registration.pushManager.getSubscription()),
      on: box?.dataset.on, failed: box?.dataset.failed,
    };
  });
  check('push: the profile shows the button where the browser can take push', pushBox.shown, JSON.stringify(pushBox));
  check('push: nothing is subscribed on page load', !pushBox.subscribed);
  await page.click('[data-push-button]');
  await page.waitForFunction(() => document.querySelector('[data-push-result]')?.textContent.trim() !== '');
  const said = (await page.textContent('[data-push-result]')).trim();
  check('push: pressing the button gives a result in the page\'s language',
    said === pushBox.failed || said === pushBox.on, `${said} (expected "${pushBox.failed}" or "${pushBox.on}")`);
  const cdp = await context.newCDPSession(page);
  const registered = new Promise((resolve) => cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
    const ours = registrations.find((r) => r.scopeURL.startsWith(base) && !r.isDeleted);
    if (ours) resolve(ours.registrationId);
  }));
  await cdp.send('ServiceWorker.enable');
  const registrationId = await registered;
  const pushed = { title: 'Avviso urgente: prova', body: 'Manca l\'acqua', url: `${base}/board` };
  await cdp.send('ServiceWorker.deliverPushMessage', { origin: base, registrationId, data: JSON.stringify(pushed) });
  // The worker shows it moments later: asked again until then (15 s at most).
  const notification = () => page.evaluate(async (title) => {
    const notes = await (await navigator.serviceWorker.ready).getNotifications();
    const note = notes.find((n) => n.title === title);
    return note ? { title: note.title, body: note.body, url: note.data?.url } : null;
  }, pushed.title);
  let shown = null;
  for (const deadline = Date.now() + 15_000; !shown && Date.now() < deadline;) {
    shown = await notification();
    if (!shown) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  shown ||= {};
  check('push: a pushed message shows as a notification that opens its page',
    shown.title === pushed.title && shown.body === pushed.body && shown.url === pushed.url, JSON.stringify(shown));
  await cdp.detach();

  // The sheets for the hall: A4 PDFs, and the notice's QR code leads to the notice. The month's
  // pagoPA payment notice too, whose QR code says what a bank's app reads.
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .slice(0, 7);
  for (const path of ['/notices/1/print', '/board/print', '/welcome/print', `/rent/${month}/print`]) {
    const sheet = await context.newPage();
    await sheet.goto(`${base}${path}`);
    await sheet.emulateMedia({ media: 'print' });
    const pdf = await sheet.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const text = pdf.toString('latin1');
    const pages = (text.match(/\/Type\s*\/Page[^s]/g) || []).length;
    const a4 = /\/MediaBox\s*\[\s*0\s+0\s+59[45](\.\d+)?\s+84[12](\.\d+)?\s*\]/.test(text);
    check(`print: ${path} renders to ${pages} A4 page(s)`, text.startsWith('%PDF') && pages >= 1 && a4, `pages=${pages} a4=${a4}`);
    if (path === '/notices/1/print') {
      await sheet.setViewportSize({ width: 800, height: 1200 });
      const png = PNG.sync.read(await sheet.locator('img.qr').first().screenshot());
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      const expected = await sheet.locator('img.qr').first().getAttribute('data-url');
      check('print: the notice\'s QR code decodes to its address', code && code.data === expected && expected.endsWith('/notices/1'), code ? code.data : 'no QR code found');
    }
    if (path.startsWith('/rent/')) {
      // Printed at 25 mm; read here from the same image drawn larger, as a phone's camera would.
      await sheet.emulateMedia({ media: 'screen' });
      const qr = sheet.locator('img.pagopa-qr').first();
      await qr.evaluate((img) => { img.style.width = '300px'; img.style.height = '300px'; });
      const png = PNG.sync.read(await qr.screenshot());
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      const expected = await sheet.locator('img.pagopa-qr').first().getAttribute('data-text');
      check('print: the payment notice\'s QR code decodes to its pagoPA string',
        code && code.data === expected && /^PAGOPA\|002\|\d{18}\|\d{11}\|\d+$/.test(expected), code ? code.data : 'no QR code found');
    }
    await sheet.close();
  }
  await context.close();
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
