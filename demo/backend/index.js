// @ts-check
/**
 * The reference backend (contract: API.md): TM Forum v4/v5 read APIs over the seed data, an
 * idempotent survey-response store that survives restarts, and per-sandbox fault injection.
 * One handler serves node:http, the web-test-runner (Koa) dev server and node tests, so it only
 * touches req.method/url/headers, the request stream, res.writeHead/end and 'close' events.
 */
import { appendFile } from 'node:fs/promises';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createSeed } from './seed.js';
import {
  RESOURCES,
  renderBill,
  renderCustomer,
  renderEmployee,
  renderIndividual,
  renderInteraction,
  renderProduct,
  renderTicket,
  renderUsageReport,
  tmfError,
} from './tmf.js';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('./seed.js').CustomerRecord} CustomerRecord */
/** @typedef {import('./seed.js').SeedModel} SeedModel */
/** @typedef {import('./tmf.js').RenderContext} RenderContext */
/** @typedef {Record<string, unknown>} Json */
/** @typedef {{ status: number, body?: unknown, headers?: Record<string, string> }} Reply */
/**
 * @typedef {object} Call one backend request, with the sandbox prefix taken off
 * @property {string} method
 * @property {string} path e.g. `/tmf-api/customerManagement/v4/customer`
 * @property {string} target path and query string, what fault rules match against
 * @property {URLSearchParams} query
 * @property {string} sandbox
 * @property {string} basePath `''` or `/sandbox/{name}`
 * @property {string} body request body text (POST/PUT/PATCH), else ''
 * @property {Response} res
 */
/** @typedef {'latency' | 'http500' | 'timeout' | 'malformed' | 'ack-lost'} FaultMode */
/** @typedef {{ match?: string, mode: FaultMode, latencyMs?: number, times?: number }} FaultRule */
/** @typedef {{ rule: FaultRule, remaining: number }} FaultEntry remaining is Infinity without `times` */
/** @typedef {{ handle(req: Request, res: Response): Promise<boolean>, close(): Promise<void> }} Backend */

const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const TIMEOUT_HOLD_MS = 60_000;
const DEFAULT_LATENCY_MS = 1000;
const MAX_LATENCY_MS = 60_000;
const MAX_RULES = 100;
const SANDBOX_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const FAULT_MODES = ['latency', 'http500', 'timeout', 'malformed', 'ack-lost'];
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

/** A reply raised from deep inside a route (bad query value, bad body). */
class HttpError extends Error {
  /** @param {number} status @param {unknown} body */
  constructor(status, body) {
    super(`HTTP ${status}`);
    this.reply = { status, body };
  }
}

/** @param {string} message */
const invalid = (message) => new HttpError(400, { code: 'invalid', message });
/** @param {string} message */
const badTmfRequest = (message) => new HttpError(400, tmfError(400, 'Bad Request', message));
/** @param {string} message @returns {Reply} */
const notFound = (message) => ({ status: 404, body: tmfError(404, 'Not Found', message) });
/** @param {string} message @returns {Reply} */
const serverError = (message) => ({ status: 500, body: tmfError(500, 'Internal Server Error', message) });

// ---------------------------------------------------------------------------------------------
// Request plumbing

/**
 * Splits a raw request URL into sandbox, path and query; null when it is not a backend path.
 * The URL is split by hand because `new URL('//x/api/…', base)` would read `x` as a host.
 * @param {string} rawUrl
 * @returns {null | { error: string } | Omit<Call, 'method' | 'body' | 'res'>}
 */
