// Every element, attribute, property and event the host pages use is one that custom-elements.json
// publishes. The hosts are the code a CRM team copies (the docs quote them), so a renamed
// property or event must fail here, not in a customer's portal. The code blocks of the README and of
// docs/ are held to the same rule.
//
// Reads the host sources (plain HTML/JS, React TSX with the `cx-desk/react` wrappers, Vue SFCs,
// Angular templates and the demo page) with a small scanner per syntax:
//   markup    <cx-tag attr="…" :prop / .prop / [prop] / @event / (event) / onEvent={…}>
//   React     <Wrapper prop={…} onCxEvent={…}> (wrapper names and event props from src/react)
//   scripts   createElement('cx-tag') / querySelector('cx-tag') bound to a name, then
//             name.prop = …, name.setAttribute('attr', …), name.addEventListener('cx-…', …)
//   anywhere  every quoted 'cx-…' string must be a published tag or event
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { docCodeBlocks } from './lib/doc-snippets.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Host sources to read: folders (recursively) and the file types holding host code. */
const HOST_ROOTS = [
  'demo/public',
  'test/hosts/plain',
  'test/hosts/csp',
  'test/hosts/closed',
  'test/hosts/two-copies',
  'test/hosts/iframe',
  'test/hosts/react/src',
  'test/hosts/vue/src',
  'test/hosts/angular/src',
];
const HOST_FILE = /\.(html|js|mjs|ts|tsx|vue)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.angular']);

/** Attributes and properties every element has (HTML's globals), allowed on any cx element. */
const GLOBAL_ATTRIBUTES = new Set([
  'id',
  'class',
  'lang',
  'dir',
  'slot',
  'hidden',
  'title',
  'tabindex',
  'role',
  'part',
  'key',
  'ref',
  'className',
  'style',
  'inert',
]);
const GLOBAL_PROPERTIES = new Set([
  'id',
  'className',
  'lang',
  'dir',
  'slot',
  'hidden',
  'title',
  'tabIndex',
  'textContent',
  'inert',
]);
/** Names in `cx-` form that are neither tags nor events but legitimately appear in host code. */
const OTHER_CX_NAMES = new Set(['cx-desk', 'cx-desk-shadow-root']);

/** @typedef {{ attributes: Set<string>, fields: Set<string>, events: Set<string> }} ElementApi */

/** The published API per tag, from custom-elements.json. */
export function readManifest(path = join(REPO, 'custom-elements.json')) {
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  /** @type {Map<string, ElementApi>} */
  const elements = new Map();
  for (const module of manifest.modules ?? [])
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      elements.set(declaration.tagName, {
        attributes: new Set((declaration.attributes ?? []).map((/** @type {any} */ a) => a.name)),
        fields: new Set(
          (declaration.members ?? [])
            .filter((/** @type {any} */ m) => m.kind === 'field' && !m.static && m.privacy !== 'private')
            .map((/** @type {any} */ m) => m.name),
        ),
        events: new Set((declaration.events ?? []).map((/** @type {any} */ e) => e.name)),
      });
    }
  return elements;
}

/** React wrapper name → { tag, event props → event names }, from the generated src/react/index.ts. */
export function readReactWrappers(path = join(REPO, 'src/react/index.ts')) {
  const source = readFileSync(path, 'utf8');
  /** @type {Map<string, { tag: string, events: Map<string, string> }>} */
  const wrappers = new Map();
  const block = /export const (\w+) = createComponent\(\{([\s\S]*?)\n\}\);/g;
  for (const [, name, body] of source.matchAll(block)) {
    const tag = /tagName: '([^']+)'/.exec(body)?.[1];
    if (!tag) continue;
    const events = new Map([...body.matchAll(/(on\w+): '([^']+)'/g)].map(([, prop, event]) => [prop, event]));
    wrappers.set(name, { tag, events });
  }
  return wrappers;
}

const camel = (/** @type {string} */ kebab) => kebab.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

/**
 * The attribute names of the opening tag whose name ends at `index`: values may be quoted, JSX
 * expressions in braces (nested, with strings inside) or bare; stops at `>` or `/>`.
 * @param {string} source @param {number} index
 */
