/** A problem in the content or its configuration: where it is, which field, what is wrong, and the fix. */
export interface Problem {
  file: string;
  line?: number;
  field: string;
  message: string;
  fix: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}\n  field: ${p.field}\n  problem: ${p.message}\n  fix: ${p.fix}`;
}

/** Every problem found, listed at once, so an editor fixes them in one round. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n\n` +
        problems.map(formatProblem).join('\n\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The problems say where to look; a stack trace into the build would only bury them.
    this.stack = '';
  }

  /**
   * Astro prints a hint about browser APIs for any error whose text mentions "document" or
   * "window", as content problems often do ("the document …"); the name alone avoids that noise.
   */
  override toString(): string {
    return this.name;
  }
}
