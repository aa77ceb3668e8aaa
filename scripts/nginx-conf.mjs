#!/usr/bin/env node
/** Prints nginx configuration with the site's security and caching headers: node scripts/nginx-conf.mjs [web root] */
import { nginxConfig } from '../src/integrations/hosting.ts';
import { BASE_PATH } from '../src/lib/environment.ts';

console.log(nginxConfig(BASE_PATH, process.argv[2]));
