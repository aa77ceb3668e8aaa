import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { z } from 'astro/zod';
import { problems as fileProblems, manifest, redirects, staticUrls } from 'virtual:site-pipeline/files';
import { parseArticleBody } from './article-body';
import { contextSources } from './context-sources';
import type { ContentInput, Entry } from './entries';
import { CONTENT_DIR } from './environment';
import { checkData } from './front-matter';
import { buildSiteModel, type SiteModel } from './model';
import { allPageMeta } from './page-meta';
import { cardKey, pageKeys } from './page-keys';
import { codeKey, drawCardsAhead } from './social-card';
import { SITE_TITLE } from './site-identity';
import { cardPath } from './permalinks';
import { ContentError, type Problem } from './problems';
import {
  articleSchema,
  documentKindSchema,
  documentSchema,
  provisionSchema,
  speakerSchema,
  timelineSchema,
} from './schemas';
import { validateContent } from './validate';

/**
 * The one place that queries the content collections. It checks every entry against its schema
 * and the whole corpus against the cross-file rules, fails the build with every problem listed,
 * and gives pages only the linked, valid site model.
 */

/** Lines before the body in the file, so problems point at the line an editor sees. */
function bodyLineOffset(raw: string, body: string): number {
  const at = raw.indexOf(body.slice(0, 200));
  return at < 0 ? 0 : raw.slice(0, at).split('\n').length - 1;
}

/** Every file in the collections' folders, as the content checks need it (entries.ts). */
function contentFiles(): NonNullable<ContentInput['files']> {
  return ['articles', 'documents', 'provisions', 'timelines'].flatMap((folder) =>
    // A site may have no timelines (or, while it starts, no other folder yet): nothing to list.
    (existsSync(join(CONTENT_DIR, folder))
      ? readdirSync(join(CONTENT_DIR, folder), { recursive: true, withFileTypes: true })
      : []
    )
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const absolute = join(entry.parentPath, entry.name);
        return {
          folder,
          path: relative(join(CONTENT_DIR, folder), absolute).replaceAll('\\', '/'),
          filePath: relative(process.cwd(), absolute),
        };
      }),
  );
}

type AnyEntry = { id: string; filePath?: string | undefined; body?: string | undefined; data: unknown };

/**
 * Checks each entry of a collection against its schema. Entries that fit become plain entries
 * (with the line their body starts on); the ids of those that do not are kept, so the cross-file
 * rules do not also report them missing.
 */
function checkCollection<S extends z.ZodType>(
  entries: AnyEntry[],
  schema: S,
  problems: Problem[],
  unreadable: Set<string>,
): { entry: Entry<z.infer<S>>; body: string; lineOffset: number }[] {
  const raws = new Map<string, string>();
  const rawOf = (path: string) => {
    const raw = raws.get(path) ?? readFileSync(path, 'utf8');
    raws.set(path, raw);
    return raw;
  };
  return entries.flatMap((source) => {
    const filePath = source.filePath ?? source.id;
    const raw = source.filePath ? rawOf(source.filePath) : '';
    const where = { filePath, raw, ...(filePath.endsWith('.json') ? { id: source.id } : {}) };
    const checked = checkData(schema, source.data, where);
    if (!checked.data) {
      problems.push(...checked.problems);
      unreadable.add(source.id);
      return [];
    }
    const body = source.body ?? '';
    const lineOffset = body ? bodyLineOffset(raw, body) : 0;
    const sources = body ? { contextSources: contextSources(body, lineOffset) } : {};
    return [{ entry: { id: source.id, filePath, data: checked.data, ...sources }, body, lineOffset }];
  });
}

