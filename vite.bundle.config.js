// The self-registering bundle: one minified ES module with Lit inlined, for a plain
// <script type="module"> in a page with no build step (or a CRM that only takes uploaded files).
import { defineConfig } from 'vite';
import { cssLiterals } from './scripts/css-literals.mjs';

/**
 * The bundle inlines Lit, and Lit creates its Trusted Types policy `lit-html` when it loads. Under
 * `trusted-types lit-html` (no 'allow-duplicates') a second copy of the bundle on the page would throw
 * there and never load. Only the first copy creates the policy; a later copy finds the page-wide
 * flag and creates none (it never renders: define() leaves the first copy's elements in place).
 * The flag is a marker, not the policy: sharing the policy would hand every script on the page an
 * identity policy.
 * @returns {import('vite').Plugin}
 */
function litPolicyOncePerPage() {
  const marker = 'globalThis[Symbol.for("cx-desk.lit-html-policy")]';
  return {
    name: 'cx-desk:lit-policy-once-per-page',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/](?:development[\\/])?lit-html\.js$/.test(id)) return null;
      const create = /(\w+)(\s*)\?(\s*)\1\.createPolicy\(/;
      if (!create.test(code)) this.error('lit-html no longer creates its policy as `t ? t.createPolicy(`');
      return {
        code: code.replace(create, `$1 && !${marker}$2?$3(${marker} = 1) && $1.createPolicy(`),
        map: null,
      };
    },
  };
}

/**
 * Fails the build when the bundle would need a second file: a page that takes one uploaded file has
 * nothing else to fetch (`codeSplitting: false` inlines what the npm build loads on demand).
 * @returns {import('vite').Plugin}
 */
function oneFile() {
  return {
    name: 'cx-desk:one-file',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      if (chunks.length !== 1)
        this.error(`the bundle must be one file, not ${chunks.map((chunk) => chunk.fileName).join(', ')}`);
    },
  };
}

export default defineConfig({
  logLevel: 'warn',
  plugins: [litPolicyOncePerPage(), cssLiterals(), oneFile()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    // Terser, not the default minifier: two compress passes make the bundle 1.4 KiB (gzip) smaller.
    minify: 'terser',
    terserOptions: { ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } },
    sourcemap: true,
    copyPublicDir: false,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'cx-desk.bundle.js',
    },
    rolldownOptions: {
      // One file for script-tag pages and CRMs that take uploaded files: the parts a widget loads on
      // demand from the npm build (the survey's outbox and validator) are inlined here.
      output: { minify: true, codeSplitting: false },
    },
  },
  oxc: {
    decorator: { legacy: true },
  },
});
