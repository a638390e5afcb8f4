// Builds the framework host apps (test/hosts/react, vue and angular) into test/hosts/<app>/dist/,
// as each framework's own tooling would: Vite for React and Vue, the Angular application builder
// (run through Architect from the app's angular.json, as `ng build` does) for Angular. The apps
// import the package by its name, `cx-desk`; inside this repository that resolves through the
// package's own "exports" (a package self-reference) to the built dist/, so run `npm run build` first.
// The React app is also type-checked against the shipped `cx-desk/react` declarations.
//
// CLI: node test/hosts/lib/build-frameworks.mjs [react] [vue] [angular]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const require = createRequire(import.meta.url);
const HOSTS_DIR = fileURLToPath(new URL('../', import.meta.url));
const TSC = require.resolve('typescript/bin/tsc');
const ARCHITECT = require.resolve('@angular-devkit/architect/bin/cli.js');

/**
 * Runs a Node script; resolves when it exits with 0, else rejects with everything it printed.
 * @param {string[]} args
 * @param {string} cwd
 */
function runNode(args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}

/** @param {string} app */
async function viteBuild(app) {
  const root = join(HOSTS_DIR, app);
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'error' });
}

/** Each app's build; every one writes `test/hosts/<app>/dist/index.html` and its assets. */
export const FRAMEWORK_APPS = {
  react: async () => {
    await Promise.all([
      runNode([TSC, '-p', join(HOSTS_DIR, 'react', 'tsconfig.json')], HOSTS_DIR),
      viteBuild('react'),
    ]);
  },
  vue: () => viteBuild('vue'),
  angular: () => runNode([ARCHITECT, 'cx-desk-angular-host:build'], join(HOSTS_DIR, 'angular')),
};

/** @typedef {keyof typeof FRAMEWORK_APPS} FrameworkApp */

/**
 * Builds the apps one after the other (the machine is shared) and returns each one's seconds.
 * @param {FrameworkApp[]} [apps]
 * @returns {Promise<Record<string, number>>}
 */
export async function buildFrameworkApps(apps = /** @type {FrameworkApp[]} */ (Object.keys(FRAMEWORK_APPS))) {
  /** @type {Record<string, number>} */
  const seconds = {};
  for (const app of apps) {
    const started = performance.now();
    await FRAMEWORK_APPS[app]();
    seconds[app] = Math.round((performance.now() - started) / 100) / 10;
  }
  return seconds;
}

/** The app's built folder, to serve at `/`. */
export function appDistDir(/** @type {FrameworkApp} */ app) {
  return join(HOSTS_DIR, app, 'dist');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((app) => !(app in FRAMEWORK_APPS));
  if (unknown.length > 0) {
    console.error(`Unknown app: ${unknown.join(', ')} (known: ${Object.keys(FRAMEWORK_APPS).join(', ')})`);
    process.exit(2);
  }
  const seconds = await buildFrameworkApps(
    requested.length > 0 ? /** @type {FrameworkApp[]} */ (requested) : undefined,
  );
  for (const [app, time] of Object.entries(seconds))
    console.log(`${app}: built in ${time} s → ${appDistDir(app)}`);
}
