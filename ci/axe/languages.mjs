// Right-to-left, keyboard-only use and screenshots, in Debian's chromium:
//   node ci/axe/languages.mjs http://127.0.0.1:8080 SCREENSHOT_DIR
// * Arabic: <html lang="ar" dir="rtl">, the main column's text starts at the right edge, and a
//   report reference inside Arabic text reads left to right (SEG before its number).
// * Keyboard only, in every language the server offers: sign in, file a report with a photo
//   (Tab, Space, arrows, typing, Enter; the photo through the file picker opened by Space),
//   then read the board and open a notice. No mouse, no element clicked by script.
// * Screenshots of the report form, a report page and the board in Arabic and Chinese at
//   360 px, written to SCREENSHOT_DIR (kept by CI as artifacts).
// Prints one line per check; exits 1 on any failure.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = (process.argv[2] || '').replace(/\/+$/, '');
const shots = process.argv[3];
if (!/^https?:\/\//.test(base) || !shots) {
  console.error('usage: node ci/axe/languages.mjs BASE_URL SCREENSHOT_DIR');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const PHOTO = fileURLToPath(new URL('../../web/static/icon-512.png', import.meta.url));
const TENANT = 'inquilino@demo.test';

let passed = 0;
let failed = 0;
const check = (what, ok, detail = '') => {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok || !detail ? '' : ` -- ${detail}`}`);
};
const errMsg = (e) => String(e && e.message ? e.message : e).split('\n')[0];
const pathOf = (page) => new URL(page.url()).pathname;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

async function newPage(width = 360) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  context.setDefaultTimeout(30_000);
  return context.newPage();
}

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return;
  }
  throw new Error(`Tab never reached ${selector} on ${pathOf(page)}`);
}

/** Opens the focused file input's picker as a keyboard user does: Space, or Enter if the
 *  browser let the first key press go by. */
async function openFileChooser(page) {
  for (const key of ['Space', 'Enter', 'Space']) {
    const chooser = page.waitForEvent('filechooser', { timeout: 5_000 }).catch(() => null);
    await page.keyboard.press(key);
    const opened = await chooser;
    if (opened) return opened;
  }
  throw new Error('neither Space nor Enter opened the file picker');
}

/** Presses a key that navigates, and waits for the next page. */
async function pressAndWait(page, key, urlPart) {
  await Promise.all([page.waitForURL((u) => u.pathname.includes(urlPart) || u.search.includes(urlPart)), page.keyboard.press(key)]);
}

async function signInByKeyboard(page, lang) {
  await page.goto(`${base}/login?lang=${lang}`);
  await tabTo(page, 'input[name="login"]');
  await page.keyboard.type(TENANT);
  await tabTo(page, 'input[name="password"]');
  await page.keyboard.type('demo');
  await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.keyboard.press('Enter')]);
  if ((await page.getAttribute('html', 'lang')) !== lang) {
    await tabTo(page, `button[name="locale"][value="${lang}"]`, 200);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  }
}

async function fileReportByKeyboard(page, lang) {
  await tabTo(page, 'a[href="/reports/new"]', 120);
  await pressAndWait(page, 'Enter', '/reports/new');
  // Step one: where (first choice, Space), what (arrow to the second category, as a person
  // moving through a radio group does), continue.
  await tabTo(page, 'input[name="where"]');
  await page.keyboard.press('Space');
  await tabTo(page, 'input[name="category"]');
  await page.keyboard.press('ArrowRight');
  const chosen = await page.evaluate(() => document.querySelector('input[name="category"]:checked')?.value);
  await tabTo(page, '#report-start button[type="submit"]');
  await pressAndWait(page, 'Enter', 'category=');
  // Step two: the description, a photo through the file picker, send.
  await tabTo(page, '#description');
  await page.keyboard.type(`Prova da tastiera (${lang}): la luce delle scale non si accende.`);
  await tabTo(page, '#photos');
  await (await openFileChooser(page)).setFiles(PHOTO);
  await tabTo(page, '#report-form button[type="submit"]');
  await Promise.all([page.waitForURL(/\/reports\/SEG-/, { timeout: 30_000 }), page.keyboard.press('Enter')]);
  const filed = await page.evaluate(() => ({
    alert: document.querySelector('.alert-info[role="status"]')?.textContent.trim() || '',
    photos: document.querySelectorAll('.photos img').length,
    lang: document.documentElement.lang,
  }));
  return { chosen, ...filed, url: pathOf(page) };
}

async function readBoardByKeyboard(page) {
  await tabTo(page, 'a[href="/board"]', 120);
  await pressAndWait(page, 'Enter', '/board');
  await tabTo(page, 'main a[href^="/notices/"]:not([href$="/print"])', 120);
  const href = await page.evaluate(() => document.activeElement.getAttribute('href'));
  await pressAndWait(page, 'Enter', href);
  return { href, title: (await page.textContent('main h1'))?.trim() || '' };
}

try {
  // The languages the server offers, from its own language switcher.
  const probe = await newPage();
  await probe.goto(`${base}/login`);
  const languages = await probe.$$eval('button[name="locale"]', (bs) => bs.map((b) => b.value));
  check(`the language switcher offers ${languages.length} languages`, languages.length >= 9, languages.join(','));
  await probe.context().close();

  // Arabic reads right to left; references inside it left to right.
  const ar = await newPage(1280);
  await ar.goto(`${base}/login?lang=ar`);
  await ar.fill('input[name="login"]', TENANT);
  await ar.fill('input[name="password"]', 'demo');
  await Promise.all([ar.waitForURL((u) => u.pathname === '/'), ar.press('input[name="password"]', 'Enter')]);
  if ((await ar.getAttribute('html', 'lang')) !== 'ar') {
    await Promise.all([ar.waitForNavigation(), ar.press('button[name="locale"][value="ar"]', 'Enter')]);
  }
  await ar.goto(`${base}/reports/SEG-2026-000005`);
  const html = await ar.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
  check('Arabic: <html lang="ar" dir="rtl">', html[0] === 'ar' && html[1] === 'rtl', html.join(' '));
  const edges = await ar.evaluate(() => {
    const main = document.querySelector('main');
    const style = getComputedStyle(main);
    const box = main.getBoundingClientRect();
    const h1 = main.querySelector('h1');
    const range = document.createRange();
    range.selectNodeContents(h1);
    const text = range.getBoundingClientRect();
    return {
      contentLeft: box.left + parseFloat(style.paddingLeft),
      contentRight: box.right - parseFloat(style.paddingRight),
      textLeft: text.left,
      textRight: text.right,
    };
  });
  check("Arabic: the main column's text starts at its right edge",
    Math.abs(edges.textRight - edges.contentRight) < 2 && edges.textLeft > edges.contentLeft + 20, JSON.stringify(edges));
  const reference = await ar.evaluate(() => {
    const p = document.querySelector('.reference');
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf('SEG-2026-000005');
      if (at < 0) continue;
      const rect = (from, to) => {
        const r = document.createRange();
        r.setStart(node, from);
        r.setEnd(node, to);
        return r.getBoundingClientRect();
      };
      return {
        text: p.textContent.trim(),
        seg: rect(at, at + 3).left,
        number: rect(at + 9, at + 15).left,
        arabic: /[\u0600-\u06FF]/.test(p.textContent),
      };
    }
    return { text: p ? p.textContent : '(no .reference)' };
  });
  check('Arabic: a reference inside Arabic text reads left to right',
    reference.arabic && reference.seg < reference.number, JSON.stringify(reference));
  await ar.context().close();

  // Keyboard only, every language.
  for (const lang of languages) {
    const page = await newPage();
    try {
      await signInByKeyboard(page, lang);
      const report = await fileReportByKeyboard(page, lang);
      check(`${lang}: filed a report with a photo by keyboard alone`,
        report.url.startsWith('/reports/SEG-') && report.alert && report.photos === 1 && report.lang === lang && report.chosen,
        JSON.stringify(report));
      const board = await readBoardByKeyboard(page);
      check(`${lang}: read the board and opened a notice by keyboard alone`, board.title.length > 0, JSON.stringify(board));
    } catch (e) {
      check(`${lang}: keyboard-only flows`, false, errMsg(e));
    }
    await page.context().close();
  }

  // Screenshots in Arabic and Chinese.
  for (const lang of ['ar', 'zh']) {
    const page = await newPage();
    await page.goto(`${base}/login?lang=${lang}`);
    await page.fill('input[name="login"]', TENANT);
    await page.fill('input[name="password"]', 'demo');
    await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.press('input[name="password"]', 'Enter')]);
    if ((await page.getAttribute('html', 'lang')) !== lang) {
      await Promise.all([page.waitForNavigation(), page.press(`button[name="locale"][value="${lang}"]`, 'Enter')]);
    }
    for (const [name, path] of [['report-form', '/reports/new?where=stair&category=lift'], ['report', '/reports/SEG-2026-000005'], ['board', '/board']]) {
      await page.goto(`${base}${path}`);
      const file = `${shots}/${lang}-${name}.png`;
      await page.screenshot({ path: file, fullPage: true });
      check(`${lang}: screenshot of ${path} in ${file}`, (await page.getAttribute('html', 'lang')) === lang);
    }
    await page.context().close();
  }
} catch (e) {
  check('languages.mjs ran to the end', false, errMsg(e));
} finally {
  await browser.close().catch(() => {});
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