export function attributeNames(source, index) {
  /** @type {string[]} */
  const names = [];
  let i = index;
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i])) i += 1;
  };
  const skipQuoted = () => {
    const quote = source[i];
    i += 1;
    while (i < source.length && source[i] !== quote) i += source[i] === '\\' ? 2 : 1;
    i += 1;
  };
  while (i < source.length) {
    skipSpace();
    if (source[i] === '>' || source.startsWith('/>', i)) break;
    if (source[i] === '{') {
      // JSX spread {...props}: not a name.
      let depth = 0;
      do {
        if (source[i] === '"' || source[i] === "'" || source[i] === '`') {
          skipQuoted();
          continue;
        }
        if (source[i] === '{') depth += 1;
        if (source[i] === '}') depth -= 1;
        i += 1;
      } while (i < source.length && depth > 0);
      names.push('{spread}');
      continue;
    }
    const start = i;
    while (i < source.length && !/[\s=>]/.test(source[i]) && !source.startsWith('/>', i)) i += 1;
    if (i === start) break;
    names.push(source.slice(start, i));
    skipSpace();
    if (source[i] !== '=') continue;
    i += 1;
    skipSpace();
    if (source[i] === '"' || source[i] === "'") skipQuoted();
    else if (source[i] === '{') {
      let depth = 0;
      do {
        if (source[i] === '"' || source[i] === "'" || source[i] === '`') {
          skipQuoted();
          continue;
        }
        if (source[i] === '{') depth += 1;
        if (source[i] === '}') depth -= 1;
        i += 1;
      } while (i < source.length && depth > 0);
    } else while (i < source.length && !/[\s>]/.test(source[i])) i += 1;
  }
  return names;
}

/**
 * What one host file uses, checked against the manifest. Returns a list of problems (empty when
 * everything used is published) and what was seen (so a test can tell the scanner found usage).
 * @param {string} file path, for messages
 * @param {string} source
 * @param {Map<string, ElementApi>} elements
 * @param {ReturnType<typeof readReactWrappers>} wrappers
 */
