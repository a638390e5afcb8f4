import { consume } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { state } from 'lit/decorators.js';
import sinon from 'sinon';
import { agentSessionContext, type AgentSession } from '../../context/agent-session.js';
import { getSharedClock } from '../../services/clock.js';
import type { CxAgentSessionChangeEvent } from '../../events/cx-agent-session-change.js';
import type { CxErrorEvent } from '../../events/cx-error.js';
import './agent-session.js';
import '../customer-360/customer-360.js';
import { sampleCustomer } from '../customer-360/customer-360.samples.js';
import { customerContext } from '../../context/customer.js';
import type { Customer360 } from '../../services/tmf/customer360.js';
import type { CxAgentSession } from './agent-session.component.js';
import { watchEscapes } from '../../../test/support/escapes.js';
import { deepArray } from '../../../test/support/hostile.js';

class SessionProbe extends LitElement {
  @consume({ context: agentSessionContext, subscribe: true })
  @state()
  session: AgentSession | undefined;
  renders = 0;
  override render() {
    this.renders += 1;
    return litHtml`<output>${this.session?.customerId ?? 'none'}</output>`;
  }
}
customElements.define('cx-session-probe', SessionProbe);

async function mount(attributes = 'customer-id="CUST-0001" interaction-id="INT-1" agent-id="A-7"') {
  const session = await fixture<CxAgentSession>(
    `<cx-agent-session ${attributes}><div><cx-session-probe></cx-session-probe></div></cx-agent-session>`,
  );
  const probe = session.querySelector<SessionProbe>('cx-session-probe')!;
  await probe.updateComplete;
  return { session, probe };
}

