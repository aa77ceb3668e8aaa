import css from '../styles/tokens.css?raw';

/**
 * The design tokens of src/styles/tokens.css (its first, light-scheme block) by name, for what is
 * drawn outside CSS: the social cards. One palette, declared once, for the site and its cards.
 */
function lightTokens(text: string): Record<string, string> {
  const block = /:root\s*{([^}]*)}/.exec(text)?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value?.trim()]),
  );
}

const tokens = lightTokens(css);

export function token(name: string): string {
  const value = tokens[name];
  if (value === undefined) throw new Error(`src/styles/tokens.css declares no --${name}`);
  return value;
}
