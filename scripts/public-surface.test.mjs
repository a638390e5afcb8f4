// Semver for the public surface (docs/releasing.md). The surface is every custom-element tag in
// custom-elements.json with its attributes, public properties and methods (not static, not private or
// protected), events, CSS parts, CSS custom properties and slots, and every --cx-* token and data-cx-*
// host attribute in src/styles/tokens.css (scripts/public-surface.mjs). public-surface.json records it
// as of the last release. When the current surface differs, each added, removed or changed item must
// be named (its tag and its own name) by a pending changeset (.changeset/*.md) that declares:
//
//   removed or renamed (a rename is a removal plus an addition)  major — minor while the version is
//                                                                0.x (semver item 4: anything may
//                                                                change in 0.x, and npm's ^0.y.z
//                                                                treats the minor as the breaking
//                                                                digit)
//   added                                                        at least minor
//   changed signature (type, readonly, reflects, parameters…)    at least minor (the test cannot tell
//                                                                a widening from a narrowing: declare
//                                                                major when hosts could break)
//
// Naming a new or removed element covers its own attributes, properties, events… The first tests
// below run each rule on small synthetic manifests; the last ones check this repository.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  ROOT,
  changesetProblems,
  checkChanges,
  checkRepository,
  computeSurface,
  diffSurface,
  draftChangeset,
  parseChangeset,
  readPackage,
  readRecord,
  report,
  surfaceFromManifest,
  surfaceFromTokens,
} from './public-surface.mjs';

/** A manifest with one element `cx-demo`, changed by `edit(declaration)`. */
function manifest(edit = () => {}, tag = 'cx-demo') {
  const declaration = {
    kind: 'class',
    name: 'CxDemo',
    tagName: tag,
    customElement: true,
    attributes: [
      { name: 'ticket-id', fieldName: 'ticketId', type: { text: 'string | undefined' } },
      { name: 'open', fieldName: 'open', type: { text: 'boolean' } },
    ],
    members: [
      { kind: 'field', name: 'ticketId', type: { text: 'string | undefined' }, attribute: 'ticket-id' },
      { kind: 'field', name: 'open', type: { text: 'boolean' }, attribute: 'open', reflects: true },
      { kind: 'field', name: 'value', type: { text: 'string' }, readonly: true },
      { kind: 'field', name: 'formAssociated', static: true, type: { text: 'boolean' } },
      { kind: 'field', name: 'rows', privacy: 'private', type: { text: 'Row[]' } },
      { kind: 'field', name: 'session', privacy: 'protected' },
      {
        kind: 'method',
        name: 'retry',
        parameters: [
          { name: 'section', type: { text: 'Section' } },
          { name: 'force', default: 'false' },
        ],
        return: { type: { text: 'void' } },
      },
      { kind: 'method', name: 'render', privacy: 'private' },
    ],
    events: [{ name: 'cx-demo-change', type: { text: 'CxDemoChangeEvent' } }],
    cssParts: [{ name: 'base' }],
    cssProperties: [{ name: '--cx-demo-color' }],
    slots: [{ name: '' }, { name: 'footer' }],
  };
  edit(declaration);
  return { schemaVersion: '1.0.0', modules: [{ kind: 'javascript-module', declarations: [declaration] }] };
}

const TOKENS = `/* --cx-commented-out: 1px; */
:root, [data-cx-theme='light'] {
  --cx-color-surface: #fff;
  --cx-space-sm: var(--cx-space-base, 8px);
}
[data-cx-density="compact"] { --cx-space-sm: 6px; }`;

const surfaceOf = (edit, tokens = TOKENS) => computeSurface({ manifest: manifest(edit), tokensCss: tokens });

/** `{ file, bump, summary }` as read from `.changeset/<file>`. */
const changeset = (bump, summary, file = '.changeset/test.md') => ({
  file,
  ...parseChangeset(`---\n'cx-desk': ${bump}\n---\n\n${summary}\n`, 'cx-desk'),
});

/** The check of `after` against `before` (the unedited manifest) with these changesets. */
function check({ edit, tokens, changesets = [], version = '0.1.0' }) {
  const before = surfaceOf();
  const after = surfaceOf(edit, tokens);
  return checkChanges({ diff: diffSurface(before, after), changesets, version });
}
const uncovered = (results) => results.filter((item) => !item.covered).map((item) => item.key);

