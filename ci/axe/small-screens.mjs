// Staff pages on a phone, and numbers that read the right way in Arabic, in Debian's chromium:
//   node ci/axe/small-screens.mjs http://127.0.0.1:8080 [SCREENSHOT_DIR]
// For every demo account in every language the server offers:
// * the header's links fit: the destinations in reach take at most two rows with the brand,
//   the rest open from the menu (a <details>, no script), every entry inside the screen;
// and on every page a header links to, once per page and language (sampled: the first account
// that reaches it), at 360 and at 320 px wide (a 640 px window at 200 % zoom is 320 px too):
// * no horizontal scroll, of the page or of any box in it;
// * no word in a table or in the header's links is broken: each word's range has its boxes on
//   one line.
// At 360 x 740 (a phone's first screen), /work shows at least two reports (or the one there is)
// to whoever has it.
// In Arabic, the welcome kit's phone numbers read left to right (their digit groups' boxes
// run from left to right in the order written).
// With SCREENSHOT_DIR, keeps a 360 px screenshot of each page in Italian per account.
// Prints each failed check (every check with VERBOSE=1) and a count; exits 1 on any failure.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = (process.argv[2] || '').replace(/\/+$/, '');
const shots = process.argv[3];
if (!/^https?:\/\//.test(base)) {
  console.error('usage: node ci/axe/small-screens.mjs BASE_URL [SCREENSHOT_DIR]');
  process.exit(2);
}
if (shots) mkdirSync(shots, { recursive: true });

const ACCOUNTS = [
  'sportello@demo.test',
  'tecnico.aler@demo.test',
  'tecnico.comune@demo.test',
  'responsabile.aler@demo.test',
  'admin@demo.test',
  'referente@demo.test',
  'inquilino@demo.test',
];
const WIDTHS = [360, 320];
const PHONE = { width: 360, height: 740 };
/** Pages a header links to that are not worth a look here: printouts. */
const SKIP = /\/print$/;
/** The kit's phone numbers, as written. */
const PHONE_NUMBERS = ['800 900 999', '800 013 191', '800 801 185', '02 660 231', '02 660 23 900'];

let passed = 0;
let failed = 0;
const check = (what, ok, detail = '') => {
  if (ok) passed += 1;
  else failed += 1;
  if (!ok || process.env.VERBOSE) console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok || !detail ? '' : ` -- ${detail}`}`);
};
const errMsg = (e) => String(e && e.message ? e.message : e).split('\n')[0];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

async function signedIn(account, lang) {
  const context = await browser.newContext({ viewport: PHONE });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  await page.goto(`${base}/login?lang=${lang}`);
  await page.fill('input[name="login"]', account);
  await page.fill('input[name="password"]', 'demo');
  await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.press('input[name="password"]', 'Enter')]);
  if ((await page.getAttribute('html', 'lang')) !== lang) {
    await Promise.all([page.waitForNavigation(), page.locator(`button[name="locale"][value="${lang}"]`).evaluate((b) => b.click())]);
  }
  return page;
}

/** What is wrong with the page as laid out now: horizontal scroll, table words broken. */
function layoutProblems() {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`<${el.tagName.toLowerCase()} class="${el.className}"> scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
    }
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    // Only text on screen: a closed menu's entries are laid out, if at all, as nothing a reader sees.
    acceptNode: (n) => (n.parentElement.closest('table, .site-header nav') && n.parentElement.checkVisibility()
      ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const word of node.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
      const lines = tops.filter((top, i) => tops.findIndex((t) => Math.abs(t - top) < 3) === i);
      if (lines.length > 1) problems.push(`"${word[0]}" broken over ${lines.length} lines`);
    }
  }
  // Every piece of text in a table cell ends inside the screen.
  for (const cell of document.querySelectorAll('th, td, caption')) {
    const box = cell.getBoundingClientRect();
    if (box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1)) {
      problems.push(`a cell ("${cell.textContent.trim().slice(0, 30)}") is outside the screen`);
    }
  }
  return [...new Set(problems)].slice(0, 8);
}

/** The header: how many rows its brand, links and menu take, and the menu's entries once
 *  opened (all inside the screen). */
