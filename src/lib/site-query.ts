import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { problems as fileProblems, manifest, redirects } from 'virtual:site-pipeline/files';
import { parseArticleBody } from './article-body';
import type { ContentInput } from './entries';
import { buildSiteModel, type SiteModel } from './model';
import { allPageMeta } from './page-meta';
import { cardPath } from './permalinks';
import { ContentError } from './problems';
import { validateContent } from './validate';

/**
 * The one place that queries the content collections. It validates the whole corpus once and
 * fails the build with every problem listed; pages only ever see the linked, valid site model.
 */

/** Lines before the body in the file, so problems point at the line an editor sees. */
function bodyLineOffset(filePath: string, body: string): number {
  const raw = readFileSync(filePath, 'utf8');
  const at = raw.indexOf(body.slice(0, 200));
  return at < 0 ? 0 : raw.slice(0, at).split('\n').length - 1;
}

async function load() {
  const [articles, documents, provisions, speakers] = await Promise.all([
    getCollection('articles'),
    getCollection('documents'),
    getCollection('provisions'),
    getCollection('speakers'),
  ]);
  const file = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;
  const input: ContentInput = {
    articles: articles.map((a) => ({
      id: a.id,
      filePath: file(a),
      data: a.data,
      ...parseArticleBody(a.body ?? '', a.filePath ? bodyLineOffset(a.filePath, a.body ?? '') : 0),
    })),
    documents: documents.map((d) => ({ id: d.id, filePath: file(d), data: d.data })),
    provisions: provisions.map((p) => ({ id: p.id, filePath: file(p), data: p.data })),
    speakers: speakers.map((s) => ({ id: s.id, filePath: file(s), data: s.data })),
    redirects,
    ...(manifest.urls ? { published: { file: manifest.file, urls: manifest.urls } } : {}),
  };
  const problems = [...fileProblems, ...validateContent(input)];
  if (problems.length > 0) throw new ContentError(problems);
  return {
    site: buildSiteModel(input),
    entries: {
      articles: new Map(articles.map((e) => [e.id, e])),
      documents: new Map(documents.map((e) => [e.id, e])),
      provisions: new Map(provisions.map((e) => [e.id, e])),
    },
  };
}

let loaded: ReturnType<typeof load> | undefined;
const content = () => (loaded ??= load());

export async function getSite(): Promise<SiteModel> {
  return (await content()).site;
}

function entryOf<C extends 'articles' | 'documents' | 'provisions'>(
  map: Map<string, CollectionEntry<C>>,
  id: string,
): CollectionEntry<C> {
  const entry = map.get(id);
  if (!entry) throw new Error(`No entry "${id}"`);
  return entry;
}

export async function getArticlePaths() {
  const { site, entries } = await content();
  return site.articles.map((article) => ({
    params: { article: article.id },
    props: { article, entry: entryOf(entries.articles, article.id) },
  }));
}

export async function getDocumentPaths() {
  const { site, entries } = await content();
  return site.documents.map((document) => ({
    params: { document: document.id },
    props: { document, entry: entryOf(entries.documents, document.id) },
  }));
}

export async function getProvisionPaths() {
  const { site, entries } = await content();
  return site.provisions.map((provision) => ({
    params: { document: provision.document.id, provision: provision.slug },
    props: { provision, entry: entryOf(entries.provisions, provision.id) },
  }));
}

export async function getCardPaths() {
  const site = await getSite();
  return allPageMeta(site).map((meta) => ({
    params: { card: cardPath(meta.path).slice('/og/'.length, -'.png'.length) },
    props: { card: meta.card },
  }));
}

export async function getProvisionJsonPaths() {
  const site = await getSite();
  return site.provisions.map((provision) => ({
    params: { document: provision.document.id, provision: provision.slug },
    props: { provision },
  }));
}
