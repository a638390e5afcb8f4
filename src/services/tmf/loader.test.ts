import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { newSandbox, setFaults } from '../../../test/support/reference-backend.js';
import { TransportError, type TransportRetryNotice } from '../transport.js';
import type { CustomerSection } from './customer360.js';
import type { CustomerDataSource, InteractionRequest, SectionRequest } from './data-source.js';
import { TmfCustomerDataSource } from './data-source.js';
import type { Lenient } from './lenient.js';
import { CustomerLoader, snapshotToCustomer360, type CustomerLoaderSnapshot } from './loader.js';

interface Call {
  section: CustomerSection;
  customerId: string;
  signal: AbortSignal;
  onRetry?: (notice: TransportRetryNotice) => void;
  offset?: number;
  settled: boolean;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** A data source whose every call waits until the test settles it. */
class ManualSource implements CustomerDataSource {
  readonly calls: Call[] = [];

  private call<T>(
    section: CustomerSection,
    customerId: string,
    request: SectionRequest | InteractionRequest,
  ) {
    return new Promise<Lenient<T>>((resolve, reject) => {
      const call: Call = {
        section,
        customerId,
        signal: request.signal,
        onRetry: request.onRetry,
        offset: 'offset' in request ? request.offset : undefined,
        settled: false,
        resolve: (value) => {
          call.settled = true;
          resolve({ value: value as T, issues: [] });
        },
        reject: (error) => {
          call.settled = true;
          reject(error);
        },
      };
      request.signal.addEventListener('abort', () =>
        reject(new TransportError('aborted', 'aborted', { url: '', attempts: 1 })),
      );
      this.calls.push(call);
    });
  }

  pending(section?: CustomerSection): Call[] {
    return this.calls.filter(
      (call) => !call.settled && !call.signal.aborted && (section === undefined || call.section === section),
    );
  }

  /** Answers the last open call of a section. */
  answer(section: CustomerSection, value: unknown): void {
    this.pending(section).at(-1)!.resolve(value);
  }