function parseTarget(rawUrl) {
  const queryAt = rawUrl.indexOf('?');
  const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const rawQuery = queryAt === -1 ? '' : rawUrl.slice(queryAt + 1);
  const sandboxed = /^\/sandbox\/([^/]*)(\/.*)$/.exec(rawPath);
  const path = sandboxed ? sandboxed[2] : rawPath;
  if (!path.startsWith('/tmf-api/') && !path.startsWith('/api/')) return null;
  const sandbox = sandboxed ? sandboxed[1] : 'default';
  if (!SANDBOX_NAME.test(sandbox)) return { error: 'Sandbox names are 1 to 64 letters, digits, "_" or "-"' };
  return {
    path,
    target: path + (queryAt === -1 ? '' : `?${rawQuery}`),
    query: new URLSearchParams(rawQuery),
    sandbox,
    basePath: sandboxed ? `/sandbox/${sandbox}` : '',
  };
}

/**
 * Reads a request body up to `limit` bytes. Past the limit it keeps draining (so the client can
 * finish sending and read our 413) but stores nothing.
 * @param {Request} req @param {number} limit
 * @returns {Promise<{ text: string, tooLarge: boolean }>}
 */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    if (req.readableEnded) {
      resolve({ text: '', tooLarge: false });
      return;
    }
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () =>
      resolve({ text: size > limit ? '' : Buffer.concat(chunks).toString('utf8'), tooLarge: size > limit }),
    );
    req.on('error', reject);
    req.on('close', () => reject(new Error('Request closed before its body was read')));
  });
}

/** @param {Response} res */
function isGone(res) {
  return res.headersSent || res.writableEnded || res.destroyed;
}

/** @param {Response} res @param {Reply} reply */
function send(res, reply) {
  if (isGone(res)) return;
  const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    ...JSON_HEADERS,
    'content-length': String(Buffer.byteLength(text)),
    ...reply.headers,
  });
  res.end(text);
}

/** `malformed` fault: the real answer, cut in half so it no longer parses. @param {Response} res @param {Reply} reply */
function sendTruncated(res, reply) {
  if (isGone(res)) return;
  const text = JSON.stringify(reply.body ?? {});
  const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  res.writeHead(200, { ...JSON_HEADERS, 'content-length': String(Buffer.byteLength(cut)) });
  res.end(cut);
}

/** @param {string} text @returns {unknown} */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    throw invalid('The body is not valid JSON');
  }
}

/** @param {unknown} value @returns {value is Json} */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {string} segment */
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badTmfRequest('The path is not valid percent-encoding');
  }
}

/** @param {string} allowed @returns {Reply} */
function methodNotAllowed(allowed) {
  return {
    status: 405,
    body: tmfError(405, 'Method Not Allowed', `Use ${allowed}`),
    headers: { allow: allowed },
  };
}

// ---------------------------------------------------------------------------------------------
// Timers that end with the client or with close()

/** @typedef {'elapsed' | 'gone' | 'closing'} WaitOutcome */

