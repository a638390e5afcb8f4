import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  createResponseId,
  defaultAcknowledgementCheck,
  DeliveryStatusEvent,
  isValidResponseId,
  openSurveyDatabase,
  retryDelay,
  SurveyDraftStore,
  type DeliveryStatus,
} from './index.js';
import {
  closeOutboxHarnesses,
  dropWithHarnesses,
  outboxHarness,
  until,
  type OutboxHarness,
} from '../../../test/support/outbox.js';
import {
  endpointOf,
  faultsLeft,
  setFaults,
  storedResponses,
  uniqueName,
} from '../../../test/support/reference-backend.js';

/** The outbox tests' harness: retries capped at 1 s. */
const harness = (label: string): OutboxHarness => outboxHarness(label, { retryMaxMs: 1_000 });

const response = (responseId = createResponseId(), answers: Record<string, unknown> = { csat: 4 }) => ({
  responseId,
  surveyId: 'post-call',
  answers,
  meta: { interactionId: 'int-1' },
});

const statesOf = (statuses: DeliveryStatus[], responseId: string) =>
  statuses.filter((status) => status.responseId === responseId).map((status) => status.state);

afterEach(async () => {
  await closeOutboxHarnesses();
  sinon.restore();
});

describe('response ids', () => {
  it('are random UUIDs within the 8..128 characters the backend requires', () => {
    const ids = new Set(Array.from({ length: 200 }, () => createResponseId()));
    expect(ids.size).to.equal(200);
    for (const id of ids) expect(isValidResponseId(id), id).to.equal(true);
  });

  it('are made from random bytes where randomUUID is missing (plain-http pages)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const id = createResponseId();
      expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(createResponseId()).to.not.equal(id);
    } finally {
      delete (crypto as unknown as Record<string, unknown>)['randomUUID'];
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });

  it('are checked for length and type', () => {
    expect(isValidResponseId('1234567')).to.equal(false);
    expect(isValidResponseId('12345678')).to.equal(true);
    expect(isValidResponseId('x'.repeat(128))).to.equal(true);
    expect(isValidResponseId('x'.repeat(129))).to.equal(false);
    expect(isValidResponseId(12345678)).to.equal(false);
  });
});

describe('outbox retry policy', () => {
  it('doubles the delay per attempt with equal jitter, capped', () => {
    expect(retryDelay(1, 1000, 60_000, () => 0)).to.equal(500);
    expect(retryDelay(1, 1000, 60_000, () => 0.999999)).to.equal(1000);
    expect(retryDelay(3, 1000, 60_000, () => 0)).to.equal(2000);
    expect(retryDelay(30, 1000, 60_000, () => 1)).to.equal(60_000);
    expect(retryDelay(0, 1000, 60_000, () => 0)).to.equal(500);
  });

  it('accepts an empty body or one echoing the response id', () => {
    const check = (body: unknown) =>
      defaultAcknowledgementCheck({ status: 200, body, responseId: 'resp-0001' });
    expect(check(undefined)).to.equal(true);
    expect(check({ responseId: 'resp-0001', status: 'created' })).to.equal(true);
    expect(check({ ok: true })).to.equal(true);
    expect(check({ responseId: 'resp-0002' })).to.equal(false);
    expect(check([])).to.equal(false);
    expect(check('ok')).to.equal(false);
    expect(check(null)).to.equal(false);
  });
});

