import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Which entries the build compiles as MDX, and why. A `.md` file is rendered once while the
 * content syncs and reused while it is unchanged; an `.mdx` file is compiled with the pages on
 * every build, which at thousands of entries is most of the bundle time. So an `.mdx` file should
 * be one that uses a component, and the build says which do and which need not.
 */
const FOLDERS = ['articles', 'documents', 'provisions', 'timelines'];
/** A component tag in MDX: a capitalised name after `<`. A heuristic for a report, not a check. */
const COMPONENT = /<([A-Z][A-Za-z0-9]*)[\s/>]/g;

export interface ContentFormats {
  markdown: number;
  /** Each .mdx file, relative to the content folder, with the components it uses. */
  mdx: { file: string; components: string[] }[];
}

export function contentFormats(contentDir: string): ContentFormats {
  const formats: ContentFormats = { markdown: 0, mdx: [] };
  for (const folder of FOLDERS) {
    let names: string[];
    try {
      names = readdirSync(join(contentDir, folder), { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const name of names) {
      if (name.endsWith('.md')) formats.markdown += 1;
      if (!name.endsWith('.mdx')) continue;
      const path = join(contentDir, folder, name);
      const components = new Set([...readFileSync(path, 'utf8').matchAll(COMPONENT)].map((m) => m[1] ?? ''));
      formats.mdx.push({
        file: relative(contentDir, path).replaceAll('\\', '/'),
        components: [...components],
      });
    }
  }
  return formats;
}

const listed = (items: string[], most = 8) =>
  items.length > most
    ? `${items.slice(0, most).join(', ')} and ${items.length - most} more`
    : items.join(', ');

/** What the build log says about the formats: one line, and one more if some .mdx need not be. */
export function describeFormats({ markdown, mdx }: ContentFormats): string[] {
  const needed = mdx.filter((f) => f.components.length > 0);
  const plain = mdx.filter((f) => f.components.length === 0);
  const lines = [
    `${mdx.length} entr${mdx.length === 1 ? 'y' : 'ies'} compiled as MDX` +
      (needed.length > 0
        ? `, for their components (${listed(needed.map((f) => `${f.file}: ${f.components.join(', ')}`))})`
        : '') +
      `; ${markdown} rendered from Markdown (.md) and reused while unchanged.`,
  ];
  if (plain.length > 0) {
    lines.push(
      `${plain.length} .mdx file${plain.length === 1 ? ' uses' : 's use'} no component and could be .md, which builds faster: ${listed(plain.map((f) => f.file))}.`,
    );
  }
  return lines;
}
