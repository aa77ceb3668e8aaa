/**
 * A link to a source or to another site: an https:// address and nothing else. Never
 * `javascript:`, `data:`, a relative path, or `http:` (which a reader's browser would load
 * unencrypted, and the site's security policy upgrades or blocks). Its %-escapes must decode, as
 * a printed page spells the address out in its own letters.
 */
export function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    decodeURI(parsed.href);
    return parsed.protocol === 'https:' && parsed.hostname.includes('.') && url.trim() === url;
  } catch {
    return false;
  }
}
