#!/usr/bin/env node
/**
 * The first half of `npm run build:deploy`, the build a host runs. A local build without SITE_URL
 * only warns (its links point at localhost, right for `npm start`); a deploy stops here instead,
 * before anything is built, unless SITE_URL is the public https:// origin readers use: a site
 * whose canonical links, feed, sitemap and cards point at localhost or at an unencrypted address
 * is never published.
 */
import { ENVIRONMENT_PROBLEMS, SITE_URL } from '../src/lib/environment.ts';

const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$|\.localhost$/;

function refuse(message) {
  console.error(message);
  process.exit(1);
}

for (const problem of ENVIRONMENT_PROBLEMS) refuse(`${problem.message} Fix: ${problem.fix}`);
if (!SITE_URL) {
  refuse(
    'SITE_URL is not set, and a deployed site needs it for canonical links, the feed, the sitemap and social cards. Fix: set SITE_URL to the address readers use, e.g. SITE_URL=https://treaty.example.org (see "Deploying" in the README).',
  );
}
const { protocol, hostname } = new URL(SITE_URL);
if (LOCAL_HOST.test(hostname)) {
  refuse(
    `SITE_URL is "${SITE_URL}", an address on this computer only: every canonical link, card and feed entry would point readers there. Fix: set SITE_URL to the site's public address, e.g. SITE_URL=https://treaty.example.org (npm run build, without :deploy, builds for this computer).`,
  );
}
if (protocol !== 'https:') {
  refuse(
    `SITE_URL is "${SITE_URL}", which is not https://: readers' browsers would load the site and its copied links unencrypted. Fix: set SITE_URL=https://${hostname}.`,
  );
}
console.log(`Building for ${SITE_URL}`);
