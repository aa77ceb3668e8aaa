#!/usr/bin/env node
/** Prints nginx configuration with the site's security and caching headers: node scripts/nginx-conf.mjs [/base/] [root] */
import { nginxConfig } from './lib/headers.mjs';

console.log(nginxConfig(process.argv[2] || process.env.BASE_PATH || '/', process.argv[3]));
