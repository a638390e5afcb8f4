// The package's promises to hosts: exports, sideEffects, version and manifest agree with the source.
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const componentFolders = readdirSync('src/components').filter((name) =>
  existsSync(`src/components/${name}/${name}.ts`),
);

test('the package is ESM with the documented exports', () => {
  assert.equal(pkg.type, 'module');
  for (const key of ['./components/*', './events/*', './tokens.css', './custom-elements.json']) {
    assert.ok(pkg.exports[key], `exports has ${key}`);
  }
  assert.equal(pkg.customElements, './custom-elements.json');
  for (const dependency of ['lit', '@lit/context', '@lit/task'])
    assert.ok(pkg.dependencies[dependency], dependency);
});

test('sideEffects names only define files, and every define file', () => {
  for (const folder of componentFolders) {
    // dist for hosts' bundlers, src for our own bundle build (which would otherwise drop define()).
    for (const file of [
      `./dist/components/${folder}/${folder}.js`,
      `./src/components/${folder}/${folder}.ts`,
    ]) {
      assert.ok(pkg.sideEffects.includes(file), `sideEffects lists ${file}`);
    }
  }
  for (const entry of pkg.sideEffects) {
    assert.doesNotMatch(entry, /\.component\.[jt]s$|\.styles\.[jt]s$/, `${entry} is not a define file`);
  }
});

test('each define file registers its tag, each class file has no side effect', () => {
  for (const folder of componentFolders) {
    const define = readFileSync(`src/components/${folder}/${folder}.ts`, 'utf8');
    assert.match(define, /\.define\(\)/, `${folder}.ts calls define()`);
    assert.match(define, /interface HTMLElementTagNameMap/, `${folder}.ts declares its tag type`);
    const component = readFileSync(`src/components/${folder}/${folder}.component.ts`, 'utf8');
    assert.doesNotMatch(
      component,
      /\.define\(|customElements\.define/,
      `${folder}.component.ts defines nothing`,
    );
  }
});

test('no module of a component or of src/internal runs anything when imported (no top-level calls)', () => {
  // A statement at column 0 that is a call (`registerWidgetTerms(…)`, `customElements.define(…)`,
  // `foo.bar(…)`) runs on import: terms, registrations and listeners belong to the element's lifetime
  // (its controllers), so importing a class file to extend it or read its types changes nothing.
  const sources = [
    ...readdirSync('src/components', { recursive: true })
      .map((file) => join('src/components', String(file)))
      .filter((file) => /\.ts$/.test(file) && !/\.(test|stories)\.ts$/.test(file))
      .filter(
        (file) => !componentFolders.some((folder) => file === join('src/components', folder, `${folder}.ts`)),
      ),
    ...readdirSync('src/internal', { recursive: true })
      .map((file) => join('src/internal', String(file)))
      .filter((file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file)),
  ];
  assert.ok(sources.length > 10, 'found the component modules');
  const offenders = [];
  for (const file of sources) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (/^(await\s+)?[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*\s*\(/.test(line))
        offenders.push(`${file}:${index + 1}: ${line}`);
    });
  }
  assert.deepEqual(offenders, [], 'top-level calls run on import');
});

test('VERSION matches package.json', () => {
  const source = readFileSync('src/internal/version.ts', 'utf8');
  assert.match(source, new RegExp(`VERSION = '${pkg.version.replace(/\./g, '\\.')}'`));
});

test('custom-elements.json and the editor data are up to date with the source', () => {
  mkdirSync('.test-results', { recursive: true });
  // The analyzer resolves outdir against the working directory.
  const outdir = mkdtempSync('.test-results/cem-');
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
    stdio: 'pipe',
    env: { ...process.env, CX_CEM_OUTDIR: outdir },
  });
  const fresh = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
  // The editor support shipped in the package (VS Code custom data, JSX types), from the same run.
  const editorFiles = readdirSync(join(outdir, 'editor')).sort();
  const freshEditor = editorFiles.map((file) => readFileSync(join(outdir, 'editor', file), 'utf8'));
  rmSync(outdir, { recursive: true, force: true });
  const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  assert.deepEqual(committed, fresh, 'run `npm run analyze` and commit custom-elements.json');
  assert.deepEqual(editorFiles, ['jsx.d.ts', 'vscode.css-custom-data.json', 'vscode.html-custom-data.json']);
  editorFiles.forEach((file, index) =>
    assert.equal(
      readFileSync(join('editor', file), 'utf8'),
      freshEditor[index],
      `editor/${file}: run \`npm run analyze\``,
    ),
  );
});