describe('extracting the surface', () => {
  test('every kind of public item of an element, with its signature; nothing private, protected or static', () => {
    assert.deepEqual(surfaceFromManifest(manifest()), {
      'cx-demo element': 'class CxDemo',
      'cx-demo attribute ticket-id': 'type string | undefined; property ticketId',
      'cx-demo attribute open': 'type boolean; property open',
      'cx-demo property ticketId': 'type string | undefined',
      'cx-demo property open': 'type boolean; reflects',
      'cx-demo property value': 'type string; readonly',
      'cx-demo method retry': '(section: Section, force?) => void',
      'cx-demo event cx-demo-change': 'type CxDemoChangeEvent',
      'cx-demo css-part base': '',
      'cx-demo css-property --cx-demo-color': '',
      'cx-demo slot (default)': '',
      'cx-demo slot footer': '',
    });
  });

  test('types are compared without their line breaks; declarations without a tag are not elements', () => {
    const surface = surfaceFromManifest({
      modules: [
        {
          declarations: [
            { kind: 'class', name: 'Helper', members: [{ kind: 'field', name: 'x' }] },
            {
              kind: 'class',
              name: 'CxA',
              tagName: 'cx-a',
              members: [{ kind: 'field', name: 'settings', type: { text: '{\n    a: string;\n  }' } }],
            },
          ],
        },
      ],
    });
    assert.deepEqual(surface, {
      'cx-a element': 'class CxA',
      'cx-a property settings': 'type { a: string; }',
    });
  });

  test('tokens.css: declared --cx-* properties and data-cx-* values, not var() uses or comments', () => {
    assert.deepEqual(Object.keys(surfaceFromTokens(TOKENS)).sort(), [
      'host-attribute data-cx-density=compact',
      'host-attribute data-cx-theme=light',
      'token --cx-color-surface',
      'token --cx-space-sm',
    ]);
  });

  test('the surface is sorted by code unit, so the record never depends on the locale', () => {
    const keys = Object.keys(surfaceOf());
    assert.deepEqual(keys, [...keys].sort());
    assert.equal(keys[0], 'cx-demo attribute open');
    assert.equal(keys.at(-1), 'token --cx-space-sm');
  });

  test('diff: added, removed and changed items', () => {
    assert.deepEqual(diffSurface({ a: '', b: 'x', c: '1' }, { b: 'y', c: '1', d: '' }), {
      added: [{ key: 'd', signature: '' }],
      removed: [{ key: 'a', signature: '' }],
      changed: [{ key: 'b', before: 'x', after: 'y' }],
    });
  });
});

describe('reading changesets', () => {
  test('the bump for this package, in any of the quotings changesets accepts', () => {
    for (const name of ['"cx-desk"', "'cx-desk'", 'cx-desk'])
      assert.equal(parseChangeset(`---\n${name}: major\n---\n\nText`, 'cx-desk').bump, 'major');
    assert.equal(parseChangeset('---\n---\n\nEmpty changeset', 'cx-desk').bump, 'none');
    assert.equal(parseChangeset('---\r\n"cx-desk": minor\r\n---\r\n\r\nText', 'cx-desk').bump, 'minor');
  });

  test('an unreadable changeset or one for another package is reported', () => {
    assert.match(parseChangeset('no front matter', 'cx-desk').error, /front matter/);
    assert.match(parseChangeset('---\ncx-desk: huge\n---\n\nx', 'cx-desk').error, /cx-desk: huge/);
    const other = { file: '.changeset/x.md', ...parseChangeset('---\nother: minor\n---\n\nx', 'cx-desk') };
    assert.deepEqual(changesetProblems([other], 'cx-desk'), [
      '.changeset/x.md names other: the only package here is cx-desk.',
    ]);
  });
});