describe('survey outbox against the reference backend', () => {
  it('stores the response before the POST and removes it on the 2xx acknowledgement', async () => {
    const h = harness('sent');
    const seenAtPost: boolean[] = [];
    const transport = h.network.transport().with({
      fetch: async (input, init) => {
        // The record must already be in IndexedDB when the request leaves.
        const database = await openSurveyDatabase(h.databaseName);
        seenAtPost.push((await database.get('outbox', body.responseId)) !== undefined);
        database.close();
        return h.network.fetch(input, init);
      },
    });
    const checked = h.open({ transport });
    const body = response();
    const events: DeliveryStatus[] = [];
    checked.addEventListener(DeliveryStatusEvent.type, (event) =>
      events.push((event as DeliveryStatusEvent).detail),
    );
    const first = await checked.enqueue(body);
    expect(first).to.deep.equal({ responseId: body.responseId, state: 'queued', attempts: 0 });
    await until(() => checked.statusOf(body.responseId)?.state === 'sent', 'sent');
    expect(seenAtPost).to.deep.equal([true]);
    expect(statesOf(h.statuses, body.responseId)).to.deep.equal(['queued', 'sending', 'sent']);
    expect(events.map((event) => event.state)).to.deep.equal(['queued', 'sending', 'sent']);
    expect(checked.statusOf(body.responseId)).to.deep.equal({
      responseId: body.responseId,
      state: 'sent',
      attempts: 1,
      serverStatus: 'created',
    });
    expect(await checked.pending()).to.deep.equal([]);
    const stored = await storedResponses(h.sandbox);
    expect(stored).to.have.length(1);
    expect(stored[0]).to.deep.include({
      responseId: body.responseId,
      answers: { csat: 4 },
      surveyId: 'post-call',
    });
  });

  it('refuses a response without a usable id, and any after close', async () => {
    const h = harness('refuse');
    const outbox = h.open();
    let error: unknown;
    try {
      await outbox.enqueue({ responseId: 'short' });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(TypeError);
    await outbox.close();
    error = undefined;
    try {
      await outbox.enqueue(response());
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).to.contain('closed');
    expect(await outbox.flush()).to.deep.equal({ sent: [], pending: [] });
    expect(await outbox.pending()).to.deep.equal([]);
    await outbox.close(); // twice is fine
  });

  it('keeps a response through a server 500 and retries it with backoff', async () => {
    const h = harness('http500');
    await setFaults(h.sandbox, [{ mode: 'http500', times: 2 }]);
    const outbox = h.open();
    const body = response();
    await outbox.enqueue(body);
    await until(() => outbox.statusOf(body.responseId)?.state === 'retrying', 'first retry');
    const retrying = outbox.statusOf(body.responseId)!;
    expect(retrying.attempts).to.equal(1);
    expect(retrying.error).to.include({ code: 'http', status: 500 });
    expect(retrying.nextRetryAt).to.be.a('number');
    expect(h.scheduler.delays).to.deep.equal([75]); // 100 ms × (½ + ½ × 0.5)
    const [record] = await outbox.pending();
    expect(record).to.deep.include({ responseId: body.responseId, attempts: 1 });
    expect(record!.lastError).to.include({ code: 'http', status: 500 });

    h.scheduler.fireAll();
    await until(
      () => outbox.statusOf(body.responseId)?.attempts === 2 && h.scheduler.delays.length === 1,
      'second retry',
    );
    expect(h.scheduler.delays).to.deep.equal([150]);
    h.scheduler.fireAll();
    await until(() => outbox.statusOf(body.responseId)?.state === 'sent', 'sent');
    expect(statesOf(h.statuses, body.responseId)).to.deep.equal([
      'queued',
      'sending',
      'retrying',
      'sending',
      'retrying',
      'sending',
      'sent',
    ]);
    expect(await storedResponses(h.sandbox)).to.have.length(1);
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('keeps a response through a timeout', async () => {
    const h = harness('timeout');
    await setFaults(h.sandbox, [{ mode: 'timeout', times: 1 }]);
    const outbox = h.open({ requestTimeoutMs: 800 });
    const body = response();
    await outbox.enqueue(body);
    await until(() => outbox.statusOf(body.responseId)?.state === 'retrying', 'retry');
    expect(outbox.statusOf(body.responseId)!.error!.code).to.equal('timeout');
    expect(await faultsLeft(h.sandbox), 'the server held that request').to.equal(0);
    expect(await storedResponses(h.sandbox)).to.have.length(0);
    const flushed = await outbox.flush();
    expect(flushed, JSON.stringify(outbox.statusOf(body.responseId))).to.deep.equal({
      sent: [body.responseId],
      pending: [],
    });
    expect(h.scheduler.timers.size, 'the scheduled retry is cancelled').to.equal(0);
    expect(await storedResponses(h.sandbox)).to.have.length(1);
  });

  it('does not take malformed JSON as an acknowledgement, and the retry is deduplicated', async () => {
    const h = harness('malformed');
    await setFaults(h.sandbox, [{ mode: 'malformed', times: 1 }]);
    const outbox = h.open();
    const body = response();
    await outbox.enqueue(body);
    await until(() => outbox.statusOf(body.responseId)?.state === 'retrying', 'retry');
    expect(outbox.statusOf(body.responseId)!.error).to.include({ code: 'parse', status: 200 });
    expect(await storedResponses(h.sandbox), 'the server did store it').to.have.length(1);
    expect(await outbox.pending()).to.have.length(1);
    await outbox.flush();
    expect(outbox.statusOf(body.responseId)).to.include({
      state: 'sent',
      serverStatus: 'duplicate',
      attempts: 2,
    });
    expect(await storedResponses(h.sandbox)).to.have.length(1);
  });

  it('survives a lost acknowledgement: the duplicate delivery is stored once', async () => {
    const h = harness('acklost');
    await setFaults(h.sandbox, [{ mode: 'ack-lost', times: 1 }]);
    const outbox = h.open();
    const body = response();
    await outbox.enqueue(body);
    await until(() => outbox.statusOf(body.responseId)?.state === 'retrying', 'retry');
    expect(await outbox.pending()).to.have.length(1);
    await outbox.flush();
    expect(outbox.statusOf(body.responseId)).to.include({ state: 'sent', serverStatus: 'duplicate' });
    expect(h.network.postsOf(body.responseId)).to.equal(2);
    const stored = await storedResponses(h.sandbox);
    expect(stored.map((item) => item['responseId'])).to.deep.equal([body.responseId]);
  });

  it('shows "sending" while a slow server answers', async () => {
    const h = harness('latency');
    await setFaults(h.sandbox, [{ mode: 'latency', latencyMs: 150 }]);
    const outbox = h.open();
    const body = response();
    await outbox.enqueue(body);
    await until(() => outbox.statusOf(body.responseId)?.state === 'sending', 'sending');
    expect(await outbox.pending()).to.have.length(1);
    await until(() => outbox.statusOf(body.responseId)?.state === 'sent', 'sent');
    expect(await outbox.pending()).to.have.length(0);
  });

  it('retries when a 2xx does not acknowledge this response', async () => {
    const h = harness('noack');
    let acknowledge = false;
    const outbox = h.open({ isAcknowledged: () => acknowledge });
    const body = response();
    await outbox.enqueue(body);
    await until(() => outbox.statusOf(body.responseId)?.state === 'retrying', 'retry');
    expect(outbox.statusOf(body.responseId)!.error).to.include({ code: 'ack', status: 201 });
    acknowledge = true;
    await outbox.flush();
    expect(outbox.statusOf(body.responseId)).to.include({ state: 'sent' });
  });

  it('waits offline without sending, and sends on the online event', async () => {
    const h = harness('offline');
    h.online.value = false;
    h.network.offline = true;
    const outbox = h.open();
    await outbox.start();
    const body = response();
    await outbox.enqueue(body);
    await until(() => outbox.statusOf(body.responseId)?.state === 'queued-offline', 'queued offline');
    expect(h.network.posts).to.deep.equal([]);
    expect(h.scheduler.timers.size, 'no retry timer while offline').to.equal(0);

    h.online.value = true;
    h.network.offline = false;
    h.onlineEvents.dispatchEvent(new Event('online'));
    await until(() => outbox.statusOf(body.responseId)?.state === 'sent', 'sent after online');
    expect(await storedResponses(h.sandbox)).to.have.length(1);
  });

  it('treats a network error as offline when the browser says so, else retries', async () => {
    const h = harness('network');
    h.network.offline = true;
    const outbox = h.open();
    const body = response();
    await outbox.enqueue(body);
    await until(() => outbox.statusOf(body.responseId)?.state === 'retrying', 'retrying');
    expect(outbox.statusOf(body.responseId)!.error!.code).to.equal('network');

    // The connection drops while the browser still believes it is online, then it notices.
    const second = response();
    const dropping = h.open({
      isOnline: () => h.online.value,
      transport: h.network.transport().with({
        fetch: (input, init) => {
          h.online.value = false;
          return h.network.fetch(input, init);
        },
      }),
    });
    await dropping.enqueue(second);
    await until(() => dropping.statusOf(second.responseId)?.state === 'queued-offline', 'queued offline');
    expect(dropping.statusOf(second.responseId)!.error!.code).to.equal('network');
    expect(dropping.statusOf(second.responseId)!.attempts).to.equal(1);
  });

  it('replays what a previous page left behind', async () => {
    const h = harness('reload');
    h.online.value = false;
    const before = h.open();
    const bodies = [response(), response(), response()];
    for (const body of bodies) await before.enqueue(body);
    await before.close();
    expect(await storedResponses(h.sandbox)).to.have.length(0);

    h.online.value = true;
    const after = h.open();
    const result = await after.start();
    expect(result.sent.sort()).to.deep.equal(bodies.map((body) => body.responseId).sort());
    expect(result.pending).to.deep.equal([]);
    expect(await after.pending()).to.deep.equal([]);
    expect((await storedResponses(h.sandbox)).map((item) => item['responseId']).sort()).to.deep.equal(
      bodies.map((body) => body.responseId).sort(),
    );
  });

  it('keeps a response whose request was cut off by a reload, and sends it once after', async () => {
    const h = harness('cutoff');
    await setFaults(h.sandbox, [{ mode: 'timeout', times: 1 }]);
    const before = h.open({ requestTimeoutMs: 5_000 });
    const body = response();
    await before.enqueue(body);
    // The page goes away once the server holds the request.
    await until(async () => (await faultsLeft(h.sandbox)) === 0, 'the request to reach the server');
    expect(before.statusOf(body.responseId)!.state).to.equal('sending');
    await before.close();
    const after = h.open();
    await after.start();
    expect(after.statusOf(body.responseId), JSON.stringify(after.statusOf(body.responseId))).to.include({
      state: 'sent',
      attempts: 2,
    });
    expect((await storedResponses(h.sandbox)).length).to.equal(1);
  });

  it('leaves responses queued for another endpoint to their own outbox', async () => {
    const h = harness('endpoints');
    const other = harness('endpoints-other');
    h.online.value = false;
    const mine = h.open();
    const theirs = h.open({ endpoint: endpointOf(other.sandbox) });
    const forMe = response();
    const forThem = response();
    await mine.enqueue(forMe);
    await theirs.enqueue(forThem);
    // The same id queued again through the other endpoint stays with its first endpoint.
    await theirs.enqueue(forMe);
    h.online.value = true;
    expect(await mine.flush()).to.deep.equal({ sent: [forMe.responseId], pending: [] });
    await theirs.flush();
    expect((await storedResponses(h.sandbox)).map((item) => item['responseId'])).to.deep.equal([
      forMe.responseId,
    ]);
    expect((await storedResponses(other.sandbox)).map((item) => item['responseId'])).to.deep.equal([
      forThem.responseId,
    ]);
  });

  it('sends a response enqueued twice only once', async () => {
    const h = harness('twice');
    const outbox = h.open();
    const body = response();
    await Promise.all([outbox.enqueue(body), outbox.enqueue(body)]);
    await outbox.flush();
    await until(() => outbox.statusOf(body.responseId)?.state === 'sent', 'sent');
    expect(h.network.postsOf(body.responseId)).to.equal(1);
  });

  for (const lockKind of ['Web Locks', 'IndexedDB lease'] as const) {
    it(`does not double-send when tabs flush together (${lockKind})`, async function () {
      if (lockKind === 'Web Locks' && !navigator.locks) this.skip();
      const h = harness('tabs');
      h.online.value = false;
      const writer = h.open();
      const bodies = [response(), response(), response(), response()];
      for (const body of bodies) await writer.enqueue(body);
      await writer.close();
      h.online.value = true;
      await setFaults(h.sandbox, [{ mode: 'latency', latencyMs: 60 }]);
      const locks = lockKind === 'Web Locks' ? undefined : null;
      const tabs = [h.open({ locks }), h.open({ locks }), h.open({ locks })];
      await Promise.all(tabs.map((tab) => tab.start()));
      // A tab that found a response locked by another looks again later and then reports it sent.
      h.scheduler.fireAll();
      for (const body of bodies) {
        // A tab that listed the outbox after another had sent a response never saw that response.
        await until(
          () => tabs.every((tab) => [undefined, 'sent'].includes(tab.statusOf(body.responseId)?.state)),
          'sent everywhere',
        );
        expect(
          tabs.filter((tab) => tab.statusOf(body.responseId)?.serverStatus === 'created'),
        ).to.have.length(1);
        expect(h.network.postsOf(body.responseId), body.responseId).to.equal(1);
      }
      expect(await storedResponses(h.sandbox)).to.have.length(bodies.length);
      expect(await tabs[0]!.pending()).to.deep.equal([]);
    });
  }

  it('lets a lease that outlived its tab expire', async () => {
    const h = harness('lease');
    let now = 1_000_000;
    h.online.value = false;
    const writer = h.open({ locks: null, now: () => now });
    const body = response();
    await writer.enqueue(body);
    await writer.close();
    const database = await openSurveyDatabase(h.databaseName);
    const record = (await database.get('outbox', body.responseId))!;
    await database.put('outbox', { ...record, lease: { owner: 'a-tab-that-crashed', until: now + 10_000 } });
    database.close();

    h.online.value = true;
    const tab = h.open({ locks: null, now: () => now });
    await tab.start();
    expect(tab.statusOf(body.responseId)!.state).to.equal('queued');
    expect(h.network.posts).to.deep.equal([]);
    now += 10_001;
    await tab.flush();
    expect(tab.statusOf(body.responseId)!.state).to.equal('sent');
    expect(h.network.postsOf(body.responseId)).to.equal(1);
  });

  it('still delivers when IndexedDB cannot be opened', async () => {
    const h = harness('memory');
    const outbox = h.open({ openDatabase: () => Promise.reject(new Error('SecurityError')) });
    expect(await outbox.isPersistent()).to.equal(false);
    await setFaults(h.sandbox, [{ mode: 'http500', times: 1 }]);
    const body = response();
    await outbox.enqueue(body);
    await outbox.enqueue(body);
    await until(() => outbox.statusOf(body.responseId)?.state === 'retrying', 'retrying');
    expect(await outbox.pending()).to.have.length(1);
    await outbox.flush();
    expect(outbox.statusOf(body.responseId)!.state).to.equal('sent');
    expect(await outbox.pending()).to.have.length(0);
    expect(await storedResponses(h.sandbox)).to.have.length(1);
  });

  it('keeps calling the other listeners when one throws, and stops on unsubscribe', async () => {
    const h = harness('listeners');
    const outbox = h.open();
    const failing = sinon.stub(console, 'error');
    const calls: string[] = [];
    outbox.subscribe(() => {
      throw new Error('listener bug');
    });
    const stop = outbox.subscribe((status) => calls.push(status.state));
    const body = response();
    await outbox.enqueue(body);
    await until(() => outbox.statusOf(body.responseId)?.state === 'sent', 'sent');
    expect(calls).to.deep.equal(['queued', 'sending', 'sent']);
    expect(failing.called).to.equal(true);
    stop();
    await outbox.enqueue(response());
    await outbox.flush();
    expect(calls).to.have.length(3);
  });

  it('stores every enqueued response while offline (its speed is measured by the survey bench)', async () => {
    const h = harness('speed');
    h.online.value = false;
    const outbox = h.open();
    await outbox.enqueue(response()); // opens the database
    for (let index = 0; index < 21; index += 1) {
      const status = await outbox.enqueue(
        response(undefined, { csat: 5, resolved: true, comment: 'x'.repeat(200) }),
      );
      expect(status.state).to.equal('queued'); // stored; sending waits for the network
    }
    expect(await outbox.pending()).to.have.length(22);
  });
});

describe('survey drafts', () => {
  it('saves, restores after a reload, keeps interactions apart, and clears', async () => {
    const databaseName = `cx-test-${uniqueName('drafts')}`;
    dropWithHarnesses(databaseName);
    let now = 5_000;
    const store = new SurveyDraftStore({ databaseName, now: () => now });
    expect(await store.load('post-call', 'int-1')).to.equal(undefined);
    await store.save('post-call', 'int-1', { csat: 2 });
    now = 6_000;
    await store.save('post-call', 'int-1', { csat: 2, reasons: ['network'] });
    await store.save('post-call', 'int-2', { csat: 5 });
    await store.close();

    const reloaded = new SurveyDraftStore({ databaseName, now: () => now });
    expect(await reloaded.load('post-call', 'int-1')).to.deep.equal({
      answers: { csat: 2, reasons: ['network'] },
      savedAt: 6_000,
    });
    expect(await reloaded.load('nps', 'int-1')).to.equal(undefined);
    await reloaded.clear('post-call', 'int-1');
    expect(await reloaded.load('post-call', 'int-1')).to.equal(undefined);
    expect((await reloaded.load('post-call', 'int-2'))!.answers).to.deep.equal({ csat: 5 });
    await reloaded.close();
  });

  it('returns copies the caller cannot change by accident', async () => {
    const databaseName = `cx-test-${uniqueName('draftcopy')}`;
    dropWithHarnesses(databaseName);
    const store = new SurveyDraftStore({ databaseName });
    const answers = { reasons: ['network'] };
    await store.save('s', 'i', answers);
    answers.reasons.push('billing');
    const loaded = await store.load('s', 'i');
    expect(loaded!.answers).to.deep.equal({ reasons: ['network'] });
    await store.close();
  });

  it('prunes old drafts', async () => {
    const databaseName = `cx-test-${uniqueName('prune')}`;
    dropWithHarnesses(databaseName);
    let now = 0;
    const store = new SurveyDraftStore({ databaseName, now: () => now });
    await store.save('s', 'old', { csat: 1 });
    now = 8 * 24 * 3_600_000;
    await store.save('s', 'new', { csat: 5 });
    expect(await store.prune()).to.equal(1);
    expect(await store.load('s', 'old')).to.equal(undefined);
    expect(await store.load('s', 'new')).to.not.equal(undefined);
    await store.close();
  });

  it('falls back to memory when IndexedDB cannot be opened or fails', async () => {
    let now = 0;
    const store = new SurveyDraftStore({
      openDatabase: () => Promise.reject(new Error('denied')),
      now: () => now,
    });
    await store.save('s', 'i', { csat: 3 });
    expect((await store.load('s', 'i'))!.answers).to.deep.equal({ csat: 3 });
    now = 10 * 24 * 3_600_000;
    expect(await store.prune()).to.equal(0);
    expect(await store.load('s', 'i')).to.equal(undefined);
    await store.save('s', 'i', { csat: 3 });
    await store.clear('s', 'i');
    expect(await store.load('s', 'i')).to.equal(undefined);

    const databaseName = `cx-test-${uniqueName('draftclosed')}`;
    dropWithHarnesses(databaseName);
    const database = await openSurveyDatabase(databaseName);
    database.close(); // every operation on it now throws
    const broken = new SurveyDraftStore({ openDatabase: () => Promise.resolve(database) });
    await broken.save('s', 'i', { csat: 4 });
    expect((await broken.load('s', 'i'))!.answers).to.deep.equal({ csat: 4 });
    expect(await broken.prune()).to.equal(0);
    await broken.clear('s', 'i');
    expect(await broken.load('s', 'i')).to.equal(undefined);
  });
});
