// dist/calendars/cn.bundle.js: the cn working calendar for pages that load the self-registering
// bundle with a script tag (no build step). It registers "cn" in that bundle's calendar registry and
// uses that bundle's BusinessCalendar (imported from ../cx-desk.bundle.js), so the two share one copy.
import { defineConfig } from 'vite';
import { cssLiterals } from './scripts/css-literals.mjs';

/** Modules the calendar takes from the main bundle instead of carrying its own copy. */
const FROM_BUNDLE = [
  /src[\\/]services[\\/]business-time[\\/]calendar\.ts$/,
  /src[\\/]services[\\/]sla[\\/]calendars\.ts$/,
];

/** @returns {import('vite').Plugin} */
function fromMainBundle() {
  return {
    name: 'cx-desk:cn-calendar-from-main-bundle',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && FROM_BUNDLE.some((pattern) => pattern.test(resolved.id)))
        return { id: '../cx-desk.bundle.js', external: true };
      return null;
    },
  };
}

export default defineConfig({
  logLevel: 'warn',
  plugins: [fromMainBundle(), cssLiterals()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    copyPublicDir: false,
    lib: {
      entry: 'src/calendars/cn.ts',
      formats: ['es'],
      fileName: () => 'calendars/cn.bundle.js',
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
  oxc: {
    decorator: { legacy: true },
  },
});