  profile = (id: string, request: SectionRequest) => this.call<never>('profile', id, request);
  products = (id: string, request: SectionRequest) => this.call<never>('products', id, request);
  usage = (id: string, request: SectionRequest) => this.call<never>('usage', id, request);
  bills = (id: string, request: SectionRequest) => this.call<never>('bills', id, request);
  tickets = (id: string, request: SectionRequest) => this.call<never>('tickets', id, request);
  interactions = (id: string, request: InteractionRequest) => this.call<never>('interactions', id, request);
  satisfaction = (id: string, request: SectionRequest) => this.call<never>('satisfaction', id, request);
  risk = (id: string, request: SectionRequest) => this.call<never>('risk', id, request);
  offers = (id: string, request: SectionRequest) => this.call<never>('offers', id, request);
}

const statuses = (snapshot: CustomerLoaderSnapshot) =>
  Object.fromEntries(Object.entries(snapshot.sections).map(([section, state]) => [section, state.status]));

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CustomerLoader (unit, manual data source)', () => {
  it('loads the chosen sections in parallel and reports each state', async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source, { sections: ['profile', 'products', 'risk'] });
    const seen: Array<[string | undefined, string]> = [];
    loader.subscribe((snapshot, section) => seen.push([section, snapshot.sections.products.status]));
    loader.load('C1');
    expect(source.pending().map((call) => call.section)).to.deep.equal(['profile', 'products', 'risk']);
    expect(statuses(loader.snapshot)).to.include({ profile: 'loading', products: 'loading', usage: 'idle' });
    expect(loader.snapshot.settled).to.equal(false);
    source.answer('products', []);
    source.answer('risk', undefined);
    source.answer('profile', { id: 'C1', identity: {}, contactMedia: [], extensions: {} });
    await loader.whenSettled();
    expect(statuses(loader.snapshot)).to.include({ profile: 'ready', products: 'empty', risk: 'empty' });
    expect(loader.snapshot.settled).to.equal(true);
    expect(loader.pendingRequests).to.equal(0);
    expect(seen[0]).to.deep.equal([undefined, 'loading']);
    expect(seen.map(([section]) => section).slice(1)).to.have.members(['products', 'risk', 'profile']);
    expect(loader.toCustomer360().profile?.id).to.equal('C1');
  });

  it('aborts every request of the previous customer on switch and ignores late answers', async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source);
    loader.load('A');
    const first = source.pending();
    expect(first).to.have.length(9);
    loader.load('B');
    expect(first.every((call) => call.signal.aborted)).to.equal(true);
    expect(source.pending().every((call) => call.customerId === 'B')).to.equal(true);
    first[1].resolve([{ id: 'from-A' }]);
    await tick();
    expect(loader.snapshot.customerId).to.equal('B');
    expect(loader.snapshot.sections.products.status).to.equal('loading');
    loader.load('B');
    expect(source.pending()).to.have.length(9);
    loader.load(undefined);
    expect(loader.pendingRequests).to.equal(0);
    expect(source.pending()).to.deep.equal([]);
    expect(statuses(loader.snapshot).profile).to.equal('idle');
    await loader.whenSettled();
  });

  it('serves cached sections at once (stale) and revalidates them', async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source, { sections: ['products'] });
    loader.load('A');
    source.answer('products', [{ id: 'P1' }]);
    await loader.whenSettled();
    loader.load('B');
    source.answer('products', [{ id: 'P2' }]);
    await loader.whenSettled();
    loader.load('A');
    const state = loader.snapshot.sections.products;
    expect(state).to.deep.include({ status: 'ready', stale: true });
    expect(state.data).to.deep.equal([{ id: 'P1' }]);
    expect(source.pending('products')).to.have.length(1);
    source.answer('products', [{ id: 'P1' }, { id: 'P3' }]);
    await loader.whenSettled();
    expect(loader.snapshot.sections.products.stale).to.equal(false);
    expect(loader.snapshot.sections.products.data).to.have.length(2);
  });

  it('keeps cached data when revalidation fails, with the error', async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source, { sections: ['bills'] });
    loader.load('A');
    source.answer('bills', [{ id: 'B1' }]);
    await loader.whenSettled();
    loader.load('A', { force: true });
    const failure = new TransportError('http', 'boom', { url: '/x', status: 500, attempts: 1 });
    source.pending('bills')[0].reject(failure);
    await loader.whenSettled();
    expect(loader.snapshot.sections.bills).to.deep.include({ status: 'ready', stale: true, error: failure });
    expect(loader.snapshot.sections.bills.data).to.deep.equal([{ id: 'B1' }]);
  });

  it('serves fresh cache without a request, and evicts the least recently used customer', async () => {
    let now = 1_000;
    const source = new ManualSource();
    const loader = new CustomerLoader(source, {
      sections: ['offers'],
      cacheSize: 2,
      freshForMs: 500,
      now: () => now,
    });
    for (const id of ['A', 'B', 'C']) {
      loader.load(id);
      source.answer('offers', [{ id: `O-${id}` }]);
      await loader.whenSettled();
    }
    expect(loader.cachedCustomerIds).to.deep.equal(['B', 'C']);
    const before = source.calls.length;
    loader.load('B');
    expect(source.calls.length).to.equal(before);
    expect(loader.snapshot.sections.offers).to.deep.include({ status: 'ready', stale: false });
    expect(loader.cachedCustomerIds).to.deep.equal(['C', 'B']);
    now += 1_000;
    loader.load('C');
    expect(source.calls.length).to.equal(before + 1);
    expect(loader.snapshot.sections.offers.stale).to.equal(true);
    source.answer('offers', []);
    await loader.whenSettled();
    loader.load('A');
    expect(loader.snapshot.sections.offers.status).to.equal('loading');
    source.answer('offers', []);
    await loader.whenSettled();
  });

  it('does not cache with cacheSize 0', async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source, { sections: ['usage'], cacheSize: 0 });
    loader.load('A');
    source.answer('usage', [{ id: 'U' }]);
    await loader.whenSettled();
    expect(loader.cachedCustomerIds).to.deep.equal([]);
  });

  it('retries one section, marking failures and not touching the others', async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source, { sections: ['tickets', 'usage'] });
    loader.load('A');
    source.pending('tickets')[0].reject(new Error('down'));
    source.answer('usage', [{ id: 'U' }]);
    await loader.whenSettled();
    expect(loader.snapshot.sections.tickets).to.deep.include({ status: 'error', data: undefined });
    expect(loader.snapshot.sections.tickets.error?.message).to.equal('down');
    loader.retry('tickets');
    loader.retry('risk'); // not loaded by this loader: ignored
    expect(loader.snapshot.sections.tickets.status).to.equal('loading');
    expect(source.pending().map((call) => call.section)).to.deep.equal(['tickets']);
    source.answer('tickets', [{ id: 'T', raw: {} }]);
    await loader.whenSettled();
    expect(loader.snapshot.sections.tickets.status).to.equal('ready');
    loader.refresh();
    expect(source.pending().map((call) => call.section)).to.deep.equal(['tickets', 'usage']);
    expect(loader.snapshot.sections.usage).to.deep.include({ status: 'ready', stale: true });
    loader.load(undefined);
    loader.retry('usage');
    expect(loader.pendingRequests).to.equal(0);
  });

  it('turns a data source that throws or rejects with a non-Error into a failed section', async () => {
    const source = new ManualSource();
    source.products = () => {
      throw new Error('sync');
    };
    source.bills = () => Promise.reject('text') as never;
    const loader = new CustomerLoader(source, { sections: ['products', 'bills'] });
    loader.load('A');
    await loader.whenSettled();
    expect(loader.snapshot.sections.products.error?.message).to.equal('sync');
    expect(loader.snapshot.sections.bills.error?.message).to.equal('text');
  });

  it('pages interactions on demand', async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source, { sections: ['interactions'], interactionPageSize: 2 });
    expect(await loader.loadMoreInteractions()).to.equal(false);
    loader.load('A');
    expect(await loader.loadMoreInteractions()).to.equal(false); // first page still loading
    source.answer('interactions', { items: [{ id: 'I0' }, { id: 'I1' }], total: 3, offset: 0 });
    await loader.whenSettled();
    const more = loader.loadMoreInteractions();
    expect(await loader.loadMoreInteractions()).to.equal(false); // one page at a time
    const call = source.pending('interactions')[0];
    expect(call.offset).to.equal(2);
    call.resolve({ items: [{ id: 'I2' }], total: 3, offset: 2 });
    expect(await more).to.equal(true);
    expect(loader.snapshot.sections.interactions.data?.items.map((item) => item.id)).to.deep.equal([
      'I0',
      'I1',
      'I2',
    ]);
    expect(await loader.loadMoreInteractions()).to.equal(false);
    expect(snapshotToCustomer360(loader.snapshot).interactionTotal).to.equal(3);
  });

  it('drops a page that arrives after a customer switch, and rejects a failed page', async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source, { sections: ['interactions'], interactionPageSize: 1 });
    loader.load('A');
    source.answer('interactions', { items: [{ id: 'I0' }], total: 5, offset: 0 });
    await loader.whenSettled();
    const failing = loader.loadMoreInteractions();
    source.pending('interactions')[0].reject(new Error('page failed'));
    let message = '';
    await failing.catch((error: Error) => (message = error.message));
    expect(message).to.equal('page failed');
    const late = loader.loadMoreInteractions();
    const call = source.pending('interactions')[0];
    loader.load('B');
    call.resolve({ items: [{ id: 'late' }], total: 5, offset: 1 });
    expect(await late.catch(() => false)).to.equal(false);
    expect(loader.snapshot.sections.interactions.status).to.equal('loading');
  });

  it('survives a throwing listener, unsubscribes and disposes', async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source, { sections: ['risk'] });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (error: unknown) => errors.push(error);
    let calls = 0;
    const unsubscribe = loader.subscribe(() => {
      throw new Error('listener');
    });
    const off = loader.subscribe(() => (calls += 1));
    try {
      loader.load('A');
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(calls).to.equal(1);
    unsubscribe();
    off();
    source.answer('risk', { score: 0.1, reasons: [] });
    await loader.whenSettled();
    expect(calls).to.equal(1);
    loader.load('B');
    loader.dispose();
    expect(loader.pendingRequests).to.equal(0);
    expect(source.pending()).to.deep.equal([]);
    loader.load('C');
    expect(loader.customerId).to.equal('B');
    expect(loader.cachedCustomerIds).to.deep.equal([]);
  });
});