function createWaits() {
  /** @type {Set<(outcome: WaitOutcome) => void>} */
  const pending = new Set();
  return {
    /**
     * Resolves after `ms`, or as soon as the client goes away, or when the backend closes.
     * @param {number} ms @param {Response} res @returns {Promise<WaitOutcome>}
     */
    wait(ms, res) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => finish('elapsed'), ms);
        const onClose = () => finish('gone');
        /** @param {WaitOutcome} outcome */
        function finish(outcome) {
          clearTimeout(timer);
          res.off('close', onClose);
          pending.delete(finish);
          resolve(outcome);
        }
        pending.add(finish);
        res.on('close', onClose);
      });
    },
    releaseAll() {
      for (const finish of [...pending]) finish('closing');
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Fault rules, per sandbox, in memory

/** @param {string} path */
function isDefaultFaultPath(path) {
  return (
    path.startsWith('/tmf-api/') ||
    path === '/api/survey-responses' ||
    path.startsWith('/api/survey-responses/')
  );
}

/** @param {unknown} raw @param {number} index @returns {FaultRule} */
function parseRule(raw, index) {
  const where = `rules[${index}]`;
  if (!isObject(raw)) throw invalid(`${where} must be an object`);
  const { match, mode, latencyMs, times } = raw;
  if (typeof mode !== 'string' || !FAULT_MODES.includes(mode))
    throw invalid(`${where}.mode must be one of ${FAULT_MODES.join(', ')}`);
  if (match != null && (typeof match !== 'string' || match.length === 0 || match.length > 1000)) {
    throw invalid(`${where}.match must be a non-empty string`);
  }
  if (
    latencyMs != null &&
    !(typeof latencyMs === 'number' && latencyMs >= 0 && latencyMs <= MAX_LATENCY_MS)
  ) {
    throw invalid(`${where}.latencyMs must be a number from 0 to ${MAX_LATENCY_MS}`);
  }
  if (times != null && !(Number.isInteger(times) && /** @type {number} */ (times) >= 0)) {
    throw invalid(`${where}.times must be a non-negative integer`);
  }
  /** @type {FaultRule} */
  const rule = { mode: /** @type {FaultMode} */ (mode) };
  if (match != null) rule.match = /** @type {string} */ (match);
  if (mode === 'latency')
    rule.latencyMs = /** @type {number | undefined} */ (latencyMs) ?? DEFAULT_LATENCY_MS;
  if (times != null) rule.times = /** @type {number} */ (times);
  return rule;
}

function createFaultRules() {
  /** @type {Map<string, FaultEntry[]>} */
  const bySandbox = new Map();

  /** @param {string} sandbox */
  function describe(sandbox) {
    const entries = bySandbox.get(sandbox) ?? [];
    return {
      rules: entries.map(({ rule, remaining }) => (rule.times === undefined ? rule : { ...rule, remaining })),
    };
  }

  return {
    describe,
    /** @param {string} sandbox @param {FaultRule[]} rules */
    replace(sandbox, rules) {
      bySandbox.set(
        sandbox,
        rules.map((rule) => ({ rule, remaining: rule.times ?? Infinity })),
      );
    },
    /** @param {string} sandbox */
    clear(sandbox) {
      bySandbox.delete(sandbox);
    },
    /**
     * The rule that applies to this request, if any; using it counts against its `times`.
     * @param {Call} call @returns {FaultRule | undefined}
     */
    take(call) {
      if (call.path === '/api/faults') return undefined;
      for (const entry of bySandbox.get(call.sandbox) ?? []) {
        const matches =
          entry.rule.match === undefined
            ? isDefaultFaultPath(call.path)
            : call.target.includes(entry.rule.match);
        if (matches && entry.remaining > 0) {
          entry.remaining -= 1;
          return entry.rule;
        }
      }
      return undefined;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Survey responses: append-only JSON lines, replayed at start

/**
 * @typedef {{ op: 'add', record: Json } | { op: 'clear', sandbox: string, at: string }} LogEntry
 */

/** @param {string} file @param {Map<string, Map<string, Json>>} sandboxes */
function replayLog(file, sandboxes) {
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8');
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      continue; // a line cut short by a crash: skip it, keep the rest
    }
    if (entry?.op === 'clear' && typeof entry.sandbox === 'string') sandboxes.delete(entry.sandbox);
    if (entry?.op === 'add' && isObject(entry.record)) {
      const { sandbox, responseId } = entry.record;
      if (typeof sandbox !== 'string' || typeof responseId !== 'string') continue;
      const responses = sandboxes.get(sandbox) ?? new Map();
      if (!responses.has(responseId)) responses.set(responseId, entry.record);
      sandboxes.set(sandbox, responses);
    }
  }
  // Appending after a cut-short last line would glue the next record onto it.
  if (text.length > 0 && !text.endsWith('\n')) appendFileSync(file, '\n');
}

/** @param {string} dataDir */
function openSurveyStore(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'survey-responses.jsonl');
  /** @type {Map<string, Map<string, Json>>} sandbox → responseId → stored response */
  const sandboxes = new Map();
  replayLog(file, sandboxes);
  /** @type {Promise<void>} */
  let writing = Promise.resolve();

  /** Writes one entry after the ones before it. @param {LogEntry} entry */
  function append(entry) {
    const write = writing.then(() => appendFile(file, `${JSON.stringify(entry)}\n`, 'utf8'));
    writing = write.catch(() => {});
    return write;
  }

  /** @param {string} sandbox */
  function responsesOf(sandbox) {
    let responses = sandboxes.get(sandbox);
    if (!responses) sandboxes.set(sandbox, (responses = new Map()));
    return responses;
  }

  return {
    /**
     * Stores a response unless its id is already stored in this sandbox.
     * @param {string} sandbox @param {Json & { responseId: string }} body
     */
    async add(sandbox, body) {
      const responses = responsesOf(sandbox);
      if (responses.has(body.responseId)) return false;
      const record = { ...body, sandbox, receivedAt: new Date().toISOString() };
      // Claimed before the write so a concurrent duplicate already sees it.
      responses.set(body.responseId, record);
      try {
        await append({ op: 'add', record });
      } catch (error) {
        responses.delete(body.responseId);
        throw error;
      }
      return true;
    },
    /** @param {string} sandbox @param {string} responseId */
    get(sandbox, responseId) {
      return sandboxes.get(sandbox)?.get(responseId);
    },
    /** @param {string} sandbox */
    list(sandbox) {
      return [...(sandboxes.get(sandbox)?.values() ?? [])];
    },
    /** @param {string} sandbox @returns {Promise<number>} how many were removed */
    async clear(sandbox) {
      const count = sandboxes.get(sandbox)?.size ?? 0;
      sandboxes.delete(sandbox);
      await append({ op: 'clear', sandbox, at: new Date().toISOString() });
      return count;
    },
    flush() {
      return writing;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// TMF resources

/** @typedef {{ total: number, at(index: number): unknown }} ListSource */

/** @param {unknown[]} items @returns {ListSource} */
function fromArray(items) {
  return { total: items.length, at: (index) => items[index] };
}

/**
 * @param {URLSearchParams} query @param {string} name @param {number} fallback
 */
function integerParam(query, name, fallback) {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^\d{1,15}$/.test(raw)) throw badTmfRequest(`${name} must be a non-negative integer`);
  return Number(raw);
}

/**
 * One page of a list with the TMF630 count headers.
 * @param {ListSource} source @param {URLSearchParams} query @param {(item: any) => unknown} render
 * @returns {Reply}
 */
function pageReply(source, query, render) {
  const offset = integerParam(query, 'offset', 0);
  const limit = Math.min(integerParam(query, 'limit', DEFAULT_LIMIT), MAX_LIMIT);
  const end = Math.min(source.total, offset + limit);
  const items = [];
  for (let index = offset; index < end; index += 1) items.push(render(source.at(index)));
  return {
    status: 200,
    body: items,
    headers: { 'x-total-count': String(source.total), 'x-result-count': String(items.length) },
  };
}

/**
 * Where to find every resource by id, built once from the seed.
 * @param {SeedModel} model
 */
function indexModel(model) {
  /** @type {Map<string, CustomerRecord>} customer and individual ids → customer */
  const owners = new Map();
  /** @type {Map<string, { customer: CustomerRecord, item: any }>} */
  const owned = new Map();
  for (const customer of model.customers) {
    owners.set(customer.id, customer);
    owners.set(customer.person.id, customer);
    owned.set(customer.usage.id, { customer, item: customer.usage });
    for (const item of [...customer.products, ...customer.bills, ...customer.tickets])
      owned.set(item.id, { customer, item });
  }
  return {
    owners,
    owned,
    employees: new Map(model.employees.map((employee) => [employee.id, employee])),
    /** Interaction ids encode customer and position, so the long lists need no index. @param {string} id */
    interaction(id) {
      const parts = /^INT-(.+)-(\d{5,})$/.exec(id);
      const customer = parts ? model.byId.get(`CUST-${parts[1]}`) : undefined;
      if (!parts || !customer) return undefined;
      const index = Number(parts[2]);
      if (index >= customer.interactions.total) return undefined;
      const item = customer.interactions.at(index);
      return item.id === id ? { customer, item } : undefined;
    },
  };
}

/**
 * @typedef {object} TmfCollection
 * @property {(ctx: RenderContext, query: URLSearchParams) => Reply} list
 * @property {(ctx: RenderContext, id: string) => unknown} get the rendered resource, or undefined
 */

/**
 * @param {SeedModel} model
 * @returns {Record<import('./tmf.js').ResourceKind, TmfCollection>}
 */
function createTmfCollections(model) {
  const index = indexModel(model);

  /** Owner from `relatedParty.id` (a customer or individual id). @param {URLSearchParams} query */
  function ownerFrom(query) {
    const partyId = query.get('relatedParty.id');
    if (!partyId) throw badTmfRequest('relatedParty.id is required');
    return index.owners.get(partyId);
  }

  /**
   * A collection of things that belong to one customer.
   * @param {(customer: CustomerRecord, query: URLSearchParams) => ListSource} itemsOf
   * @param {(ctx: RenderContext, customer: CustomerRecord, item: any) => unknown} render
   * @param {(id: string) => { customer: CustomerRecord, item: any } | undefined} find
   * @returns {TmfCollection}
   */
  function ownedCollection(itemsOf, render, find) {
    return {
      list(ctx, query) {
        const owner = ownerFrom(query);
        const source = owner ? itemsOf(owner, query) : fromArray([]);
        return pageReply(source, query, (item) => render(ctx, /** @type {CustomerRecord} */ (owner), item));
      },
      get(ctx, id) {
        const found = find(id);
        return found && render(ctx, found.customer, found.item);
      },
    };
  }

  /** @param {string} prefix @returns {(id: string) => { customer: CustomerRecord, item: any } | undefined} */
  const ownedWithPrefix = (prefix) => (id) => (id.startsWith(prefix) ? index.owned.get(id) : undefined);

  return {
    customer: {
      list(ctx, query) {
        const name = (query.get('name') ?? '').trim().toLocaleLowerCase();
        const customers = name
          ? model.customers.filter((customer) =>
              customer.person.formattedName.toLocaleLowerCase().includes(name),
            )
          : model.customers;
        return pageReply(fromArray(customers), query, (customer) => renderCustomer(ctx, customer));
      },
      get(ctx, id) {
        const customer = model.byId.get(id);
        return customer && renderCustomer(ctx, customer);
      },
    },
    individual: {
      list(ctx, query) {
        const people = [...model.customers.map((customer) => customer.person), ...model.employees];
        return pageReply(fromArray(people), query, (person) =>
          'languages' in person ? renderIndividual(ctx, person) : renderEmployee(ctx, person),
        );
      },
      get(ctx, id) {
        const employee = index.employees.get(id);
        if (employee) return renderEmployee(ctx, employee);
        const customer = index.owners.get(id);
        return customer && customer.person.id === id ? renderIndividual(ctx, customer.person) : undefined;
      },
    },
    product: ownedCollection(
      (customer) => fromArray(customer.products),
      renderProduct,
      ownedWithPrefix('PRD-'),
    ),
    usage: ownedCollection(
      (customer) => fromArray([customer]),
      (ctx, customer) => renderUsageReport(ctx, customer),
      (id) => {
        const found = id.startsWith('UCR-') ? index.owned.get(id) : undefined;
        return found && { customer: found.customer, item: found.customer };
      },
    ),
    bill: ownedCollection((customer) => fromArray(customer.bills), renderBill, ownedWithPrefix('CB-')),
    ticket: ownedCollection(
      (customer, query) => {
        const statuses = (query.get('status') ?? '')
          .split(',')
          .map((status) => status.trim())
          .filter(Boolean);
        return fromArray(
          statuses.length
            ? customer.tickets.filter((ticket) => statuses.includes(ticket.status))
            : customer.tickets,
        );
      },
      renderTicket,
      ownedWithPrefix('TT-'),
    ),
    interaction: ownedCollection(
      (customer) => customer.interactions,
      renderInteraction,
      (id) => index.interaction(id),
    ),
  };
}

/** @type {Map<string, import('./tmf.js').ResourceKind>} `api/collection` → resource kind */
const TMF_ROUTES = new Map(
  Object.entries(RESOURCES).map(([kind, resource]) => [
    `${resource.api}/${resource.collection}`,
    /** @type {import('./tmf.js').ResourceKind} */ (kind),
  ]),
);

// ---------------------------------------------------------------------------------------------

/**
 * @param {{ dataDir: string, now?: Date | number }} options
 * @returns {Backend}
 */
export function createBackend({ dataDir, now }) {
  if (!dataDir) throw new TypeError('createBackend: dataDir is required');
  const model = createSeed({ now });
  const collections = createTmfCollections(model);
  const surveys = openSurveyStore(dataDir);
  const faults = createFaultRules();
  const waits = createWaits();
  let closing = false;

  /** @param {Call} call @returns {Reply} */
  function routeTmf(call) {
    const parts = /^\/tmf-api\/([^/]+)\/([^/]+)\/([^/]+)(?:\/([^/]+))?$/.exec(call.path);
    const kind = parts && TMF_ROUTES.get(`${parts[1]}/${parts[3]}`);
    if (!parts || !kind || (parts[2] !== 'v4' && parts[2] !== 'v5'))
      return notFound(`No TMF resource at ${call.path}`);
    if (call.method !== 'GET') return methodNotAllowed('GET');
    /** @type {RenderContext} */
    const ctx = { version: parts[2], basePath: call.basePath };
    const collection = collections[kind];
    if (parts[4] === undefined) return collection.list(ctx, call.query);
    const id = decodeSegment(parts[4]);
    const resource = collection.get(ctx, id);
    return resource ? { status: 200, body: resource } : notFound(`No ${RESOURCES[kind].type} with id ${id}`);
  }

  /** @param {Call} call @returns {Promise<Reply>} */
  async function routeSurveys(call) {
    if (call.method === 'POST') {
      const body = parseJson(call.body);
      if (!isObject(body)) throw invalid('The body must be a JSON object');
      const { responseId } = body;
      if (typeof responseId !== 'string' || responseId.length < 8 || responseId.length > 128) {
        throw invalid('responseId is required: a string of 8 to 128 characters');
      }
      const created = await surveys.add(call.sandbox, { ...body, responseId });
      return { status: created ? 201 : 200, body: { responseId, status: created ? 'created' : 'duplicate' } };
    }
    if (call.method === 'GET') {
      const sandbox = call.query.get('sandbox') ?? call.sandbox;
      if (!SANDBOX_NAME.test(sandbox)) throw invalid('sandbox is not a valid sandbox name');
      const items = surveys.list(sandbox);
      return { status: 200, body: { items, total: items.length } };
    }
    if (call.method === 'DELETE') {
      if (call.sandbox === 'default') {
        return {
          status: 403,
          body: tmfError(403, 'Forbidden', 'Responses can only be cleared inside a sandbox'),
        };
      }
      return { status: 200, body: { cleared: await surveys.clear(call.sandbox) } };
    }
    return methodNotAllowed('GET, POST, DELETE');
  }

  /** @param {Call} call @returns {Reply} */
  function routeFaults(call) {
    if (call.method === 'GET') return { status: 200, body: faults.describe(call.sandbox) };
    if (call.method === 'DELETE') {
      faults.clear(call.sandbox);
      return { status: 200, body: faults.describe(call.sandbox) };
    }
    if (call.method === 'PUT') {
      const body = parseJson(call.body);
      if (!isObject(body) || !Array.isArray(body.rules)) throw invalid('The body must be { rules: [...] }');
      if (body.rules.length > MAX_RULES) throw invalid(`At most ${MAX_RULES} rules`);
      faults.replace(call.sandbox, body.rules.map(parseRule));
      return { status: 200, body: faults.describe(call.sandbox) };
    }
    return methodNotAllowed('GET, PUT, DELETE');
  }

  /** @param {Call} call @returns {Promise<Reply>} */
  async function route(call) {
    try {
      if (call.path.startsWith('/tmf-api/')) return routeTmf(call);
      if (call.path === '/api/health') {
        return call.method === 'GET'
          ? { status: 200, body: { ok: true, customers: model.customers.length } }
          : methodNotAllowed('GET');
      }
      if (call.path === '/api/faults') return routeFaults(call);
      if (call.path === '/api/survey-responses') return await routeSurveys(call);
      const single = /^\/api\/survey-responses\/([^/]+)$/.exec(call.path);
      if (single) {
        if (call.method !== 'GET') return methodNotAllowed('GET');
        const responseId = decodeSegment(single[1]);
        const stored = surveys.get(call.sandbox, responseId);
        return stored ? { status: 200, body: stored } : notFound(`No survey response ${responseId}`);
      }
      return notFound(`No API at ${call.path}`);
    } catch (error) {
      if (error instanceof HttpError) return error.reply;
      throw error;
    }
  }

  /** @param {Response} res */
  function shuttingDown(res) {
    send(res, { status: 503, body: tmfError(503, 'Service Unavailable', 'The backend is shutting down') });
  }

  /** Applies the sandbox's fault rule, if one matches, around the normal answer. @param {Call} call */
  async function serve(call) {
    const rule = faults.take(call);
    switch (rule?.mode) {
      case undefined:
        return send(call.res, await route(call));
      case 'http500':
        return send(call.res, serverError('Injected fault: http500'));
      case 'timeout':
        // Not awaited: handle() has taken the request; the answer comes later or never.
        void waits.wait(TIMEOUT_HOLD_MS, call.res).then((outcome) => {
          if (outcome !== 'gone')
            send(call.res, {
              status: 504,
              body: tmfError(504, 'Gateway Timeout', 'Injected fault: timeout'),
            });
        });
        return undefined;
      case 'latency': {
        const outcome = await waits.wait(rule.latencyMs ?? DEFAULT_LATENCY_MS, call.res);
        if (outcome === 'closing') return shuttingDown(call.res);
        return send(call.res, await route(call));
      }
      case 'malformed':
        return sendTruncated(call.res, await route(call));
      case 'ack-lost':
        await route(call);
        return send(call.res, serverError('Injected fault: ack-lost (the request was processed)'));
    }
  }

  /** @param {Request} req @param {Response} res @returns {Promise<boolean>} */
  async function handle(req, res) {
    const parsed = parseTarget(req.url ?? '/');
    if (!parsed) return false;
    try {
      if ('error' in parsed) {
        send(res, { status: 400, body: tmfError(400, 'Bad Request', parsed.error) });
      } else if (closing) {
        shuttingDown(res);
      } else {
        const method = (req.method ?? 'GET').toUpperCase();
        const body = BODY_METHODS.has(method)
          ? await readBody(req, MAX_BODY_BYTES)
          : { text: '', tooLarge: false };
        if (body.tooLarge) {
          send(res, {
            status: 413,
            body: tmfError(413, 'Payload Too Large', `Bodies are limited to ${MAX_BODY_BYTES} bytes`),
          });
        } else {
          await serve({ ...parsed, method, body: body.text, res });
        }
      }
    } catch (error) {
      if (!isGone(res)) console.error('cx-desk backend:', error);
      send(res, serverError('Unexpected error'));
    }
    return true;
  }

  return {
    handle,
    async close() {
      closing = true;
      waits.releaseAll();
      await surveys.flush();
    },
  };
}
