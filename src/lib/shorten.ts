/**
 * Cuts text at a word boundary so it fits `max` characters, ending with an ellipsis. A quotation
 * the cut leaves open is closed after the ellipsis, so a cut quotation still reads as a quotation.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 2);
  const lastSpace = cut.lastIndexOf(' ');
  const kept = `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
  const open = (kept.match(/“/g) ?? []).length > (kept.match(/”/g) ?? []).length;
  return open ? `${kept}”` : kept;
}
