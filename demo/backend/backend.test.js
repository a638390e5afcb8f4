// @ts-check
/**
 * Behaviour of the reference backend and the demo server, over real HTTP.
 * Run: node --test demo/backend/
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from './index.js';
import { createSeed, LIFECYCLE_STAGES, TIERS } from './seed.js';
import { CONTENT_SECURITY_POLICY, startServer } from '../server.js';

/** @typedef {{ status: number, headers: Headers, body: any, text: string }} JsonResponse */

const NOW = new Date('2025-11-22T10:00:00Z');
const DAY = 86_400_000;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHURN_REASONS = ['competitor-offer', 'network-quality', 'bill-shock', 'contract-ending'];
// A regression in held requests would otherwise hang the run instead of failing it.
const SUITE = { timeout: 10_000 };

/** @type {string[]} */
const tempDirs = [];
after(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** @param {string} prefix */
function tempDir(prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), `cx-desk-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

/**
 * A node:http server around one backend; non-backend paths answer 418 so tests can tell.
 * @param {string} dataDir
 */
async function startBackend(dataDir) {
  const backend = createBackend({ dataDir, now: NOW });
  const server = createServer(async (req, res) => {
    if (!(await backend.handle(req, res))) {
      res.writeHead(418);
      res.end('not a backend path');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    backend,
    async stop() {
      await backend.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/** @param {string} url @param {RequestInit} [init] @returns {Promise<JsonResponse>} */
async function call(url, init) {
  const response = await fetch(url, init);
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** @param {string} url @param {unknown} body @param {string} [method] */
function sendJson(url, body, method = 'POST') {
  return call(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** A GET with the path sent exactly as written (fetch would normalise `..`). @param {number} port @param {string} rawPath */
function rawGet(port, rawPath) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * v4 characteristic list → plain object.
 * @param {Array<{ name: string, value: unknown }>} items
 * @returns {Record<string, any>}
 */
function characteristicMap(items) {
  return Object.fromEntries(items.map((item) => [item.name, item.value]));
}

const tmf = {
  /** @param {'v4' | 'v5'} v */
  customers: (v) => `/tmf-api/customerManagement/${v}/customer`,
  /** @param {'v4' | 'v5'} v @param {string} id */
  customer: (v, id) => `/tmf-api/customerManagement/${v}/customer/${id}`,
  /** @param {'v4' | 'v5'} v @param {string} id */
  individual: (v, id) => `/tmf-api/partyManagement/${v}/individual/${id}`,
  /** @param {'v4' | 'v5'} v @param {string} id */
  products: (v, id) => `/tmf-api/productInventory/${v}/product?relatedParty.id=${id}`,
  /** @param {'v4' | 'v5'} v @param {string} id */
  usage: (v, id) => `/tmf-api/usageManagement/${v}/usageConsumptionReport?relatedParty.id=${id}`,
  /** @param {'v4' | 'v5'} v @param {string} id */
  bills: (v, id) => `/tmf-api/customerBillManagement/${v}/customerBill?relatedParty.id=${id}`,
  /** @param {'v4' | 'v5'} v @param {string} id */
  tickets: (v, id) => `/tmf-api/troubleTicket/${v}/troubleTicket?relatedParty.id=${id}`,
  /** @param {'v4' | 'v5'} v @param {string} id */
  interactions: (v, id) => `/tmf-api/partyInteraction/${v}/partyInteraction?relatedParty.id=${id}`,
};

// ---------------------------------------------------------------------------------------------

describe('seed', SUITE, () => {
  test('is deterministic for a reference date and fast', () => {
    const started = performance.now();
    const first = createSeed({ now: NOW });
    const elapsed = performance.now() - started;
    const second = createSeed({ now: NOW });
    assert.ok(elapsed < 300, `seeding took ${elapsed.toFixed(0)} ms`);
    assert.equal(JSON.stringify(first.customers), JSON.stringify(second.customers));
    const big = /** @type {import('./seed.js').CustomerRecord} */ (first.byId.get('CUST-BIG'));
    assert.deepEqual(big.interactions.at(5_000), second.byId.get('CUST-BIG')?.interactions.at(5_000));
  });

  test('moves its dates with the reference date and keeps everything else', () => {
    const later = new Date(NOW.getTime() + 30 * DAY);
    const a = createSeed({ now: NOW }).customers[0];
    const b = createSeed({ now: later }).customers[0];
    assert.equal(a.person.formattedName, b.person.formattedName);
    assert.equal(b.customerSince - a.customerSince, 30 * DAY);
    assert.equal(b.tickets[0].creationDate - a.tickets[0].creationDate, 30 * DAY);
    assert.equal(b.interactions.at(0).date - a.interactions.at(0).date, 30 * DAY);
  });

  test('tells the stories agents meet', () => {
    const { customers } = createSeed({ now: NOW });
    const now = NOW.getTime();
    const seeded = customers.filter((customer) => customer.id !== 'CUST-BIG');
    const zh = seeded.filter((customer) => /^[\u4e00-\u9fff]{2,3}$/.test(customer.person.formattedName));
    const en = seeded.filter((customer) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(customer.person.formattedName));
    assert.equal(zh.length, 16, 'half have Chinese names');
    assert.equal(en.length, 16, 'half have English names');
    for (const customer of customers) assert.match(customer.person.mobile, /^1[358]\d{9}$/);
    assert.equal(new Set(customers.map((customer) => customer.person.mobile)).size, customers.length);

    const inArrears = seeded.filter((customer) =>
      customer.bills.some((bill) => bill.remaining > 0 && bill.dueDate < now),
    );
    assert.ok(inArrears.length >= 3, 'several in arrears');
    const complaints = seeded
      .flatMap((customer) => customer.tickets)
      .filter((ticket) => ticket.type === 'complaint' && ticket.status !== 'closed');
    assert.ok(complaints.length >= 3, 'several open complaints');
    const statuses = new Set(complaints.map((ticket) => /** @type {string} */ (ticket.status)));
    for (const status of ['acknowledged', 'inProgress', 'pending', 'held'])
      assert.ok(statuses.has(status), `a complaint is ${status}`);
    assert.ok(
      complaints.some(
        (ticket) =>
          ticket.status === 'inProgress' && ticket.history.some((change) => change.status === 'pending'),
      ),
    );

    const atRisk = seeded.filter((customer) => customer.churnRisk > 0.6);
    assert.ok(atRisk.length >= 3, 'some port-out risks');
    for (const customer of atRisk) {
      assert.ok(customer.churnReasons.length > 0);
      for (const reason of customer.churnReasons) assert.ok(CHURN_REASONS.includes(reason), reason);
    }
    const shocked = seeded.filter((customer) => {
      const [latest, ...older] = customer.bills;
      return older.length > 0 && latest.amountDue > 2.5 * Math.max(...older.map((bill) => bill.amountDue));
    });
    assert.ok(shocked.length >= 2, 'bill shock');
    assert.ok(seeded.filter((customer) => customer.networkFaultInArea).length >= 2, 'network faults');
    const repeaters = seeded.filter((customer) => {
      let recent = 0;
      for (let i = 0; i < customer.interactions.total; i += 1) {
        const interaction = customer.interactions.at(i);
        if (interaction.date < now - 7 * DAY) break;
        if (interaction.direction === 'inbound') recent += 1;
      }
      return recent >= 2;
    });
    assert.ok(repeaters.length >= 3, 'repeat contacts in the last 7 days');
    assert.ok(repeaters.length < seeded.length / 2, 'most customers are not repeat contacts');
  });
});

describe('TMF APIs', SUITE, () => {
  /** @type {Awaited<ReturnType<typeof startBackend>>} */
  let server;
  before(async () => {
    server = await startBackend(tempDir('tmf'));
  });
  after(() => server.stop());

  test('health counts the customers', async () => {
    const { status, body, headers } = await call(`${server.base}/api/health`);
    assert.equal(status, 200);
    assert.deepEqual(body, { ok: true, customers: 33 });
    assert.equal(headers.get('cache-control'), 'no-store');
  });

  test('lists at least 30 customers covering every tier and lifecycle stage', async () => {
    const { status, body, headers } = await call(`${server.base}${tmf.customers('v4')}?limit=1000`);
    assert.equal(status, 200);
    assert.ok(body.length >= 30);
    assert.equal(headers.get('x-total-count'), String(body.length));
    assert.equal(headers.get('x-result-count'), String(body.length));
    assert.equal(body[0].id, 'CUST-0001');
    assert.ok(body.some((/** @type {any} */ customer) => customer.id === 'CUST-BIG'));
    const traits = body.map((/** @type {any} */ customer) => characteristicMap(customer.characteristic));
    assert.deepEqual(new Set(traits.map((/** @type {any} */ t) => t.tier)), new Set(TIERS));
    assert.deepEqual(
      new Set(traits.map((/** @type {any} */ t) => t.lifecycleStage)),
      new Set(LIFECYCLE_STAGES),
    );
    assert.deepEqual(
      new Set(traits.map((/** @type {any} */ t) => t.preferredLanguage)),
      new Set(['zh-CN', 'en']),
    );
  });

  test('filters customers by name and pages with offset and limit', async () => {
    const chinese = await call(`${server.base}${tmf.customers('v4')}?name=${encodeURIComponent('李娜')}`);
    assert.deepEqual(
      chinese.body.map((/** @type {any} */ c) => c.id),
      ['CUST-0003'],
    );
    const english = await call(`${server.base}${tmf.customers('v5')}?name=EMILY`);
    assert.deepEqual(
      english.body.map((/** @type {any} */ c) => c.name),
      ['Emily Carter'],
    );
    assert.equal(english.headers.get('x-total-count'), '1');
    const page = await call(`${server.base}${tmf.customers('v4')}?offset=30&limit=2`);
    assert.deepEqual(
      page.body.map((/** @type {any} */ c) => c.id),
      ['CUST-0031', 'CUST-0032'],
    );
    assert.equal(page.headers.get('x-total-count'), '33');
    assert.equal(page.headers.get('x-result-count'), '2');
  });

  test('CUST-BIG has 10,000 interactions, newest first, across pages', async () => {
    const url = `${server.base}${tmf.interactions('v4', 'CUST-BIG')}`;
    const first = await call(url);
    assert.equal(first.headers.get('x-total-count'), '10000');
    assert.equal(first.headers.get('x-result-count'), '100', 'default limit is 100');
    const second = await call(`${url}&offset=100&limit=100`);
    const capped = await call(`${url}&offset=0&limit=5000`);
    assert.equal(capped.body.length, 1000, 'limit is capped at 1000');
    const last = await call(`${url}&offset=9990&limit=100`);
    assert.equal(last.body.length, 10);
    assert.equal(last.headers.get('x-result-count'), '10');
    assert.equal(last.headers.get('x-total-count'), '10000');
    const beyond = await call(`${url}&offset=20000`);
    assert.deepEqual(beyond.body, []);

    const dates = [...first.body, ...second.body].map((/** @type {any} */ item) =>
      Date.parse(item.interactionDate.startDateTime),
    );
    for (let i = 1; i < dates.length; i += 1) assert.ok(dates[i - 1] >= dates[i], 'newest first');
    const ids = new Set(
      [...first.body, ...second.body, ...last.body].map((/** @type {any} */ item) => item.id),
    );
    assert.equal(ids.size, 210);
    const one = await call(`${server.base}${last.body[9].href}`);
    assert.deepEqual(one.body, last.body[9]);
  });

  test('v4 and v5 render characteristics in their own forms', async () => {
    const v4 = (await call(`${server.base}${tmf.customer('v4', 'CUST-0001')}`)).body;
    const v5 = (await call(`${server.base}${tmf.customer('v5', 'CUST-0001')}`)).body;
    for (const item of v4.characteristic)
      assert.deepEqual(Object.keys(item).sort(), ['name', 'value', 'valueType']);
    const v5ByName = Object.fromEntries(
      v5.characteristic.map((/** @type {any} */ item) => [item.name, item]),
    );
    assert.equal(v5ByName.tier['@type'], 'StringCharacteristic');
    assert.equal(v5ByName.churnRisk['@type'], 'NumberCharacteristic');
    assert.equal(v5ByName.networkFaultInArea['@type'], 'BooleanCharacteristic');
    assert.equal(v5ByName.nextBestOffers['@type'], 'ObjectCharacteristic');
    assert.equal(v5ByName.satisfactionHistory['@type'], 'ObjectCharacteristic');
    assert.deepEqual(
      characteristicMap(v4.characteristic),
      Object.fromEntries(v5.characteristic.map((/** @type {any} */ i) => [i.name, i.value])),
    );

    const traits = characteristicMap(v4.characteristic);
    assert.equal(typeof traits['x-vendorSegment'], 'string', 'carries an unknown vendor extension');
    assert.ok(traits.churnRisk >= 0 && traits.churnRisk <= 1);
    assert.ok(Array.isArray(traits.churnReasons));
    for (const answer of /** @type {any[]} */ (traits.satisfactionHistory)) {
      assert.ok(['csat', 'nps'].includes(answer.kind));
      assert.ok(!Number.isNaN(Date.parse(answer.date)));
    }
    for (const offer of /** @type {any[]} */ (traits.nextBestOffers))
      assert.deepEqual(Object.keys(offer).sort(), ['description', 'id', 'kind', 'name']);
    assert.equal(v4['@type'], 'Customer');
    assert.equal(v4['@baseType'], 'PartyRole');
    assert.equal(v4.href, tmf.customer('v4', 'CUST-0001'));
    assert.equal(v5.href, tmf.customer('v5', 'CUST-0001'));
  });

  test('v4 and v5 render related parties in their own forms', async () => {
    const listings = [tmf.products, tmf.usage, tmf.bills, tmf.tickets, tmf.interactions];
    for (const listing of listings) {
      const [v4] = (await call(`${server.base}${listing('v4', 'CUST-0001')}`)).body;
      const [v5] = (await call(`${server.base}${listing('v5', 'CUST-0001')}`)).body;
      const owner4 = v4.relatedParty.find((/** @type {any} */ party) => party.role === 'customer');
      assert.deepEqual(Object.keys(owner4).sort(), ['@referredType', 'href', 'id', 'name', 'role']);
      assert.equal(owner4.id, 'CUST-0001');
      assert.equal(owner4['@referredType'], 'Customer');
      const owner5 = v5.relatedParty.find((/** @type {any} */ party) => party.role === 'customer');
      assert.equal(owner5['@type'], 'RelatedPartyRefOrPartyRoleRef');
      assert.equal(owner5.id, undefined);
      assert.deepEqual(owner5.partyOrPartyRole, {
        '@type': 'PartyRef',
        id: 'CUST-0001',
        href: tmf.customer('v5', 'CUST-0001'),
        name: owner4.name,
        '@referredType': 'Customer',
      });
    }
    const v4Customer = (await call(`${server.base}${tmf.customer('v4', 'CUST-0001')}`)).body;
    assert.equal(v4Customer.relatedParty[0].role, 'accountManager');
    assert.equal((await call(`${server.base}${v4Customer.relatedParty[0].href}`)).status, 200);
  });

  test('every resource has id, href and @type, and its href answers with it', async () => {
    for (const v of /** @type {const} */ (['v4', 'v5'])) {
      const customer = (await call(`${server.base}${tmf.customer(v, 'CUST-0005')}`)).body;
      const individual = (await call(`${server.base}${customer.engagedParty.href}`)).body;
      assert.equal(individual['@type'], 'Individual');
      assert.equal(individual.formattedName, '张伟');
      assert.equal(individual.familyName, '张');
      assert.ok(
        individual.languageAbility.some(
          (/** @type {any} */ l) => l.languageCode === 'zh-CN' && l.isFavouriteLanguage,
        ),
      );
      for (const listing of [tmf.products, tmf.usage, tmf.bills, tmf.tickets, tmf.interactions]) {
        const { body } = await call(`${server.base}${listing(v, 'CUST-0005')}`);
        assert.ok(body.length > 0, listing(v, 'CUST-0005'));
        const item = body[0];
        assert.ok(item.id && item.href && item['@type'], JSON.stringify(item).slice(0, 80));
        const followed = await call(`${server.base}${item.href}`);
        assert.equal(followed.status, 200, item.href);
        assert.deepEqual(followed.body, item);
      }
    }
  });

  test('bills, usage and tickets carry the TMF fields the widgets read', async () => {
    const bills = (await call(`${server.base}${tmf.bills('v4', 'CUST-0004')}`)).body;
    assert.equal(bills.length, 6);
    const overdue = bills.filter(
      (/** @type {any} */ bill) =>
        bill.remainingAmount.value > 0 && Date.parse(bill.paymentDueDate) < NOW.getTime(),
    );
    assert.ok(overdue.length >= 1, 'CUST-0004 is in arrears');
    assert.deepEqual(Object.keys(bills[0].amountDue).sort(), ['unit', 'value']);
    assert.equal(bills[0].amountDue.unit, 'CNY');

    const [usage] = (await call(`${server.base}${tmf.usage('v5', 'CUST-0001')}`)).body;
    assert.deepEqual(
      usage.bucket.map((/** @type {any} */ bucket) => bucket.usageType),
      ['data', 'voice', 'sms'],
    );
    const data = usage.bucket[0];
    assert.equal(data.bucketBalance[0].remainingValue.units, 'GB');
    assert.equal(data.bucketCounter[0].counterType, 'used');

    const open = await call(
      `${server.base}${tmf.tickets('v4', 'CUST-0001')}&status=acknowledged,inProgress,pending,held`,
    );
    assert.ok(open.body.length >= 1);
    for (const ticket of open.body)
      assert.ok(['acknowledged', 'inProgress', 'pending', 'held'].includes(ticket.status));
    assert.equal(open.body[0].ticketType, 'complaint');
    assert.ok(open.body[0].statusChangeHistory.length >= 1);
    const closed = await call(`${server.base}${tmf.tickets('v4', 'CUST-0001')}&status=closed`);
    for (const ticket of closed.body) assert.equal(ticket.status, 'closed');
  });

  test('hrefs keep a client in its sandbox', async () => {
    const { body } = await call(`${server.base}/sandbox/links/${tmf.customer('v5', 'CUST-0002').slice(1)}`);
    assert.equal(body.href, `/sandbox/links${tmf.customer('v5', 'CUST-0002')}`);
    assert.ok(body.engagedParty.href.startsWith('/sandbox/links/tmf-api/partyManagement/v5/individual/'));
  });

  test('unknown ids and paths answer 404 with a TMF error', async () => {
    for (const path of [
      tmf.customer('v4', 'CUST-9999'),
      tmf.customer('v5', 'CUST-9999'),
      tmf.individual('v4', 'IND-9999'),
      tmf.individual('v5', 'CUST-0001'),
      '/tmf-api/partyInteraction/v4/partyInteraction/INT-BIG-10000',
      '/tmf-api/customerManagement/v3/customer/CUST-0001',
      '/tmf-api/nothingManagement/v4/thing',
      '/api/nothing',
    ]) {
      const { status, body, headers } = await call(`${server.base}${path}`);
      assert.equal(status, 404, path);
      assert.equal(body.code, '404');
      assert.equal(body.reason, 'Not Found');
      assert.equal(typeof body.message, 'string');
      assert.equal(headers.get('cache-control'), 'no-store');
    }
    const unknownOwner = await call(`${server.base}${tmf.products('v4', 'CUST-9999')}`);
    assert.deepEqual(
      [unknownOwner.status, unknownOwner.body, unknownOwner.headers.get('x-total-count')],
      [200, [], '0'],
    );
    const elsewhere = await call(`${server.base}/apiary/health`);
    assert.equal(elsewhere.status, 418, 'non-backend paths are left to the host');
  });

  test('bad input answers 400, wrong methods 405, and the server keeps running', async () => {
    for (const path of [
      `${tmf.customers('v4')}?limit=abc`,
      `${tmf.customers('v4')}?offset=-1`,
      `${tmf.customers('v4')}?limit=1.5`,
      '/tmf-api/productInventory/v4/product',
      `${tmf.customer('v4', '%E0%A4%A')}`,
      '/sandbox/no%20spaces/api/health',
      `/sandbox/${'x'.repeat(65)}/api/health`,
    ]) {
      const { status, body } = await call(`${server.base}${path}`);
      assert.equal(status, 400, path);
      assert.equal(body.code, '400');
    }
    const post = await call(`${server.base}${tmf.customers('v4')}`, { method: 'POST', body: '{}' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET');
    assert.equal((await call(`${server.base}/api/health`)).status, 200);
  });
});

describe('fault injection', SUITE, () => {
  /** @type {Awaited<ReturnType<typeof startBackend>>} */
  let server;
  before(async () => {
    server = await startBackend(tempDir('faults'));
  });
  after(() => server.stop());

  /** @param {string} sandbox @param {unknown[]} rules */
  async function setRules(sandbox, rules) {
    const reply = await sendJson(`${server.base}/sandbox/${sandbox}/api/faults`, { rules }, 'PUT');
    assert.equal(reply.status, 200, reply.text);
    return reply.body;
  }

  test('latency delays the answer, then answers normally', async () => {
    await setRules('slow', [{ mode: 'latency', latencyMs: 150, match: 'CUST-0002' }]);
    const started = performance.now();
    const slow = await call(`${server.base}/sandbox/slow${tmf.customer('v4', 'CUST-0002')}`);
    const elapsed = performance.now() - started;
    assert.equal(slow.status, 200);
    assert.equal(slow.body.id, 'CUST-0002');
    assert.ok(elapsed >= 140, `answered after ${elapsed.toFixed(0)} ms`);
  });

  test('http500 fails only as many times as asked', async () => {
    await setRules('flaky', [{ mode: 'http500', times: 1 }]);
    const url = `${server.base}/sandbox/flaky${tmf.customer('v4', 'CUST-0001')}`;
    const failed = await call(url);
    assert.equal(failed.status, 500);
    assert.deepEqual([failed.body.code, failed.body.reason], ['500', 'Internal Server Error']);
    assert.equal((await call(url)).status, 200);
    const { body } = await call(`${server.base}/sandbox/flaky/api/faults`);
    assert.deepEqual(body.rules, [{ mode: 'http500', times: 1, remaining: 0 }]);
  });

  test(
    'timeout holds the request until the client gives up; the server stays healthy',
    { timeout: 3000 },
    async () => {
      await setRules('hang', [{ mode: 'timeout' }]);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 150);
      await assert.rejects(
        fetch(`${server.base}/sandbox/hang${tmf.customer('v4', 'CUST-0001')}`, { signal: controller.signal }),
        {
          name: 'AbortError',
        },
      );
      clearTimeout(timer);
      const health = await call(`${server.base}/sandbox/hang/api/health`);
      assert.equal(health.status, 200, 'health is not faulted by default rules');
      assert.equal((await call(`${server.base}${tmf.customer('v4', 'CUST-0001')}`)).status, 200);
    },
  );

  test(
    'close() answers held requests with 504 instead of leaving them hanging',
    { timeout: 3000 },
    async (t) => {
      const own = await startBackend(tempDir('close'));
      t.after(() => own.stop());
      await sendJson(`${own.base}/api/faults`, { rules: [{ mode: 'timeout' }] }, 'PUT');
      const pending = call(`${own.base}${tmf.customer('v4', 'CUST-0001')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const started = performance.now();
      await own.backend.close();
      const reply = await pending;
      assert.equal(reply.status, 504);
      assert.ok(performance.now() - started < 1000);
    },
  );

  test('malformed answers 200 with JSON that does not parse', async () => {
    await setRules('broken', [{ mode: 'malformed', match: '/customer/' }]);
    const response = await fetch(`${server.base}/sandbox/broken${tmf.customer('v5', 'CUST-0003')}`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    const text = await response.text();
    assert.ok(text.length > 0);
    assert.throws(() => JSON.parse(text), SyntaxError);
  });

  test('ack-lost stores the survey response, then answers 500', async () => {
    await setRules('acks', [{ mode: 'ack-lost', match: 'survey-responses', times: 1 }]);
    const body = { responseId: 'ack-lost-0001', surveyId: 'csat-after-call', answers: { csat: 4 } };
    const lost = await sendJson(`${server.base}/sandbox/acks/api/survey-responses`, body);
    assert.equal(lost.status, 500);
    const stored = await call(`${server.base}/sandbox/acks/api/survey-responses/ack-lost-0001`);
    assert.equal(stored.status, 200);
    assert.deepEqual(stored.body.answers, { csat: 4 });
    const retried = await sendJson(`${server.base}/sandbox/acks/api/survey-responses`, body);
    assert.deepEqual(
      [retried.status, retried.body],
      [200, { responseId: 'ack-lost-0001', status: 'duplicate' }],
    );
  });

  test('rules match a substring of path and query; /api/faults is never faulted', async () => {
    await setRules('picky', [
      { mode: 'http500', match: 'relatedParty.id=CUST-0003' },
      { mode: 'http500', match: '/api/' },
    ]);
    assert.equal((await call(`${server.base}/sandbox/picky${tmf.bills('v4', 'CUST-0003')}`)).status, 500);
    assert.equal((await call(`${server.base}/sandbox/picky${tmf.bills('v4', 'CUST-0004')}`)).status, 200);
    assert.equal(
      (await call(`${server.base}/sandbox/picky/api/health`)).status,
      500,
      'an explicit match reaches /api/health',
    );
    const faults = await call(`${server.base}/sandbox/picky/api/faults`);
    assert.equal(faults.status, 200);
    assert.equal(faults.body.rules.length, 2);
    const cleared = await call(`${server.base}/sandbox/picky/api/faults`, { method: 'DELETE' });
    assert.deepEqual(cleared.body, { rules: [] });
    assert.equal((await call(`${server.base}/sandbox/picky/api/health`)).status, 200);
  });

  test('fault rules stay inside their sandbox', async () => {
    await setRules('iso-a', [{ mode: 'http500' }]);
    assert.equal((await call(`${server.base}/sandbox/iso-a${tmf.customers('v4')}`)).status, 500);
    assert.equal((await call(`${server.base}/sandbox/iso-b${tmf.customers('v4')}`)).status, 200);
    assert.equal((await call(`${server.base}${tmf.customers('v4')}`)).status, 200, 'default sandbox');
    assert.deepEqual((await call(`${server.base}/sandbox/iso-b/api/faults`)).body, { rules: [] });
    assert.deepEqual((await call(`${server.base}/api/faults`)).body, { rules: [] });
  });

  test('invalid rules are refused with 400 and leave the old rules in place', async () => {
    await setRules('strict', [{ mode: 'http500', match: 'CUST-0009' }]);
    for (const rules of [
      [{ mode: 'explode' }],
      [{ mode: 'latency', latencyMs: -5 }],
      [{ mode: 'http500', times: 1.5 }],
      ['http500'],
    ]) {
      const reply = await sendJson(`${server.base}/sandbox/strict/api/faults`, { rules }, 'PUT');
      assert.equal(reply.status, 400, JSON.stringify(rules));
      assert.equal(reply.body.code, 'invalid');
    }
    const notAList = await sendJson(`${server.base}/sandbox/strict/api/faults`, { rule: [] }, 'PUT');
    assert.equal(notAList.status, 400);
    const { body } = await call(`${server.base}/sandbox/strict/api/faults`);
    assert.deepEqual(body.rules, [{ mode: 'http500', match: 'CUST-0009' }]);
  });
});