test('every component documents its tag, summary and events in the manifest', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declarations = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.customElement);
  assert.equal(declarations.length, componentFolders.length);
  for (const declaration of declarations) {
    assert.match(declaration.tagName, /^cx-/);
    assert.ok(declaration.summary, `${declaration.tagName} has a @summary`);
    // Our events are cx-<widget>-<what>; a form-associated element also fires the native input and change.
    for (const event of declaration.events ?? []) assert.match(event.name, /^(cx-[a-z-]+|input|change)$/);
    for (const member of declaration.members ?? []) {
      if (member.kind === 'field' && !member.privacy && !member.static) {
        assert.ok(member.description, `${declaration.tagName}.${member.name} has a description`);
      }
    }
  }
});

test('the generated parts of docs/ match custom-elements.json, tokens.css and the translations', async () => {
  // docs/components/<tag>.md for every element (none missing, none left over), the element list,
  // the token tables of docs/theming.md and the term tables of docs/localization.md.
  const { staleDocs } = await import('./docs-api.mjs');
  assert.deepEqual(staleDocs(), [], 'run `node scripts/docs-api.mjs`');
  execFileSync('node', ['scripts/docs-api.mjs', '--check'], { stdio: 'pipe' });
});

test('the React wrappers (cx-desk/react) match custom-elements.json', async () => {
  const { renderWrappers, OUTPUT } = await import('./react-wrappers.mjs');
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(OUTPUT)) ?? {};
  const expected = await prettier.format(
    renderWrappers(JSON.parse(readFileSync('custom-elements.json', 'utf8'))),
    { ...options, filepath: OUTPUT },
  );
  assert.equal(readFileSync(OUTPUT, 'utf8'), expected, 'run `npm run analyze`');
});

test('the README shows the two commands', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.ok(readme.includes('npm install && npm start'));
  assert.ok(readme.includes('npm install && npm test'));
});

test('the generated cn calendar data matches the chinese-days package', () => {
  execFileSync('node', ['scripts/generate-cn-calendar.mjs', '--check'], { stdio: 'pipe' });
});

test('the default entry does not pull in the cn calendar data', () => {
  const index = readFileSync('src/index.ts', 'utf8');
  assert.doesNotMatch(index, /calendars\/cn/);
  assert.ok(pkg.exports['./calendars/*'], 'cx-desk/calendars/cn is exported');
  assert.ok(
    pkg.sideEffects.includes('./dist/calendars/cn.js'),
    'importing cx-desk/calendars/cn registers the calendar',
  );
});

test('a LICENSE file ships, with the licence package.json names', () => {
  assert.ok(existsSync('LICENSE'), 'LICENSE exists');
  const text = readFileSync('LICENSE', 'utf8');
  assert.equal(pkg.license, 'MIT');
  assert.match(text, /^MIT License$/m);
  assert.match(text, /Permission is hereby granted, free of charge/);
});

test('test support lives in test/support, never in the src/ the build ships', () => {
  const files = readdirSync('src', { recursive: true })
    .map((file) => join('src', String(file)))
    .filter((file) => file.endsWith('.ts'));
  assert.deepEqual(
    files.filter((file) => /(^|\/)(test-support\/|testing\.ts$)/.test(file)),
    [],
    'no test-support folder or testing.ts under src/',
  );
  const shipped = files.filter((file) => !/\.(test|stories|samples)\.ts$/.test(file));
  for (const file of shipped)
    assert.doesNotMatch(
      readFileSync(file, 'utf8'),
      /from '(@open-wc\/testing|sinon|fast-check|[^']*\/test\/[^']*)'/,
      `${file} is shipped and imports test code`,
    );
});