describe('the semver rules, one at a time', () => {
  const addAttribute = (declaration) =>
    declaration.attributes.push({ name: 'warn-at', fieldName: 'warnAt', type: { text: 'string' } });
  const removeOpen = (declaration) => {
    declaration.attributes = declaration.attributes.filter((attribute) => attribute.name !== 'open');
  };

  test('no change needs no changeset', () => {
    assert.deepEqual(check({ edit: () => {} }), []);
  });

  test('an addition without a changeset fails, and says which item', () => {
    const results = check({ edit: addAttribute });
    assert.deepEqual(uncovered(results), ['cx-demo attribute warn-at']);
    assert.match(results[0].why, /no pending changeset names `cx-demo` and `warn-at`/);
  });

  test('a changeset must name the item itself, not only its element', () => {
    const results = check({ edit: addAttribute, changesets: [changeset('minor', 'Improved `cx-demo`.')] });
    assert.deepEqual(uncovered(results), ['cx-demo attribute warn-at']);
  });

  test('a name inside a longer name does not count', () => {
    const results = check({
      edit: addAttribute,
      changesets: [changeset('minor', '`cx-demo` has `warn-at-least` and `auto-warn-at` now.')],
    });
    assert.deepEqual(uncovered(results), ['cx-demo attribute warn-at']);
  });

  test('an addition needs at least minor: patch fails, minor and major pass', () => {
    const named = 'Added `warn-at` to `<cx-demo>`.';
    const patch = check({ edit: addAttribute, changesets: [changeset('patch', named)] });
    assert.deepEqual(uncovered(patch), ['cx-demo attribute warn-at']);
    assert.match(patch[0].why, /\.changeset\/test\.md \(patch\), but an addition needs at least minor/);
    for (const bump of ['minor', 'major'])
      assert.deepEqual(uncovered(check({ edit: addAttribute, changesets: [changeset(bump, named)] })), []);
  });

  test('an empty changeset covers nothing', () => {
    const results = check({
      edit: addAttribute,
      changesets: [changeset('none', 'Added `warn-at` to cx-demo')],
    });
    assert.deepEqual(uncovered(results), ['cx-demo attribute warn-at']);
  });

  test('a removal in 0.x needs minor (patch fails)', () => {
    const named = 'Removed `open` from `cx-demo`.';
    assert.deepEqual(uncovered(check({ edit: removeOpen, changesets: [changeset('patch', named)] })), [
      'cx-demo attribute open',
    ]);
    assert.deepEqual(uncovered(check({ edit: removeOpen, changesets: [changeset('minor', named)] })), []);
  });

  test('a removal from 1.0 on needs major (minor fails)', () => {
    const named = 'Removed `open` from `cx-demo`.';
    const minor = check({ edit: removeOpen, version: '1.4.2', changesets: [changeset('minor', named)] });
    assert.deepEqual(uncovered(minor), ['cx-demo attribute open']);
    assert.match(minor[0].why, /a removal needs at least major/);
    const major = check({ edit: removeOpen, version: '1.4.2', changesets: [changeset('major', named)] });
    assert.deepEqual(uncovered(major), []);
  });

  test('a rename is a removal and an addition: both names, and the removal decides the bump', () => {
    const rename = (declaration) => {
      declaration.events[0].name = 'cx-demo-changed';
    };
    const results = check({
      edit: rename,
      version: '2.0.0',
      changesets: [changeset('minor', 'Renamed `cx-demo-change` of `cx-demo` to `cx-demo-changed`.')],
    });
    assert.deepEqual(uncovered(results), ['cx-demo event cx-demo-change']);
    const major = check({
      edit: rename,
      version: '2.0.0',
      changesets: [changeset('major', 'Renamed `cx-demo-change` of `cx-demo` to `cx-demo-changed`.')],
    });
    assert.deepEqual(uncovered(major), []);
  });

  test('a changed signature needs a changeset naming it with at least minor', () => {
    const narrow = (declaration) => {
      declaration.members[0].type = { text: 'string' };
    };
    const results = check({ edit: narrow });
    assert.deepEqual(
      results.map(({ change, key, before, after }) => ({ change, key, before, after })),
      [
        {
          change: 'changed',
          key: 'cx-demo property ticketId',
          before: 'type string | undefined',
          after: 'type string',
        },
      ],
    );
    assert.deepEqual(
      uncovered(
        check({ edit: narrow, changesets: [changeset('patch', '`cx-demo` `ticketId` is a string')] }),
      ),
      ['cx-demo property ticketId'],
    );
    assert.deepEqual(
      uncovered(
        check({ edit: narrow, changesets: [changeset('minor', '`cx-demo` `ticketId` is a string')] }),
      ),
      [],
    );
  });

  test('naming a new element covers its attributes, events and parts; other changes still need naming', () => {
    const before = surfaceOf();
    const after = computeSurface({
      manifest: {
        modules: [...manifest().modules, ...manifest(() => {}, 'cx-demo-item').modules],
      },
      tokensCss: TOKENS,
    });
    const diff = diffSurface(before, after);
    assert.equal(diff.added.length, 12);
    const named = [changeset('minor', 'New child element `<cx-demo-item>`.')];
    assert.deepEqual(uncovered(checkChanges({ diff, changesets: named, version: '0.1.0' })), []);
    assert.equal(
      checkChanges({ diff, changesets: [], version: '0.1.0' }).filter((r) => !r.covered).length,
      12,
    );
  });

  test('naming a removed element covers its members, with the bump of a removal', () => {
    const diff = diffSurface(surfaceOf(), computeSurface({ manifest: { modules: [] }, tokensCss: TOKENS }));
    const named = (bump) => [changeset(bump, 'Removed `cx-demo`: use `cx-other`.')];
    assert.deepEqual(uncovered(checkChanges({ diff, changesets: named('major'), version: '1.0.0' })), []);
    assert.equal(uncovered(checkChanges({ diff, changesets: named('minor'), version: '1.0.0' })).length, 12);
  });

  test('tokens and host attributes: each needs its own name', () => {
    const tokens = `${TOKENS}\n:root { --cx-color-brand: red; }\n[data-cx-theme='dark'] { --cx-color-surface: #000; }`;
    const results = check({
      edit: () => {},
      tokens,
      changesets: [changeset('minor', 'Dark theme: `data-cx-theme="dark"`. Also `--cx-color-brand-hover`.')],
    });
    assert.deepEqual(uncovered(results), ['token --cx-color-brand']);
    const removed = check({ edit: () => {}, tokens: ':root { --cx-color-surface: #fff; }' });
    assert.deepEqual(uncovered(removed), [
      'host-attribute data-cx-density=compact',
      'host-attribute data-cx-theme=light',
      'token --cx-space-sm',
    ]);
  });

  test('the failure report names every item, the bump, `npx changeset`, and a draft that would pass', () => {
    const edit = (declaration) => {
      addAttribute(declaration);
      removeOpen(declaration);
      declaration.members[0].type = { text: 'string' };
    };
    const results = check({ edit });
    const record = { version: '0.1.0', surface: surfaceOf() };
    const text = report({ results, record, version: '0.1.0', packageName: 'cx-desk', changesets: [] });
    for (const expected of [
      '- cx-demo attribute open',
      '+ cx-demo attribute warn-at',
      '~ cx-demo property ticketId  (type string | undefined → type string)',
      '[needs minor: breaking]',
      'npx changeset',
      "'cx-desk': minor",
      'Removed attribute `open` of `<cx-demo>`',
      'docs/releasing.md',
    ])
      assert.ok(text.includes(expected), `the report contains ${JSON.stringify(expected)}:\n${text}`);
    const draft = draftChangeset(
      results.filter((item) => !item.covered),
      'cx-desk',
    );
    const withDraft = check({
      edit,
      changesets: [{ file: '.changeset/draft.md', ...parseChangeset(draft, 'cx-desk') }],
    });
    assert.deepEqual(uncovered(withDraft), [], draft);
  });
});

