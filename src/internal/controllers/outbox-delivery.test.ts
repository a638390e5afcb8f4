import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { lazy } from '../../services/lazy.js';
import type { DeliveryStatus } from '../../services/survey-outbox/outbox.js';
import { SurveyOutbox } from '../../services/survey-outbox/outbox.js';
import { ManualScheduler, until } from '../../../test/support/outbox.js';
import { uniqueName } from '../../../test/support/reference-backend.js';
import { Transport } from '../../services/transport.js';
import { OutboxDeliveryController, type DeliveryNews, type RecordOutbox } from './outbox-delivery.js';

interface Note {
  readonly id: string;
  readonly text: string;
}

/** An outbox the test drives: it stores when told to, and reports the statuses the test gives it. */
class HeldOutbox implements RecordOutbox<Note> {
  readonly enqueued: Note[] = [];
  readonly listeners = new Set<(status: DeliveryStatus) => void>();
  flushes = 0;
  private store?: { resolve: () => void; reject: (error: Error) => void };

  enqueue(record: Note): Promise<DeliveryStatus> {
    this.enqueued.push(record);
    return new Promise((resolve, reject) => {
      this.store = {
        resolve: () => resolve(this.report({ responseId: record.id, state: 'queued', attempts: 0 })),
        reject,
      };
    });
  }
  subscribe(listener: (status: DeliveryStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  statusOf(): DeliveryStatus | undefined {
    return undefined;
  }
  flush(): Promise<unknown> {
    this.flushes += 1;
    return Promise.resolve();
  }
  /** The record is stored (or the write fails). */
  stored(error?: Error): void {
    if (error) this.store?.reject(error);
    else this.store?.resolve();
  }
  report(status: DeliveryStatus): DeliveryStatus {
    for (const listener of this.listeners) listener(status);
    return status;
  }
}

class DeliveryHost extends LitElement {
  outbox = new HeldOutbox();
  /** Set to a held promise to play an outbox whose code is still being fetched. */
  loading: Promise<void> | undefined;
  loaded = true;
  readonly news: DeliveryNews[] = [];
  readonly delivery = new OutboxDeliveryController<Note>(this, {
    outbox: {
      get: () => (this.loaded ? this.outbox : undefined),
      load: async () => {
        await this.loading;
        this.loaded = true;
        return this.outbox;
      },
    },
    onNews: (news) => this.news.push(news),
  });
  override render() {
    return html`${this.delivery.phase}`;
  }
}
customElements.define('cx-test-delivery-host', DeliveryHost);

describe('OutboxDeliveryController', () => {
  afterEach(() => sinon.restore());

  const mount = () => fixture<DeliveryHost>(html`<cx-test-delivery-host></cx-test-delivery-host>`);

  it('is sending from the hand-over, and reports queued once and sent once', async () => {
    const host = await mount();
    const { delivery, outbox } = host;
    expect(delivery.phase).to.equal('idle');
    const stored = delivery.deliver('note-0001', { id: 'note-0001', text: 'hello' });
    expect(delivery.phase, 'before the write').to.equal('sending');
    expect(delivery.handedOver).to.equal(true);
    outbox.stored();
    expect(await stored).to.equal(true);
    const error = { code: 'http', message: 'HTTP 500' };
    outbox.report({ responseId: 'note-0001', state: 'retrying', attempts: 1, nextRetryAt: 5_000, error });
    expect(delivery.phase).to.equal('retrying');
    expect(delivery.failure).to.deep.equal(error);
    outbox.report({ responseId: 'note-0001', state: 'queued-offline', attempts: 1, error });
    outbox.report({ responseId: 'someone-else', state: 'sent', attempts: 1 });
    expect(delivery.phase, 'another record').to.equal('queued-offline');
    outbox.report({ responseId: 'note-0001', state: 'sending', attempts: 2 });
    expect(delivery.phase).to.equal('sending');
    outbox.report({ responseId: 'note-0001', state: 'sent', attempts: 2 });
    outbox.report({ responseId: 'note-0001', state: 'sent', attempts: 2 });
    expect(delivery.phase).to.equal('sent');
    expect(delivery.pending).to.equal(false);
    expect(host.news).to.deep.equal([
      { kind: 'queued', recordId: 'note-0001' },
      { kind: 'retrying', recordId: 'note-0001', error },
      { kind: 'sent', recordId: 'note-0001' },
    ]);
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('sent');
  });

  it('counts down to the next attempt while retrying', async () => {
    const { delivery, outbox } = await mount();
    void delivery.deliver('note-0002', { id: 'note-0002', text: 'x' });
    outbox.stored();
    expect(delivery.retryIn(0)).to.equal(undefined);
    outbox.report({ responseId: 'note-0002', state: 'retrying', attempts: 1, nextRetryAt: 10_000 });
    expect(delivery.nextRetryAt).to.equal(10_000);
    expect(delivery.retryIn(0)).to.equal(10);
    expect(delivery.retryIn(8_500)).to.equal(2);
    expect(delivery.retryIn(12_000), 'due').to.equal(0);
    outbox.report({ responseId: 'note-0002', state: 'sent', attempts: 2 });
    expect(delivery.retryIn(0)).to.equal(undefined);
    expect(delivery.nextRetryAt).to.equal(undefined);
  });

  it('is saving while the outbox code loads, and forgets a record reset meanwhile', async () => {
    const host = await mount();
    let release!: () => void;
    host.loaded = false;
    host.loading = new Promise((resolve) => (release = resolve));
    const stored = host.delivery.deliver('note-0003', { id: 'note-0003', text: 'x' });
    expect(host.delivery.phase).to.equal('saving');
    host.delivery.reset();
    release();
    expect(await stored).to.equal(false);
    expect(host.outbox.enqueued, 'never handed over').to.deep.equal([]);
    expect(host.delivery.phase).to.equal('idle');
  });

  it('a write that fails gives the record back (failed), keeping its id for the retry', async () => {
    const host = await mount();
    const stored = host.delivery.deliver('note-0004', { id: 'note-0004', text: 'x' });
    host.outbox.stored(new Error('quota exceeded'));
    expect(await stored).to.equal(false);
    expect(host.delivery.phase).to.equal('failed');
    expect(host.delivery.handedOver).to.equal(false);
    expect(host.delivery.recordId).to.equal('note-0004');
    const error = { code: 'storage', message: 'quota exceeded' };
    expect(host.news).to.deep.equal([{ kind: 'failed', recordId: 'note-0004', error }]);
    host.delivery.clearFailure();
    expect(host.delivery.phase).to.equal('idle');
    expect(host.delivery.recordId).to.equal('note-0004');
  });

  it('stops following when the host leaves and follows again when it comes back', async () => {
    const host = await mount();
    void host.delivery.deliver('note-0005', { id: 'note-0005', text: 'x' });
    host.outbox.stored();
    const parent = host.parentElement!;
    host.remove();
    expect(host.outbox.listeners.size).to.equal(0);
    parent.append(host);
    await until(() => host.outbox.listeners.size === 1, 'following again');
    host.outbox.report({ responseId: 'note-0005', state: 'sent', attempts: 1 });
    expect(host.delivery.phase).to.equal('sent');
    host.delivery.retryNow();
    await until(() => host.outbox.flushes === 1, 'flushed');
  });

  it('opens the outbox when the page is idle, if asked', async () => {
    const load = sinon.spy(async () => new HeldOutbox());
    class IdleHost extends LitElement {
      readonly delivery = new OutboxDeliveryController<Note>(this, {
        outbox: lazy(load),
        openWhenIdle: true,
      });
    }
    customElements.define('cx-test-idle-delivery-host', IdleHost);
    await fixture(html`<cx-test-idle-delivery-host></cx-test-idle-delivery-host>`);
    await until(() => load.calledOnce, 'opened when idle');
  });

  it('with a real outbox: a record retried after a failure reaches the server exactly once', async () => {
    const posts: string[] = [];
    let fail = true;
    const fetch: typeof globalThis.fetch = (_input, init) => {
      const { responseId } = JSON.parse(String(init?.body)) as { responseId: string };
      posts.push(responseId);
      if (fail) return Promise.resolve(new Response('{}', { status: 500 }));
      return Promise.resolve(
        new Response(JSON.stringify({ responseId, status: 'created' }), { status: 201 }),
      );
    };
    const scheduler = new ManualScheduler();
    const outbox = new SurveyOutbox({
      endpoint: '/api/notes',
      transport: new Transport({ fetch }),
      openDatabase: () => Promise.reject(new Error('kept in memory')),
      databaseName: uniqueName('delivery'),
      scheduler,
      onlineEvents: null,
    });
    const news: DeliveryNews[] = [];
    class RealHost extends LitElement {
      readonly delivery = new OutboxDeliveryController(this, {
        outbox: lazy(() => Promise.resolve(outbox)),
        onNews: (item) => news.push(item),
      });
    }
    customElements.define('cx-test-real-delivery-host', RealHost);
    const host = await fixture<RealHost>(html`<cx-test-real-delivery-host></cx-test-real-delivery-host>`);
    try {
      expect(await host.delivery.deliver('note-real-1', { responseId: 'note-real-1', text: 'x' })).to.equal(
        true,
      );
      await until(() => host.delivery.phase === 'retrying', 'retrying');
      fail = false;
      scheduler.fireAll();
      await until(() => host.delivery.phase === 'sent', 'sent');
      expect(posts).to.deep.equal(['note-real-1', 'note-real-1']);
      expect(news.map((item) => item.kind)).to.deep.equal(['queued', 'retrying', 'sent']);
      expect(await outbox.pending()).to.deep.equal([]);
    } finally {
      await outbox.close();
    }
  });
});
