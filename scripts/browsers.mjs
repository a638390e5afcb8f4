// Finds the Debian browsers the tests use, installing them when missing (CI and fresh machines).
// CHROME_PATH / FIREFOX_PATH override the defaults.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const candidates = {
  chromium: [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

/** Path of an installed browser, or undefined. */
export function findBrowser(name) {
  return candidates[name].find((path) => path && existsSync(path));
}

/** Installs Chromium and Firefox ESR from Debian when either is missing (needs root and apt-get). */
export function ensureBrowsers() {
  const missing = Object.keys(candidates).filter((name) => !findBrowser(name));
  if (missing.length === 0) return { chromium: findBrowser('chromium'), firefox: findBrowser('firefox') };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `Missing browsers (${missing.join(', ')}). Install them (apt-get install -y chromium firefox-esr) or set CHROME_PATH / FIREFOX_PATH.`,
    );
  }
  console.log(`Installing ${missing.join(' and ')} from Debian packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'firefox-esr', 'fonts-noto-cjk'], {
    stdio: 'inherit',
    env,
  });
  return { chromium: findBrowser('chromium'), firefox: findBrowser('firefox') };
}

/** Chromium flags that work as root in a container with no network beyond the registry. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = ensureBrowsers();
  console.log(`chromium: ${found.chromium}\nfirefox: ${found.firefox}`);
}
