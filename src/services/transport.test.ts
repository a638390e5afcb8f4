import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { Transport, TransportError } from './transport.js';
import { newSandbox, setFaults } from '../../test/support/reference-backend.js';

interface FetchCall {
  url: string;
  init: RequestInit;
}

/** A fetch that answers from a script, one entry per attempt; 'hang' never answers until aborted. */
function scriptedFetch(script: Array<number | 'hang' | 'network' | { status: number; body: string }>) {
  const calls: FetchCall[] = [];
  const fetchImpl = (url: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    calls.push({ url: String(url), init });
    const step = script[Math.min(calls.length - 1, script.length - 1)];
    if (step === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    if (step === 'hang') {
      return new Promise((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    const { status, body } =
      typeof step === 'number' ? { status: step, body: JSON.stringify({ ok: step }) } : step!;
    return Promise.resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } }));
  };
  return { calls, fetch: fetchImpl as typeof fetch };
}

/** Advances fake time until the promise settles (fetch and timers interleave). */
async function settle<T>(
  timers: sinon.SinonFakeTimers,
  promise: Promise<T>,
): Promise<{ value?: T; error?: TransportError }> {
  let done = false;
  const result: { value?: T; error?: TransportError } = {};
  promise.then(
    (value) => {
      result.value = value;
      done = true;
    },
    (error: TransportError) => {
      result.error = error;
      done = true;
    },
  );
  for (let i = 0; i < 200 && !done; i++) await timers.tickAsync(100);
  expect(done, 'request settled').to.equal(true);
  return result;
}

