import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { nginxConfig } from '../../scripts/lib/nginx-config';
import { headersFile } from '../../src/integrations/hosting';
import { CARD_CACHE, OUT_DIR } from '../../src/lib/environment';

/**
 * The deploy files in the repository, read by the parsers their hosts use (YAML for GitHub
 * Actions, TOML for Netlify and Cloudflare) and checked against the project's own commands and
 * folders, so a renamed script or output folder cannot leave them pointing at nothing.
 */
const root = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(resolve(root, file), 'utf8');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
const DEPLOY_BUILD = 'npm run build:deploy';

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

describe('the GitHub Pages workflow', () => {
  const workflow = parseYaml(read('.github/workflows/deploy-pages.yml')) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const action = (name: string) => steps.find((step) => step.uses?.startsWith(`actions/${name}@`));

  test('should test, then build with the deploy command, the Pages address and base path, after a clean install', () => {
    expect(workflow.jobs['test']!.steps.map((step) => step.run).filter(Boolean)).toEqual([
      'npm ci',
      'npm test',
    ]);
    expect(workflow.jobs['build']!.needs).toBe('test');
    expect(workflow.jobs['deploy']!.needs).toBe('build');
    const commands = workflow.jobs['build']!.steps.map((step) => step.run).filter(Boolean);
    expect(commands).toEqual(['npm ci', DEPLOY_BUILD]);
    const build = steps.find((step) => step.run === DEPLOY_BUILD)!;
    const pages = action('configure-pages')!;
    expect(build.env).toEqual({
      SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}/`,
      REPORT_ERRORS_URL: '${{ github.server_url }}/${{ github.repository }}/issues',
    });
  });

  test('should publish the output folder with the official Pages actions', () => {
    expect(action('upload-pages-artifact')?.with?.['path']).toBe(OUT_DIR);
    expect(action('deploy-pages')).toBeDefined();
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(workflow.on.push.branches).toEqual(['main']);
  });

  test('should keep the build caches, restored after npm ci empties node_modules', () => {
    const cache = action('cache')!;
    const paths = cache.with!['path']!.trim().split('\n');
    expect(paths).toEqual(['node_modules/.astro', CARD_CACHE.dir]);
    expect(steps.indexOf(cache)).toBeGreaterThan(steps.findIndex((step) => step.run === 'npm ci'));
  });
});

describe('the Node.js every host runs', () => {
  test('should be the version the project pins, named in one file every host reads', () => {
    const pinned = (JSON.parse(read('package.json')) as { dependencies: Record<string, string> })
      .dependencies['node'];
    expect(read('.node-version').trim()).toBe(pinned);
    const workflow = parseYaml(read('.github/workflows/deploy-pages.yml')) as Workflow;
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps.filter((s) => s.uses?.startsWith('actions/setup-node@')))
        expect(step.with).toMatchObject({ 'node-version-file': '.node-version' });
    }
    // Netlify and Cloudflare read .node-version themselves: neither file names another version.
    expect(read('netlify.toml')).not.toMatch(/NODE_VERSION\s*=/);
    expect(read('wrangler.toml')).not.toMatch(/NODE_VERSION\s*=/);
  });
});

describe('Netlify and Cloudflare Pages', () => {
  test('should build with the deploy command and publish the output folder on Netlify', () => {
    const netlify = parseToml(read('netlify.toml')) as { build: { command: string; publish: string } };
    expect(netlify.build).toMatchObject({ command: DEPLOY_BUILD, publish: OUT_DIR });
  });

  test('should publish the output folder on Cloudflare Pages', () => {
    const wrangler = parseToml(read('wrangler.toml')) as { pages_build_output_dir: string };
    expect(wrangler.pages_build_output_dir).toBe(OUT_DIR);
  });

  test('should write _headers rules every host reads: one splat per path, each under the base path', () => {
    const rules = headersFile('/treaty/')
      .split('\n')
      .filter((line) => line && !line.startsWith(' '));
    expect(rules.length).toBeGreaterThan(5);
    for (const rule of rules) {
      expect(rule.startsWith('/treaty/'), rule).toBe(true);
      expect(rule.split('*').length - 1, rule).toBeLessThanOrEqual(1);
    }
    // Provision JSON and its schema are public data: any site's script may read them.
    expect(headersFile('/')).toContain('/documents/*.json\n  Access-Control-Allow-Origin: *');
    expect(headersFile('/')).toContain('/schemas/*\n  Access-Control-Allow-Origin: *');
  });

  test('should repeat the security headers in every nginx location, which does not inherit them', () => {
    const config = nginxConfig('/treaty/');
    const locations = config.split(/\n {2}location /).slice(1);
    expect(locations.length).toBeGreaterThanOrEqual(3);
    for (const location of locations) {
      expect(location, location.split('\n')[0]).toContain('add_header Content-Security-Policy');
      expect(location, location.split('\n')[0]).toContain('add_header Cache-Control');
    }
    expect(config.split('{').length).toBe(config.split('}').length);
    expect(config).toContain('location ~ ^/treaty/(documents/.+\\.json|schemas/.+)$');
  });

  test('should print a complete server block: listen, server name, root, 404 page, gzip for feed and sitemap', () => {
    const config = nginxConfig('/treaty.v2/', { root: '/srv/www', serverName: 'example.org' });
    expect(config).toMatch(
      /^server \{\n {2}listen 80;\n {2}listen \[::\]:80;\n {2}server_name example\.org;\n {2}root \/srv\/www;/,
    );
    expect(config).toContain('error_page 404 /treaty.v2/404.html;');
    expect(config).toMatch(/gzip_types [^;]*application\/rss\+xml[^;]*;/);
    expect(config).toMatch(/gzip_types [^;]*text\/xml[^;]*;/);
    // A dot in the base path is matched literally by the regex location.
    expect(config).toContain('location ~ ^/treaty\\.v2/(documents');
  });

  test('should refuse a base path or web root that would inject nginx directives', () => {
    const run = (env: Record<string, string>, webRoot = '/var/www') =>
      spawnSync(process.execPath, ['scripts/nginx-conf.mjs', webRoot], {
        cwd: root,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
    const base = run({ BASE_PATH: '/x;} server { listen 81;' });
    expect(base.status).toBe(1);
    expect(base.stderr).toContain('BASE_PATH is "/x;} server { listen 81;"');
    const webRoot = run({}, '/var/www; include /etc/passwd');
    expect(webRoot.status).toBe(1);
    expect(webRoot.stderr).toContain('must be an absolute path without spaces, quotes, semicolons');
    const good = run({ BASE_PATH: 'treaty', SITE_URL: 'https://example.org' }, '/srv/www');
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain('server_name example.org;');
    expect(good.stdout).toContain('location /treaty/ {');
  });
});

describe('the deploy build', () => {
  const check = (env: Record<string, string>) => {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !['SITE_URL', 'NETLIFY', 'URL'].includes(name)),
    );
    return spawnSync(process.execPath, ['scripts/require-site-url.mjs'], {
      cwd: root,
      env: { ...clean, ...env },
      encoding: 'utf8',
    });
  };

  test('should be the address check, then the build', () => {
    expect(scripts['build:deploy']).toBe(`node scripts/require-site-url.mjs && ${scripts['build']}`);
  });

  test('should stop without SITE_URL, saying what to set', () => {
    const run = check({});
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SITE_URL is not set');
    expect(run.stderr).toContain('Fix: set SITE_URL');
  });

  test('should stop for an address that is not an origin, pointing a sub-path at BASE_PATH', () => {
    for (const url of ['treaty.example.org', 'https://example.org/treaty/', 'ftp://example.org']) {
      const run = check({ SITE_URL: url });
      expect(run.status, url).toBe(1);
      expect(run.stderr, url).toContain('BASE_PATH');
    }
  });

  test('should stop for an address on this computer, or one that is not https://', () => {
    for (const url of [
      'http://localhost:4321',
      'https://127.0.0.1',
      'http://[::1]:8080',
      'https://site.localhost',
    ]) {
      const run = check({ SITE_URL: url });
      expect(run.status, url).toBe(1);
      expect(run.stderr, url).toContain('an address on this computer only');
    }
    const http = check({ SITE_URL: 'http://treaty.example.org' });
    expect(http.status).toBe(1);
    expect(http.stderr).toContain('which is not https://');
    expect(http.stderr).toContain('Fix: set SITE_URL=https://treaty.example.org');
  });

  test('should go on with an origin, or with Netlify’s own address on Netlify', () => {
    expect(check({ SITE_URL: 'https://treaty.example.org' }).status).toBe(0);
    const netlify = check({ NETLIFY: 'true', URL: 'https://treaty.netlify.app' });
    expect(netlify.status).toBe(0);
    expect(netlify.stdout).toContain('Building for https://treaty.netlify.app');
  });
});
