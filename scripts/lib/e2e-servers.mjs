/**
 * The two builds the browser tests run against. Each is served on its own port, and built with
 * that server as its SITE_URL, so canonical links,
 * cards and copied permalinks resolve in the tests. `npm test` picks free ports and passes them
 * in E2E_PORTS; `npm run test:e2e` alone reads them back from the builds (their robots.txt).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** The origin a built site was built for, from the sitemap line of its robots.txt. */
function builtFor(dir) {
  try {
    const robots = readFileSync(resolve(root, dir, 'robots.txt'), 'utf8');
    return new URL(/^Sitemap: (\S+)/m.exec(robots)[1]).origin;
  } catch {
    throw new Error(`No site in ${dir}/: run npm test, which builds it (or build it with OUT_DIR=${dir}).`);
  }
}

/**
 * The seed content at the domain root, and a second corpus that shares nothing with it (other
 * reports, documents, kinds and wording; a long document, no timeline, a moved page) under a
 * sub-path: every browser test runs on both, so a test that only holds for the seed fails.
 */
const sites = [
  { name: 'seed', dir: 'dist', base: '/', contentDir: 'src/content' },
  { name: 'corpus', dir: 'dist-corpus', base: '/corpus/', contentDir: 'tests/corpus' },
];

/** With `ports`, the sites as they are about to be built; without, as they were built. */
export function e2eSites(ports = process.env.E2E_PORTS?.split(',').map(Number)) {
  return sites.map((site, i) => {
    const siteUrl = ports ? `http://127.0.0.1:${ports[i]}` : builtFor(site.dir);
    return { ...site, siteUrl, port: Number(new URL(siteUrl).port) };
  });
}