describe('Transport (fake timers)', () => {
  let timers: sinon.SinonFakeTimers;
  beforeEach(() => {
    timers = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => timers.restore());

  it('resolves relative paths against the base URL', () => {
    const transport = new Transport({ baseUrl: '/crm/api/' });
    expect(transport.url('/tmf-api/x')).to.equal('/crm/api/tmf-api/x');
    expect(transport.url('tmf-api/x')).to.equal('/crm/api/tmf-api/x');
    expect(transport.url('https://other.example/x')).to.equal('https://other.example/x');
  });

  it('parses JSON and reports the attempt count', async () => {
    const { fetch, calls } = scriptedFetch([{ status: 200, body: '{"id":"42"}' }]);
    const { value } = await settle(timers, new Transport({ fetch }).get<{ id: string }>('/x'));
    expect(value?.data).to.deep.equal({ id: '42' });
    expect(value?.attempts).to.equal(1);
    expect(calls[0]!.init.method).to.equal('GET');
  });

  it('times out an attempt that does not answer', async () => {
    const { fetch, calls } = scriptedFetch(['hang']);
    const promise = new Transport({ fetch, timeoutMs: 1_000, retries: 0 }).get('/slow');
    const { error } = await settle(timers, promise);
    expect(error).to.be.instanceOf(TransportError);
    expect(error?.code).to.equal('timeout');
    expect(calls).to.have.length(1);
  });

  it('retries an idempotent request a bounded number of times, with growing backoff', async () => {
    const { fetch, calls } = scriptedFetch([503, 503, 503, 503, 503]);
    const startedAt = Date.now();
    const times: number[] = [];
    const recording: typeof globalThis.fetch = (url, init) => {
      times.push(Date.now() - startedAt);
      return fetch(url, init);
    };
    const transport = new Transport({ fetch: recording, retries: 3, backoffMs: 400, random: () => 0 });
    const { error } = await settle(timers, transport.get('/flaky'));
    expect(error?.code).to.equal('http');
    expect(error?.status).to.equal(503);
    expect(error?.attempts).to.equal(4);
    expect(calls).to.have.length(4);
    // Equal jitter with random()=0: half of 400, 800, 1600.
    const gaps = times.slice(1).map((time, index) => time - times[index]!);
    expect(gaps[0]).to.be.within(200, 299);
    expect(gaps[1]).to.be.within(400, 499);
    expect(gaps[2]).to.be.within(800, 899);
  });

  it('tells onRetry of each failed attempt it will retry, before the wait, with the error and the delay', async () => {
    const { fetch } = scriptedFetch(['hang', 503, 200]);
    const notices: Array<{ code: string; status?: number; attempt: number; delayMs: number; at: number }> =
      [];
    const startedAt = Date.now();
    const transport = new Transport({ fetch, timeoutMs: 1_000, retries: 2, backoffMs: 400, random: () => 0 });
    const { value } = await settle(
      timers,
      transport.get('/flaky', {
        onRetry: ({ error, attempt, delayMs }) =>
          notices.push({
            code: error.code,
            status: error.status,
            attempt,
            delayMs,
            at: Date.now() - startedAt,
          }),
      }),
    );
    expect(value?.attempts).to.equal(3);
    expect(
      notices.map(({ code, status, attempt, delayMs }) => ({ code, status, attempt, delayMs })),
    ).to.deep.equal([
      { code: 'timeout', status: undefined, attempt: 1, delayMs: 200 },
      { code: 'http', status: 503, attempt: 2, delayMs: 400 },
    ]);
    // Reported when the attempt failed, not after the wait.
    expect(notices[0]!.at).to.be.within(1_000, 1_099);
  });

  it('keeps going when an onRetry listener throws', async () => {
    const { fetch } = scriptedFetch([503, 200]);
    const logged = sinon.stub(console, 'error');
    try {
      const { value } = await settle(
        timers,
        new Transport({ fetch, retries: 1 }).get('/x', {
          onRetry: () => {
            throw new Error('listener bug');
          },
        }),
      );
      expect(value?.status).to.equal(200);
      expect(logged.callCount).to.equal(1);
    } finally {
      logged.restore();
    }
  });

  it('succeeds on a retry after a transient failure', async () => {
    const { fetch, calls } = scriptedFetch(['network', 500, 200]);
    const { value } = await settle(timers, new Transport({ fetch, retries: 2 }).get('/x'));
    expect(value?.status).to.equal(200);
    expect(value?.attempts).to.equal(3);
    expect(calls).to.have.length(3);
  });

  it('does not retry a POST unless it is marked idempotent', async () => {
    const plain = scriptedFetch([500, 200]);
    const { error } = await settle(timers, new Transport({ fetch: plain.fetch }).post('/x', { a: 1 }));
    expect(error?.status).to.equal(500);
    expect(plain.calls).to.have.length(1);

    const keyed = scriptedFetch([500, 201]);
    const { value } = await settle(
      timers,
      new Transport({ fetch: keyed.fetch }).post('/x', { a: 1 }, { idempotent: true }),
    );
    expect(value?.status).to.equal(201);
    expect(keyed.calls).to.have.length(2);
    expect(keyed.calls[0]!.init.body).to.equal('{"a":1}');
  });

  it('does not retry a client error', async () => {
    const { fetch, calls } = scriptedFetch([404, 200]);
    const { error } = await settle(timers, new Transport({ fetch, retries: 3 }).get('/missing'));
    expect(error?.status).to.equal(404);
    expect(error?.retryable).to.equal(false);
    expect(calls).to.have.length(1);
  });

  it('reports malformed JSON as a parse error', async () => {
    const { fetch } = scriptedFetch([{ status: 200, body: '{"truncated": ' }]);
    const { error } = await settle(timers, new Transport({ fetch }).get('/broken'));
    expect(error?.code).to.equal('parse');
  });

  it('aborts an in-flight request through the caller signal, without retrying', async () => {
    const { fetch, calls } = scriptedFetch(['hang']);
    const controller = new AbortController();
    const promise = new Transport({ fetch, retries: 3 }).get('/slow', { signal: controller.signal });
    await timers.tickAsync(50);
    controller.abort();
    const { error } = await settle(timers, promise);
    expect(error?.code).to.equal('aborted');
    expect(calls).to.have.length(1);
  });

  it('aborts during the backoff between attempts', async () => {
    const { fetch, calls } = scriptedFetch([503, 503, 503]);
    const controller = new AbortController();
    const promise = new Transport({ fetch, retries: 2, backoffMs: 5_000, random: () => 0 }).get('/x', {
      signal: controller.signal,
    });
    await timers.tickAsync(10);
    expect(calls).to.have.length(1);
    controller.abort();
    const { error } = await settle(timers, promise);
    expect(error?.code).to.equal('aborted');
    expect(calls).to.have.length(1);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const { fetch, calls } = scriptedFetch([200]);
    const { error } = await settle(
      timers,
      new Transport({ fetch }).get('/x', { signal: AbortSignal.abort() }),
    );
    expect(error?.code).to.equal('aborted');
    expect(calls).to.have.length(0);
  });

  it('adds the auth hook headers to every attempt', async () => {
    const { fetch, calls } = scriptedFetch([500, 200]);
    let token = 0;
    const transport = new Transport({
      fetch,
      authHeaders: async ({ method }) => ({ authorization: `Bearer ${method}-${++token}` }),
    });
    await settle(timers, transport.get('/x'));
    const header = (call: FetchCall) => (call.init.headers as Record<string, string>).authorization;
    expect(calls.map(header)).to.deep.equal(['Bearer GET-1', 'Bearer GET-2']);
  });

  it('derives a transport with another base URL', () => {
    const derived = new Transport({ baseUrl: '/a', timeoutMs: 5 }).with({ baseUrl: '/b' });
    expect(derived.url('/x')).to.equal('/b/x');
  });
});

describe('Transport against the reference backend (real HTTP)', () => {
  const sandbox = newSandbox('transport');
  const transport = new Transport({ baseUrl: sandbox, backoffMs: 1, retries: 2 });

  afterEach(() => transport.request('/api/faults', { method: 'DELETE', responseType: 'none' }));

  it('reads a seeded customer over HTTP', async () => {
    const { data, status } = await transport.get<{ id: string; '@type': string }>(
      '/tmf-api/customerManagement/v5/customer/CUST-0001',
    );
    expect(status).to.equal(200);
    expect(data.id).to.equal('CUST-0001');
    expect(data['@type']).to.equal('Customer');
  });

  it('retries through two server errors and then succeeds', async () => {
    await setFaults(sandbox, [{ mode: 'http500', times: 2, match: '/customer/' }]);
    const { data, attempts } = await transport.get<{ id: string }>(
      '/tmf-api/customerManagement/v5/customer/CUST-0002',
    );
    expect(attempts).to.equal(3);
    expect(data.id).to.equal('CUST-0002');
  });

  it('gives up after the retry budget on a persistent 500', async () => {
    await setFaults(sandbox, [{ mode: 'http500', match: '/customer/' }]);
    const error = await transport
      .get('/tmf-api/customerManagement/v5/customer/CUST-0002')
      .catch((e: TransportError) => e);
    expect(error).to.be.instanceOf(TransportError);
    expect((error as TransportError).status).to.equal(500);
    expect((error as TransportError).attempts).to.equal(3);
  });

  it('reports a malformed body as a parse error', async () => {
    await setFaults(sandbox, [{ mode: 'malformed', match: '/customer/' }]);
    const error = await transport
      .get('/tmf-api/customerManagement/v5/customer/CUST-0003')
      .catch((e: TransportError) => e);
    expect((error as TransportError).code).to.equal('parse');
  });

  it('times out against a server that never answers', async () => {
    await setFaults(sandbox, [{ mode: 'timeout', match: '/customer/' }]);
    const error = await transport
      .get('/tmf-api/customerManagement/v5/customer/CUST-0004', { timeoutMs: 150, retries: 0 })
      .catch((e: TransportError) => e);
    expect((error as TransportError).code).to.equal('timeout');
  });

  it('reports 404 for an unknown customer without retrying', async () => {
    const error = await transport
      .get('/tmf-api/customerManagement/v5/customer/NOPE')
      .catch((e: TransportError) => e);
    expect((error as TransportError).status).to.equal(404);
    expect((error as TransportError).attempts).to.equal(1);
  });
});
