import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { DraftAutosaveController, type DraftStore } from './draft-autosave.js';

type Answers = Record<string, unknown>;

/** A store in memory whose loads wait until the test lets them through. */
class HeldStore implements DraftStore {
  readonly drafts = new Map<string, Answers>();
  readonly saves: Array<[string, string, Answers]> = [];
  private pending: Array<() => void> = [];
  held = false;
  failing = false;

  async load(formId: string, interactionId: string): Promise<{ answers: Answers } | undefined> {
    if (this.held) await new Promise<void>((resolve) => this.pending.push(resolve));
    if (this.failing) throw new Error('storage is gone');
    const answers = this.drafts.get(`${formId}|${interactionId}`);
    return answers && { answers: { ...answers } };
  }
  save(formId: string, interactionId: string, answers: Answers): Promise<void> {
    this.saves.push([formId, interactionId, { ...answers }]);
    this.drafts.set(`${formId}|${interactionId}`, { ...answers });
    return Promise.resolve();
  }
  clear(formId: string, interactionId: string): Promise<void> {
    this.drafts.delete(`${formId}|${interactionId}`);
    return Promise.resolve();
  }
  release(): void {
    for (const resolve of this.pending.splice(0)) resolve();
  }
}

class DraftHost extends LitElement {
  static override properties = { interactionId: {}, answers: { attribute: false } };
  interactionId: string | undefined;
  answers: Answers = {};
  handedOver = false;
  store = new HeldStore();
  readonly drafts = new DraftAutosaveController(this, {
    store: { get: () => this.store, load: () => Promise.resolve(this.store) },
    identity: () =>
      this.interactionId ? { formId: 'wrap-up', interactionId: this.interactionId } : undefined,
    snapshot: () => (this.handedOver ? undefined : this.answers),
    restore: (answers) => (this.answers = answers),
  });
  edit(answers: Answers): void {
    this.answers = answers;
    this.drafts.edited();
  }
  override render() {
    return html`${this.drafts.restoring ? 'restoring' : 'ready'}`;
  }
}
customElements.define('cx-test-draft-host', DraftHost);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('DraftAutosaveController', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  async function mount(interactionId?: string, store = new HeldStore()): Promise<DraftHost> {
    const host = document.createElement('cx-test-draft-host') as DraftHost;
    host.store = store;
    host.interactionId = interactionId;
    await fixture(html`<div></div>`).then((parent) => parent.append(host));
    await host.updateComplete;
    return host;
  }

  it('saves the answers once they rest, not on every edit', async () => {
    const host = await mount('INT-1');
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    host.edit({ reason: 'billing' });
    clock.tick(300);
    host.edit({ reason: 'network' });
    clock.tick(399);
    expect(host.store.saves).to.deep.equal([]);
    clock.tick(1);
    expect(host.store.saves).to.deep.equal([['wrap-up', 'INT-1', { reason: 'network' }]]);
  });

  it('saves a pending edit at once when the host leaves or the page goes away', async () => {
    const host = await mount('INT-2');
    host.edit({ note: 'a' });
    window.dispatchEvent(new Event('pagehide'));
    expect(host.store.saves).to.have.length(1);
    host.edit({ note: 'ab' });
    host.remove();
    expect(host.store.saves.at(-1)).to.deep.equal(['wrap-up', 'INT-2', { note: 'ab' }]);
    window.dispatchEvent(new Event('pagehide'));
    expect(host.store.saves, 'nothing pending, nothing saved').to.have.length(2);
  });

  it('saves nothing without an interaction, and nothing handed over meanwhile', async () => {
    const host = await mount(undefined);
    host.edit({ note: 'a' });
    host.drafts.flush();
    expect(host.store.saves).to.deep.equal([]);
    host.interactionId = 'INT-3';
    await host.updateComplete;
    host.edit({ note: 'b' });
    host.handedOver = true;
    host.drafts.flush();
    expect(host.store.saves).to.deep.equal([]);
  });

  it('restores the draft of the interaction, and another interaction restores its own', async () => {
    const store = new HeldStore();
    store.drafts.set('wrap-up|INT-4', { reason: 'billing' });
    store.drafts.set('wrap-up|INT-5', { reason: 'network' });
    store.held = true;
    const host = await mount('INT-4', store);
    expect(host.drafts.restoring).to.equal(true);
    expect(host.shadowRoot!.textContent).to.equal('restoring');
    store.release();
    await settle();
    await host.updateComplete;
    expect(host.answers).to.deep.equal({ reason: 'billing' });
    expect(host.shadowRoot!.textContent).to.equal('ready');
    host.interactionId = 'INT-5';
    await host.updateComplete;
    store.release();
    await settle();
    expect(host.answers).to.deep.equal({ reason: 'network' });
  });

  it('drops a draft that arrives after the user edited, or after the interaction changed', async () => {
    const store = new HeldStore();
    store.drafts.set('wrap-up|INT-6', { reason: 'old' });
    store.held = true;
    const host = await mount('INT-6', store);
    host.edit({ reason: 'new' });
    store.release();
    await settle();
    expect(host.answers).to.deep.equal({ reason: 'new' });
    host.drafts.cancel();

    const other = await mount('INT-6', store);
    other.interactionId = 'INT-7';
    store.release();
    await settle();
    await other.updateComplete;
    store.release();
    await settle();
    expect(other.answers, 'INT-6 arrived for INT-7').to.deep.equal({});
  });

  it('discards the saved draft and a pending save; a store that fails loses only the draft', async () => {
    const host = await mount('INT-8');
    host.edit({ reason: 'billing' });
    host.drafts.flush();
    expect(host.store.drafts.has('wrap-up|INT-8')).to.equal(true);
    host.edit({ reason: 'network' });
    host.drafts.discard();
    host.drafts.flush();
    await settle();
    expect(host.store.drafts.has('wrap-up|INT-8')).to.equal(false);
    const broken = new HeldStore();
    broken.failing = true;
    const unlucky = await mount('INT-9', broken);
    await settle();
    await unlucky.updateComplete;
    expect(unlucky.drafts.restoring).to.equal(false);
    expect(unlucky.answers).to.deep.equal({});
  });
});