describe('CustomerLoader: slow, retrying and failed sections (fake timers)', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => clock.restore());

  const unavailable = (attempts = 3) =>
    new TransportError('http', 'GET /x answered 503', { url: '/x', status: 503, attempts });
  const flush = async () => {
    for (let round = 0; round < 5; round++) await Promise.resolve();
  };

  it('marks a section slow once its first request takes longer than slowAfterMs, never one that answered', async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source, { sections: ['bills', 'usage'] });
    loader.load('A');
    source.answer('usage', []);
    await flush();
    await clock.tickAsync(1_999);
    expect(loader.snapshot.sections.bills).to.deep.include({ status: 'loading', slow: false });
    await clock.tickAsync(1);
    expect(loader.snapshot.sections.bills).to.deep.include({ status: 'loading', slow: true });
    expect(loader.snapshot.sections.usage).to.deep.include({ status: 'empty', slow: false });
    source.answer('bills', [{ id: 'B1' }]);
    await loader.whenSettled();
    expect(loader.snapshot.sections.bills).to.deep.include({
      status: 'ready',
      slow: false,
      retry: undefined,
    });
  });

  it("shows the data source's own retries while they wait: why, how many failed, when the next starts", async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source, { sections: ['bills'] });
    loader.load('A');
    const call = source.pending('bills')[0];
    const timeout = new TransportError('timeout', 'No answer from /x within 10000 ms', {
      url: '/x',
      attempts: 1,
    });
    await clock.tickAsync(10_000);
    call.onRetry!({ error: timeout, attempt: 1, delayMs: 300 });
    expect(loader.snapshot.sections.bills).to.deep.include({ status: 'loading', error: undefined });
    expect(loader.snapshot.sections.bills.retry).to.deep.equal({
      error: timeout,
      failures: 1,
      nextAt: Date.now() + 300,
    });
    call.onRetry!({ error: timeout, attempt: 2, delayMs: 600 });
    expect(loader.snapshot.sections.bills.retry?.failures).to.equal(2);
    call.resolve([]);
    await loader.whenSettled();
    expect(loader.snapshot.sections.bills).to.deep.include({ status: 'empty', retry: undefined });
  });

  it('tries a retryable failure again in the background with growing waits, then gives up', async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source, {
      sections: ['bills'],
      autoRetries: 3,
      retryDelayMs: 1_000,
      maxRetryDelayMs: 3_000,
    });
    loader.load('A');
    const waits: number[] = [];
    for (let round = 0; round < 4; round++) {
      source.pending('bills')[0].reject(unavailable());
      await flush();
      const state = loader.snapshot.sections.bills;
      expect(state.status, `round ${round}`).to.equal('error');
      expect(state.error?.message).to.equal('GET /x answered 503');
      if (round === 3) {
        expect(state.retry, 'gave up after 3 automatic retries').to.equal(undefined);
        break;
      }
      expect(state.retry?.failures).to.equal(round + 1);
      const wait = state.retry!.nextAt! - Date.now();
      waits.push(wait);
      await clock.tickAsync(wait - 1);
      expect(source.pending('bills'), 'not before the wait').to.have.length(0);
      await clock.tickAsync(1);
      expect(source.pending('bills'), 'after the wait').to.have.length(1);
      // While the retry runs the section still says why, and that it is being tried again.
      expect(loader.snapshot.sections.bills).to.deep.include({ status: 'loading', error: undefined });
      expect(loader.snapshot.sections.bills.retry).to.deep.include({
        failures: round + 1,
        nextAt: undefined,
      });
    }
    expect(waits).to.deep.equal([1_000, 2_000, 3_000]);
    await clock.tickAsync(60_000);
    expect(source.pending('bills')).to.have.length(0);
    // The agent's Retry starts afresh.
    loader.retry('bills');
    expect(loader.snapshot.sections.bills).to.deep.include({ status: 'loading', retry: undefined });
    source.pending('bills')[0].reject(unavailable());
    await flush();
    expect(loader.snapshot.sections.bills.retry?.nextAt).to.equal(Date.now() + 1_000);
    loader.dispose();
  });

  it('does not retry what cannot get better (404, malformed, plain errors)', async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source, { sections: ['bills', 'usage', 'tickets'] });
    loader.load('A');
    source
      .pending('bills')[0]
      .reject(new TransportError('http', 'GET /x answered 404', { url: '/x', status: 404, attempts: 1 }));
    source
      .pending('usage')[0]
      .reject(new TransportError('parse', '/x answered with malformed JSON', { url: '/x', attempts: 1 }));
    source.pending('tickets')[0].reject(new Error('host said no'));
    await loader.whenSettled();
    for (const section of ['bills', 'usage', 'tickets'] as const)
      expect(loader.snapshot.sections[section], section).to.deep.include({
        status: 'error',
        retry: undefined,
      });
    await clock.tickAsync(120_000);
    expect(source.pending()).to.have.length(0);
  });

  it('a manual retry replaces the pending automatic one; a switch or dispose cancels it', async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source, { sections: ['bills'] });
    loader.load('A');
    source.pending('bills')[0].reject(unavailable());
    await flush();
    loader.retry('bills');
    expect(source.pending('bills')).to.have.length(1);
    await clock.tickAsync(10_000);
    expect(source.pending('bills'), 'no second request from the old timer').to.have.length(1);
    source.pending('bills')[0].reject(unavailable());
    await flush();
    loader.load('B');
    source.pending('bills')[0].reject(unavailable());
    await flush();
    loader.dispose();
    const calls = source.calls.length;
    await clock.tickAsync(120_000);
    expect(source.calls.length).to.equal(calls);
  });

  it('retries sections that failed together in one turn, so a data source can share their request', async () => {
    const source = new ManualSource();
    // Which turn (task) each call was made in: calls of one turn can share a request.
    let turn = 0;
    let open = false;
    const turns: Array<[CustomerSection, number]> = [];
    for (const section of ['profile', 'satisfaction', 'risk', 'offers'] as const) {
      const call = source[section];
      source[section] = ((id: string, request: SectionRequest) => {
        if (!open) {
          turn += 1;
          open = true;
          queueMicrotask(() => (open = false));
        }
        turns.push([section, turn]);
        return call(id, request);
      }) as never;
    }
    const loader = new CustomerLoader(source, { sections: ['profile', 'satisfaction', 'risk', 'offers'] });
    loader.load('A');
    for (const call of source.pending()) call.reject(unavailable());
    await flush();
    turns.length = 0;
    await clock.tickAsync(5_000);
    expect(turns.map(([section]) => section)).to.have.members(['profile', 'satisfaction', 'risk', 'offers']);
    expect(new Set(turns.map(([, when]) => when)).size, 'one turn').to.equal(1);
    // One of them retried by hand leaves the others' retry where it was.
    for (const call of source.pending()) call.reject(unavailable());
    await flush();
    loader.retry('profile');
    turns.length = 0;
    await clock.tickAsync(10_000);
    expect(turns.map(([section]) => section)).to.have.members(['satisfaction', 'risk', 'offers']);
    loader.dispose();
  });

  it('keeps stale data while its revalidation is retried', async () => {
    const source = new ManualSource();
    const loader = new CustomerLoader(source, { sections: ['offers'] });
    loader.load('A');
    source.answer('offers', [{ id: 'O1' }]);
    await loader.whenSettled();
    loader.load('A', { force: true });
    const failure = unavailable();
    source.pending('offers')[0].reject(failure);
    await flush();
    expect(loader.snapshot.sections.offers).to.deep.include({ status: 'ready', stale: true, error: failure });
    expect(loader.snapshot.sections.offers.retry?.error).to.equal(failure);
    await clock.tickAsync(5_000);
    expect(loader.snapshot.sections.offers).to.deep.include({ status: 'ready', stale: true, error: failure });
    expect(loader.snapshot.sections.offers.data).to.deep.equal([{ id: 'O1' }]);
    source.answer('offers', [{ id: 'O1' }, { id: 'O2' }]);
    await loader.whenSettled();
    expect(loader.snapshot.sections.offers).to.deep.include({
      stale: false,
      error: undefined,
      retry: undefined,
    });
    loader.dispose();
  });
});