async function load() {
  const [articles, documents, provisions, timelines, speakers, kinds] = await Promise.all([
    getCollection('articles'),
    getCollection('documents'),
    getCollection('provisions'),
    getCollection('timelines'),
    getCollection('speakers'),
    getCollection('documentKinds'),
  ]);
  const problems: Problem[] = [...fileProblems];
  const unreadable = new Set<string>();
  const check = <S extends z.ZodType>(list: AnyEntry[], schema: S) =>
    checkCollection(list, schema, problems, unreadable);
  const entriesOf = <D>(checked: { entry: Entry<D> }[]) => checked.map((c) => c.entry);
  const input: ContentInput = {
    articles: check(articles, articleSchema).map(({ entry, body, lineOffset }) => ({
      ...entry,
      ...parseArticleBody(body, lineOffset),
    })),
    documents: entriesOf(check(documents, documentSchema)),
    provisions: entriesOf(check(provisions, provisionSchema)),
    timelines: entriesOf(check(timelines, timelineSchema)),
    speakers: entriesOf(check(speakers, speakerSchema)),
    documentKinds: entriesOf(check(kinds, documentKindSchema)),
    redirects,
    files: contentFiles(),
    unreadable,
    ...(manifest.urls ? { published: { file: manifest.file, urls: manifest.urls, staticUrls } } : {}),
  };
  problems.push(...validateContent(input));
  if (problems.length > 0) throw new ContentError(problems);
  const byId = <C extends CollectionKey>(list: CollectionEntry<C>[]) => new Map(list.map((e) => [e.id, e]));
  const site = buildSiteModel(input);
  const digests = new Map(
    Object.entries({ articles, documents, provisions, timelines, speakers, documentKinds: kinds }).flatMap(
      ([collection, list]) =>
        list.map((e): [string, string | undefined] => [
          `${collection}/${e.id}`,
          e.digest === undefined ? undefined : String(e.digest),
        ]),
    ),
  );
  return {
    site,
    keys: pageKeys(site, digests),
    entries: {
      articles: byId(articles),
      documents: byId(documents),
      provisions: byId(provisions),
      timelines: byId(timelines),
    },
  };
}

let loaded: ReturnType<typeof load> | undefined;
const content = () => (loaded ??= load());

export async function getSite(): Promise<SiteModel> {
  return (await content()).site;
}

function entryOf<C extends CollectionKey>(
  map: Map<string, CollectionEntry<C>>,
  id: string,
): CollectionEntry<C> {
  const entry = map.get(id);
  if (!entry) throw new Error(`No entry "${id}"`);
  return entry;
}

/** A page's cacheKey, where it has one (see page-keys.ts). */
const cached = (key: string | undefined) => (key ? { cacheKey: key } : {});

export async function getArticlePaths() {
  const { site, entries, keys } = await content();
  return site.articles.map((article) => ({
    params: { article: article.id },
    props: { article, entry: entryOf(entries.articles, article.id) },
    ...cached(keys.article(article)),
  }));
}

export async function getDocumentPaths() {
  const { site, entries, keys } = await content();
  return site.documents.map((document) => ({
    params: { document: document.id },
    props: { document, entry: entryOf(entries.documents, document.id) },
    ...cached(keys.document(document)),
  }));
}

export async function getProvisionPaths() {
  const { site, entries, keys } = await content();
  return site.provisions.map((provision) => ({
    params: { document: provision.document.id, provision: provision.slug },
    props: { provision, entry: entryOf(entries.provisions, provision.id) },
    ...cached(keys.provision(provision)),
  }));
}

export async function getTimelinePaths() {
  const { site, entries } = await content();
  return site.timelines.map((timeline) => ({
    params: { timeline: timeline.id },
    props: { timeline, entry: entryOf(entries.timelines, timeline.id) },
  }));
}

export async function getCardPaths() {
  const site = await getSite();
  const paths = allPageMeta(site).map((meta) => {
    const props = { card: meta.card, page: meta.path };
    return {
      params: { card: cardPath(meta.path).slice('/og/'.length, -'.png'.length) },
      props,
      cacheKey: cardKey(props, codeKey),
    };
  });
  // A build asks for every card; `astro dev` draws the one a request asks for.
  if (!import.meta.env.DEV)
    drawCardsAhead(
      paths.map((path) => path.props),
      SITE_TITLE,
    );
  return paths;
}

export async function getProvisionJsonPaths() {
  const { site, keys } = await content();
  return site.provisions.map((provision) => ({
    params: { document: provision.document.id, provision: provision.slug },
    props: { provision },
    ...cached(keys.provision(provision)),
  }));
}
