import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { CxErrorEvent } from '../../events/cx-error.js';
import { EventQueueController } from './event-queue.js';

class QueueHost extends LitElement {
  static override properties = { value: { type: Number } };
  value = 0;
  /** What the host showed when each event reached a listener. */
  readonly seenAt: number[] = [];
  readonly events = new EventQueueController(this, {
    source: 'cx-test-queue-host',
    safeDetail: (detail) => ({ ...detail, message: detail.message.replace(/\d{11}/g, '***') }),
  });

  protected override willUpdate(): void {
    if (this.value === 2) this.events.error({ code: 'invalid-property', message: 'call 13812345678' });
  }

  override render() {
    return html`<span>${this.value}</span>`;
  }
}
customElements.define('cx-test-queue-host', QueueHost);

describe('EventQueueController', () => {
  it('dispatches what an update queued after that update rendered, in order, with the source and a safe detail', async () => {
    const host = await fixture<QueueHost>(html`<cx-test-queue-host></cx-test-queue-host>`);
    const seen: string[] = [];
    host.addEventListener('cx-error', (event: CxErrorEvent) => {
      seen.push(`${event.detail.source}: ${event.detail.message}`);
      host.seenAt.push(Number(host.shadowRoot!.querySelector('span')!.textContent));
    });
    host.addEventListener('custom', () => seen.push('custom'));
    host.value = 2;
    expect(seen, 'nothing before the update').to.deep.equal([]);
    await host.updateComplete;
    expect(seen).to.deep.equal(['cx-test-queue-host: call ***']);
    expect(host.seenAt, 'the listener saw the new rendering').to.deep.equal([2]);
    expect(host.events.size).to.equal(0);
  });

  it('asks for an update when an event is queued outside one, and flushes events queued by a listener', async () => {
    const host = await fixture<QueueHost>(html`<cx-test-queue-host></cx-test-queue-host>`);
    const seen: string[] = [];
    host.addEventListener('first', () => {
      seen.push('first');
      host.events.queue(new Event('second'));
    });
    host.addEventListener('second', () => seen.push('second'));
    host.events.queue(new Event('first'));
    expect(host.isUpdatePending, 'queueing asked for an update').to.equal(true);
    await host.updateComplete;
    expect(seen).to.deep.equal(['first', 'second']);
  });
});