describe('CustomerLoader over real HTTP (reference backend)', () => {
  it("reports the transport's retries of a failing endpoint while they run, then the failure", async () => {
    const base = newSandbox('tmf-loader');
    await setFaults(base, [{ match: 'customerBill', mode: 'http500' }]);
    const loader = new CustomerLoader(
      new TmfCustomerDataSource({ apiBase: base, transportOptions: { retries: 2, backoffMs: 1 } }),
      { sections: ['bills', 'profile', 'offers'], autoRetries: 0 },
    );
    const seen: string[] = [];
    loader.subscribe((snapshot) => {
      const { status, retry } = snapshot.sections.bills;
      seen.push(`${status}${retry ? `:${retry.failures}:${(retry.error as TransportError).status}` : ''}`);
    });
    loader.load('CUST-0010');
    await loader.whenSettled();
    expect(seen).to.include.members(['loading:1:500', 'loading:2:500']);
    expect(seen.at(-1)).to.equal('error');
    const error = loader.snapshot.sections.bills.error as TransportError;
    expect(error).to.include({ status: 500, attempts: 3 });
    expect(error.url).to.contain('/tmf-api/customerBillManagement/v4/customerBill');
    loader.dispose();
  });

  for (const version of ['v4', 'v5'] as const) {
    it(`shows a failing bills endpoint as an error while every other section loads (${version})`, async () => {
      const base = newSandbox('tmf-loader');
      await setFaults(base, [{ match: 'customerBill', mode: 'http500' }]);
      const loader = new CustomerLoader(
        new TmfCustomerDataSource({ apiBase: base, version, transportOptions: { retries: 0 } }),
      );
      const errors: string[] = [];
      loader.subscribe((snapshot, section) => {
        if (section && snapshot.sections[section].status === 'error') errors.push(section);
      });
      loader.load('CUST-0010');
      await loader.whenSettled();
      const { sections } = loader.snapshot;
      expect(errors).to.deep.equal(['bills']);
      expect(sections.bills.error).to.be.instanceOf(TransportError);
      expect((sections.bills.error as TransportError).status).to.equal(500);
      for (const section of [
        'profile',
        'products',
        'usage',
        'tickets',
        'interactions',
        'satisfaction',
        'risk',
        'offers',
      ] as const)
        expect(sections[section].status, section).to.equal('ready');

      await fetch(`${base}/api/faults`, { method: 'DELETE' });
      loader.retry('bills');
      expect(loader.snapshot.sections.bills.status).to.equal('loading');
      await loader.whenSettled();
      expect(loader.snapshot.sections.bills.status).to.equal('ready');
      expect(loader.snapshot.sections.bills.data).to.have.length.greaterThan(0);
      loader.dispose();
    });
  }

  it('aborts in-flight requests when the customer changes, leaving none pending', async () => {
    const base = newSandbox('tmf-loader');
    await setFaults(base, [{ match: 'CUST-0011', mode: 'latency', latencyMs: 5_000 }]);
    const aborted: AbortSignal[] = [];
    const watching: typeof fetch = (input, init) => {
      if (String(input).includes('CUST-0011')) aborted.push(init!.signal!);
      return fetch(input, init);
    };
    const loader = new CustomerLoader(
      new TmfCustomerDataSource({ apiBase: base, transportOptions: { fetch: watching, retries: 0 } }),
    );
    loader.load('CUST-0011');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loader.pendingRequests).to.equal(9);
    loader.load('CUST-0012');
    expect(aborted.length).to.be.greaterThan(0);
    expect(aborted.every((signal) => signal.aborted)).to.equal(true);
    await loader.whenSettled();
    expect(loader.pendingRequests).to.equal(0);
    expect(loader.snapshot.customerId).to.equal('CUST-0012');
    expect(loader.snapshot.sections.profile.data?.id).to.equal('CUST-0012');
    loader.dispose();
  });

  it('switches back to a cached customer instantly and revalidates over HTTP', async () => {
    const loader = new CustomerLoader(new TmfCustomerDataSource({ version: 'v5' }));
    loader.load('CUST-0013');
    await loader.whenSettled();
    loader.load('CUST-0014');
    await loader.whenSettled();
    loader.load('CUST-0013');
    expect(loader.snapshot.sections.profile).to.deep.include({ status: 'ready', stale: true });
    expect(loader.snapshot.sections.profile.data?.id).to.equal('CUST-0013');
    expect(loader.pendingRequests).to.equal(9);
    await loader.whenSettled();
    expect(loader.snapshot.sections.profile.stale).to.equal(false);
    expect(await loader.loadMoreInteractions()).to.equal(false); // CUST-0013 has fewer than a page
    loader.dispose();
  });

  it('pages the long history of CUST-BIG', async () => {
    const loader = new CustomerLoader(new TmfCustomerDataSource(), {
      sections: ['interactions'],
      interactionPageSize: 100,
    });
    loader.load('CUST-BIG');
    await loader.whenSettled();
    expect(await loader.loadMoreInteractions()).to.equal(true);
    const data = loader.snapshot.sections.interactions.data!;
    expect(data.total).to.equal(10_000);
    expect(data.items).to.have.length(200);
    expect(new Set(data.items.map((item) => item.id)).size).to.equal(200);
    loader.dispose();
  });
});
