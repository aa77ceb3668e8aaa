/** "the report" or "the 3 reports": the site's wording follows how many reports there are. */
export function theReports(count: number): string {
  return count > 1 ? `the ${count} reports` : 'the report';
}
