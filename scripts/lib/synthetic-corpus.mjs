/**
 * A deterministic synthetic corpus for the scale benchmark: `provisionCount` provisions spread over
 * documents of 1,000 provisions each, and one article for every ten provisions, each quoting its
 * ten word for word in paragraphs of news-length text, with statements by three speakers.
 * `crowded`: every report also quotes the first provision (a page that gathers them all).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixedUrls } from '../../src/integrations/published-urls.ts';
import { writeManifest } from '../../src/lib/permalink-contract.ts';

const WORDS = (
  'agreement parties cooperation security defence treaty article assistance measures state federation ' +
  'republic ratification council ministry foreign affairs statement region peace stability relations ' +
  'obligation protocol signature annex provision consultation threat response partnership development ' +
  'economic trade energy transport science culture education exchange mechanism commission'
).split(' ');

/** A small seeded generator (mulberry32), so the same size always gives the same corpus. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeCorpus(dir, provisionCount, { seed = 42, crowded = false } = {}) {
  const next = random(seed);
  const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  const sentence = (n) => {
    const text = words(n);
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['articles', 'documents', 'provisions'])
    mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'redirects.json'), '{}\n');
  writeFileSync(join(dir, 'document-kinds.json'), JSON.stringify([{ id: 'treaty', name: 'Treaty' }]));
  // A new site, as `npm run permalinks -- --init` starts it: only the URLs every build publishes.
  writeManifest(join(dir, 'permalinks.json'), fixedUrls(resolve(import.meta.dirname, '../../public')));
  writeFileSync(
    join(dir, 'speakers.json'),
    JSON.stringify([
      { id: 'minister', name: 'The minister', kind: 'person' },
      { id: 'ministry', name: 'The ministry', kind: 'organization' },
      { id: 'spokesperson', name: 'The spokesperson', kind: 'person' },
    ]),
  );

  const documentCount = Math.max(1, Math.ceil(provisionCount / 1000));
  for (let d = 1; d <= documentCount; d += 1) {
    mkdirSync(join(dir, 'provisions', `treaty-${d}`), { recursive: true });
    writeFileSync(
      join(dir, 'documents', `treaty-${d}.md`),
      `---\ntitle: Synthetic treaty number ${d} on ${words(4)}\nshortTitle: Treaty ${d}\nkind: treaty\nparties:\n  - Party A\n  - Party B\nsigned:\n  place: Capital\n  date: 2024-06-19\norder: ${d}\n---\n\n${sentence(60)}\n`,
    );
  }

  const provisions = [];
  for (let i = 0; i < provisionCount; i += 1) {
    const document = `treaty-${(i % documentCount) + 1}`;
    const number = Math.floor(i / documentCount) + 1;
    const quote = `${words(12 + Math.floor(next() * 25))}.`;
    const id = `${document}/article-${number}`;
    provisions.push({ id, number, quote });
    writeFileSync(
      join(dir, 'provisions', document, `article-${number}.md`),
      `---\ndocument: ${document}\nlabel: Article ${number}\ntitle: ${sentence(6).slice(0, -1)}\nquote: "${quote}"\norder: ${number}\n---\n\n${sentence(70)}\n`,
    );
  }

  const speakers = ['minister', 'ministry', 'spokesperson'];
  for (let a = 0; a < Math.ceil(provisionCount / 10); a += 1) {
    // Crowded: every report also quotes the first provision, whose page then lists them all.
    const quoted = [...(crowded && a > 0 ? [provisions[0]] : []), ...provisions.slice(a * 10, a * 10 + 10)];
    const paragraphs = [sentence(50)];
    for (const p of quoted) {
      paragraphs.push(
        `${sentence(25)} Article ${p.number} says that the parties <ProvisionQuote provision="${p.id}">${p.quote}</ProvisionQuote> ${sentence(15)}`,
      );
      if (next() < 0.3) {
        const speaker = speakers[Math.floor(next() * speakers.length)];
        paragraphs.push(
          `${sentence(20)} It was called <Statement speaker="${speaker}" about="${p.id}">${words(5)}</Statement> by officials.`,
        );
      }
    }
    const day = String((a % 28) + 1).padStart(2, '0');
    writeFileSync(
      join(dir, 'articles', `2024-10-${day}-report-${a + 1}.mdx`),
      `---\ntitle: Report ${a + 1} on ${words(5)}\nstandfirst: ${sentence(12)}\ndate: 2024-10-${day}\n---\n\n${paragraphs.join('\n\n')}\n`,
    );
  }
  return { documents: documentCount, provisions: provisionCount, articles: Math.ceil(provisionCount / 10) };
}