async function headerProblems(page) {
  const problems = [];
  // The brand, the links in reach and the menu: two rows at most (a link may wrap between its
  // words inside its row).
  const rows = await page.evaluate(() => {
    const items = [...document.querySelectorAll('.site-header .brand, .site-header .nav > li > a, .site-header .nav-more summary')];
    const boxes = items.map((e) => e.getBoundingClientRect()).filter((r) => r.height > 0).sort((a, b) => a.top - b.top);
    let count = 0;
    let bottom = -Infinity;
    for (const box of boxes) {
      // A box that starts below the row so far starts a new row.
      if (box.top >= bottom - 2) count += 1;
      bottom = Math.max(box.top >= bottom - 2 ? box.bottom : bottom, box.bottom);
    }
    return count;
  });
  if (rows > 2) problems.push(`the header's links take ${rows} rows`);
  const summary = page.locator('.nav-more summary');
  if ((await summary.count()) !== 1) return [...problems, 'no menu in the header'];
  await summary.click();
  const entries = await page.evaluate(() => [...document.querySelectorAll('.nav-menu a, .nav-menu button')].map((e) => {
    const r = e.getBoundingClientRect();
    return { text: e.textContent.trim(), visible: r.width > 0 && r.height > 0, inside: r.left >= -1 && r.right <= document.documentElement.clientWidth + 1 };
  }));
  if (entries.length < 2) problems.push(`the menu holds ${entries.length} entries`);
  for (const e of entries) if (!e.visible || !e.inside) problems.push(`menu entry "${e.text}" is ${e.visible ? 'outside the screen' : 'hidden'}`);
  await summary.click();
  return problems;
}

async function firstScreenOfWork(page) {
  await page.setViewportSize(PHONE);
  await page.goto(`${base}/work`);
  return page.evaluate(() => {
    const items = [...document.querySelectorAll('.queue-item')];
    const seen = items.filter((li) => li.getBoundingClientRect().bottom <= window.innerHeight);
    return { total: items.length, seen: seen.length };
  });
}

/** The x positions of each phone number's digit groups, as laid out, in the kit. */
async function phoneNumberOrder(page) {
  await page.goto(`${base}/welcome`);
  return page.evaluate((numbers) => numbers.map((number) => {
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(number);
      if (at < 0) continue;
      let from = at;
      const lefts = number.split(' ').map((group) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, from + group.length);
        from += group.length + 1;
        return Math.round(range.getBoundingClientRect().left);
      });
      return { number, lefts, arabic: /[\u0600-\u06FF]/.test(node.parentElement.closest('li, p').textContent) };
    }
    return { number, lefts: [] };
  }), PHONE_NUMBERS);
}

try {
  const probe = await browser.newPage();
  await probe.goto(`${base}/login`);
  const languages = await probe.$$eval('button[name="locale"]', (bs) => bs.map((b) => b.value));
  await probe.close();
  check(`the language switcher offers ${languages.length} languages`, languages.length >= 9, languages.join(','));

  const looked = new Set();
  for (const account of ACCOUNTS) {
    for (const lang of languages) {
      let page;
      try {
        page = await signedIn(account, lang);
        check(`${lang} ${account}: signed in, in ${lang}`, (await page.getAttribute('html', 'lang')) === lang);
        const header = await headerProblems(page);
        check(`${lang} ${account}: the header fits a 360 px phone`, header.length === 0, header.join('; '));
        const paths = await page.$$eval('.site-header nav a[href]', (as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
        for (const path of paths.filter((p) => !SKIP.test(p) && !looked.has(`${lang} ${p}`))) {
          looked.add(`${lang} ${path}`);
          await page.goto(`${base}${path}`);
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: PHONE.height });
            const problems = await page.evaluate(layoutProblems);
            check(`${lang} ${account} ${path} at ${width} px: no sideways scroll, no word broken in a table or the header`, problems.length === 0, problems.join('; '));
          }
          if (shots && lang === 'it') {
            await page.setViewportSize(PHONE);
            await page.screenshot({ path: `${shots}/${account.split('@')[0]}${path.replace(/\//g, '_')}.png`, fullPage: true });
          }
        }
        if (paths.includes('/work')) {
          const work = await firstScreenOfWork(page);
          check(`${lang} ${account} /work: the first screen at 360 px shows at least two reports (or all there are)`, work.total >= 1 && work.seen >= Math.min(2, work.total), JSON.stringify(work));
        }
        if (lang === 'ar' && account === 'inquilino@demo.test') {
          for (const found of await phoneNumberOrder(page)) {
            const ordered = found.lefts.length > 1 && found.lefts.every((x, i) => i === 0 || x > found.lefts[i - 1]);
            check(`ar: the kit's ${found.number} reads left to right inside Arabic text`, ordered && found.arabic, JSON.stringify(found));
          }
        }
      } catch (e) {
        check(`${lang} ${account}: small screens`, false, errMsg(e));
      }
      if (page) await page.context().close();
    }
  }
} catch (e) {
  check('small-screens.mjs ran to the end', false, errMsg(e));
} finally {
  await browser.close().catch(() => {});
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
