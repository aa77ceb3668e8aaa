import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { codeDigest, contentDir, publicDir } from 'virtual:site/config';
import { checkContent, type Collections } from './entry-checks';
import { buildSiteModel, type SiteModel } from './model';
import { pageKeys } from './page-keys';
import { ContentError } from './problems';

/**
 * The one place that reads the content collections: it checks them (entry-checks.ts), fails with
 * every problem listed, and gives the pages only the linked, valid site model. A build reads the
 * content once; the dev server reads it again whenever it changed since the last request, so a
 * rename, a delete or a quick second save is never served stale.
 */

async function readSources() {
  const [articles, documents, provisions, timelines, speakers, documentKinds] = await Promise.all([
    getCollection('articles'),
    getCollection('documents'),
    getCollection('provisions'),
    getCollection('timelines'),
    getCollection('speakers'),
    getCollection('documentKinds'),
  ]);
  const collections = { articles, documents, provisions, timelines, speakers, documentKinds };
  const text = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  // What the content is: every entry's digest and the JSON files' text.
  const key = [
    ...Object.entries(collections).flatMap(([name, list]) =>
      list.map((e) => `${name}/${e.id}:${String(e.digest ?? e.filePath ?? '')}`),
    ),
    text(join(contentDir, 'redirects.json')),
    text(join(contentDir, 'permalinks.json')),
  ].join('\n');
  return { collections, key };
}

const byId = <C extends CollectionKey>(list: CollectionEntry<C>[]) => new Map(list.map((e) => [e.id, e]));

function load(collections: Awaited<ReturnType<typeof readSources>>['collections']) {
  const { input, problems, redirects } = checkContent(collections as unknown as Collections, {
    contentDir,
    publicDir,
  });
  if (problems.length > 0) throw new ContentError(problems);
  const site = buildSiteModel(input);
  const digests = new Map(
    Object.entries(collections).flatMap(([collection, list]) =>
      list.map((e): [string, string | undefined] => [
        `${collection}/${e.id}`,
        e.digest === undefined ? undefined : String(e.digest),
      ]),
    ),
  );
  return {
    site,
    redirects,
    keys: pageKeys(site, digests, codeDigest),
    /** The collection entries, for `render()`. */
    entries: {
      articles: byId(collections.articles),
      documents: byId(collections.documents),
      provisions: byId(collections.provisions),
      timelines: byId(collections.timelines),
    },
  };
}

export type SiteContent = ReturnType<typeof load>;
let loaded: { key: string; value: SiteContent } | undefined;

export async function siteContent(): Promise<SiteContent> {
  if (loaded && !import.meta.env.DEV) return loaded.value;
  const { collections, key } = await readSources();
  if (loaded?.key !== key) loaded = { key, value: load(collections) };
  return loaded.value;
}

export async function getSite(): Promise<SiteModel> {
  return (await siteContent()).site;
}
