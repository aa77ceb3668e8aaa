/**
 * How the site names the reports that quote something: "the report" on a site of one report;
 * "the report “Title”" when there are several and one of them quotes it; "the 3 reports".
 */
export function theReports(quoting: readonly { data: { title: string } }[], onSite: number): string {
  if (quoting.length > 1) return `the ${quoting.length} reports`;
  const [report] = quoting;
  return onSite > 1 && report ? `the report “${report.data.title}”` : 'the report';
}
