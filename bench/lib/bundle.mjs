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

/**
 * Builds a page as a production app build serves it: Vite (Rolldown), minified, with code splitting —
 * the entry, and chunks for what it imports on demand (`import()`) — into bench/tmp/<folder>-<name>/.
 * Modules the entry shares with an on-demand chunk stay in the entry (no extra round trip first).
 * @param {string} entry - absolute path
 * @returns {Promise<{ dir: string, entry: string, files: string[] }>} the folder, the entry's file
 *   name and every file written (relative to the folder)
 */
export async function bundleSplitPage(entry) {
  const dir = join(TMP_DIR, `${basename(dirname(entry))}-${basename(entry).replace(/\.[jt]s$/, '')}`);
  const { build: viteBuild } = await import('vite');
  const output = await viteBuild({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    publicDir: false,
    oxc: { decorator: { legacy: true } },
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      modulePreload: false,
      copyPublicDir: false,
      chunkSizeWarningLimit: 10_000, // SurveyJS's page is one 1.4 MB chunk: expected, not a warning
      rolldownOptions: {
        input: entry,
        output: {
          entryFileNames: 'page.js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
        },
      },
    },
  });
  const outputs = /** @type {Array<{ output: Array<{ fileName: string }> }>} */ (
    Array.isArray(output) ? output : [output]
  );
  const files = outputs.flatMap((result) => result.output.map((file) => file.fileName));
  return { dir, entry: 'page.js', files };
}
