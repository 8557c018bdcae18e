// Renders the app icons the web app manifest lists (192 and 512 px, and a maskable 512 px one
// with the mark inside the safe zone) from web/static/icon.svg, in Debian's chromium:
//   node ci/axe/make-icons.mjs
// The PNG files are committed; run this again only when the icon changes.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../../web/static/icon.svg', import.meta.url), 'utf8');
const mark = svg.replace(/<rect width="64" height="64" rx="12" fill="#1b4d7a"\/>/, '');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
const render = async (size, html, file) => {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0">${html}</body></html>`);
  await page.screenshot({ path: new URL(`../../web/static/${file}`, import.meta.url).pathname, omitBackground: true });
};
for (const size of [192, 512]) {
  await render(size, svg.replace('<svg ', `<svg width="${size}" height="${size}" `), `icon-${size}.png`);
}
// Maskable: the background fills the square; the house sits in the central 60 %.
await render(512, `<div style="width:512px;height:512px;background:#1b4d7a;display:flex;align-items:center;justify-content:center">${mark.replace('<svg ', '<svg width="308" height="308" ')}</div>`, 'icon-maskable-512.png');
await browser.close();
