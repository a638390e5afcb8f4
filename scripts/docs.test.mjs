// The README is a landing page a newcomer reads in a minute, and the generated parts of docs/ follow
// the sources: these tests hold the README to its size and contents, and check that
// scripts/docs-api.mjs notices a new, changed or removed element (the check that the committed pages
// are in sync is in package-contract.test.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { COMPONENTS_DIR, expectedDocs, manifestElements, readTokens, staleDocs } from './docs-api.mjs';

const README_LIMIT = 8_000;
const readme = readFileSync('README.md', 'utf8');

test(`the README is at most ${README_LIMIT} bytes`, () => {
  const size = Buffer.byteLength(readme, 'utf8');
  assert.ok(size <= README_LIMIT, `README.md is ${size} bytes; move detail into docs/`);
});

test('the README shows the screenshot, the two commands and an embed of at most 10 lines', () => {
  assert.match(readme, /!\[[^\]]+\]\(docs\/demo\.png\)/);
  assert.ok(readme.includes('```sh\nnpm install && npm start\n```'));
  assert.ok(readme.includes('```sh\nnpm install && npm test\n```'));
  const embed = /```html\n([\s\S]*?)\n```/.exec(readme.slice(readme.indexOf('## Embed')));
  assert.ok(embed, 'an html block under "## Embed"');
  assert.match(embed[1], /<cx-agent-session\b/);
  assert.ok(embed[1].split('\n').length <= 10, `the embed is ${embed[1].split('\n').length} lines`);
});

test('the README links every widget page, every recipe and every topic page', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const widgets = manifestElements(manifest)
    .map(({ declaration }) => declaration.tagName)
    .filter((tag) => readme.includes(`<${tag}>`));
  assert.ok(widgets.length >= 5, 'the README names the widgets');
  for (const tag of widgets) assert.ok(readme.includes(`(${COMPONENTS_DIR}/${tag}.md)`), tag);
  for (const page of [
    'docs/embedding/README.md',
    'docs/embedding/plain.md',
    'docs/embedding/react.md',
    'docs/embedding/vue.md',
    'docs/embedding/angular.md',
    'docs/embedding/csp.md',
    'docs/embedding/closed-roots.md',
    'docs/embedding/two-copies.md',
    'docs/embedding/iframe.md',
    'docs/components/README.md',
    'docs/theming.md',
    'docs/localization.md',
    'docs/architecture.md',
  ])
    assert.ok(readme.includes(`(${page})`), page);
});

/** The committed manifest with a change applied to a copy. */
const manifestWith = (change) => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  change(manifest);
  return manifest;
};

test('docs-api: a new element gets a page with a stub usage section and its API', () => {
  const manifest = manifestWith((m) =>
    m.modules.push({
      kind: 'javascript-module',
      path: 'src/components/test-dial/test-dial.component.ts',
      declarations: [
        {
          kind: 'class',
          name: 'CxTestDial',
          tagName: 'cx-test-dial',
          customElement: true,
          summary: 'A dial that exists only in this test.',
          members: [{ kind: 'field', name: 'value', type: { text: 'number' }, description: 'The rating.' }],
          cssParts: [{ name: 'option', description: 'One option.' }],
          cssProperties: [{ name: '--cx-test-dial-gap', description: 'Gap.' }],
          slots: [{ name: 'label', description: 'The label.' }],
        },
      ],
    }),
  );
  const page = expectedDocs({ manifest }).find((p) => p.file === `${COMPONENTS_DIR}/cx-test-dial.md`);
  assert.ok(page, 'a page for the new element');
  assert.equal(page.current, undefined);
  assert.match(page.expected, /^# `<cx-test-dial>`/);
  assert.match(page.expected, /Usage not written yet/);
  for (const expected of ['| `value` |', '### CSS parts', '`--cx-test-dial-gap`', '| `label` |'])
    assert.ok(page.expected.includes(expected), expected);
  assert.ok(staleDocs({ manifest }).includes(`${COMPONENTS_DIR}/cx-test-dial.md is missing`));
  const index = expectedDocs({ manifest }).find((p) => p.file === `${COMPONENTS_DIR}/README.md`);
  assert.ok(index.expected.includes('[`<cx-test-dial>`](cx-test-dial.md)'));
});

test('docs-api: a changed description makes the page stale; a removed element leaves its page over', () => {
  const changed = manifestWith((m) => {
    const element = m.modules
      .flatMap((module) => module.declarations)
      .find((d) => d.tagName === 'cx-sla-countdown');
    element.members.find((member) => member.name === 'warnAt').description = 'Changed.';
  });
  assert.deepEqual(staleDocs({ manifest: changed }), [
    `${COMPONENTS_DIR}/cx-sla-countdown.md is out of date`,
  ]);
  const removed = manifestWith((m) => {
    m.modules = m.modules.filter((module) => !module.path.includes('sla-countdown'));
  });
  assert.ok(
    staleDocs({ manifest: removed }).some((problem) =>
      problem.startsWith(`${COMPONENTS_DIR}/cx-sla-countdown.md documents an element that is not`),
    ),
  );
});

test('docs-api: the token tables follow tokens.css, light, dark and compact', () => {
  const css = readFileSync('src/styles/tokens.css', 'utf8');
  const tokens = readTokens(css).flatMap((group) => group.tokens);
  const surface = tokens.find((token) => token.name === '--cx-color-surface');
  assert.equal(surface.value, '#ffffff');
  assert.equal(surface.dark, '#161b22');
  assert.equal(tokens.find((token) => token.name === '--cx-space-md').compact, '8px');
  const changed = css.replaceAll('--cx-color-surface: #161b22;', '--cx-color-surface: #000000;');
  assert.deepEqual(staleDocs({ tokensCss: changed }), ['docs/theming.md is out of date']);
});
