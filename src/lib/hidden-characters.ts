/**
 * Characters a reader cannot see that change what text says or how it reads: bidirectional
 * controls (which can show words in another order than they are stored) and zero-width
 * characters (which make two identical-looking words differ). Content has no use for them.
 */
const HIDDEN: Record<string, string> = {
  '\u061C': 'ARABIC LETTER MARK',
  '\u180E': 'MONGOLIAN VOWEL SEPARATOR',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2060': 'WORD JOINER',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
};
const PATTERN = new RegExp(
  Object.keys(HIDDEN)
    .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('|'),
);

/** The first hidden character in `text`, as "U+202E RIGHT-TO-LEFT OVERRIDE" with where it stands. */
export function hiddenCharacter(text: string): { name: string; after: string } | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const char = match[0];
  const code = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const before = text.slice(0, match.index).trim().split(/\s+/).slice(-3).join(' ');
  return { name: `U+${code} ${HIDDEN[char]}`, after: before };
}

/** The message and fix for a hidden character found in a field or a body. */
export function hiddenCharacterProblem(found: { name: string; after: string }) {
  return {
    message: `it holds an invisible character, ${found.name}${found.after ? `, after “${found.after}”` : ' at its start'}: it can change how the words read or make identical-looking words differ.`,
    fix: 'delete the character (retype the words around it if your editor does not show it).',
  };
}
