/**
 * The two builds the browser tests run against, each served on its own port. The site URL of each
 * build is its test server, so canonical links, cards and copied permalinks resolve in the tests.
 */
const rootPort = Number(process.env.E2E_ROOT_PORT || 4411);
const subPort = Number(process.env.E2E_SUB_PORT || 4412);

export const e2eSites = [
  { name: 'root', dir: 'dist', base: '/', port: rootPort, siteUrl: `http://127.0.0.1:${rootPort}` },
  {
    name: 'subpath',
    dir: 'dist-subpath',
    base: '/treaty/',
    port: subPort,
    siteUrl: `http://127.0.0.1:${subPort}`,
  },
];
