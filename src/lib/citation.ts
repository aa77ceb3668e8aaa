import { isoDate, longDate } from './dates';
import { SITE_TITLE } from './site-identity';

/** What a citation needs to know about a page. */
export interface Citable {
  title: string;
  url: string;
  /** The date the source gives, for an article; none for a provision. */
  published?: Date | undefined;
  /** For a provision: the document it belongs to. */
  container?: string | undefined;
}

/** The access date as shown (“27 November 2026”) and as ISO (“2026-11-27”). */
export interface AccessDate {
  long: string;
  iso: string;
}

export const accessDate = (date: Date): AccessDate => ({ long: longDate(date), iso: isoDate(date) });

/** A plain-text citation: no author, because the source names none. */
export function citationText(page: Citable, accessed: AccessDate): string {
  const parts = [`“${page.title}”`];
  if (page.container) parts.push(`in ${page.container}`);
  const published = page.published ? ` (${longDate(page.published)})` : '';
  return `${parts.join(', ')}${published}. ${SITE_TITLE}. ${page.url} (accessed ${accessed.long}).`;
}

const bibEscape = (text: string) => text.replace(/([{}%&$#_])/g, '\\$1').replace(/[“”]/g, '"');

/** A stable BibTeX key from the URL's last path segment. */
export function bibtexKey(url: string): string {
  const segment = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? 'home';
  return segment.replace(/[^a-z0-9]+/gi, '-');
}

export function citationBibtex(page: Citable, accessed: AccessDate): string {
  const fields: [string, string][] = [
    ['title', `{${bibEscape(page.title)}}`],
    ...(page.container ? ([['booktitle', `{${bibEscape(page.container)}}`]] as [string, string][]) : []),
    ['organization', `{${bibEscape(SITE_TITLE)}}`],
    ...(page.published ? ([['date', `{${isoDate(page.published)}}`]] as [string, string][]) : []),
    ['url', `{${page.url}}`],
    ['urldate', `{${accessed.iso}}`],
  ];
  return `@online{${bibtexKey(page.url)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}