describe('survey responses', SUITE, () => {
  const dataDir = tempDir('surveys');
  /** @type {Awaited<ReturnType<typeof startBackend>>} */
  let server;
  before(async () => {
    server = await startBackend(dataDir);
  });
  after(() => server.stop());

  test('the first POST creates (201), a repeat is a duplicate (200)', async () => {
    const body = { responseId: 'resp-0000-0001', surveyId: 'nps', answers: { nps: 9 } };
    const first = await sendJson(`${server.base}/sandbox/s1/api/survey-responses`, body);
    assert.deepEqual([first.status, first.body], [201, { responseId: 'resp-0000-0001', status: 'created' }]);
    const again = await sendJson(`${server.base}/sandbox/s1/api/survey-responses`, {
      ...body,
      answers: { nps: 0 },
    });
    assert.deepEqual(
      [again.status, again.body],
      [200, { responseId: 'resp-0000-0001', status: 'duplicate' }],
    );
    const stored = await call(`${server.base}/sandbox/s1/api/survey-responses/resp-0000-0001`);
    assert.deepEqual(stored.body.answers, { nps: 9 }, 'the first delivery wins');
    assert.equal(stored.body.sandbox, 's1');
  });

  test('listing is per sandbox, with a ?sandbox= filter', async () => {
    await sendJson(`${server.base}/sandbox/s2/api/survey-responses`, {
      responseId: 'resp-s2-00001',
      surveyId: 'csat',
    });
    const own = await call(`${server.base}/sandbox/s2/api/survey-responses`);
    assert.deepEqual([own.body.total, own.body.items[0].responseId], [1, 'resp-s2-00001']);
    const other = await call(`${server.base}/sandbox/s3/api/survey-responses`);
    assert.deepEqual(other.body, { items: [], total: 0 });
    const filtered = await call(`${server.base}/api/survey-responses?sandbox=s2`);
    assert.equal(filtered.body.total, 1);
    assert.equal((await call(`${server.base}/sandbox/s3/api/survey-responses/resp-s2-00001`)).status, 404);
    assert.equal((await call(`${server.base}/api/survey-responses?sandbox=../etc`)).status, 400);
  });

  test('bad bodies answer 400 invalid; oversize bodies 413', async () => {
    const url = `${server.base}/sandbox/s4/api/survey-responses`;
    const badJson = await call(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"responseId": "abcdefgh",',
    });
    assert.equal(badJson.status, 400);
    assert.equal(badJson.body.code, 'invalid');
    for (const body of [
      { surveyId: 'x' },
      { responseId: 'short' },
      { responseId: 42 },
      [{ responseId: 'abcdefghij' }],
      'abcdefghij',
      null,
    ]) {
      const reply = await sendJson(url, body);
      assert.equal(reply.status, 400, JSON.stringify(body));
      assert.equal(reply.body.code, 'invalid');
      assert.equal(typeof reply.body.message, 'string');
    }
    const oversize = await sendJson(url, {
      responseId: 'oversize-0001',
      padding: 'x'.repeat(1024 * 1024 + 10),
    });
    assert.equal(oversize.status, 413);
    assert.equal((await call(`${url}/oversize-0001`)).status, 404);
    assert.equal((await call(`${server.base}/api/health`)).status, 200);
  });

  test('DELETE clears a sandbox, never the default one', async () => {
    await sendJson(`${server.base}/sandbox/s5/api/survey-responses`, { responseId: 'resp-s5-00001' });
    const cleared = await call(`${server.base}/sandbox/s5/api/survey-responses`, { method: 'DELETE' });
    assert.deepEqual([cleared.status, cleared.body], [200, { cleared: 1 }]);
    assert.equal((await call(`${server.base}/sandbox/s5/api/survey-responses`)).body.total, 0);
    const refused = await call(`${server.base}/api/survey-responses`, { method: 'DELETE' });
    assert.equal(refused.status, 403);
    const again = await sendJson(`${server.base}/sandbox/s5/api/survey-responses`, {
      responseId: 'resp-s5-00001',
    });
    assert.equal(again.status, 201, 'a cleared id can be stored again');
  });

  test('responses and clears survive a restart', async () => {
    await sendJson(`${server.base}/sandbox/keep/api/survey-responses`, {
      responseId: 'resp-keep-0001',
      answers: { csat: 5 },
    });
    await sendJson(`${server.base}/sandbox/gone/api/survey-responses`, { responseId: 'resp-gone-0001' });
    await call(`${server.base}/sandbox/gone/api/survey-responses`, { method: 'DELETE' });
    await server.stop();

    const lines = readFileSync(path.join(dataDir, 'survey-responses.jsonl'), 'utf8').trim().split('\n');
    for (const line of lines) assert.doesNotThrow(() => JSON.parse(line), 'one JSON document per line');
    // A crash mid-write leaves half a line; the next start must skip it and keep appending cleanly.
    appendFileSync(path.join(dataDir, 'survey-responses.jsonl'), '{"op":"add","record":{"respo');

    server = await startBackend(dataDir);
    const kept = await call(`${server.base}/sandbox/keep/api/survey-responses/resp-keep-0001`);
    assert.equal(kept.status, 200);
    assert.deepEqual(kept.body.answers, { csat: 5 });
    const duplicate = await sendJson(`${server.base}/sandbox/keep/api/survey-responses`, {
      responseId: 'resp-keep-0001',
    });
    assert.equal(duplicate.status, 200);
    assert.equal((await call(`${server.base}/sandbox/gone/api/survey-responses`)).body.total, 0);
    const fresh = await sendJson(`${server.base}/sandbox/keep/api/survey-responses`, {
      responseId: 'resp-keep-0002',
    });
    assert.equal(fresh.status, 201);
    await server.stop();

    server = await startBackend(dataDir);
    assert.equal((await call(`${server.base}/sandbox/keep/api/survey-responses`)).body.total, 2);
  });
});