describe('cx-agent-session', () => {
  before(() => {
    document.documentElement.lang = 'en';
  });

  afterEach(() => {
    sinon.restore();
    document.documentElement.lang = 'en';
  });

  it('provides ids, locale and services to a widget inside it', async () => {
    const { probe } = await mount();
    expect(probe.session?.customerId).to.equal('CUST-0001');
    expect(probe.session?.interactionId).to.equal('INT-1');
    expect(probe.session?.agentId).to.equal('A-7');
    expect(probe.session?.locale).to.equal('en');
    expect(probe.session?.services.clock).to.equal(getSharedClock());
    expect(probe.session?.services.transport.url('/tmf-api/x')).to.equal('/tmf-api/x');
    expect(Object.isFrozen(probe.session)).to.equal(true);
  });

  it('propagates a customer-id change to consumers and announces it once', async () => {
    const { session, probe } = await mount();
    const spy = sinon.spy();
    session.addEventListener('cx-agent-session-change', spy);
    const changed = oneEvent(session, 'cx-agent-session-change') as Promise<CxAgentSessionChangeEvent>;
    session.setAttribute('customer-id', 'CUST-0002');
    const event = await changed;
    await probe.updateComplete;
    expect(probe.session?.customerId).to.equal('CUST-0002');
    expect(probe.shadowRoot!.querySelector('output')!.textContent).to.equal('CUST-0002');
    expect(event.detail).to.deep.equal({
      customerId: 'CUST-0002',
      interactionId: 'INT-1',
      agentId: 'A-7',
      changed: ['customerId'],
    });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(spy.callCount).to.equal(1);
  });

  it('treats a blank id as no customer', async () => {
    const { session, probe } = await mount('customer-id="   "');
    expect(probe.session?.customerId).to.equal(undefined);
    session.customerId = 'CUST-0009';
    await session.updateComplete;
    await probe.updateComplete;
    expect(probe.session?.customerId).to.equal('CUST-0009');
  });

  it('does not re-provide when a property is set to its current value', async () => {
    const { session, probe } = await mount();
    const before = probe.session;
    const spy = sinon.spy();
    session.addEventListener('cx-agent-session-change', spy);
    session.customerId = 'CUST-0001';
    await session.updateComplete;
    expect(probe.session).to.equal(before);
    expect(spy.called).to.equal(false);
  });

  it('follows the nearest lang and re-provides the locale when it changes', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<section lang="zh-CN">
        <cx-agent-session customer-id="C"><cx-session-probe></cx-session-probe></cx-agent-session>
      </section>`,
    );
    const probe = wrapper.querySelector<SessionProbe>('cx-session-probe')!;
    await probe.updateComplete;
    expect(probe.session?.locale).to.equal('zh-CN');
    const session = wrapper.querySelector<CxAgentSession>('cx-agent-session')!;
    const changed = oneEvent(session, 'cx-agent-session-change') as Promise<CxAgentSessionChangeEvent>;
    wrapper.lang = 'en';
    expect((await changed).detail.changed).to.deep.equal(['locale']);
    await waitUntil(() => probe.session?.locale === 'en');
  });

  it('binds the transport to api-base and reaches the reference backend', async () => {
    const { session, probe } = await mount('customer-id="CUST-0001" api-base="/sandbox/session-test"');
    const { data } = await probe.session!.services.transport.get<{ id: string }>(
      `/tmf-api/customerManagement/v4/customer/${probe.session!.customerId}`,
    );
    expect(data.id).to.equal('CUST-0001');
    session.apiBase = '/elsewhere';
    await session.updateComplete;
    await probe.updateComplete;
    expect(probe.session!.services.transport.url('/x')).to.equal('/elsewhere/x');
  });

  it('adds the host auth headers to widget requests', async () => {
    const { session, probe } = await mount();
    const seen: string[] = [];
    session.authHeaders = ({ url }) => {
      seen.push(url);
      return { authorization: 'Bearer test' };
    };
    await session.updateComplete;
    await probe.updateComplete;
    await probe.session!.services.transport.get('/api/health');
    expect(seen).to.deep.equal(['/api/health']);
  });

  it('lets the host replace a service', async () => {
    const { session, probe } = await mount();
    const clock = { now: () => 0 } as unknown as AgentSession['services']['clock'];
    session.services = { clock };
    await session.updateComplete;
    await probe.updateComplete;
    expect(probe.session?.services.clock).to.equal(clock);
  });

  it('sets the shared clock from server-time', async () => {
    const clock = getSharedClock();
    const offsetBefore = clock.offset;
    const ahead = new Date(Date.now() + 3_600_000).toISOString();
    await mount(`server-time="${ahead}"`);
    expect(clock.offset).to.be.within(3_590_000, 3_610_000);
    clock.setServerTime(Date.now() + offsetBefore);
  });

  it('reports an unparsable server-time with cx-error and keeps working', async () => {
    const errors: CxErrorEvent[] = [];
    const listener = (event: Event) => errors.push(event as CxErrorEvent);
    document.addEventListener('cx-error', listener);
    const { probe } = await mount('customer-id="CUST-0001" server-time="not-a-date"');
    document.removeEventListener('cx-error', listener);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail).to.include({
      code: 'invalid-property',
      path: 'server-time',
      source: 'cx-agent-session',
    });
    expect(probe.session?.customerId).to.equal('CUST-0001');
  });

  it('refuses a server-time the shared clock must not take ("1", -1, 1.5, not ISO 8601, days off), on this element only', async () => {
    const clock = getSharedClock();
    const offset = clock.offset;
    const errors: CxErrorEvent[] = [];
    const targets: EventTarget[] = [];
    const listener = (event: Event) => {
      errors.push(event as CxErrorEvent);
      targets.push(event.composedPath()[0]!);
    };
    document.addEventListener('cx-error', listener);
    const { session, probe } = await mount();
    const bad: unknown[] = [
      '1',
      -1,
      1.5,
      'soon',
      '2026-11-23T10:00:00',
      '1970-01-01T00:00:00Z',
      new Date(Date.now() + 3 * 86_400_000).toISOString(),
      Object.create(null),
      deepArray(20_000),
    ];
    for (const value of bad) {
      session.serverTime = value as string;
      await session.updateComplete;
      expect(clock.offset, `after ${typeof value === 'string' ? value : typeof value}`).to.equal(offset);
    }
    document.removeEventListener('cx-error', listener);
    expect(errors.map((event) => event.detail.path)).to.deep.equal(bad.map(() => 'server-time'));
    expect(targets.every((target) => target === session)).to.equal(true);
    expect(probe.session?.customerId).to.equal('CUST-0001');
  });

  it('never throws on wrong types for any property, reports them, and works again with a valid value', async () => {
    const escapes = watchEscapes();
    const { session, probe } = await mount();
    const errors: CxErrorEvent[] = [];
    session.addEventListener('cx-error', (event) => errors.push(event));
    const wrong: Array<[string, () => unknown]> = [
      ['a number', () => 42],
      ['NaN', () => NaN],
      ['an object', () => ({ value: 'x' })],
      ['an object without a prototype', () => Object.create(null) as object],
      ['an array', () => ['CUST-0001']],
      ['a deeply nested array', () => deepArray(20_000)],
      ['a symbol', () => Symbol('x')],
    ];
    const properties: Array<[keyof CxAgentSession, unknown]> = [
      ['customerId', 'CUST-0002'],
      ['interactionId', 'INT-2'],
      ['agentId', 'A-8'],
      ['apiBase', ''],
      ['serverTime', undefined],
      ['authHeaders', undefined],
      ['services', undefined],
    ];
    for (const [name, valid] of properties) {
      for (const [what, make] of wrong) {
        errors.length = 0;
        (session as unknown as Record<string, unknown>)[name as string] = make();
        await session.updateComplete;
        // An empty object (without a prototype) is a valid "no replacement services".
        if (!(name === 'services' && what === 'an object without a prototype')) {
          expect(errors.length, `${String(name)} = ${what}: reported`).to.be.greaterThan(0);
          expect(errors[0]!.detail.source).to.equal('cx-agent-session');
        }
        expect(probe.session, `${String(name)} = ${what}: still provides a session`).to.exist;
        (session as unknown as Record<string, unknown>)[name as string] = valid;
        await session.updateComplete;
        await probe.updateComplete;
      }
    }
    escapes.stop();
    expect(escapes.problems).to.deep.equal([]);
    expect(probe.session?.customerId).to.equal('CUST-0002');
    expect(probe.session?.interactionId).to.equal('INT-2');
    expect(probe.session?.agentId).to.equal('A-8');
    expect(session.getAttribute('customer-id')).to.equal('CUST-0002');
    expect(probe.session?.services.transport.url('/tmf-api/x')).to.equal('/tmf-api/x');
  });

  it('is invisible to layout and accessibility', async () => {
    const { session } = await mount();
    expect(getComputedStyle(session).display).to.equal('contents');
    await expect(session).to.be.accessible();
  });
});

class CustomerProbe extends LitElement {
  @consume({ context: customerContext, subscribe: true })
  @state()
  customer: Customer360 | undefined;
  override render() {
    return litHtml`<output>${this.customer?.profile?.identity.name ?? 'none'}</output>`;
  }
}
customElements.define('cx-customer-probe', CustomerProbe);

describe('cx-agent-session passes the loaded customer on', () => {
  it('gives the customer a cx-customer-360 loaded to its sibling widgets, and forgets it on a new customer', async () => {
    const session = await fixture<CxAgentSession>(
      html`<cx-agent-session customer-id="CUST-0001"
        ><cx-customer-360></cx-customer-360><cx-customer-probe></cx-customer-probe
      ></cx-agent-session>`,
    );
    const probe = session.querySelector<CustomerProbe>('cx-customer-probe')!;
    expect(probe.customer).to.equal(undefined);
    const panel = session.querySelector('cx-customer-360')!;
    panel.data = sampleCustomer();
    await waitUntil(() => probe.customer !== undefined, 'the sibling to receive the customer');
    expect(probe.customer!.profile!.identity.name).to.equal(panel.value!.profile!.identity.name);
    session.customerId = 'CUST-0002';
    await waitUntil(() => probe.customer === undefined, 'the customer to be forgotten');
  });
});
