// @ts-check
/**
 * `npm start`: the demo page (demo/public), the built library (dist/) and the reference backend
 * on one origin, so the page runs under the strict CSP that real CRM hosts impose.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from './backend/index.js';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/**
 * @typedef {object} ServerOptions
 * @property {number} [port] first port to try (default 4173); 0 picks a free one
 * @property {string} [host] interface to listen on (default: HOST env, else 127.0.0.1 — loopback only)
 * @property {string} [dataDir] backend data (default `<repo>/.data`)
 * @property {string} [publicDir] demo page (default `demo/public`)
 * @property {string} [distDir] built library (default `<repo>/dist`)
 * @property {string | false} [contentSecurityPolicy] the CSP header sent with HTML (default: the
 *   strict {@link CONTENT_SECURITY_POLICY}; `false` sends none, for host pages that test something else)
 */

const DEMO_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_DIR = path.resolve(DEMO_DIR, '..');
const DEFAULT_PORT = 4173;
const PORT_ATTEMPTS = 21; // the port asked for and the next 20

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** @param {string | false} policy */
function htmlHeaders(policy) {
  return {
    ...(policy === false ? {} : { 'content-security-policy': policy }),
    'referrer-policy': 'no-referrer',
  };
}

/** @param {Response} res @param {number} status @param {string} text */
function sendText(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

/**
 * Maps a URL path to a file inside one of the roots, or undefined when it would leave the root
 * (`..`, encoded or not) or has a type we do not serve.
 * @param {string} rawUrl @param {{ publicDir: string, distDir: string }} roots
 */
export function resolveStaticPath(rawUrl, roots) {
  let pathname;
  try {
    pathname = decodeURIComponent(rawUrl.split('?')[0]);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || !pathname.startsWith('/')) return undefined;
  const inDist = pathname.startsWith('/dist/');
  const root = inDist ? roots.distDir : roots.publicDir;
  let relative = inDist ? pathname.slice('/dist/'.length) : pathname.slice(1);
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return undefined;
  if (!CONTENT_TYPES[path.extname(file).toLowerCase()]) return undefined;
  return file;
}

/**
 * @param {Request} req @param {Response} res
 * @param {{ publicDir: string, distDir: string, policy: string | false }} roots
 */
async function serveStatic(req, res, roots) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    sendText(res, 405, 'Method Not Allowed');
    return;
  }
  const file = resolveStaticPath(req.url ?? '/', roots);
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) {
    sendText(res, 404, 'Not Found');
    return;
  }
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()];
  res.writeHead(200, {
    'content-type': type,
    'content-length': String(info.size),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(type.startsWith('text/html') ? htmlHeaders(roots.policy) : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * @param {import('node:http').Server} server @param {number} port @param {string | undefined} host
 * @returns {Promise<void>}
 */
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (/** @type {Error} */ error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the demo server; when the port is busy, tries the next ones (up to +20).
 * @param {ServerOptions} [options]
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export async function startServer(options = {}) {
  const { port = DEFAULT_PORT, host = process.env.HOST ?? '127.0.0.1' } = options;
  const roots = {
    publicDir: path.resolve(options.publicDir ?? path.join(DEMO_DIR, 'public')),
    distDir: path.resolve(options.distDir ?? path.join(REPO_DIR, 'dist')),
    policy: options.contentSecurityPolicy ?? CONTENT_SECURITY_POLICY,
  };
  const backend = createBackend({ dataDir: options.dataDir ?? path.join(REPO_DIR, '.data') });
  const server = createServer(async (req, res) => {
    try {
      if (!(await backend.handle(req, res))) await serveStatic(req, res, roots);
    } catch {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy();
    }
  });

  const attempts = port === 0 ? 1 : PORT_ATTEMPTS;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      await listen(server, port + attempt, host);
      break;
    } catch (error) {
      const busy = /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE';
      if (!busy || attempt === attempts - 1) {
        await backend.close();
        throw error;
      }
    }
  }
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://localhost:${address.port}/`,
    port: address.port,
    async close() {
      await backend.close();
      await new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      });
    },
  };
}

async function main() {
  const requested =
    process.env.PORT === undefined || process.env.PORT === '' ? DEFAULT_PORT : Number(process.env.PORT);
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    console.error(`PORT must be a port number, got "${process.env.PORT}"`);
    process.exit(1);
  }
  const { url, close } = await startServer({ port: requested });
  console.log(`cx-desk demo: ${url}`);
  if (!existsSync(path.join(REPO_DIR, 'dist', 'cx-desk.bundle.js'))) {
    console.error(
      'dist/cx-desk.bundle.js is missing: run `npm run build` so the demo page has components to load.',
    );
  }
  const stop = () => {
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
