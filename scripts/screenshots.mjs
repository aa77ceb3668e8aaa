#!/usr/bin/env node
/**
 * `npm run screenshots`: builds the site and photographs every kind of page, at phone (390×844)
 * and desktop (1440×900) size, in light and dark, with search open too, into screenshots/ (not
 * committed), for a person to review. Full pages; the file name says page, size and scheme.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, launchBrowser, root, startServer } from './lib/bench-env.mjs';
import { freePort } from './lib/free-port.mjs';

const pages = {
  home: '/',
  report: '/articles/2024-10-15-putin-proposes-ratification/',
  paragraph: '/articles/2024-10-15-putin-proposes-ratification/#p-4',
  document: '/documents/russia-dprk-treaty/',
  provision: '/documents/russia-dprk-treaty/article-4/',
  fragment: '/documents/russia-dprk-treaty/article-5/',
  'draft-law': '/documents/draft-ratification-law/',
  timeline: '/timelines/russia-dprk-treaty-ratification/',
  search: '/search/?q=Article+4',
  'search-filtered': '/search/?speaker=Russian+Ministry+of+Foreign+Affairs',
  highlight: '/documents/russia-dprk-treaty/article-4/?highlight=article&highlight=4',
  'highlight-report': '/articles/2024-10-15-putin-proposes-ratification/?highlight=sovereignty#p-7',
  'search-typo': '/search/?q=sovreignty',
  'search-quoted': '/search/?q=hundred+years',
  unquoted: '/documents/russia-dprk-treaty/article-6/',
  about: '/about/',
  corrections: '/corrections/',
  404: '/no-such-page/',
};
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };
const out = join(root, 'screenshots');

const port = await freePort();
buildSite({ port });
const server = await startServer({ port });
const browser = await launchBrowser();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [size, viewport] of Object.entries(sizes)) {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({
      viewport,
      colorScheme,
      hasTouch: size === 'phone',
      isMobile: size === 'phone',
    });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`http://127.0.0.1:${port}${path}`);
      await page.waitForLoadState('networkidle');
      await page.screenshot({
        path: join(out, `${name}-${size}-${colorScheme}.png`),
        fullPage: name !== 'paragraph',
      });
    }
    await page.goto(`http://127.0.0.1:${port}${pages.provision}`);
    await page.keyboard.press('Control+k');
    await page.locator('dialog.search-dialog input').fill('Article 4');
    await page.locator('dialog.search-dialog [role="option"]').first().waitFor();
    await page.screenshot({ path: join(out, `search-dialog-${size}-${colorScheme}.png`) });
    await page.emulateMedia({ media: 'print' });
    for (const name of ['provision', 'report', 'timeline']) {
      await page.goto(`http://127.0.0.1:${port}${pages[name]}`);
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      await page.screenshot({ path: join(out, `print-${name}-${size}-${colorScheme}.png`), fullPage: true });
    }
    await context.close();
  }
}
await browser.close();
server.kill();
console.log(`Screenshots in ${out}`);
