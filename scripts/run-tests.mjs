// npm test: lint, typecheck, node tests (backend, package contract), build, Storybook build, host
// pages (framework apps, strict CSP, hostile CSS, closed roots, two copies, iframe; node:test +
// puppeteer), browser tests in Chromium and Firefox (web-test-runner, with coverage and a 90 % line
// gate on src/services), and the Storybook story tests. Runs every step, then prints one total: `N passed, N failed`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureBrowsers } from './browsers.mjs';

const RESULTS = '.test-results';
const SERVICES_LINE_GATE = 90;

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

/** Runs a command, streaming its output; resolves with its exit code and captured stdout. */
function run(command, args, { env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const steps = [];
function record(name, { passed = 0, failed = 0, ok }) {
  steps.push({ name, passed, failed, ok: ok ?? failed === 0 });
}
function header(title) {
  console.log(`\n=== ${title} ===`);
}

ensureBrowsers();

header('lint (eslint + prettier)');
{
  const eslint = await run('npx', ['eslint', '.', '--max-warnings=0']);
  const prettier = await run('npx', [
    'prettier',
    '--check',
    '--log-level=warn',
    'src',
    'stories',
    '.storybook',
    'scripts',
    'demo',
    'test',
  ]);
  const failed = (eslint.code === 0 ? 0 : 1) + (prettier.code === 0 ? 0 : 1);
  record('lint', { failed, ok: failed === 0 });
}

header('typecheck (tsc --noEmit)');
{
  const { code } = await run('npx', ['tsc', '-p', 'tsconfig.json']);
  record('typecheck', { failed: code === 0 ? 0 : 1, ok: code === 0 });
}

header('node tests (reference backend, package contract)');
{
  const { code, output } = await run('node', ['--test', '--test-reporter=tap', 'demo/backend/', 'scripts/']);
  const passed = Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0);
  const failed = Number(/^# fail (\d+)/m.exec(output)?.[1] ?? 0);
  record('node tests', { passed, failed: failed || (code === 0 ? 0 : 1), ok: code === 0 });
}

header('build (the bundle tests load dist/cx-desk.bundle.js)');
{
  const { code } = await run('node', ['scripts/build.mjs']);
  record('build', { failed: code === 0 ? 0 : 1, ok: code === 0 });
}

header('storybook build (the plain host page is compared with the stories)');
{
  const { code } = await run('npx', [
    'storybook',
    'build',
    '--disable-telemetry',
    '--quiet',
    '-o',
    'storybook-static',
  ]);
  record('storybook build', { failed: code === 0 ? 0 : 1, ok: code === 0 });
}

header('host pages (frameworks, strict CSP, hostile CSS, closed roots, two copies, iframe)');
{
  const { code, output } = await run('node', ['--test', '--test-reporter=tap', 'test/hosts/']);
  const passed = Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0);
  const failed = Number(/^# fail (\d+)/m.exec(output)?.[1] ?? 0);
  record('host pages', { passed, failed: failed || (code === 0 ? 0 : 1), ok: code === 0 });
}

header('browser tests (web-test-runner: Chromium + Firefox)');
{
  const { code } = await run('npx', ['web-test-runner', '--coverage']);
  const counts = existsSync(`${RESULTS}/wtr.json`)
    ? JSON.parse(readFileSync(`${RESULTS}/wtr.json`, 'utf8'))
    : { passed: 0, failed: 1 };
  record('browser tests', {
    passed: counts.passed,
    failed: counts.failed || (code === 0 ? 0 : 1),
    ok: code === 0,
  });

  const gate = servicesCoverage('coverage/lcov.info');
  console.log(
    `src/services line coverage: ${gate.percent.toFixed(1)} % (${gate.hit}/${gate.found}; gate ${SERVICES_LINE_GATE} %)`,
  );
  record('coverage gate src/services', { failed: gate.percent >= SERVICES_LINE_GATE ? 0 : 1 });
}

header('story tests (Storybook + Vitest, Chromium, a11y addon)');
{
  const { code } = await run('npx', [
    'vitest',
    'run',
    '--project=storybook',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${RESULTS}/stories.json`,
  ]);
  const report = existsSync(`${RESULTS}/stories.json`)
    ? JSON.parse(readFileSync(`${RESULTS}/stories.json`, 'utf8'))
    : undefined;
  record('story tests', {
    passed: report?.numPassedTests ?? 0,
    failed: (report?.numFailedTests ?? 0) || (code === 0 ? 0 : 1),
    ok: code === 0,
  });
}

/** Line coverage of src/services/ from an lcov report. */
function servicesCoverage(lcovPath) {
  if (!existsSync(lcovPath)) return { found: 0, hit: 0, percent: 0 };
  let found = 0;
  let hit = 0;
  let inServices = false;
  for (const line of readFileSync(lcovPath, 'utf8').split('\n')) {
    if (line.startsWith('SF:'))
      inServices = /(^|\/)src\/services\//.test(line.slice(3)) && !line.endsWith('.test.ts');
    else if (inServices && line.startsWith('LF:')) found += Number(line.slice(3));
    else if (inServices && line.startsWith('LH:')) hit += Number(line.slice(3));
  }
  return { found, hit, percent: found === 0 ? 0 : (hit / found) * 100 };
}

const passed = steps.reduce((sum, step) => sum + step.passed, 0);
const failed = steps.reduce((sum, step) => sum + step.failed, 0);
console.log('\n=== summary ===');
for (const step of steps)
  console.log(
    `${step.ok && step.failed === 0 ? 'ok  ' : 'FAIL'} ${step.name.padEnd(28)} ${step.passed} passed, ${step.failed} failed`,
  );
writeFileSync(`${RESULTS}/summary.json`, JSON.stringify({ passed, failed, steps }, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && steps.every((step) => step.ok) ? 0 : 1);
