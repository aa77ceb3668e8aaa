import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The README is how a stranger runs this project: the commands it gives must be the project's
 * commands, and the Node.js it names the one the project pins.
 */
const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const scripts = Object.keys(pkg.scripts as Record<string, string>);

describe('the README', () => {
  test('should name only commands the project has', () => {
    const named = [...readme.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((name) => !scripts.includes(name!))).toEqual([]);
  });

  test('should list every command in its table', () => {
    const table = readme.slice(readme.indexOf('## Commands'), readme.indexOf('## Project structure'));
    const missing = scripts.filter((name) => {
      const command = ['start', 'test'].includes(name) ? `npm ${name}` : `npm run ${name}`;
      return !table.includes(`\`${command}`) && !table.includes(`/ \`${command}`);
    });
    expect(missing).toEqual([]);
  });

  test('should name the pinned Node.js', () => {
    expect(readme).toContain(`pins Node ${pkg.dependencies.node}`);
  });
});