describe('demo server', SUITE, () => {
  const root = tempDir('site');
  const publicDir = path.join(root, 'public');
  const distDir = path.join(root, 'dist');
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let site;
  before(async () => {
    mkdirSync(path.join(publicDir, 'img'), { recursive: true });
    mkdirSync(distDir, { recursive: true });
    writeFileSync(
      path.join(publicDir, 'index.html'),
      '<!doctype html><script type="module" src="/app.js"></script>',
    );
    writeFileSync(path.join(publicDir, 'app.js'), 'export {};');
    writeFileSync(path.join(publicDir, 'demo.css'), 'body{}');
    writeFileSync(path.join(publicDir, 'img', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(path.join(publicDir, 'notes.txt'), 'not served');
    writeFileSync(path.join(distDir, 'cx-desk.bundle.js'), 'export const bundle = 1;');
    writeFileSync(path.join(distDir, 'cx-desk.bundle.js.map'), '{}');
    writeFileSync(path.join(root, 'secret.js'), 'outside both roots');
    site = await startServer({ port: 0, dataDir: path.join(root, 'data'), publicDir, distDir });
  });
  after(() => site.close());

  test('serves the page with the strict CSP', async () => {
    assert.match(site.url, /^http:\/\/localhost:\d+\/$/);
    const response = await fetch(site.url);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(
      response.headers.get('content-security-policy'),
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
    assert.equal(CONTENT_SECURITY_POLICY, response.headers.get('content-security-policy'));
    assert.match(await response.text(), /<script type="module" src="\/app.js">/);
  });

  test('serves static files and the library with their content types', async () => {
    const expected = {
      'app.js': 'text/javascript; charset=utf-8',
      'demo.css': 'text/css; charset=utf-8',
      'img/logo.svg': 'image/svg+xml',
      'dist/cx-desk.bundle.js': 'text/javascript; charset=utf-8',
      'dist/cx-desk.bundle.js.map': 'application/json; charset=utf-8',
    };
    for (const [file, type] of Object.entries(expected)) {
      const response = await fetch(`${site.url}${file}`);
      assert.equal(response.status, 200, file);
      assert.equal(response.headers.get('content-type'), type, file);
      assert.equal(response.headers.get('content-security-policy'), null, 'the CSP goes on the page');
    }
    for (const file of ['missing.js', 'notes.txt', 'img/', 'dist/']) {
      assert.equal((await fetch(`${site.url}${file}`)).status, 404, file);
    }
  });

  test('does not serve files outside its roots', async () => {
    const { port } = site;
    assert.equal(await rawGet(port, '/dist/cx-desk.bundle.js'), 200);
    for (const rawPath of [
      '/../secret.js',
      '/%2e%2e/secret.js',
      '/dist/..%2fsecret.js',
      '/dist/%2e%2e/secret.js',
      '/img/..%2F..%2Fsecret.js',
      '/%00index.html',
      '/%E0%A4%A',
    ]) {
      assert.equal(await rawGet(port, rawPath), 404, rawPath);
    }
  });

  test('hosts the backend on the same origin', async () => {
    const { status, body } = await call(`${site.url}api/health`);
    assert.deepEqual([status, body.ok], [200, true]);
  });

  test('moves to the next port when one is busy', async (t) => {
    const blocker = createServer();
    await new Promise((resolve) => blocker.listen(0, () => resolve(undefined)));
    t.after(() => new Promise((resolve) => blocker.close(() => resolve(undefined))));
    const busy = /** @type {import('node:net').AddressInfo} */ (blocker.address()).port;
    const next = await startServer({ port: busy, dataDir: path.join(root, 'data2'), publicDir, distDir });
    t.after(() => next.close());
    assert.ok(next.port > busy && next.port <= busy + 20, `${busy} → ${next.port}`);
  });

  test('`node demo/server.js` prints exactly one line with its URL', async () => {
    const child = spawn(process.execPath, [path.join(HERE, '..', 'server.js')], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const firstLine = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          if (out.includes('\n')) resolve(out);
        });
        child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
      });
      assert.match(firstLine, /^cx-desk demo: http:\/\/localhost:\d+\/\n$/);
      const url = firstLine.slice('cx-desk demo: '.length).trim();
      assert.equal((await call(`${url}api/health`)).status, 200);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
