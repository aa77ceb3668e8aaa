import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** What src/lib/environment.ts makes of a variable, read in a fresh process as a build would. */
function read(env: Record<string, string>) {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const m = await import('./src/lib/environment.ts'); console.log(JSON.stringify({ url: m.REPORT_ERRORS_URL ?? null, problems: m.ENVIRONMENT_PROBLEMS }));",
    ],
    { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' },
  );
  return JSON.parse(run.stdout) as { url: string | null; problems: { variable: string; message: string }[] };
}

describe('REPORT_ERRORS_URL', () => {
  test('should take an https:// page or a mailto: address', () => {
    expect(read({ REPORT_ERRORS_URL: 'https://github.com/owner/repo/issues' }).url).toBe(
      'https://github.com/owner/repo/issues',
    );
    expect(read({ REPORT_ERRORS_URL: 'mailto:corrections@example.org' }).url).toBe(
      'mailto:corrections@example.org',
    );
  });

  test('should refuse anything else, naming it, rather than link it from the About page', () => {
    for (const value of ['javascript:alert(1)', 'http://example.org/issues', 'data:text/html,x', 'issues']) {
      const { url, problems } = read({ REPORT_ERRORS_URL: value });
      expect(url, value).toBeNull();
      expect(
        problems.map((p) => p.variable),
        value,
      ).toContain('REPORT_ERRORS_URL');
    }
  });
});
