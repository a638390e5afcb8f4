// The css`…` literal minifier of the build (scripts/css-literals.mjs): comments and whitespace go,
// nothing else changes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collapseIndentation, minifyCss, minifyCssLiterals } from './css-literals.mjs';

describe('minifyCss', () => {
  test('drops comments and indentation, and the whitespace beside { } ; , and after ( :', () => {
    assert.equal(
      minifyCss(`
        :host {
          /* a comment */
          color: var( --cx-color-text , #1c2430 ) ;
          font-family: system-ui,
            sans-serif;
        }
      `),
      ':host{color:var(--cx-color-text,#1c2430);font-family:system-ui,sans-serif;}',
    );
  });

  test('keeps the whitespace that separates tokens', () => {
    assert.equal(minifyCss('a :hover, b:focus { x: y }'), 'a :hover,b:focus{x:y}');
    assert.equal(
      minifyCss('@media screen and (min-width: 600px) { a { b: calc(1px + 2px) } }'),
      '@media screen and (min-width:600px){a{b:calc(1px + 2px)}}',
    );
    assert.equal(
      minifyCss('a > b ~ c + d { margin: 0  auto !important }'),
      'a > b ~ c + d{margin:0 auto !important}',
    );
    assert.equal(minifyCss('a {\n  border: 1px\n    solid red;\n}'), 'a{border:1px solid red;}');
  });

  test('copies strings, escapes and unquoted url() as they are', () => {
    assert.equal(minifyCss(`a { content: '  !  /* no */ '; }`), `a{content:'  !  /* no */ ';}`);
    assert.equal(minifyCss(`a { content: "\\"  {x}" }`), `a{content:"\\"  {x}"}`);
    assert.equal(minifyCss('.a\\ b { x: y }'), '.a\\ b{x:y}');
    assert.equal(minifyCss('a { b: url(data:x/y;a,b//c/*d*/) }'), 'a{b:url(data:x/y;a,b//c/*d*/)}');
  });

  test('never joins two tokens where a comment separated them', () => {
    assert.equal(minifyCss('a { b: 1px/**/solid; c: 1px /* x */ solid }'), 'a{b:1px/**/solid;c:1px solid}');
  });

  test('custom-property values keep their tokens', () => {
    assert.equal(minifyCss(':host { --_x:   a   b  ; --_y: { } }'), ':host{--_x:a b;--_y:{}}');
  });
});

describe('minifyCssLiterals', () => {
  test('minifies css`…` literals around ${} interpolations, and leaves <pre> templates and other strings alone', async () => {
    const source = [
      "import { css, html, svg } from 'lit';",
      'const part = css`b { c: d }`;',
      'export const styles = css`',
      '  ${part}',
      '  :host {',
      '    color: ${"red"};',
      "    content: '  spaced  ';",
      '  }',
      '`;',
      'export const view = () => html`<pre>  a\n   b  </pre>`;',
      'export const text = `  keep  me  `;',
      '',
    ].join('\n');
    const result = await minifyCssLiterals(source, 'sample.js');
    assert.ok(result);
    assert.equal(
      result.code,
      [
        "import { css, html, svg } from 'lit';",
        'const part = css`b{c:d}`;',
        'export const styles = css`${part} /**/:host{color:${"red"};content:\'  spaced  \';}`;',
        'export const view = () => html`<pre>  a\n   b  </pre>`;',
        'export const text = `  keep  me  `;',
        '',
      ].join('\n'),
    );
    assert.equal(result.map.mappings.split(';').length, result.code.split('\n').length);
  });

  test('html`…` and svg`…` templates lose their indentation, never a space between words or expressions', async () => {
    const source = [
      "import { html, svg } from 'lit';",
      'export const view = (a, b) => html`<p class="x">',
      '    ${a} ${b}  and  text',
      '    <button\n      type="button"\n    >Go</button>',
      '  </p>`;',
      'export const icon = svg`<svg>\n  <path d="M0 0" />\n</svg>`;',
      'export const field = html`<textarea>\n  kept\n</textarea>`;',
      '',
    ].join('\n');
    const result = await minifyCssLiterals(source, 'view.js');
    assert.ok(result);
    assert.equal(
      result.code,
      [
        "import { html, svg } from 'lit';",
        'export const view = (a, b) => html`<p class="x">',
        '${a} ${b}  and  text',
        '<button\ntype="button"\n>Go</button>',
        '</p>`;',
        'export const icon = svg`<svg>\n<path d="M0 0" />\n</svg>`;',
        'export const field = html`<textarea>\n  kept\n</textarea>`;',
        '',
      ].join('\n'),
    );
  });

  test('collapseIndentation: each run of whitespace with a line break becomes one line break', () => {
    assert.equal(collapseIndentation('a \n\t  b  c\r\n  d'), 'a\nb  c\nd');
    assert.equal(collapseIndentation('<pre>\n  a</pre>'), '<pre>\n  a</pre>');
    assert.equal(collapseIndentation('no break  here'), 'no break  here');
  });

  test('returns null for a module without css, html or svg literals', async () => {
    assert.equal(await minifyCssLiterals('export const a = `x  y`;', 'a.js'), null);
  });

  test('fails rather than ship a css literal it could not minify', async () => {
    await assert.rejects(
      minifyCssLiterals('const a = css`\n  b { c: d }\n`; const = ;', 'broken.js'),
      /unminified/,
    );
    // minify-literals skips every literal of a module that mentions unsafeCSS.
    await assert.rejects(
      minifyCssLiterals(
        "import { css, unsafeCSS } from 'lit';\nconst a = css`\n  b { c: ${unsafeCSS('d')} }\n`;",
        'u.js',
      ),
      /unminified/,
    );
  });
});
