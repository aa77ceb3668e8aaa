/** What a built site publishes, read from its folder: for the build's checks, the scripts and the tests. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every HTML page of a built site as a site path: "/", "/documents/x/", "/404.html". */
export function builtPages(dir: string): string[] {
  return filesIn(dir)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => `/${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}`)
    .sort();
}

/** The URLs a built site promises to keep: its pages (not the 404 page), its JSON documents and its feed. */
export function publishedUrls(dir: string): string[] {
  const data = filesIn(dir)
    .filter((file) => (file.endsWith('.json') && !file.startsWith('pagefind/')) || file === 'rss.xml')
    .map((file) => `/${file}`);
  return [...builtPages(dir).filter((page) => page !== '/404.html'), ...data].sort();
}
