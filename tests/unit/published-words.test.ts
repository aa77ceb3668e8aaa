import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { auditPublishedWords, readSourceWords } from '../../src/integrations/published-words';

/**
 * The last check before publishing, on pages written by hand: a small content folder, and built
 * pages that each publish one word that is not the source's.
 */
const work = mkdtempSync(join(tmpdir(), 'published-words-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

const content = join(work, 'content');
write(
  join(content, 'provisions/pact/article-1.mdx'),
  '---\ndocument: pact\nlabel: Article 1\ntitle: Cooperation\nquote: "The parties shall cooperate,"\norder: 1\n---\n\nBody.\n',
);
write(
  join(content, 'speakers.json'),
  JSON.stringify([{ id: 'minister', name: 'A minister', kind: 'person' }]),
);
write(
  join(content, 'articles/2024-01-01-pact.mdx'),
  '---\ntitle: Pact signed\nstandfirst: A pact was signed\ndate: 2024-01-01\n---\n\n<ProvisionQuote provision="pact/article-1">The parties shall cooperate,</ProvisionQuote> it reads. A minister called it <Statement speaker="minister" about="pact">a good pact</Statement>.\n',
);
const words = readSourceWords(content);

const QUOTE =
  '<q class="provision-quote" data-provision="pact/article-1">“The parties shall cooperate,”</q><span class="quote-tail"><a class="quote-label" href="/documents/pact/article-1/" data-label-of="pact/article-1" data-pagefind-ignore>Art. 1 →</a></span>';
const LINKED_QUOTE =
  '<q class="provision-quote" data-provision="pact/article-1">“<a href="/documents/pact/article-1/">The parties shall cooperate,</a>”</q>';
const SAID = '<q class="statement" data-speaker="minister">“a good pact”</q>';
const PARAGRAPH = `<p id="p-1"><a href="#p-1" data-copy-link>1</a>${QUOTE}<a data-copy-link href="#q"></a> it reads. A minister called it ${SAID}.</p>`;
const page = (body: string, jsonLd: unknown[] = []) =>
  `<!doctype html><html><head>${jsonLd.map((d) => `<script type="application/ld+json">${JSON.stringify(d)}</script>`).join('')}</head><body>${body}</body></html>`;

/** A built site of one article page and `extra` files, audited. */
function audit(extra: Record<string, string>, article = page(`<h1>Pact signed</h1>${PARAGRAPH}`)) {
  const out = mkdtempSync(join(work, 'dist-'));
  write(join(out, 'articles/2024-01-01-pact/index.html'), article);
  for (const [file, text] of Object.entries(extra)) write(join(out, file), text);
  return auditPublishedWords(out, '/', words).map((p) => `${p.field}: ${p.message}`);
}

describe('the published words', () => {
  test('should pass a site that publishes its sources’ words', () => {
    expect(
      audit({
        'documents/pact/article-1/index.html': page(
          `<figure><blockquote><p><span data-provision="pact/article-1">The parties shall cooperate,</span></p></blockquote></figure><p data-paragraph="2024-01-01-pact#p-1">${QUOTE} it reads. A minister called it ${SAID}.</p>`,
          [
            {
              '@type': 'Quotation',
              text: 'The parties shall cooperate,',
              isBasedOn: { '@type': 'Legislation', '@id': 'https://x.org/documents/pact/article-1/' },
            },
            { '@type': 'Quotation', text: 'a good pact', creator: { '@type': 'Person', name: 'A minister' } },
          ],
        ),
        'documents/pact/article-1.json': JSON.stringify({
          quote: 'The parties shall cooperate,',
          statements: [
            { speaker: 'A minister', kind: 'quotation', words: 'a good pact', url: 'https://x.org/' },
          ],
        }),
        'rss.xml':
          '<rss><channel><item><title>Pact signed</title><description>A pact was signed</description></item></channel></rss>',
      }),
    ).toEqual([]);
  });

  test('should refuse a provision’s words changed on a page', () => {
    expect(
      audit({
        'x/index.html': page('<span data-provision="pact/article-1">The parties may cooperate,</span>'),
      }),
    ).toEqual([
      expect.stringMatching(/publishes “The parties may cooperate,” as the words of pact\/article-1/),
    ]);
  });

  test('should refuse words in quotation marks that no check compared', () => {
    expect(audit({ 'x/index.html': page('<q>either party may annex</q>') })).toEqual([
      expect.stringMatching(/^<q>: shows “either party may annex” in quotation marks/),
    ]);
  });

  test('should refuse a quotation inside another, and a speaker who is not known', () => {
    const problems = audit({
      'x/index.html': page(
        `<q class="statement" data-speaker="minister">“a good pact ${QUOTE}”</q> <q class="statement" data-speaker="undefined">“x”</q>`,
      ),
    });
    expect(problems).toContainEqual(expect.stringMatching(/stands inside another quotation/));
    expect(problems).toContainEqual(
      expect.stringMatching(/speaker "undefined", who is not in speakers.json/),
    );
  });

  test('should refuse a quotation linked anywhere but its provision', () => {
    expect(
      audit({
        'x/index.html': page(LINKED_QUOTE.replace('/documents/pact/article-1/', 'https://evil.example/')),
      }),
    ).toEqual([expect.stringMatching(/links the words of pact\/article-1 to https:\/\/evil.example\//)]);
  });

  test('should refuse a quotation’s label that leads elsewhere or follows another quotation', () => {
    expect(
      audit({ 'x/index.html': page(QUOTE.replace('/documents/pact/article-1/', 'https://evil.example/')) }),
    ).toEqual([expect.stringMatching(/^quotation label: links the label of pact\/article-1 to https:/)]);
    expect(
      audit({
        'x/index.html': page(
          QUOTE.replace('data-label-of="pact/article-1"', 'data-label-of="pact/article-2"'),
        ),
      }),
    ).toEqual([
      expect.stringMatching(/labels a quotation as pact\/article-2, but the quotation before it is not/),
    ]);
  });

  test('should refuse a report page whose paragraph or headline is not the report’s', () => {
    expect(audit({}, page(`<h1>Pact signed</h1>${PARAGRAPH.replace('it reads', 'it says')}`))).toEqual([
      expect.stringMatching(/^paragraph p-1: reads .*it says/),
    ]);
    expect(audit({}, page(`<h1>Pact torn up</h1>${PARAGRAPH}`))).toEqual([
      expect.stringMatching(/^headline/),
    ]);
  });

  test('should refuse JSON-LD, JSON and feed copies that differ from the source', () => {
    const problems = audit({
      'y/index.html': page('', [
        { '@type': 'Quotation', text: 'a bad pact', creator: { name: 'A minister' } },
      ]),
      'documents/pact/article-1.json': JSON.stringify({ quote: 'The parties may cooperate,' }),
      'rss.xml': '<rss><channel><item><title>Pact torn up</title></item></channel></rss>',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^JSON-LD Quotation: attributes “a bad pact” to A minister/),
      expect.stringMatching(/^quote: publishes “The parties may cooperate,”/),
      expect.stringMatching(/^item title: the feed lists “Pact torn up”/),
    ]);
  });
});
