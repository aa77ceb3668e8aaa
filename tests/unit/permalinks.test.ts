import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  articlePath,
  cardPath,
  FEED_PATH,
  provisionJsonPath,
  SITEMAP_PATH,
  documentPath,
  HOME_PATH,
  href,
  paragraphPath,
  provisionPath,
  provisionSlug,
  SEARCH_PATH,
  withBase,
} from '../../src/lib/permalinks';

describe('permalinks', () => {
  test('should build the documented URL for each kind of page', () => {
    expect(articlePath('2024-01-01-pact-signed')).toBe('/articles/2024-01-01-pact-signed/');
    expect(documentPath('pact')).toBe('/documents/pact/');
    expect(provisionPath('pact', 'pact/article-4')).toBe('/documents/pact/article-4/');
    expect(paragraphPath('a', 'p-3')).toBe('/articles/a/#p-3');
    expect(SEARCH_PATH).toBe('/search/');
  });

  test('should use the last path segment of a provision id as its slug', () => {
    expect(provisionSlug('pact/article-4')).toBe('article-4');
    expect(provisionSlug('nested/folder/article-9')).toBe('article-9');
    expect(provisionSlug('article-1')).toBe('article-1');
  });

  test('should prefix paths with a sub-path base, with or without its trailing slash', () => {
    expect(withBase('/documents/x/', '/treaty/')).toBe('/treaty/documents/x/');
    expect(withBase('/documents/x/', '/treaty')).toBe('/treaty/documents/x/');
    expect(withBase('/', '/treaty/')).toBe('/treaty/');
    expect(withBase('/search/', '/')).toBe('/search/');
  });

  test('should refuse a relative path, which would resolve differently on every page', () => {
    expect(() => withBase('documents/x/', '/')).toThrow(/starting with "\/"/);
  });

  test('should give links from the root when the site lives at the domain root', () => {
    // Vitest runs with Astro's default base, "/"; the sub-path build is checked in the browser tests.
    expect(href('/documents/x/')).toBe('/documents/x/');
    expect(href(HOME_PATH)).toBe('/');
  });
});

const url = (path: string) => absoluteUrl(path, 'https://treaty.example.org', '/treaty/');

describe('absolute URLs and derived paths', () => {
  test('should join the site URL, the base path and the page path', () => {
    expect(url('/documents/x/')).toBe('https://treaty.example.org/treaty/documents/x/');
    expect(absoluteUrl('/', 'https://example.org', '/')).toBe('https://example.org/');
    expect(() => absoluteUrl('/', undefined, '/')).toThrow(/SITE_URL/);
  });

  test('should name a card, JSON document, feed and sitemap for each page', () => {
    expect(cardPath('/')).toBe('/og/index.png');
    expect(cardPath('/documents/x/article-4/')).toBe('/og/documents/x/article-4.png');
    expect(cardPath('/404.html')).toBe('/og/404.png');
    expect(provisionJsonPath('x', 'x/article-4')).toBe('/documents/x/article-4.json');
    expect(FEED_PATH).toBe('/rss.xml');
    expect(SITEMAP_PATH).toBe('/sitemap-index.xml');
  });
});
