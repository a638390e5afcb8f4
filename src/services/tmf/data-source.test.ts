import { expect } from '@open-wc/testing';
import { newSandbox, setFaults } from '../../../test/support/reference-backend.js';
import { Transport, TransportError } from '../transport.js';
import { targetsFromTicket } from '../sla/ticket.js';
import { TmfCustomerDataSource } from './data-source.js';

const signal = () => new AbortController().signal;

async function rejection(promise: Promise<unknown>): Promise<TransportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(TransportError);
    return error as TransportError;
  }
  throw new Error('expected a rejection');
}

describe('TmfCustomerDataSource against the reference backend', () => {
  for (const version of ['v4', 'v5'] as const) {
    it(`loads every section (${version})`, async () => {
      const source = new TmfCustomerDataSource({ version, transportOptions: { retries: 0 } });
      const id = 'CUST-0001';
      const request = { signal: signal() };
      const [profile, products, usage, bills, tickets, interactions, satisfaction, risk, offers] =
        await Promise.all([
          source.profile(id, request),
          source.products(id, request),
          source.usage(id, request),
          source.bills(id, request),
          source.tickets(id, request),
          source.interactions(id, { ...request, offset: 0, limit: 10 }),
          source.satisfaction(id, request),
          source.risk(id, request),
          source.offers(id, request),
        ]);
      for (const result of [
        profile,
        products,
        usage,
        bills,
        tickets,
        interactions,
        satisfaction,
        risk,
        offers,
      ])
        expect(result.issues).to.deep.equal([]);
      expect(profile.value.identity.name).to.equal('王建国');
      expect(profile.value.identity.birthDate).to.match(/^\d{4}-\d\d-\d\dT/);
      expect(products.value.length).to.be.greaterThan(0);
      expect(usage.value).to.have.length(3);
      expect(bills.value).to.have.length(6);
      expect(bills.value[0].amountDue?.unit).to.equal('CNY');
      expect(tickets.value.some((ticket) => ticket.type === 'complaint')).to.equal(true);
      // The raw TMF621 ticket drives the SLA countdown as it is.
      const [target] = targetsFromTicket(tickets.value[0].raw);
      expect(target).to.include({ id: `${tickets.value[0].id}:resolution`, kind: 'resolution' });
      expect(target.dueAt).to.equal(tickets.value[0].expectedResolutionDate);
      expect(interactions.value.items).to.have.length(10);
      expect(interactions.value.total).to.be.greaterThan(10);
      expect(satisfaction.value.length).to.be.greaterThan(0);
      expect(risk.value?.score).to.be.within(0, 1);
      expect(offers.value.length).to.be.greaterThan(0);
      expect(source.path('bill')).to.equal(`/tmf-api/customerBillManagement/${version}/customerBill`);
    });
  }

  it('pages the 10,000-interaction history with the X-Total-Count header', async () => {
    const source = new TmfCustomerDataSource({ version: 'v5' });
    const page = await source.interactions('CUST-BIG', { signal: signal(), offset: 9_990, limit: 50 });
    expect(page.value.total).to.equal(10_000);
    expect(page.value.offset).to.equal(9_990);
    expect(page.value.items).to.have.length(10);
  });

  it('fails only the faulted section, inside its own sandbox', async () => {
    const base = newSandbox('tmf-ds');
    await setFaults(base, [{ match: 'customerBill', mode: 'http500' }]);
    const source = new TmfCustomerDataSource({ apiBase: base, transportOptions: { retries: 0 } });
    const error = await rejection(source.bills('CUST-0002', { signal: signal() }));
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.url).to.contain(base);
    expect((await source.products('CUST-0002', { signal: signal() })).value.length).to.be.greaterThan(0);
    // The same call outside the sandbox is not faulted.
    expect((await new TmfCustomerDataSource().bills('CUST-0002', { signal: signal() })).value).to.have.length(
      6,
    );
  });

  it('retries a transient 500 through the transport', async () => {
    const base = newSandbox('tmf-ds');
    await setFaults(base, [{ match: 'usageConsumptionReport', mode: 'http500', times: 1 }]);
    const transport = new Transport({ retries: 1, backoffMs: 1 });
    const source = new TmfCustomerDataSource({ transport, apiBase: base });
    expect((await source.usage('CUST-0003', { signal: signal() })).value).to.have.length(3);
  });

  it('reports malformed JSON and unknown customers as errors', async () => {
    const base = newSandbox('tmf-ds');
    await setFaults(base, [{ match: 'troubleTicket', mode: 'malformed' }]);
    const source = new TmfCustomerDataSource({ apiBase: base, transportOptions: { retries: 0 } });
    expect((await rejection(source.tickets('CUST-0001', { signal: signal() }))).code).to.equal('parse');
    const missing = await rejection(source.profile('CUST-NOPE', { signal: signal() }));
    expect([missing.code, missing.status]).to.deep.equal(['http', 404]);
    // An unknown customer owns nothing: lists are empty, not errors.
    expect((await source.products('CUST-NOPE', { signal: signal() })).value).to.deep.equal([]);
  });

  it('keeps the profile when the individual cannot be loaded, with an issue', async () => {
    const base = newSandbox('tmf-ds');
    await setFaults(base, [{ match: 'individual', mode: 'http500' }]);
    const source = new TmfCustomerDataSource({
      apiBase: base,
      transportOptions: { retries: 0 },
      version: 'v5',
    });
    const profile = await source.profile('CUST-0005', { signal: signal() });
    expect(profile.value.identity.name).to.be.a('string');
    expect(profile.value.identity.msisdn?.masked).to.match(/\*{4}/);
    expect(profile.issues).to.have.length(1);
    expect(profile.issues[0]).to.include({ path: 'profile.identity', code: 'unavailable' });
  });

  it('aborts a call whose signal aborts, even while the server holds the answer', async () => {
    const base = newSandbox('tmf-ds');
    await setFaults(base, [{ mode: 'timeout' }]);
    const source = new TmfCustomerDataSource({ apiBase: base, transportOptions: { retries: 0 } });
    const controller = new AbortController();
    const pending = source.bills('CUST-0001', { signal: controller.signal });
    const profile = source.profile('CUST-0001', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await rejection(pending)).code).to.equal('aborted');
    expect((await rejection(profile)).code).to.equal('aborted');
    const already = new AbortController();
    already.abort();
    expect((await rejection(source.risk('CUST-0001', { signal: already.signal }))).code).to.equal('aborted');
  });

  it('shares one customer request between profile, satisfaction, risk and offers', async () => {
    const seen: string[] = [];
    const counting: typeof fetch = (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    };
    const source = new TmfCustomerDataSource({ transportOptions: { fetch: counting } });
    const request = { signal: signal() };
    await Promise.all([
      source.profile('CUST-0007', request),
      source.satisfaction('CUST-0007', request),
      source.risk('CUST-0007', request),
      source.offers('CUST-0007', request),
    ]);
    expect(seen.filter((url) => url.includes('/customer/CUST-0007'))).to.have.length(1);
    // Later calls make a new request: nothing is cached here (the loader caches).
    await source.risk('CUST-0007', request);
    expect(seen.filter((url) => url.includes('/customer/CUST-0007'))).to.have.length(2);
  });

  it('gives a later caller (a Retry) a request of its own, not one sent before that may be stuck', async () => {
    const seen: string[] = [];
    // The first customer request never answers (until aborted); the others reach the backend.
    const stuckFirst: typeof fetch = (input, init) => {
      const url = String(input);
      const first = url.includes('/customer/') && !seen.some((entry) => entry.includes('/customer/'));
      seen.push(url);
      if (!first) return fetch(input, init);
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    };
    const source = new TmfCustomerDataSource({ transportOptions: { fetch: stuckFirst, retries: 0 } });
    const stuck = new AbortController();
    const waiting = source.offers('CUST-0007', { signal: stuck.signal });
    await Promise.resolve();
    const profile = await source.profile('CUST-0007', { signal: signal() });
    expect(profile.value.id).to.equal('CUST-0007');
    expect(seen.filter((url) => url.includes('/customer/CUST-0007'))).to.have.length(2);
    stuck.abort();
    expect((await rejection(waiting)).code).to.equal('aborted');
  });

  it('keeps the shared request alive while one caller still waits, and aborts it when none does', async () => {
    const base = newSandbox('tmf-ds');
    await setFaults(base, [{ match: '/customer/', mode: 'latency', latencyMs: 300 }]);
    const signals: AbortSignal[] = [];
    const spying: typeof fetch = (input, init) => {
      signals.push(init!.signal!);
      return fetch(input, init);
    };
    const source = new TmfCustomerDataSource({
      apiBase: base,
      transportOptions: { fetch: spying, retries: 0 },
    });
    const first = new AbortController();
    const second = new AbortController();
    const risk = source.risk('CUST-0008', { signal: first.signal });
    const offers = source.offers('CUST-0008', { signal: second.signal });
    first.abort();
    expect((await rejection(risk)).code).to.equal('aborted');
    expect(signals[0].aborted).to.equal(false);
    expect((await offers).value.length).to.be.greaterThan(0);

    const third = new AbortController();
    const alone = source.satisfaction('CUST-0009', { signal: third.signal });
    third.abort();
    expect((await rejection(alone)).code).to.equal('aborted');
    expect(signals[1].aborted).to.equal(true);
  });

  it('refuses an answer that is not a list or not a customer', async () => {
    const fake: typeof fetch = async (input) =>
      new Response(
        JSON.stringify(String(input).includes('/customer/') ? { '@type': 'Product' } : { items: [] }),
        {
          status: 200,
          headers: { 'content-type': 'application/json' },
        },
      );
    const source = new TmfCustomerDataSource({
      transportOptions: { fetch: fake },
      apiBase: 'https://bss.example',
    });
    const list = await rejection(source.products('C', { signal: signal() }));
    expect([list.code, list.url]).to.deep.equal([
      'parse',
      'https://bss.example/tmf-api/productInventory/v4/product',
    ]);
    expect(
      (await rejection(source.interactions('C', { signal: signal(), offset: 0, limit: 5 }))).code,
    ).to.equal('parse');
    expect((await rejection(source.profile('C', { signal: signal() }))).code).to.equal('parse');
  });
});
