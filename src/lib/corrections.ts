import { isoDate } from './dates';
import type { Correction } from './schemas';

/**
 * The anchor of a correction on its page, from its day: "correction-2024-12-05" (and "-2", "-3"
 * for a second and third on one day, in the order the page lists them). The feed links each
 * correction here, so the link of each is its own.
 */
export function correctionAnchor(correction: Correction & { index?: number }): string {
  const n = correction.index ?? 1;
  return `correction-${isoDate(correction.date)}${n > 1 ? `-${n}` : ''}`;
}

/** Numbers the corrections of one page that share a day, in the order given. */
export function numbered<T extends Correction>(corrections: T[]): (T & { index: number })[] {
  const seen = new Map<string, number>();
  return corrections.map((c) => {
    const day = isoDate(c.date);
    const index = (seen.get(day) ?? 0) + 1;
    seen.set(day, index);
    return { ...c, index };
  });
}
