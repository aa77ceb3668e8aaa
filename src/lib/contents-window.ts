import type { ProvisionModel } from './model';

/** A document's contents are listed whole beside a provision up to this many provisions. */
export const WHOLE_CONTENTS = 40;
/** Past that, the provisions listed on either side of the current one. */
const AROUND = 7;

/**
 * The provisions a provision page lists beside it: every one of its document's when there are
 * few; otherwise those around it, so a page of a long document stays small, and an edit to one
 * provision changes only its neighbours' pages (see page-keys.ts).
 */
export function contentsAround(provision: ProvisionModel): { shown: ProvisionModel[]; whole: boolean } {
  const all = provision.document.provisions;
  if (all.length <= WHOLE_CONTENTS) return { shown: all, whole: true };
  const at = all.indexOf(provision);
  const start = Math.max(0, Math.min(at - AROUND, all.length - 2 * AROUND - 1));
  return { shown: all.slice(start, start + 2 * AROUND + 1), whole: false };
}
