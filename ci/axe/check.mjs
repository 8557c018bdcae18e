// Accessibility / i18n / reflow smoke check for a running Portineria server.
//
//   node ci/axe/check.mjs http://127.0.0.1:8080
//
// For every language the server offers (read from its language switcher) and
// every page below it:
//   * runs axe-core (WCAG 2.0, 2.1 and 2.2 A + AA rules) at a desktop and at a
//     320 px wide viewport and fails on any violation;
//   * asserts <html lang="LANG" dir="...">;
//   * asserts no horizontal scrolling at 320 px (WCAG 1.4.10 reflow);
//   * asserts no untranslated-key marker (⟦) in the page.
// Signed-in pages are checked as each demo account (password "demo"): every page type × role ×
// language once (see sampledPagesOf).
// At the end, the server's /metrics must count 0 messages it could not format
// (a translation missing a message, or a message needing a value the code did
// not pass), and the number of pages checked is printed.
//
// Uses Debian's chromium (override with CHROMIUM_PATH) through playwright-core.
// Prints one line per page and a closing "N passed, M failed" line; exits 1 on
// any failure, 2 on a usage / browser start-up error.

import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

// ---------------------------------------------------------------- pages ----

/** Languages are the server's own (its switcher); anonymous pages get
 *  `?lang=LANG`, signed-in users switch with the language switcher. */
const MIN_LANGUAGES = 9;

/** Pages checked without signing in (a `lang` query parameter is added). */
const ANONYMOUS_PAGES = ['/login', '/activate', '/offline', '/summary'];

/** Pages checked once per demo account, after signing in. */
const SIGNED_IN_PAGES = ['/', '/profile', '/reports', '/reports/new', '/board', '/welcome'];

/** The portal's current month (the estate's time zone): the demo's latest rent bill. */
const MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit' })
  .format(new Date())
  .slice(0, 7);

/** More pages for some accounts: what only they can reach (the demo's report numbers are
 *  stable: the demo files them in a fixed order). */
const ACCOUNT_PAGES = {
  'inquilino@demo.test': [
    '/reports/new?where=stair&category=lift',
    '/reports/SEG-2026-000005',
    '/reports/SEG-2026-000002',
    '/reports/SEG-2026-000001',
    '/works',
    '/transparency',
    '/notices/1',
    '/notices/1/print',
    '/board/print',
    '/welcome/print',
    '/summary',
    '/rent',
    `/rent/${MONTH}/print`,
    // The demo's election of the building's delegate, nominations open.
    '/elections/1',
  ],
  // Salvatore Russo's household is behind with its rent: the page in its other state. Notice 5
  // is the stair's past assembly he convened: its minutes, decisions and the form to correct them.
  'referente@demo.test': ['/reports/SEG-2026-000002', '/notices/4', '/notices/5', '/notices/5/print', '/notices/new', '/rent', '/elections/1'],
  'sportello@demo.test': [
    '/desk/tenants/new',
    '/desk/people?name=colombo',
    // Rosa Colombo, who has only a mobile number: how the portal reaches her.
    '/desk/people/11',
    '/reports/SEG-2026-000012',
    '/reports/new?unit=GUA12-A-11',
    '/work',
    '/work/agenda',
    '/welcome/edit',
    '/transparency',
    '/notices/new',
    '/translations',
    // Fatima El Amrani's household, on a repayment plan she signed at the desk.
    '/rent?unit=GUA12-A-11',
    '/rent/office',
    '/elections',
    '/elections/1',
  ],
  'tecnico.aler@demo.test': ['/reports/SEG-2026-000002', '/reports/SEG-2026-000001', '/work', '/work/agenda', '/reports/SEG-2026-000003', '/works'],
  'tecnico.comune@demo.test': ['/reports/SEG-2026-000008', '/work/agenda'],
  'responsabile.aler@demo.test': ['/work', '/work/team', '/stats', '/stats/rent'],
  // The demo's one request for help (Fatima El Amrani's, answered by the rent office).
  'canoni.aler@demo.test': ['/rent/office', '/rent?unit=GUA12-A-32', `/rent/${MONTH}/print?unit=GUA12-A-32`, '/rent/help/1', '/stats/rent'],
  'admin@demo.test': ['/categories', '/translations', '/stats', '/summary', '/admin/api-keys'],
};
const pagesOf = (account) => [...SIGNED_IN_PAGES, ...(ACCOUNT_PAGES[account] || [])];

/** The role each demo account shows its pages as: two accounts of one role see the same
 *  kind of page, so between them each page type is checked once per language. */