describe('this repository', () => {
  const pkg = readPackage();
  const record = readRecord();

  test('public-surface.json records the surface of the current version', () => {
    assert.ok(record, 'public-surface.json exists: run `node scripts/public-surface.mjs --write`');
    assert.equal(
      record.version,
      pkg.version,
      `public-surface.json is for ${record.version} but package.json says ${pkg.version}: after ` +
        '`changeset version`, run `node scripts/public-surface.mjs --write` (`npm run version-packages` does both)',
    );
    const keys = Object.keys(record.surface);
    assert.deepEqual(keys, [...keys].sort(), 'public-surface.json is sorted: rewrite it with --write');
  });

  test('CHANGELOG.md has an entry for the current version', () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, new RegExp(`^# ${pkg.name}\\n`), `CHANGELOG.md starts with "# ${pkg.name}"`);
    assert.match(
      changelog,
      new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')}$`, 'm'),
      `CHANGELOG.md has a "## ${pkg.version}" heading: release with \`npm run version-packages\``,
    );
  });

  test('changesets is set up for this one public package, offline', () => {
    const config = JSON.parse(readFileSync(join(ROOT, '.changeset/config.json'), 'utf8'));
    assert.equal(config.baseBranch, 'main');
    assert.equal(config.access, 'public');
    assert.equal(config.changelog, '@changesets/cli/changelog');
    assert.ok(existsSync(join(ROOT, '.changeset/README.md')));
    assert.ok(pkg.files.includes('CHANGELOG.md'), 'the CHANGELOG ships in the package');
    assert.match(pkg.devDependencies['@changesets/cli'], /^~2\./);
    assert.equal(pkg.scripts.changeset, 'changeset');
    assert.match(
      pkg.scripts['version-packages'],
      /changeset version && node scripts\/public-surface\.mjs --write/,
    );
  });

  test('every public change since the last release is named by a pending changeset that fits semver', () => {
    const { results, changesets } = checkRepository();
    const problems = changesetProblems(changesets, pkg.name);
    assert.deepEqual(problems, [], problems.join('\n'));
    if (results.some((item) => !item.covered))
      assert.fail(
        `\n${report({ results, record, version: pkg.version, packageName: pkg.name, changesets })}\n`,
      );
  });
});
