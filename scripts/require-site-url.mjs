#!/usr/bin/env node
/**
 * The first half of `npm run build:deploy`, the build a host runs. A local build without SITE_URL
 * only warns (its links point at localhost, right for `npm start`); a deploy stops here instead,
 * before anything is built, so a site with every canonical link, the feed, the sitemap and the
 * cards pointing at localhost is never published.
 */
import { SITE_URL } from '../src/lib/environment.ts';

const valid = (() => {
  try {
    const url = new URL(SITE_URL ?? '');
    return /^https?:$/.test(url.protocol) && url.pathname === '/' && !url.search && !url.hash;
  } catch {
    return false;
  }
})();

if (!valid) {
  console.error(
    SITE_URL
      ? `SITE_URL is "${SITE_URL}", which is not a site's origin. Fix: set it to the scheme and host only, e.g. SITE_URL=https://treaty.example.org (a sub-path goes in BASE_PATH=/treaty/).`
      : 'SITE_URL is not set, and a deployed site needs it for canonical links, the feed, the sitemap and social cards. Fix: set SITE_URL to the address readers use, e.g. SITE_URL=https://treaty.example.org (see "Deploying" in the README).',
  );
  process.exit(1);
}
console.log(`Building for ${SITE_URL}`);