export function checkSource(file, source, elements, wrappers) {
  /** @type {string[]} */
  const problems = [];
  const seen = { tags: new Set(), attributes: 0, properties: 0, events: 0 };
  const allEvents = new Set([...elements.values()].flatMap((api) => [...api.events]));
  const where = (/** @type {number} */ index) => `${file}:${source.slice(0, index).split('\n').length}`;

  const checkEvent = (/** @type {string} */ tag, /** @type {string} */ name, /** @type {number} */ at) => {
    seen.events += 1;
    const api = elements.get(tag);
    // Events bubble and are composed: a listener on <cx-agent-session> hears its widgets' events.
    const known = tag === 'cx-agent-session' ? allEvents.has(name) : api?.events.has(name);
    if (!known) problems.push(`${where(at)}: <${tag}> has no event "${name}" in custom-elements.json`);
  };
  const checkProperty = (/** @type {string} */ tag, /** @type {string} */ name, /** @type {number} */ at) => {
    seen.properties += 1;
    const api = elements.get(tag);
    if (!api?.fields.has(name) && !GLOBAL_PROPERTIES.has(name))
      problems.push(`${where(at)}: <${tag}> has no property "${name}" in custom-elements.json`);
  };
  const checkAttribute = (
    /** @type {string} */ tag,
    /** @type {string} */ name,
    /** @type {number} */ at,
  ) => {
    seen.attributes += 1;
    const api = elements.get(tag);
    if (name.startsWith('data-') || name.startsWith('aria-') || GLOBAL_ATTRIBUTES.has(name)) return;
    if (!api?.attributes.has(name))
      problems.push(`${where(at)}: <${tag}> has no attribute "${name}" in custom-elements.json`);
  };

  /** Checks one attribute written on a cx element in markup or JSX. */
  const checkMarkup = (/** @type {string} */ tag, /** @type {string} */ raw, /** @type {number} */ at) => {
    if (/^v-(if|else|else-if|for|show|model)$|^\*ng|^#|^(key|ref|children)$|^\{/.test(raw)) return; // framework syntax
    if (raw.startsWith('@') || raw.startsWith('v-on:'))
      checkEvent(tag, raw.replace(/^@|^v-on:/, '').split('.')[0], at);
    else if (raw.startsWith('(')) checkEvent(tag, raw.slice(1, -1), at);
    else if (raw.startsWith('[attr.')) checkAttribute(tag, raw.slice(6, -1), at);
    else if (raw.startsWith('[')) checkProperty(tag, raw.slice(1, -1), at);
    else if (raw.startsWith('.') || raw.startsWith(':') || raw.startsWith('v-bind:')) {
      const name = raw.replace(/^v-bind:|^[.:]/, '').replace(/\.(prop|attr|camel)$/, '');
      if (raw.endsWith('.attr') || elements.get(tag)?.attributes.has(name)) checkAttribute(tag, name, at);
      else checkProperty(tag, camel(name), at);
    } else if (/^on[a-z]/.test(raw))
      checkEvent(tag, raw.slice(2), at); // React 19: on<event-name>
    else if (jsx && !raw.includes('-') && !elements.get(tag)?.attributes.has(raw))
      checkProperty(tag, raw, at);
    else checkAttribute(tag, raw, at);
  };
  const jsx = /\.[jt]sx$/.test(file);

  // Markup: opening tags of cx elements (HTML, Vue and Angular templates, JSX with the tag name).
  for (const match of source.matchAll(/<(cx-[a-z0-9-]+)(?=[\s/>])/g)) {
    const tag = match[1];
    const at = match.index ?? 0;
    seen.tags.add(tag);
    if (!elements.has(tag)) {
      problems.push(`${where(at)}: <${tag}> is not an element in custom-elements.json`);
      continue;
    }
    for (const raw of attributeNames(source, at + tag.length + 1)) checkMarkup(tag, raw, at);
  }

  // React wrappers: <SatisfactionSurvey preset="…" onCxSurveySubmitted={…}>.
  for (const [name, wrapper] of wrappers) {
    for (const match of source.matchAll(new RegExp(`<${name}(?=[\\s/>])`, 'g'))) {
      const at = match.index ?? 0;
      seen.tags.add(wrapper.tag);
      for (const prop of attributeNames(source, at + name.length + 1)) {
        if (prop === 'key' || prop === 'ref' || prop === 'children' || prop.startsWith('{')) continue;
        if (/^on[A-Z]/.test(prop)) {
          const event = wrapper.events.get(prop);
          if (event) checkEvent(wrapper.tag, event, at);
          else problems.push(`${where(at)}: ${name} has no event prop "${prop}" (src/react/index.ts)`);
        } else if (prop.includes('-')) checkAttribute(wrapper.tag, prop, at);
        else checkProperty(wrapper.tag, prop, at);
      }
    }
  }

  // Scripts: names bound to a cx element, then what the code does with them.
  const bound = new Map();
  for (const match of source.matchAll(
    /(?:const|let|var)\s+(\w+)\s*=\s*(?:\/\*\*[^*]*\*\/\s*)?\(?\s*(?:document|\w+)\.(?:createElement|querySelector)\(\s*['"`](cx-[a-z0-9-]+)['"`]/g,
  )) {
    bound.set(match[1], match[2]);
    seen.tags.add(match[2]);
  }
  for (const [variable, tag] of bound) {
    for (const match of source.matchAll(new RegExp(`\\b${variable}\\.(\\w+)\\s*=(?!=)`, 'g')))
      checkProperty(tag, match[1], match.index ?? 0);
    for (const match of source.matchAll(
      new RegExp(`\\b${variable}\\.setAttribute\\(\\s*['"]([\\w-]+)['"]`, 'g'),
    ))
      checkAttribute(tag, match[1], match.index ?? 0);
    for (const match of source.matchAll(
      new RegExp(`\\b${variable}\\.addEventListener\\(\\s*['"](cx-[\\w-]+)['"]`, 'g'),
    ))
      checkEvent(tag, match[1], match.index ?? 0);
  }

  // Anywhere: a quoted cx- name is a published tag or event (catches event names kept in lists).
  for (const match of source.matchAll(/['"`](cx-[a-z0-9-]+)['"`]/g)) {
    const name = match[1];
    if (elements.has(name) || allEvents.has(name) || OTHER_CX_NAMES.has(name)) continue;
    problems.push(
      `${where(match.index ?? 0)}: "${name}" is neither an element nor an event in custom-elements.json`,
    );
  }
  return { problems, seen };
}

/** Every host source file, relative to the repository. */
function hostFiles() {
  /** @type {string[]} */
  const files = [];
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir)) {
      if (SKIPPED_DIRS.has(entry)) continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (HOST_FILE.test(entry)) files.push(path);
    }
  };
  for (const root of HOST_ROOTS) if (existsSync(join(REPO, root))) walk(join(REPO, root));
  return files;
}

describe('host pages use only what custom-elements.json publishes', () => {
  const elements = readManifest();
  const wrappers = readReactWrappers();

  test('the scanner catches an unpublished attribute, property, event and tag in every syntax', () => {
    const bad = [
      '<cx-sla-countdown warn-after="75%"></cx-sla-countdown>',
      '<cx-satisfaction-survey :surveyJson="x" @cx-survey-sent="f"></cx-satisfaction-survey>',
      '<cx-script-prompter [scriptUrl]="u" (cx-script-done)="f()"></cx-script-prompter>',
      '<SatisfactionSurvey surveyJson={x} onCxSurveySent={f} />',
      "const s = document.createElement('cx-sla-countdown'); s.deadline = 1; s.addEventListener('cx-sla-late', f);",
      "const names = ['cx-survey-finished']; document.body.append(document.createElement('cx-customer-720'));",
    ].join('\n');
    const { problems } = checkSource('bad.html', bad, elements, wrappers);
    for (const expected of [
      'attribute "warn-after"',
      'property "surveyJson"',
      'event "cx-survey-sent"',
      'property "scriptUrl"',
      'event "cx-script-done"',
      'event prop "onCxSurveySent"',
      'property "deadline"',
      'event "cx-sla-late"',
      '"cx-survey-finished" is neither',
      '"cx-customer-720" is neither',
    ])
      assert.ok(
        problems.some((problem) => problem.includes(expected)),
        `expected a problem about ${expected}, got:\n${problems.join('\n')}`,
      );
    const good = checkSource(
      'good.html',
      '<cx-sla-countdown warn-at="75%" :targets="t" @cx-sla-breach="f"></cx-sla-countdown>' +
        '<SatisfactionSurvey preset="csat" onCxSurveySubmitted={f} />',
      elements,
      wrappers,
    );
    assert.deepEqual(good.problems, []);
  });

  const files = hostFiles();
  test('every host is found', () => {
    for (const root of HOST_ROOTS)
      assert.ok(
        files.some((file) => relative(REPO, file).startsWith(root)),
        `no host source under ${root}`,
      );
  });

  for (const file of files) {
    const name = relative(REPO, file);
    test(name, () => {
      const { problems } = checkSource(name, readFileSync(file, 'utf8'), elements, wrappers);
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  }

  test('the hosts together use every element and many properties and events', () => {
    const tags = new Set();
    let properties = 0;
    let events = 0;
    for (const file of files) {
      const { seen } = checkSource(file, readFileSync(file, 'utf8'), elements, wrappers);
      for (const tag of seen.tags) tags.add(tag);
      properties += seen.properties + seen.attributes;
      events += seen.events;
    }
    assert.deepEqual([...tags].sort(), [...elements.keys()].sort());
    assert.ok(properties >= 30, `only ${properties} attribute/property uses found`);
    assert.ok(events >= 15, `only ${events} event uses found`);
  });
});

describe('the code blocks of the README and docs/ use only what custom-elements.json publishes', () => {
  const elements = readManifest();
  const wrappers = readReactWrappers();
  /** The file type a block's language stands for; the scanner reads JSX props only in .tsx / .jsx. */
  const EXTENSIONS = { html: 'html', js: 'js', ts: 'ts', tsx: 'tsx', jsx: 'jsx', vue: 'vue' };
  const blocks = docCodeBlocks();

  test('the blocks together use every widget, and many properties and events', () => {
    const tags = new Set();
    let uses = 0;
    for (const block of blocks) {
      const file = `${block.page}.${EXTENSIONS[block.lang] ?? 'txt'}`;
      const { seen } = checkSource(file, block.code, elements, wrappers);
      for (const tag of seen.tags) tags.add(tag);
      uses += seen.properties + seen.attributes + seen.events;
    }
    // The five widgets each appear in a block; child elements may be documented in prose only.
    for (const tag of [
      'cx-agent-session',
      'cx-customer-360',
      'cx-sla-countdown',
      'cx-script-prompter',
      'cx-satisfaction-survey',
    ])
      assert.ok(tags.has(tag), `no code block uses <${tag}>`);
    assert.ok(uses >= 30, `only ${uses} attribute/property/event uses found`);
  });

  for (const block of blocks) {
    const where = `${block.page}:${block.line}`;
    test(where, () => {
      const { problems } = checkSource(
        `${where}.${EXTENSIONS[block.lang] ?? 'txt'}`,
        block.code,
        elements,
        wrappers,
      );
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  }
});
