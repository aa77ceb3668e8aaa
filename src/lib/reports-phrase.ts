/**
 * How the site names the reports that quote something, and the verb that follows: "the report
 * quotes" on a site of one report; "the report “Title” quotes" when there are several and one of
 * them does; "the 3 reports quote".
 */
export interface ReportsPhrase {
  /** "the report", "the report “Title”", "the 3 reports". */
  noun: string;
  /** The noun with a verb that agrees: with('quote') is "the 3 reports quote" or "the report quotes". */
  with(verb: 'quote' | 'say'): string;
}

export function reportsPhrase(
  quoting: readonly { data: { title: string } }[],
  onSite: number,
): ReportsPhrase {
  const [report] = quoting;
  const noun =
    quoting.length > 1
      ? `the ${quoting.length} reports`
      : onSite > 1 && report
        ? `the report “${report.data.title}”`
        : 'the report';
  return { noun, with: (verb) => `${noun} ${quoting.length > 1 ? verb : `${verb}s`}` };
}
