#!/usr/bin/env node
/**
 * Prints a complete nginx `server` block for the site: the same security and cache headers as
 * `_headers`, the 404 page and gzip, for the site under BASE_PATH, named after SITE_URL.
 *   BASE_PATH=/treaty/ SITE_URL=https://example.org npm run --silent nginx-conf -- /var/www
 * The web root is the folder that holds BASE_PATH (the site itself is copied to <root>/treaty/).
 */
import { isAbsolute } from 'node:path';
import { nginxConfig } from './lib/nginx-config.ts';
import { BASE_PATH, ENVIRONMENT_PROBLEMS, SITE_URL } from '../src/lib/environment.ts';

function refuse(message) {
  console.error(message);
  process.exit(1);
}

for (const problem of ENVIRONMENT_PROBLEMS) refuse(`${problem.message} Fix: ${problem.fix}`);
const root = process.argv[2] ?? '/var/www';
// A path nginx reads as one word: no spaces, quotes, semicolons or braces that would end the directive.
if (!isAbsolute(root) || /[\s"';{}$\\]/.test(root)) {
  refuse(
    `The web root "${root}" must be an absolute path without spaces, quotes, semicolons, braces or "$".`,
  );
}
const serverName = SITE_URL ? new URL(SITE_URL).hostname : '_';
console.log(nginxConfig(BASE_PATH, { root, serverName }));
