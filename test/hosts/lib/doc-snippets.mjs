// The fenced code blocks of the README and of every page under docs/, for the tests that hold them to
// the package: the manifest (manifest-usage.test.mjs) and the sample scripts (doc-snippets.test.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** README.md and every Markdown page under docs/, relative to the repository, sorted. */
export function docPages() {
  return [
    'README.md',
    ...readdirSync(join(REPO, 'docs'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.md'))
      .map((name) => join('docs', name).replaceAll('\\', '/'))
      .sort(),
  ];
}

/**
 * The fenced code blocks of a Markdown text, with the line each starts on and its language.
 * @param {string} markdown
 * @returns {Array<{ line: number, lang: string, code: string }>}
 */
export function codeBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)(`{3,})(\S*)/.exec(lines[i]);
    if (!open) continue;
    const body = [];
    let j = i + 1;
    while (j < lines.length && !lines[j].trimStart().startsWith(open[2])) body.push(lines[j++]);
    blocks.push({ line: i + 1, lang: open[3], code: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** Every code block of the README and docs/, each with the page it is on. */
export function docCodeBlocks() {
  return docPages().flatMap((page) =>
    codeBlocks(readFileSync(join(REPO, page), 'utf8')).map((block) => ({ page, ...block })),
  );
}