const ROLE = {
  'inquilino@demo.test': 'tenant',
  'referente@demo.test': 'stair_delegate',
  'sportello@demo.test': 'operator',
  'tecnico.aler@demo.test': 'technician',
  'tecnico.comune@demo.test': 'technician',
  'responsabile.aler@demo.test': 'manager',
  'canoni.aler@demo.test': 'rent_officer',
  'admin@demo.test': 'admin',
};

/** A page's type: its template, whichever report, notice or query it shows. */
const pageType = (path) =>
  path
    .split('?')[0]
    .replace(/SEG-\d{4}-\d+/g, '{ref}')
    .replace(/\/\d+(?=\/|$)/g, '/{id}');

/** Which pages an account checks in the language at `langIndex` of the switcher: every page
 *  type × role × language once. The instances of one type for one role (three report pages,
 *  two technicians' queues) take the languages in turn instead of each being checked in all. */
function sampledPagesOf(account, langIndex) {
  const instances = new Map();
  for (const who of ACCOUNTS.filter((a) => ROLE[a] === ROLE[account])) {
    for (const path of pagesOf(who)) {
      const key = pageType(path);
      if (!instances.has(key)) instances.set(key, []);
      instances.get(key).push({ who, path });
    }
  }
  return pagesOf(account).filter((path) => {
    const all = instances.get(pageType(path));
    const chosen = all[langIndex % all.length];
    return chosen.who === account && chosen.path === path;
  });
}

/** Demo accounts created by `portineria serve --demo`. */
const ACCOUNTS = [
  'inquilino@demo.test',
  'referente@demo.test',
  'sportello@demo.test',
  'tecnico.aler@demo.test',
  'tecnico.comune@demo.test',
  'responsabile.aler@demo.test',
  'canoni.aler@demo.test',
  'admin@demo.test',
];
const PASSWORD = 'demo';

// ------------------------------------------------------------ contract -----

const SEL = {
  loginUser: 'input[name="login"]',
  loginPassword: 'input[name="password"]',
  loginSubmit: 'form#login-form button[type="submit"]',
  localeButton: (lang) => `button[name="locale"][value="${lang}"]`,
};
const AFTER_LOGIN_PATH = '/';
const UNTRANSLATED_MARKER = '⟦';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Browser contexts working at once (the server and chromium share 2 cores). */
const WORKERS = 3;
const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };
const TIMEOUT_MS = 30_000;
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
  // Small /dev/shm in containers makes chromium crash; Debian's wrapper tries
  // to add this itself but its check is unreliable.
  '--disable-dev-shm-usage',
];

// ---------------------------------------------------------------------------

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

let passed = 0;
let failed = 0;

function report(lang, path, who, problems) {
  const label = `${lang} ${path}${who ? ` (${who})` : ''}`;
  if (problems.length === 0) {
    passed += 1;
    console.log(`ok  ${label}`);
  } else {
    failed += 1;
    console.log(`FAIL ${label}`);
    for (const p of problems) console.log(`     - ${p}`);
  }
}

function errMsg(e) {
  return String(e && e.message ? e.message : e).split('\n')[0];
}

function pathOf(url) {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

async function runAxe(page) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(
    (tags) =>
      window.axe
        .run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        })
        .then((r) =>
          r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.map((n) => n.target.map(String).join(' >>> ')),
          })),
        ),
    AXE_TAGS,
  );
}

function formatViolations(violations, where) {
  return violations.map((v) => {
    const shown = v.targets.slice(0, 3).join(' | ');
    const more = v.targets.length > 3 ? ` (+${v.targets.length - 3} more)` : '';
    return `axe ${v.id} [${v.impact}] @${where}: ${v.help} -- ${shown}${more}`;
  });
}

/** All checks on the page currently loaded (desktop viewport), then again at
 *  320 px. Returns a list of problem strings (empty = pass). */
