/**
 * The environment variables that shape a build, each read and checked here once. astro.config.mjs
 * hands them to Astro, and everything inside the build reads Astro's resolved config or
 * `import.meta.env`; only tools outside Astro (the local server, the scripts) import this module
 * themselves. A value that cannot be right is not used: it is named in `ENVIRONMENT_PROBLEMS`,
 * which the build reports before it writes anything.
 */
const env = (name: string): string | undefined => process.env[name]?.trim() || undefined;

/** Each variable whose value was refused, with what is wrong and the fix. */
export const ENVIRONMENT_PROBLEMS: { variable: string; message: string; fix: string }[] = [];

/** A site's origin: a scheme and a host, nothing after them. */
function origin(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (
      /^https?:$/.test(url.protocol) &&
      url.pathname === '/' &&
      !url.search &&
      !url.hash &&
      !url.username &&
      !url.password
    )
      return url.origin;
  } catch {
    // reported below
  }
  ENVIRONMENT_PROBLEMS.push({
    variable: name,
    message: `${name} is "${value}", which is not a site's origin.`,
    fix: `set it to the scheme and host only, e.g. ${name}=https://treaty.example.org (a sub-path goes in BASE_PATH=/treaty/).`,
  });
  return undefined;
}

/**
 * The public origin, e.g. https://treaty.example.org; unset, the build warns (src/integrations).
 * On Netlify it defaults to the site's main address, which Netlify gives every build as URL.
 */
export const SITE_URL = origin(
  'SITE_URL',
  env('SITE_URL') ?? (process.env['NETLIFY'] === 'true' ? env('URL') : undefined),
);

/** A path segment a URL, an HTML attribute and an nginx directive all take as it is. */
const SEGMENT = /^[A-Za-z0-9_~-]+(?:\.[A-Za-z0-9_~-]+)*$/;

/** The sub-path the site lives under, "/" or e.g. "/treaty/", however many slashes it was given. */
export const BASE_PATH = (() => {
  const given = env('BASE_PATH') ?? '';
  const segments = given.split('/').filter(Boolean);
  if (segments.every((segment) => SEGMENT.test(segment))) return `/${segments.join('/')}/`.replace('//', '/');
  ENVIRONMENT_PROBLEMS.push({
    variable: 'BASE_PATH',
    message: `BASE_PATH is "${given}": a sub-path is made of letters, digits, "-", "_", "~" and inner dots, between slashes.`,
    fix: 'set it to the path the site lives under, e.g. BASE_PATH=/treaty/ (or leave it unset for the domain root).',
  });
  return '/';
})();

/**
 * Where readers report an error (the About page links it): an https:// page, such as the site's
 * issue tracker, or a mailto: address. Unset, the About page says that this copy names none.
 */
export const REPORT_ERRORS_URL = (() => {
  const value = env('REPORT_ERRORS_URL');
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (
      (url.protocol === 'https:' && url.hostname) ||
      (url.protocol === 'mailto:' && url.pathname.includes('@'))
    )
      return url.href;
  } catch {
    // reported below
  }
  ENVIRONMENT_PROBLEMS.push({
    variable: 'REPORT_ERRORS_URL',
    message: `REPORT_ERRORS_URL is "${value}", which is neither an https:// address nor a mailto: address.`,
    fix: 'set it to the page where readers report errors (e.g. https://github.com/owner/repo/issues) or to mailto:corrections@example.org.',
  });
  return undefined;
})();

/** The folder the finished site is written to (checked by src/integrations/output-folder.ts). */
export const OUT_DIR = env('OUT_DIR') ?? 'dist';

/** The content folder: src/content, or another corpus for tests and benchmarks. */
export const CONTENT_DIR = (env('CONTENT_DIR') ?? './src/content').replace(/\/+$/, '');

/** Astro caches loaded content; another corpus keeps its cache beside it. */
export const CACHE_DIR = env('CONTENT_DIR') ? `${CONTENT_DIR}.astro-cache` : undefined;

/** Social cards are cached between builds unless CARD_CACHE=off (the tests draw every card). */
export const CARD_CACHE = {
  enabled: env('CARD_CACHE') !== 'off',
  dir: env('CARD_CACHE_DIR') ?? 'node_modules/.cache/social-cards',
};
