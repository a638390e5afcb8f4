// Every README snippet that shows <cx-script-prompter> is complete: when its script fills in
// `{{agent.*}}` or reads `vars.*`, the snippet sets `agent` / `variables`, so a team that copies it
// does not greet callers with "My name is agent.name". Reads the sample scripts from dist/scripts/
// (the test runner builds them before this step).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const README = readFileSync(join(REPO, 'README.md'), 'utf8');

/** The fenced code blocks of the README, with the line each starts on. */
function codeBlocks(markdown) {
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

/** What a script reads from the host: `agent` for `{{agent.*}}`, `variables` for any `vars.*`. */
function hostInputs(script) {
  const text = JSON.stringify(script);
  return {
    agent: /\{\{\s*agent\.[\w-]+/.test(text),
    variables: /\bvars\.[\w-]+/.test(text),
  };
}

/** Whether a snippet sets a property, in any of the syntaxes the README uses (JS, React, Vue, Angular). */
function sets(code, property) {
  return new RegExp(
    String.raw`\.${property}\s*=|\b${property}=\{|[.:]${property}="|\[${property}\]="|\b${property}\s*:\s*[{\w]`,
  ).test(code);
}

const PROMPTER = /<cx-script-prompter\b|<ScriptPrompter\b/;
const snippets = codeBlocks(README).filter((block) => PROMPTER.test(block.code));

describe('README snippets with the script prompter', () => {
  test('there are snippets to check, and their scripts are built', () => {
    assert.ok(snippets.length >= 5, `found ${snippets.length} snippets`);
    assert.ok(existsSync(join(REPO, 'dist/scripts')), 'run npm run build first');
  });

  for (const snippet of snippets) {
    test(`README line ${snippet.line} sets what its script needs`, () => {
      const sources = [...snippet.code.matchAll(/scripts\/([\w-]+)\.(en|zh-CN)\.json/g)];
      assert.ok(sources.length > 0, `no sample script src in the snippet at line ${snippet.line}`);
      for (const [, name, locale] of sources) {
        const file = join(REPO, 'dist/scripts', `${name}.${locale}.json`);
        assert.ok(existsSync(file), `${name}.${locale}.json is not a sample script`);
        const needs = hostInputs(JSON.parse(readFileSync(file, 'utf8')));
        if (needs.agent)
          assert.ok(sets(snippet.code, 'agent'), `line ${snippet.line}: ${name} says {{agent.*}}; set agent`);
        if (needs.variables)
          assert.ok(
            sets(snippet.code, 'variables'),
            `line ${snippet.line}: ${name} reads vars.*; set variables`,
          );
      }
    });
  }
});
