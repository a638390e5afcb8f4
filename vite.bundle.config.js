// The self-registering bundle: one minified ES module with Lit inlined, for a plain
// <script type="module"> in a page with no build step (or a CRM that only takes uploaded files).
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    copyPublicDir: false,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'cx-desk.bundle.js',
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
  oxc: {
    decorator: { legacy: true },
  },
});
