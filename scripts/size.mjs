// npm run size: fails when dist/cx-desk.bundle.js or any component entry grows past size-budget.json.
// Measures the build output (run `npm run build` first), as hosts get it: the bundle as it is, and each
// entry bundled by esbuild from the per-file ESM in dist/ (what a host's bundler consumes: tsc's
// output with its css`…` literals minified by scripts/build.mjs), not from src/.
import { build } from 'esbuild';
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = [];

if (!existsSync('dist/cx-desk.bundle.js')) {
  console.error('dist/cx-desk.bundle.js is missing: run `npm run build` first.');
  process.exit(1);
}
rows.push({
  name: 'cx-desk.bundle.js (all widgets, Lit inlined)',
  size: gzip(readFileSync('dist/cx-desk.bundle.js')),
  limit: budget.bundle,
});

for (const folder of readdirSync('dist/components')) {
  const entry = `dist/components/${folder}/${folder}.js`;
  if (!existsSync(entry)) continue;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    external: ['lit', 'lit/*', '@lit/*'],
    logLevel: 'silent',
  });
  rows.push({
    name: `${folder} (Lit external)`,
    size: gzip(result.outputFiles[0].contents),
    limit: budget.entries?.[folder] ?? budget.entry,
  });
}

let failed = false;
for (const row of rows) {
  const over = row.size > row.limit;
  failed ||= over;
  console.log(
    `${over ? 'OVER' : 'ok  '} ${row.name.padEnd(48)} ${kb(row.size).padStart(9)} / ${kb(row.limit)}`,
  );
}
mkdirSync('.test-results', { recursive: true });
writeFileSync(
  '.test-results/size.json',
  JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2) + '\n',
);
if (failed) {
  console.error('Size budget exceeded (size-budget.json).');
  process.exit(1);
}
