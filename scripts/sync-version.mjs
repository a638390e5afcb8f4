// Carries package.json's version (just bumped by `changeset version`) into src/internal/version.ts
// (the VERSION that define() compares with an already registered copy's) and into package-lock.json's
// own entry, offline. `npm run version-packages` runs it; scripts/package-contract.test.mjs checks
// VERSION.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const versionFile = join(root, 'src/internal/version.ts');
const source = readFileSync(versionFile, 'utf8');
if (!/VERSION = '[^']*'/.test(source)) throw new Error(`${versionFile} has no VERSION = '…'`);
writeFileSync(versionFile, source.replace(/VERSION = '[^']*'/, `VERSION = '${version}'`));

const lockFile = join(root, 'package-lock.json');
const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
lock.version = version;
if (lock.packages?.['']) lock.packages[''].version = version;
writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);

console.log(`src/internal/version.ts and package-lock.json: ${version}`);
