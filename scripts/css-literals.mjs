// Minifies the CSS in Lit `css`…`` template literals of our own modules, for every shipped build
// output: the Vite bundles (cssLiterals(), a transform plugin) and the per-file ESM in dist/ that
// hosts' bundlers consume (minifyDistCssLiterals(), run by scripts/build.mjs after tsc). size.mjs
// measures the per-widget entries from that dist/ output, so the budgets see what hosts get.
//
// minify-literals finds the tagged templates (a real JS/TS parser), stands in a placeholder for each
// `${}` so the CSS around an interpolation is minified without touching it, and writes the result
// with a source map. The CSS minifier it runs is ours and deliberately small: it removes comments and
// whitespace only. In html`…` and svg`…` templates only indentation goes: each run of whitespace
// with a line break in it becomes one line break (rendered the same in every white-space mode but
// `pre` / `pre-wrap`, which none of our templates sets on literal text; a template with a <pre> or
// <textarea> is left as it is). Runs without a line break, the spaces between words and
// expressions, are kept. A full CSS minifier (Lightning CSS, the library's default) also rewrites values
// (`Highlight` → `highlight`, `font-stretch: normal` → `100%`) and reorders declarations; we want the
// shipped CSS to say exactly what the source says. Only `css` tags are handled: html`…` templates
// keep every space that is not indentation (the script prompter and survey render text where spaces
// matter).
import remapping from '@jridgewell/remapping';
import { minifyHTMLLiterals } from 'minify-literals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Characters next to which whitespace never separates tokens (before and after them). */
const TIGHT = new Set(['{', '}', ';', ',']);

/**
 * CSS with comments removed and each run of whitespace collapsed to one space, or to none next to
 * `{ } ; ,`, after `(` or `:`, before `)`. Strings, escapes and unquoted `url()` are copied as they
 * are. Whitespace before `:` and `(` is kept (`a :hover`, `and (min-width…)` mean other things
 * without it). A comment between two tokens with no whitespace beside it stays as an empty comment,
 * so no two tokens are joined.
 * @param {string} css
 * @returns {string}
 */
export function minifyCss(css) {
  let out = '';
  let pendingSpace = false;
  let index = 0;
  const emit = (text) => {
    if (pendingSpace && out !== '' && !TIGHT.has(out.at(-1)) && !'(:'.includes(out.at(-1))) {
      if (!TIGHT.has(text[0]) && text[0] !== ')') out += ' ';
    }
    pendingSpace = false;
    out += text;
  };
  while (index < css.length) {
    const char = css[index];
    if (char === '/' && css[index + 1] === '*') {
      const end = css.indexOf('*/', index + 2);
      const next = end === -1 ? css.length : end + 2;
      const before = css[index - 1];
      const after = css[next];
      const joins =
        !pendingSpace &&
        out !== '' &&
        before !== undefined &&
        !/\s/.test(before) &&
        after !== undefined &&
        !/\s/.test(after);
      if (joins) emit('/**/');
      index = next;
    } else if (/\s/.test(char)) {
      pendingSpace = true;
      index += 1;
    } else if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < css.length && css[end] !== char && css[end] !== '\n') end += css[end] === '\\' ? 2 : 1;
      emit(css.slice(index, end + 1));
      index = end + 1;
    } else if (char === '\\') {
      emit(css.slice(index, index + 2));
      index += 2;
    } else if (
      /^url\(\s*[^\s'"]/i.test(css.slice(index, index + 40)) &&
      !/[\w-]/.test(css[index - 1] ?? '')
    ) {
      let end = css.indexOf(')', index);
      if (end === -1) end = css.length - 1;
      emit(css.slice(index, end + 1));
      index = end + 1;
    } else {
      emit(char);
      index += 1;
    }
  }
  return out;
}

/**
 * An html`…` / svg`…` template's text with its indentation gone: each run of whitespace holding a
 * line break becomes one line break. A template with a <pre> or <textarea> is returned as it is.
 * @param {string} text
 * @returns {string}
 */
export function collapseIndentation(text) {
  if (/<(?:pre|textarea)\b/i.test(text)) return text;
  return text.replace(/[ \t\r]*\n[ \t\r\n]*/g, '\n');
}

/**
 * `code` with the CSS of its css`…` literals minified and the indentation of its html`…` / svg`…`
 * templates removed, and a source map from `code` to it; null when
 * nothing changed.
 * @param {string} code
 * @param {string} fileName
 */
export async function minifyCssLiterals(code, fileName) {
  if (!/\b(?:css|html|svg)\s*`/.test(code)) return null;
  const result = await minifyHTMLLiterals(code, {
    fileName,
    html: collapseIndentation,
    // The library stands `@TEMPLATE_EXPRESSION` in for each `${}` and then joins it to a `:` after
    // whitespace (`${selector} :hover` → `${selector}:hover`); an empty comment keeps them apart.
    css: (text) => minifyCss(text).replace(/(@TEMPLATE_EXPRESSION_*) :/g, '$1 /**/:'),
    cssTags: ['css'],
  });
  // minify-literals skips a file it cannot parse, and one with unsafeCSS, without failing: we fail,
  // so a stylesheet never ships unminified (and the size check never measures it so) unnoticed.
  if (/\bcss\s*`\s*\n/.test(result?.code ?? code))
    throw new Error(`${fileName}: a css\`…\` literal was left unminified (parse error or unsafeCSS?)`);
  return result;
}

/**
 * Vite plugin: minifies the css`…` literals of our own modules (src/, not node_modules). Runs after
 * the TypeScript transform, on the JavaScript, and returns a source map so the bundle's map stays valid.
 * @returns {import('vite').Plugin}
 */
export function cssLiterals() {
  return {
    name: 'cx-desk:css-literals',
    async transform(code, id) {
      const file = id.split('?')[0];
      if (/[\\/]node_modules[\\/]/.test(file) || !/[\\/]src[\\/].*\.[cm]?[jt]s$/.test(file)) return null;
      const result = await minifyCssLiterals(code, file);
      return result && { code: result.code, map: result.map };
    },
  };
}

/**
 * Minifies the css`…` literals of every .js file under `dir` in place (tsc's per-file ESM), and
 * rewrites the file's .js.map so it still points into the .ts source.
 * @param {string} dir
 * @returns {Promise<number>} how many files changed
 */
export async function minifyDistCssLiterals(dir) {
  let changed = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    const result = await minifyCssLiterals(code, entry.name);
    if (!result) continue;
    writeFileSync(file, result.code);
    const mapFile = `${file}.map`;
    let tscMap;
    try {
      tscMap = readFileSync(mapFile, 'utf8');
    } catch {
      tscMap = undefined;
    }
    if (tscMap !== undefined) {
      // The minified file → tsc's output (same name) → the .ts source.
      const map = remapping(
        { ...result.map, sources: [entry.name], file: entry.name },
        (source) => (source === entry.name ? JSON.parse(tscMap) : null),
        { excludeContent: true },
      );
      writeFileSync(mapFile, map.toString());
    }
    changed += 1;
  }
  return changed;
}
