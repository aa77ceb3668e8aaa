import { check, LinkState } from 'linkinator';

/**
 * Every link of a served site, followed from its home page with linkinator as a reader (or a
 * crawler) would: each page, file and fragment must answer. Links elsewhere (other sites, or this
 * origin outside the base path) are not followed.
 */
export async function checkSiteLinks(home: string): Promise<{ reached: string[]; broken: string[] }> {
  // "#p-6:~:text=…" names the element p-6; the rest is a text fragment for the browser, which
  // linkinator would look for as an id. Those are checked below, by their element.
  const textFragments: { url: string; fragment: string }[] = [];
  const result = await check({
    path: home,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    linksToSkip: async (link) => !link.startsWith(home),
    fragmentsToSkip: async (fragment, url) => {
      if (!fragment.includes(':~:')) return false;
      textFragments.push({ url, fragment });
      return true;
    },
  });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.parent ?? '(start)'} → ${link.url} (${link.status ?? 'no answer'})`);
  for (const { url, fragment } of textFragments) {
    const element = decodeURIComponent(fragment.split(':~:')[0]!);
    const page = await fetch(url).then((response) => response.text());
    if (element && !page.includes(` id="${element}"`))
      broken.push(`${url.split('#')[0]}#${fragment} (no #${element})`);
  }
  const reached = new Set(
    result.links
      .filter((link) => link.state === LinkState.OK)
      .map((link) => new URL(link.url).pathname)
      .filter((path) => path.endsWith('/') || path.endsWith('.html')),
  );
  return { reached: [...reached].sort(), broken };
}
