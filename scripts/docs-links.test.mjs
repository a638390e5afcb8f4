// The README and docs/ describe the repository from inside it: every relative link and every path
// written in backticks that leaves the repository, or names a file that is not there, fails.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'), { recursive: true })
    .filter((name) => String(name).endsWith('.md'))
    .map((name) => join('docs', String(name))),
];

/** Relative targets of Markdown links and images, and backticked paths that climb out (`../…`). */
function targets(text) {
  const found = [];
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:|^#|^\/\//i.test(target)) continue;
    found.push(target.split('#')[0]);
  }
  for (const [, path] of text.matchAll(/`(\.\.\/[^`\s]+)`/g)) found.push(path);
  return found.filter(Boolean);
}

test('the README and docs/ link only to files inside the repository that exist', () => {
  assert.ok(
    existsSync(join(root, 'docs', 'architecture.md')),
    'docs/architecture.md describes the architecture',
  );
  const problems = [];
  for (const document of documents) {
    const text = readFileSync(join(root, document), 'utf8');
    for (const target of targets(text)) {
      const absolute = resolve(root, dirname(document), target);
      const inside = !relative(root, absolute).startsWith('..');
      if (!inside) problems.push(`${document}: ${target} is outside the repository`);
      else if (!existsSync(absolute)) problems.push(`${document}: ${target} does not exist`);
    }
  }
  assert.deepEqual(problems, []);
});
