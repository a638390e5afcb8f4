// The public surface of cx-desk, as semver counts it: every custom-element tag in custom-elements.json
// with its attributes, public properties, public methods, events, CSS parts, CSS custom properties and
// slots, and every --cx-* token and data-cx-* host attribute in src/styles/tokens.css. Each item is a
// sorted key (`cx-sla-countdown attribute ticket-id`, `token --cx-color-surface`) with a signature
// (its type, readonly, reflects…): a different signature is a change of that item.
//
// public-surface.json records the surface as of the last release. scripts/public-surface.test.mjs
// fails when the current surface differs from it and no pending changeset (.changeset/*.md) names each
// changed item with a bump that fits semver; docs/releasing.md explains the rules.
//
//   node scripts/public-surface.mjs          the diff against public-surface.json, and whether the
//                                            pending changesets cover it (exit 1 when they do not)
//   node scripts/public-surface.mjs --list   every item of the current surface, one a line
//   node scripts/public-surface.mjs --write  records the current surface with package.json's version
//                                            (`npm run version-packages` runs it after `changeset version`)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RECORD_FILE = 'public-surface.json';
const BUMPS = ['none', 'patch', 'minor', 'major'];

/** Collapses the whitespace of a type's text (the analyzer keeps the source's line breaks). */
const text = (value) =>
  String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/** `; `-joined signature parts, the empty ones left out. */
const signature = (...parts) => parts.filter(Boolean).join('; ');

const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.static;

function methodSignature(method) {
  const parameters = (method.parameters ?? []).map((parameter) => {
    const name = `${parameter.rest ? '...' : ''}${parameter.name}${parameter.optional || parameter.default !== undefined ? '?' : ''}`;
    return parameter.type?.text ? `${name}: ${text(parameter.type.text)}` : name;
  });
  return `(${parameters.join(', ')}) => ${text(method.return?.type?.text) || 'void'}`;
}

/** The surface of custom-elements.json: `{ "<tag> <kind> <name>": "<signature>" }`. */
export function surfaceFromManifest(manifest) {
  const surface = {};
  const add = (key, value) => {
    if (key in surface) throw new Error(`custom-elements.json declares ${key} twice`);
    surface[key] = value;
  };
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName;
      if (!tag) continue;
      const deprecated = (item) => (item.deprecated ? 'deprecated' : '');
      add(`${tag} element`, signature(`class ${declaration.name}`, deprecated(declaration)));
      for (const attribute of declaration.attributes ?? [])
        add(
          `${tag} attribute ${attribute.name}`,
          signature(
            text(attribute.type?.text) && `type ${text(attribute.type.text)}`,
            attribute.fieldName && `property ${attribute.fieldName}`,
            deprecated(attribute),
          ),
        );
      for (const member of declaration.members ?? []) {
        if (!isPublic(member)) continue;
        if (member.kind === 'field')
          add(
            `${tag} property ${member.name}`,
            signature(
              text(member.type?.text) && `type ${text(member.type.text)}`,
              member.readonly && 'readonly',
              member.reflects && 'reflects',
              deprecated(member),
            ),
          );
        else if (member.kind === 'method')
          add(`${tag} method ${member.name}`, signature(methodSignature(member), deprecated(member)));
      }
      for (const event of declaration.events ?? [])
        if (event.name)
          add(
            `${tag} event ${event.name}`,
            signature(text(event.type?.text) && `type ${text(event.type.text)}`, deprecated(event)),
          );
      for (const part of declaration.cssParts ?? []) add(`${tag} css-part ${part.name}`, deprecated(part));
      for (const property of declaration.cssProperties ?? [])
        add(`${tag} css-property ${property.name}`, deprecated(property));
      for (const slot of declaration.slots ?? [])
        add(`${tag} slot ${slot.name || '(default)'}`, deprecated(slot));
    }
  }
  return surface;
}

/** The surface of tokens.css: each --cx-* custom property it declares, each data-cx-* value it styles. */
export function surfaceFromTokens(css) {
  const surface = {};
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, name] of source.matchAll(/(?<![\w-])(--cx-[\w-]+)\s*:/g)) surface[`token ${name}`] = '';
  for (const [, name, value] of source.matchAll(/\[\s*(data-cx-[\w-]+)\s*=\s*['"]?([^'"\]\s]+)['"]?\s*\]/g))
    surface[`host-attribute ${name}=${value}`] = '';
  return surface;
}

