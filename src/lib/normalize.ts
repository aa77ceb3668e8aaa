/**
 * Text as compared for "word for word": the source rules allow typography to be normalised
 * (straight or curly quotes and apostrophes) and nothing else, so only those and runs of white
 * space are folded.
 */
export function normalizeWords(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