async function checkLoadedPage(page, lang) {
  const problems = [];

  const html = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
  }));
  if (!html.lang) problems.push('<html> has no (or an empty) lang attribute');
  else if (html.lang !== lang) problems.push(`<html lang="${html.lang}">, expected "${lang}"`);
  if (html.dir === null) problems.push('<html> has no dir attribute');
  else if (!['ltr', 'rtl', 'auto'].includes(html.dir)) problems.push(`<html dir="${html.dir}"> is not ltr/rtl/auto`);

  const marker = await page.evaluate((m) => {
    const around = (s, i) => s.slice(Math.max(0, i - 30), i + 50).replace(/\s+/g, ' ');
    const text = document.body ? document.body.innerText : '';
    let i = text.indexOf(m);
    if (i >= 0) return `untranslated key in page text: "…${around(text, i)}…"`;
    i = document.title.indexOf(m);
    if (i >= 0) return `untranslated key in <title>: "${document.title}"`;
    const markup = document.documentElement.outerHTML;
    i = markup.indexOf(m);
    if (i >= 0) return `untranslated key in markup (attribute?): "…${around(markup, i)}…"`;
    return null;
  }, UNTRANSLATED_MARKER);
  if (marker) problems.push(marker);

  problems.push(...formatViolations(await runAxe(page), `${DESKTOP.width}px`));

  await page.setViewportSize(NARROW);
  const widths = await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          resolve({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          }),
        ),
      ),
  );
  if (widths.scroll > NARROW.width) {
    const culprits = await page.evaluate((max) => {
      const out = [];
      for (const el of document.body ? document.body.querySelectorAll('*') : []) {
        const r = el.getBoundingClientRect();
        if (r.right > max + 0.5 && r.width > 0) {
          let s = el.tagName.toLowerCase();
          if (el.id) s += `#${el.id}`;
          else if (typeof el.className === 'string' && el.className.trim())
            s += `.${el.className.trim().split(/\s+/).join('.')}`;
          out.push(`${s} (right=${Math.round(r.right)})`);
          if (out.length >= 3) break;
        }
      }
      return out;
    }, NARROW.width);
    problems.push(
      `horizontal scrolling at ${NARROW.width}px: scrollWidth=${widths.scroll}` +
        (culprits.length ? ` -- e.g. ${culprits.join(' | ')}` : ''),
    );
  }
  const narrowViolations = formatViolations(await runAxe(page), `${NARROW.width}px`);
  // Only report narrow-viewport violations not already reported at desktop.
  const seen = new Set(problems);
  for (const p of narrowViolations) {
    if (!seen.has(p.replace(`@${NARROW.width}px`, `@${DESKTOP.width}px`))) problems.push(p);
  }

  await page.setViewportSize(DESKTOP);
  return problems;
}

/** Navigate to `path` and check it. `expectPath` is the path the page must
 *  end on (a redirect elsewhere, e.g. to /login, is a failure). */
async function checkPage(page, base, lang, path, query, who) {
  let problems;
  try {
    const url = `${base}${path}${query}`;
    const resp = await page.goto(url, { waitUntil: 'load' });
    const finalPath = pathOf(page.url());
    problems = [];
    if (!resp) problems.push(`no response for ${url}`);
    else if (resp.status() !== 200) problems.push(`HTTP ${resp.status()} for ${url}`);
    const wanted = path.split('?')[0];
    if (finalPath !== wanted) problems.push(`ended on ${finalPath} instead of ${wanted}`);
    problems.push(...(await checkLoadedPage(page, lang)));
  } catch (e) {
    problems = [`error: ${errMsg(e)}`];
  }
  report(lang, path, who, problems);
}

/** The page a sign-in code by SMS is typed on: the answer to the number form, not a page of
 *  its own. A number nobody registered gets the same page (and no SMS); one per language, as
 *  the portal sends three codes a quarter of an hour to one number. */
async function checkPhoneCodePage(page, base, lang, index) {
  const path = '/login/phone';
  let problems;
  try {
    await page.goto(`${base}/login?lang=${encodeURIComponent(lang)}`, { waitUntil: 'load' });
    // The language chosen with the switcher is kept for the form's answer (a ?lang is not).
    await clickAndWaitForNavigation(page, SEL.localeButton(lang));
    await page.fill('input[name="phone"]', `+39333000${String(index).padStart(4, '0')}`);
    await clickAndWaitForNavigation(page, 'form[action="/login/phone"] button[type="submit"]');
    problems = [];
    if (pathOf(page.url()) !== path) problems.push(`ended on ${pathOf(page.url())} instead of ${path}`);
    problems.push(...(await checkLoadedPage(page, lang)));
  } catch (e) {
    problems = [`error: ${errMsg(e)}`];
  }
  report(lang, path, null, problems);
}

async function clickAndWaitForNavigation(page, selector) {
  const loc = page.locator(selector).first();
  const nav = page.waitForNavigation({ waitUntil: 'load' });
  if (await loc.isVisible()) {
    await loc.click({ noWaitAfter: true });
  } else {
    // e.g. inside a collapsed menu: a DOM click still submits the form with
    // this button as submitter.
    await loc.evaluate((el) => el.click());
  }
  await nav;
}