/** Keys in code-unit order, so the record and its diff never depend on the locale. */
export function sortSurface(surface) {
  return Object.fromEntries(
    Object.keys(surface)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((key) => [key, surface[key]]),
  );
}

export function computeSurface({ manifest, tokensCss }) {
  return sortSurface({ ...surfaceFromManifest(manifest), ...surfaceFromTokens(tokensCss) });
}

export function currentSurface(root = ROOT) {
  return computeSurface({
    manifest: JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')),
    tokensCss: readFileSync(join(root, 'src/styles/tokens.css'), 'utf8'),
  });
}

/** `{ version, surface }` from public-surface.json, or undefined when it is not there. */
export function readRecord(root = ROOT) {
  const file = join(root, RECORD_FILE);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** What changed from `before` to `after`: added and removed keys, and keys whose signature differs. */
export function diffSurface(before, after) {
  const added = Object.keys(after)
    .filter((key) => !(key in before))
    .map((key) => ({ key, signature: after[key] }));
  const removed = Object.keys(before)
    .filter((key) => !(key in after))
    .map((key) => ({ key, signature: before[key] }));
  const changed = Object.keys(after)
    .filter((key) => key in before && before[key] !== after[key])
    .map((key) => ({ key, before: before[key], after: after[key] }));
  return { added, removed, changed };
}

/** The parts of a key: `{ tag, kind, name }` (`tag` only for element items). */
export function parseKey(key) {
  const [first, second, ...rest] = key.split(' ');
  if (first === 'token' || first === 'host-attribute') return { kind: first, name: second };
  return { tag: first, kind: second, name: rest.join(' ') || undefined };
}

/** The words a changeset must contain to name an item: its tag and its own name. */
export function mentionsFor(key) {
  const { tag, kind, name } = parseKey(key);
  if (kind === 'token') return [name];
  if (kind === 'host-attribute') return name.split('=');
  if (kind === 'element') return [tag];
  if (kind === 'slot' && name === '(default)') return [tag, 'default slot'];
  return [tag, name];
}

/** Whether `body` contains `word` as a whole word (not as part of a longer name). */
export function names(body, word) {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`).test(body);
}

/** The lowest bump semver allows for a change: removal and rename break hosts (major; minor in 0.x). */
export function requiredBump(change, version) {
  if (change === 'removed') return Number(version.split('.')[0]) === 0 ? 'minor' : 'major';
  return 'minor';
}

const atLeast = (bump, required) => BUMPS.indexOf(bump) >= BUMPS.indexOf(required);

/**
 * A changeset file: its bump for `packageName` ('none' for an empty changeset), the packages it names
 * that are not this one, and its summary.
 */
export function parseChangeset(source, packageName) {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { error: 'has no front matter (--- / "cx-desk": minor / ---)' };
  const releases = {};
  for (const line of match[1].split(/\r?\n/)) {
    if (!line.trim()) continue;
    const release = /^\s*(["']?)([^"':]+)\1\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
    if (!release) return { error: `cannot read the front matter line ${JSON.stringify(line)}` };
    releases[release[2].trim()] = release[3];
  }
  const others = Object.keys(releases).filter((name) => name !== packageName);
  return { bump: releases[packageName] ?? 'none', others, summary: match[2].trim() };
}

/** Pending changesets: `.changeset/*.md` but the README, each `{ file, bump, summary }`. */
export function readChangesets(root = ROOT, packageName = readPackage(root).name) {
  const folder = join(root, '.changeset');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md') && file.toLowerCase() !== 'readme.md')
    .sort()
    .map((file) => ({
      file: `.changeset/${file}`,
      ...parseChangeset(readFileSync(join(folder, file), 'utf8'), packageName),
    }));
}

export function readPackage(root = ROOT) {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
}

/**
 * Checks a diff against the pending changesets. Every change needs a changeset that names it and
 * declares at least its required bump; an added or removed element's own attributes, events… are
 * covered by naming the element. Returns the changes, each with `required`, `covered` and `why`.
 */
export function checkChanges({ diff, changesets, version }) {
  const elementTags = (items) =>
    new Set(
      items.map((item) => parseKey(item.key)).flatMap(({ kind, tag }) => (kind === 'element' ? [tag] : [])),
    );
  const tagsAdded = elementTags(diff.added);
  const tagsRemoved = elementTags(diff.removed);
  const usable = changesets.filter((changeset) => !changeset.error);

  const check = (change, item) => {
    const { tag, kind } = parseKey(item.key);
    const required = requiredBump(change, version);
    const viaElement =
      kind !== 'element' &&
      ((change === 'added' && tagsAdded.has(tag)) || (change === 'removed' && tagsRemoved.has(tag)));
    const mentions = viaElement ? [tag] : mentionsFor(item.key);
    const naming = usable.filter((changeset) => mentions.every((word) => names(changeset.summary, word)));
    const best = naming.reduce(
      (top, changeset) => (BUMPS.indexOf(changeset.bump) > BUMPS.indexOf(top) ? changeset.bump : top),
      'none',
    );
    let why;
    if (naming.length === 0)
      why = `no pending changeset names ${mentions.map((word) => `\`${word}\``).join(' and ')}`;
    else if (!atLeast(best, required))
      why = `named in ${naming.map((changeset) => `${changeset.file} (${changeset.bump})`).join(', ')}, but ${{ removed: 'a removal', added: 'an addition', changed: 'a change' }[change]} needs at least ${required}`;
    return { change, ...item, required, mentions, viaElement, covered: !why, why };
  };

  return [
    ...diff.removed.map((item) => check('removed', item)),
    ...diff.added.map((item) => check('added', item)),
    ...diff.changed.map((item) => check('changed', item)),
  ];
}

const describe = (item) => {
  const { tag, kind, name } = parseKey(item.key);
  const what =
    kind === 'element'
      ? `element \`<${tag}>\``
      : kind === 'token'
        ? `token \`${name}\``
        : kind === 'host-attribute'
          ? `host attribute \`${name.replace('=', '="')}"\``
          : `${kind} \`${name}\` of \`<${tag}>\``;
  if (item.change === 'added') return `Added ${what}.`;
  if (item.change === 'removed') return `Removed ${what} (breaking: say what hosts use instead).`;
  return `Changed ${what}: \`${item.before || '(none)'}\` → \`${item.after || '(none)'}\`.`;
};

/** A changeset that would cover `problems`, for the failure message. */
export function draftChangeset(problems, packageName) {
  const bump = problems.reduce(
    (top, item) => (BUMPS.indexOf(item.required) > BUMPS.indexOf(top) ? item.required : top),
    'patch',
  );
  const lines = problems.filter((item) => !item.viaElement).map((item) => describe(item));
  const body =
    lines.length === 1 ? lines[0] : ['Public API:', '', ...lines.map((line) => `- ${line}`)].join('\n');
  return `---\n'${packageName}': ${bump}\n---\n\n${body}\n`;
}

/** Changesets `changeset version` would refuse: unreadable, or naming a package that is not this one. */
export function changesetProblems(changesets, packageName) {
  return changesets.flatMap((changeset) =>
    changeset.error
      ? [`${changeset.file} ${changeset.error}.`]
      : changeset.others.length
        ? [`${changeset.file} names ${changeset.others.join(', ')}: the only package here is ${packageName}.`]
        : [],
  );
}

/** `3 attributes, 1 event` for a list of element members. */
function countKinds(items) {
  const counts = new Map();
  for (const item of items) {
    const { kind } = parseKey(item.key);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const plural = (kind) => (kind.endsWith('property') ? `${kind.slice(0, -1)}ies` : `${kind}s`);
  return [...counts].map(([kind, count]) => `${count} ${count === 1 ? kind : plural(kind)}`).join(', ');
}

/** The human report of a check: the diff, what is not covered and why, and what to do. */
export function report({ results, record, version, packageName, changesets }) {
  const broken = changesetProblems(changesets, packageName);
  if (results.length === 0)
    return [`The public surface is the one recorded for ${record.version}.`, ...broken].join('\n');
  const sign = { added: '+', removed: '-', changed: '~' };
  const lines = [
    `The public surface changed since ${record.version} (${RECORD_FILE}); current version ${version}.`,
    '',
  ];
  for (const item of results) {
    if (item.viaElement) continue;
    const detail =
      item.change === 'changed'
        ? `  (${item.before || '(none)'} → ${item.after || '(none)'})`
        : item.signature
          ? `  (${item.signature})`
          : '';
    const members = results.filter(
      (other) =>
        other.viaElement && other.change === item.change && item.key === `${parseKey(other.key).tag} element`,
    );
    const needs = `[needs ${item.required}${item.change === 'removed' ? ': breaking' : ''}]`;
    lines.push(`  ${sign[item.change]} ${item.key}${detail}  ${needs}${item.covered ? '  ok' : ''}`);
    if (members.length) lines.push(`      with ${countKinds(members)}`);
  }
  if (broken.length) lines.push('', ...broken);
  const problems = results.filter((item) => !item.covered);
  if (problems.length === 0) {
    lines.push('', 'Every change is named by a pending changeset with a bump that fits semver.');
    return lines.join('\n');
  }
  const listed = problems.filter((problem) => !problem.viaElement);
  lines.push('', `Not covered by a pending changeset (${listed.length}):`);
  for (const item of problems.filter((problem) => !problem.viaElement))
    lines.push(`  ${item.key}: ${item.why}`);
  lines.push(
    '',
    'To fix: run `npx changeset`, pick the bump shown, and describe the change for hosts, naming each',
    'item above (its tag and its own name; naming a new or removed element covers its members); or',
    'save this draft as .changeset/<some-name>.md and edit the wording:',
    '',
    ...draftChangeset(problems, packageName)
      .trimEnd()
      .split('\n')
      .map((line) => (line ? `    ${line}` : '')),
    '',
    `Removing or renaming anything is breaking (major; minor while the version is 0.x); adding or changing`,
    'is at least minor. If the change was not meant to be public, undo it instead. See docs/releasing.md.',
  );
  return lines.join('\n');
}

/** Everything the test and the command line need, read from the repository at `root`. */
export function checkRepository(root = ROOT) {
  const pkg = readPackage(root);
  const record = readRecord(root);
  const surface = currentSurface(root);
  const changesets = readChangesets(root, pkg.name);
  if (!record) return { pkg, record, surface, changesets, results: [] };
  const results = checkChanges({
    diff: diffSurface(record.surface, surface),
    changesets,
    version: pkg.version,
  });
  return { pkg, record, surface, changesets, results };
}

function main(argv) {
  const pkg = readPackage();
  if (argv.includes('--list')) {
    for (const [key, value] of Object.entries(currentSurface()))
      console.log(value ? `${key}  (${value})` : key);
    return 0;
  }
  if (argv.includes('--write')) {
    const record = readRecord();
    const surface = currentSurface();
    const changed =
      record && Object.values(diffSurface(record.surface, surface)).some((list) => list.length > 0);
    if (record && record.version === pkg.version && changed && !argv.includes('--force')) {
      console.error(
        `${RECORD_FILE} already records ${pkg.version}, and the surface differs from it: a released\n` +
          'version cannot change its surface. Add a changeset (`npx changeset`) and release with\n' +
          '`npm run version-packages`, which records the surface with the new version.',
      );
      return 1;
    }
    const body = { version: pkg.version, surface };
    writeFileSync(join(ROOT, RECORD_FILE), `${JSON.stringify(body, null, 2)}\n`);
    console.log(`${RECORD_FILE}: ${Object.keys(surface).length} items as of ${pkg.version}`);
    return 0;
  }
  const { record, results, changesets } = checkRepository();
  if (!record) {
    console.error(`No ${RECORD_FILE}: run \`node scripts/public-surface.mjs --write\`.`);
    return 1;
  }
  console.log(report({ results, record, version: pkg.version, packageName: pkg.name, changesets }));
  const broken = changesetProblems(changesets, pkg.name).length > 0;
  return results.every((item) => item.covered) && !broken ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  process.exitCode = main(process.argv.slice(2));
