// @ts-check
// Bundles a benchmark page's script with esbuild, straight from the TypeScript sources, into bench/tmp/
// (gitignored). The project compiles Lit decorators as experimentalDecorators, so tsconfig.json is passed.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TMP_DIR = join(REPO_ROOT, 'bench', 'tmp');

/**
 * @param {string} entry - absolute path
 * @returns {Promise<string>} absolute path of the bundle
 */
export async function bundlePage(entry) {
  await mkdir(TMP_DIR, { recursive: true });
  // Named after the benchmark's folder too (sla/page.js → sla-page.bundle.js): two benchmarks' pages
  // must not overwrite each other's bundle while one of them is being served.
  const outfile = join(
    TMP_DIR,
    `${basename(dirname(entry))}-${basename(entry).replace(/\.[jt]s$/, '.bundle.js')}`,
  );
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    tsconfig: join(REPO_ROOT, 'tsconfig.json'),
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * Fingerprint of a bundle: tells two results apart when the sources changed in between.
 * @param {string} file
 */
export async function sha256Of(file) {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex')
    .slice(0, 16);
}
