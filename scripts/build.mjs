// npm run build: per-file ESM + .d.ts (Lit external) with tsc, the self-registering bundle with Vite,
// and tokens.css beside them. Every output ships the CSS of css`…` literals minified (comments and
// whitespace only: scripts/css-literals.mjs).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { minifyDistCssLiterals } from './css-literals.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// The CSS of css`…` literals without its comments and indentation, as in the bundles (cssLiterals()).
console.log(`minified the css literals of ${await minifyDistCssLiterals('dist')} files in dist/`);
run('npx', ['vite', 'build', '--config', 'vite.bundle.config.js']);
// The cn calendar for script-tag pages: registers in (and imports from) cx-desk.bundle.js.
run('npx', ['vite', 'build', '--config', 'vite.cn-bundle.config.js']);
mkdirSync('dist', { recursive: true });
copyFileSync('src/styles/tokens.css', 'dist/tokens.css');
// The published JSON Schema of call scripts, for hosts that author scripts in their own tools.
copyFileSync('src/services/script-engine/script.schema.json', 'dist/script.schema.json');
// The sample call scripts as JSON files (dist/scripts/<name>.<locale>.json): what `<cx-script-prompter
// src>` loads in the demo, and starting points for hosts writing their own.
const { SAMPLE_NAMES, sampleScript } = await import('../dist/services/script-engine/samples.js');
mkdirSync('dist/scripts', { recursive: true });
for (const name of SAMPLE_NAMES) {
  for (const locale of ['en', 'zh-CN']) {
    writeFileSync(
      `dist/scripts/${name}.${locale}.json`,
      `${JSON.stringify(sampleScript(name, locale), null, 2)}\n`,
    );
  }
}
console.log('built dist/ (ESM per file, cx-desk.bundle.js, tokens.css, script.schema.json, scripts/*.json)');
