/** The parts of untyped consumer libraries the tests use. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(kind: 'bibliography', options: { format: 'text'; template: string; lang?: string }): string;
  }
  export const plugins: {
    config: { get(name: '@csl'): { styles: { add(name: string, style: unknown): void } } };
  };
}

/** The Chicago author-date CSL style, in citeproc-js's parsed form. */
declare module 'style-chicago' {
  const style: object;
  export default style;
}