async function newContext(browser) {
  const context = await browser.newContext({
    viewport: DESKTOP,
    bypassCSP: true, // so axe-core can be injected under a strict CSP
    ignoreHTTPSErrors: true,
  });
  context.setDefaultTimeout(TIMEOUT_MS);
  context.setDefaultNavigationTimeout(TIMEOUT_MS);
  return context;
}

async function signIn(page, base, lang, account) {
  await page.goto(`${base}/login?lang=${encodeURIComponent(lang)}`, { waitUntil: 'load' });
  await page.fill(SEL.loginUser, account);
  await page.fill(SEL.loginPassword, PASSWORD);
  await clickAndWaitForNavigation(page, SEL.loginSubmit);
  const after = pathOf(page.url());
  if (after !== AFTER_LOGIN_PATH) {
    const msg = await page
      .evaluate(() => {
        const el = document.querySelector('[role="alert"], .error, .flash, .alert');
        return el ? el.textContent.trim().replace(/\s+/g, ' ').slice(0, 120) : '';
      })
      .catch(() => '');
    throw new Error(`sign-in ended on ${after} instead of ${AFTER_LOGIN_PATH}${msg ? ` ("${msg}")` : ''}`);
  }
  const current = await page.evaluate(() => document.documentElement.getAttribute('lang'));
  if (current !== lang) {
    const button = SEL.localeButton(lang);
    if ((await page.locator(button).count()) === 0) {
      throw new Error(`<html lang="${current}"> and no language switcher ${button} on ${after}`);
    }
    await clickAndWaitForNavigation(page, button);
  }
}

async function main() {
  const arg = process.argv[2];
  if (!arg || process.argv.length > 3 || !/^https?:\/\//.test(arg)) {
    console.error('usage: node ci/axe/check.mjs BASE_URL   (e.g. http://127.0.0.1:8080)');
    process.exit(2);
  }
  const base = arg.replace(/\/+$/, '');

  let browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 60_000,
    });
  } catch (e) {
    console.error(`cannot start chromium at ${CHROMIUM_PATH}: ${errMsg(e)}`);
    process.exit(2);
  }

  try {
    const probe = await newContext(browser);
    const probePage = await probe.newPage();
    await probePage.goto(`${base}/login`, { waitUntil: 'load' });
    const langs = await probePage.$$eval('button[name="locale"]', (bs) => bs.map((b) => b.value));
    await probe.close();
    if (langs.length < MIN_LANGUAGES) {
      report('*', '/login', null, [`the language switcher offers ${langs.length} languages: ${langs}`]);
    }

    // One job per language for the anonymous pages, one per language and account for the
    // signed-in ones, each in a fresh context (cookie jar), WORKERS at a time.
    const jobs = [];
    langs.forEach((lang, index) => {
      jobs.push({ lang, account: null, pages: ANONYMOUS_PAGES, index });
      for (const account of ACCOUNTS) {
        const pages = sampledPagesOf(account, index);
        if (pages.length > 0) jobs.push({ lang, account, pages });
      }
    });
    const run = async ({ lang, account, pages, index }) => {
      const context = await newContext(browser);
      const page = await context.newPage();
      try {
        if (!account) {
          for (const path of pages) {
            await checkPage(page, base, lang, path, `?lang=${encodeURIComponent(lang)}`, null);
          }
          await checkPhoneCodePage(page, base, lang, index);
          return;
        }
        try {
          await signIn(page, base, lang, account);
        } catch (e) {
          for (const path of pages) {
            report(lang, path, account, [`not checked: ${errMsg(e)}`]);
          }
          return;
        }
        for (const path of pages) {
          await checkPage(page, base, lang, path, '', account);
        }
      } finally {
        await context.close();
      }
    };
    const worker = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) await run(job);
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));

    const metrics = await (await fetch(`${base}/metrics`)).text();
    const errors = /^portineria_message_errors_total (\d+)/m.exec(metrics);
    report('*', '/metrics', null, errors && errors[1] === '0' ? [] : [
      `messages not formatted in the language asked for: ${errors ? errors[1] : 'metric missing'} (see the server log)`,
    ]);
    console.log(`checked ${langs.length} languages: ${langs.join(', ')}`);
  } finally {
    await browser.close().catch(() => {});
  }

  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(`check.mjs crashed: ${e && e.stack ? e.stack : e}`);
  process.exit(2);
});
