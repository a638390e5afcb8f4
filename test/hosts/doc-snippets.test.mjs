// Every code block of the README and docs/ that shows <cx-script-prompter> is complete: when its
// script fills in `{{agent.*}}` or reads `vars.*`, the block sets `agent` / `variables`, so a team that
// copies it does not greet callers with "My name is agent.name". Reads the sample scripts from
// dist/scripts/ (the test runner builds them before this step).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { REPO, docCodeBlocks } from './lib/doc-snippets.mjs';

/** What a script reads from the host: `agent` for `{{agent.*}}`, `variables` for any `vars.*`. */
function hostInputs(script) {
  const text = JSON.stringify(script);
  return {
    agent: /\{\{\s*agent\.[\w-]+/.test(text),
    variables: /\bvars\.[\w-]+/.test(text),
  };
}

/** Whether a snippet sets a property, in any of the syntaxes the docs use (JS, React, Vue, Angular). */
function sets(code, property) {
  return new RegExp(
    String.raw`\.${property}\s*=|\b${property}=\{|[.:]${property}="|\[${property}\]="|\b${property}\s*:\s*[{\w]`,
  ).test(code);
}

const PROMPTER = /<cx-script-prompter\b|<ScriptPrompter\b/;
const snippets = docCodeBlocks().filter((block) => PROMPTER.test(block.code));

/**
 * The pages that show a script prompter with a sample script: the README's embed, the host recipes
 * (moved there from the README, where each was checked) and the prompter's own page.
 */
const EXPECTED_PAGES = [
  'README.md',
  'docs/embedding/plain.md',
  'docs/embedding/react.md',
  'docs/embedding/vue.md',
  'docs/embedding/angular.md',
  'docs/embedding/two-copies.md',
  'docs/components/cx-script-prompter.md',
];

describe('README and docs/ snippets with the script prompter', () => {
  test('there are snippets to check on every page that had them, and their scripts are built', () => {
    const pages = new Set(snippets.map((snippet) => snippet.page));
    for (const page of EXPECTED_PAGES) assert.ok(pages.has(page), `no script prompter snippet in ${page}`);
    assert.ok(snippets.length >= EXPECTED_PAGES.length, `found ${snippets.length} snippets`);
    assert.ok(existsSync(join(REPO, 'dist/scripts')), 'run npm run build first');
  });

  for (const snippet of snippets) {
    const where = `${snippet.page}:${snippet.line}`;
    test(`${where} sets what its script needs`, () => {
      const sources = [...snippet.code.matchAll(/scripts\/([\w-]+)\.(en|zh-CN)\.json/g)];
      assert.ok(sources.length > 0, `no sample script src in the snippet at ${where}`);
      for (const [, name, locale] of sources) {
        const file = join(REPO, 'dist/scripts', `${name}.${locale}.json`);
        assert.ok(existsSync(file), `${name}.${locale}.json is not a sample script`);
        const needs = hostInputs(JSON.parse(readFileSync(file, 'utf8')));
        if (needs.agent)
          assert.ok(sets(snippet.code, 'agent'), `${where}: ${name} says {{agent.*}}; set agent`);
        if (needs.variables)
          assert.ok(sets(snippet.code, 'variables'), `${where}: ${name} reads vars.*; set variables`);
      }
    });
  }
});
