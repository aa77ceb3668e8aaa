/**
 * The content folder's files, checked before Astro reads any of them: a symbolic link (which
 * would publish a file from elsewhere, and is never followed here, nor its target named), a file
 * too large to be content (which would stall the build for minutes), and front matter that is not
 * plain YAML (TOML, or YAML anchors and aliases, which can expand a kilobyte into gigabytes). Every
 * problem is listed at once, with its file, line and fix.
 */
import { lstatSync, openSync, readdirSync, readSync, closeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isAlias, isNode, parseDocument, visit } from 'yaml';
import type { Problem } from '../lib/problems.ts';

/** A report of 150,000 words fits in 1 MB; anything larger is not a content file. */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

function readStart(file: string, bytes: number): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Front matter that only plain YAML reads the same way everywhere, and fast. */
function frontMatterProblems(text: string, file: string): Problem[] {
  if (/^\uFEFF?\s*\+\+\+/.test(text)) {
    return [
      {
        file,
        line: 1,
        field: 'front matter',
        message: 'the front matter is TOML (between +++ lines); content front matter is YAML.',
        fix: 'write it as YAML between --- lines, as in README.md.',
      },
    ];
  }
  const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  // Anchors (&) and aliases (*) are the only YAML that repeats other YAML; most front matter has neither.
  if (block === undefined || !/[&*]/.test(block)) return [];
  const problems: Problem[] = [];
  const document = parseDocument(block, { prettyErrors: false });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 1 : block.slice(0, offset).split('\n').length + 1;
  visit(document, (_key, node) => {
    if (!isNode(node) || !(isAlias(node) || node.anchor)) return;
    problems.push({
      file,
      line: lineOf(node.range?.[0]),
      field: 'front matter',
      message: `it uses a YAML ${isAlias(node) ? 'alias (*name)' : 'anchor (&name)'}, which repeats other YAML: one line can grow into gigabytes, and a reader of the file cannot see what a field holds.`,
      fix: 'write every value out in full.',
    });
  });
  return problems;
}

/** Every problem of the files in `contentDir`, before any of them is read as content. */
export function contentFolderProblems(contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const name = (path: string) => relative(process.cwd(), path) || path;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        problems.push({
          file: name(path),
          field: 'file',
          message:
            'it is a symbolic link; the build reads only real files in the content folder, and never follows a link out of it.',
          fix: 'replace the link with the file itself (copy it into the content folder), or delete the link.',
        });
      } else if (entry.isDirectory()) {
        walk(path);
      } else if (entry.isFile()) {
        const size = lstatSync(path).size;
        if (size > MAX_CONTENT_FILE_BYTES) {
          problems.push({
            file: name(path),
            field: 'file',
            message: `it is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_CONTENT_FILE_BYTES / 1024 / 1024} MB a content file may have; it was not read.`,
            fix: 'check that this is the file you meant; a report, a document or a provision is text of a few kilobytes.',
          });
        } else if (/\.mdx?$/.test(entry.name)) {
          problems.push(...frontMatterProblems(readStart(path, size), name(path)));
        }
      }
    }
  };
  walk(contentDir);
  return problems;
}
