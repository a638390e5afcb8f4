// The README and docs/ describe the repository from inside it: every link is relative and names a
// file (and heading) that is there, no path written in backticks climbs out of the repository, every
// page under docs/ can be reached from the README, and every embedding recipe names the host page
// under test/hosts/ that proves it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'), { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name)),
];
const read = (document) => readFileSync(join(root, document), 'utf8');

/** Markdown outside fenced code blocks (a link in a code sample is code, not a link). */
const prose = (text) => text.replace(/^(\s*)(`{3,})[^\n]*\n[\s\S]*?^\s*\2\s*$/gm, '');

/** Targets of Markdown links and images: `[text](target)`. */
const links = (text) => [...prose(text).matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target);

/** Relative targets of links and images, and backticked paths that climb out (`../…`). */
function targets(text) {
  const found = [];
  for (const target of links(text)) {
    if (/^[a-z][a-z0-9+.-]*:|^#|^\/\//i.test(target)) continue;
    found.push(target.split('#')[0]);
  }
  for (const [, path] of text.matchAll(/`(\.\.\/[^`\s]+)`/g)) found.push(path);
  return found.filter(Boolean);
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchorsOf = (document) =>
  new Set([...prose(read(document)).matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) => slug(heading)));

test('the README and docs/ link only to files inside the repository that exist', () => {
  assert.ok(
    existsSync(join(root, 'docs', 'architecture.md')),
    'docs/architecture.md describes the architecture',
  );
  const problems = [];
  for (const document of documents) {
    const text = read(document);
    for (const target of targets(text)) {
      const absolute = resolve(root, dirname(document), target);
      const inside = !relative(root, absolute).startsWith('..');
      if (!inside) problems.push(`${document}: ${target} is outside the repository`);
      else if (!existsSync(absolute)) problems.push(`${document}: ${target} does not exist`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the README and docs/ link nowhere outside the repository', () => {
  const problems = [];
  for (const document of documents)
    for (const target of links(read(document)))
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(target)) problems.push(`${document}: ${target}`);
  assert.deepEqual(problems, []);
});

test('links to a heading of a page name a heading that is there', () => {
  const problems = [];
  for (const document of documents)
    for (const target of links(read(document))) {
      const [path, anchor] = target.split('#');
      if (!anchor || /^[a-z][a-z0-9+.-]*:/i.test(path)) continue;
      const page = path ? relative(root, resolve(root, dirname(document), path)) : document;
      if (!page.endsWith('.md') || !existsSync(join(root, page))) continue;
      if (!anchorsOf(page).has(anchor)) problems.push(`${document}: ${target} (no such heading)`);
    }
  assert.deepEqual(problems, []);
});

test('every page under docs/ can be reached from the README', () => {
  const reached = new Set(['README.md']);
  const queue = ['README.md'];
  while (queue.length) {
    const document = queue.shift();
    for (const target of targets(read(document))) {
      let page = relative(root, resolve(root, dirname(document), target));
      if (existsSync(join(root, page)) && statSync(join(root, page)).isDirectory())
        page = join(page, 'README.md');
      if (page.endsWith('.md') && documents.includes(page) && !reached.has(page)) {
        reached.add(page);
        queue.push(page);
      }
    }
  }
  assert.deepEqual(
    documents.filter((document) => !reached.has(document)),
    [],
    'link these pages from the README or from a page it links',
  );
});

test('every embedding recipe names the host page under test/hosts/ that proves it', () => {
  const recipes = documents.filter(
    (document) => dirname(document) === join('docs', 'embedding') && !document.endsWith('README.md'),
  );
  for (const name of ['plain', 'react', 'vue', 'angular', 'csp', 'closed-roots', 'two-copies', 'iframe'])
    assert.ok(recipes.includes(join('docs', 'embedding', `${name}.md`)), `docs/embedding/${name}.md`);
  for (const recipe of recipes) {
    const hosts = links(read(recipe))
      .map((target) => relative(root, resolve(root, dirname(recipe), target)))
      .filter(
        (path) => /^test[\\/]hosts[\\/][\w-]+[\\/]?$/.test(path) && statSync(join(root, path)).isDirectory(),
      );
    assert.ok(hosts.length > 0, `${recipe} links no host page folder under test/hosts/`);
  }
});
