import { consume } from '@lit/context';
import { newSandbox, setFaults } from '../../../test/support/reference-backend.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import '../agent-session/agent-session.js';
import { customerContext } from '../../context/customer.js';
import type { CxCustomerActionEvent } from '../../events/cx-customer-action.js';
import type { CxCustomerLoadErrorEvent } from '../../events/cx-customer-load-error.js';
import type { CxCustomerLoadEvent } from '../../events/cx-customer-load.js';
import type { CxCustomerOfferDecisionEvent } from '../../events/cx-customer-offer-decision.js';
import type { CxCustomerPiiRevealEvent } from '../../events/cx-customer-pii-reveal.js';
import type { CxErrorEvent } from '../../events/cx-error.js';
import { liveRegion } from '../../internal/announcer.js';
import { CUSTOMER_SECTIONS, type Customer360 } from '../../services/tmf/customer360.js';
import { TmfCustomerDataSource, type CustomerDataSource } from '../../services/tmf/data-source.js';
import { TransportError } from '../../services/transport.js';
import './customer-360.js';
import type { CxCustomer360 } from './customer-360.component.js';
import { HOSTILE_NAME, hostileCustomer, sampleCustomer } from './customer-360.samples.js';
import { tolerateResizeObserverLoop } from '../../../test/support/resize-observer.js';
import {
  CUSTOMER_360_TABS,
  manual360,
  ManualSource,
  pushed360,
  selectTab,
} from '../../../test/support/customer-360.js';
import { $, $$, recordEvents, text } from '../../../test/support/dom.js';
import { clearAnnouncements } from '../../../test/support/page-state.js';

const TABS = CUSTOMER_360_TABS;
const root = (el: CxCustomer360) => el.shadowRoot!;
/** Every event of the widget, in order. */
const record = (el: EventTarget, types: string[]) => recordEvents<Record<string, unknown>>(el, types);

const pushed = (data?: unknown): Promise<CxCustomer360> => pushed360(data);

/** A customer with 500 interactions, its history tab open and the first articles rendered. */
async function historyOf500(): Promise<CxCustomer360> {
  const el = await pushed360(sampleCustomer(Date.now(), 500));
  await selectTab(el, 'interactions');
  await waitUntil(() => $$(el, 'article').length > 0);
  return el;
}

describe('cx-customer-360', () => {
  tolerateResizeObserverLoop(); // the virtualizer's harmless report (test/support/resize-observer.ts)

  beforeEach(() => {
    document.documentElement.lang = 'en';
  });
  afterEach(() => {
    clearAnnouncements();
  });

  describe('pushed data', () => {
    it('shows the header: name, masked number and id, tier, stage, tenure, status, language, channel, alerts with reasons', async () => {
      const el = await pushed();
      expect(text($(el, '.name'))).to.equal('王建国');
      const facts = text($(el, '.facts'));
      expect(facts).to.contain('189****3604').and.not.contain('18954873604');
      expect(facts).to.contain('1101**********1234');
      expect(text($(el, '.tier'))).to.contain('Gold');
      expect(facts)
        .to.contain('Decline')
        .and.contain('Active')
        .and.contain('Hotline')
        .and.match(/\d+ yr/);
      expect(facts).to.match(/Chinese/);
      const alerts = $$(el, '.alert').map((node) => node.dataset.code);
      expect(alerts).to.include.members(['port-out-risk', 'arrears', 'open-complaint', 'repeat-contact']);
      expect(text($(el, '.alert[data-code="port-out-risk"]')))
        .to.contain('82%')
        .and.contain('contract ending');
      expect(text($(el, '.alert[data-code="arrears"]'))).to.contain('486.3');
      await expect(el).to.be.accessible();
    });

    it('emits cx-customer-load with every section and provides each tab, axe-clean', async () => {
      const el = document.createElement('cx-customer-360');
      el.layout = 'tabs';
      el.agentId = `agent-${Math.random()}`;
      const loaded = oneEvent(el, 'cx-customer-load') as Promise<CxCustomerLoadEvent>;
      el.data = sampleCustomer();
      document.body.append(el);
      try {
        const { detail } = await loaded;
        expect(detail.customerId).to.equal('CUST-S001');
        expect(detail.sections).to.include.members(['profile', 'bills', 'interactions', 'offers']);
        await selectTab(el, 'products');
        expect(text($(el, '#panel-products')))
          .to.contain('5G 畅享套餐 199元')
          .and.match(/199\.00/);
        await expect(el).to.be.accessible();
        await selectTab(el, 'usage');
        const meters = $$(el, '[role="meter"]');
        expect(meters).to.have.length(3);
        expect(meters[0].getAttribute('aria-valuetext')).to.contain('38.6 of 40 GB');
        expect(meters[1].getAttribute('aria-valuetext')).to.contain('over the cap');
        expect(text($(el, '#panel-usage'))).to.contain('Resets');
        await expect(el).to.be.accessible();
        await selectTab(el, 'bills');
        expect(text($(el, '#panel-bills table')))
          .to.match(/CN¥486\.30|¥486\.30/)
          .and.contain('Settled');
        await expect(el).to.be.accessible();
        await selectTab(el, 'tickets');
        const countdown = $(el, 'cx-sla-countdown') as HTMLElement & { ticket: { id: string } };
        expect(countdown.getAttribute('variant')).to.equal('compact');
        expect(countdown.ticket.id).to.equal('TT-S001');
        expect(text($(el, '#panel-tickets'))).to.contain('1 closed ticket not shown');
        await expect(el).to.be.accessible();
        await selectTab(el, 'satisfaction');
        expect(text($(el, '#panel-satisfaction'))).to.contain('2 / 5');
        await expect(el).to.be.accessible();
        await selectTab(el, 'offers');
        expect($$(el, '.offer')).to.have.length(2);
        await expect(el).to.be.accessible();
        await selectTab(el, 'interactions');
        await waitUntil(() => $$(el, 'article').length > 0);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('shows an empty state per section and no customer when nothing is set', async () => {
      const el = await pushed({ profile: { id: 'CUST-EMPTY', identity: { name: 'Nobody' } } });
      for (const tab of TABS) {
        await selectTab(el, tab);
        expect($(el, `#panel-${tab} [part="empty"]`), tab).to.exist;
      }
      await expect(el).to.be.accessible();
      const blank = await fixture<CxCustomer360>(html`<cx-customer-360></cx-customer-360>`);
      expect(text($(blank, '.empty'))).to.equal('No customer selected');
      await expect(blank).to.be.accessible();
    });

    it('renders hostile data as text, marks invalid fields, reports each with cx-error and never throws', async () => {
      const el = document.createElement('cx-customer-360');
      el.layout = 'tabs';
      el.agentId = `agent-${Math.random()}`;
      const events = record(el, ['cx-error']);
      el.data = hostileCustomer();
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(root(el).querySelector('img, script, svg')).to.equal(null);
        expect(text($(el, '.name bdi'))).to.equal(HOSTILE_NAME);
        expect(text($(el, '.facts'))).to.contain('(invalid)');
        const paths = events.map((event) => event.detail.path);
        expect(paths).to.include.members([
          'profile.status',
          'profile.tier',
          'profile.customerSince',
          'products.0.name',
          'usage.0.used',
        ]);
        expect(events.every((event) => event.detail.source === 'cx-customer-360')).to.equal(true);
        await selectTab(el, 'products');
        expect(text($(el, '#panel-products .card-title')).length).to.be.lessThan(600);
        expect($(el, '#panel-products [part="invalid"]')).to.exist;
        await selectTab(el, 'usage');
        expect(text($(el, '#panel-usage'))).to.contain('(invalid)');
        expect($$(el, '#panel-usage [role="meter"]')).to.have.length(1);
        await selectTab(el, 'offers');
        expect(text($(el, '#panel-offers'))).to.contain('<script>alert(1)</script>');
        expect(root(el).querySelector('script, svg')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('takes a 10 kB name, a number, null and a string as data without throwing', async () => {
      const el = await pushed({ profile: { id: 'CUST-LONG', identity: { name: '名'.repeat(10_240) } } });
      expect(text($(el, '.name bdi')).length).to.equal(200);
      expect($(el, '.name [part="invalid"]')).to.exist;
      const errors = record(el, ['cx-error']);
      for (const bad of [42, 'customer', [], { profile: 'nope' }]) {
        el.data = bad;
        await el.updateComplete;
      }
      expect(errors.length).to.be.greaterThan(3);
      el.data = null;
      await el.updateComplete;
      expect(text($(el, '.empty'))).to.equal('No customer selected');
    });

    it('applies the alert thresholds of the host', async () => {
      const el = await pushed();
      expect($(el, '.alert[data-code="port-out-risk"]')).to.exist;
      el.alertRules = { portOutScore: 0.9, enabled: ['port-out-risk', 'arrears'] };
      await el.updateComplete;
      expect($$(el, '.alert').map((node) => node.dataset.code)).to.deep.equal(['arrears']);
    });

    it('survives data whose getters throw, reporting it', async () => {
      const el = await pushed(sampleCustomer());
      const errors = record(el, ['cx-error']);
      el.data = {
        get profile(): unknown {
          throw new Error('exploding getter');
        },
      };
      await el.updateComplete;
      expect(errors.map((event) => String(event.detail.message)).join(' ')).to.contain('exploding getter');
      expect($(el, '.header')).to.exist;
    });

    it("shows dates in the agent's time zone", async () => {
      const customer = sampleCustomer() as { profile: Record<string, unknown> };
      customer.profile = { ...customer.profile, contractEndDate: '2026-12-05T20:00:00.000Z' };
      const shanghai = await pushed(customer);
      shanghai.timeZone = 'Asia/Shanghai';
      await shanghai.updateComplete;
      expect(text($(shanghai, '.facts'))).to.contain('Dec 6, 2026');
      shanghai.timeZone = 'America/New_York';
      await shanghai.updateComplete;
      expect(text($(shanghai, '.facts'))).to.contain('Dec 5, 2026');
    });

    it('formats money and dates for zh-CN', async () => {
      const el = await fixture<CxCustomer360>(
        html`<div lang="zh-CN">
          <cx-customer-360
            layout="tabs"
            agent-id="zh-agent"
            time-zone="Asia/Shanghai"
            .data=${sampleCustomer()}
          ></cx-customer-360>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('cx-customer-360')!);
      await el.updateComplete;
      expect(text($(el, '.facts')))
        .to.contain('衰退期')
        .and.contain('热线');
      await selectTab(el, 'bills');
      expect(text($(el, '#panel-bills')))
        .to.contain('¥486.30')
        .and.contain('已结清');
      expect(text($(el, '#tab-bills'))).to.equal('账单');
      await expect(el).to.be.accessible();
    });
  });

  describe('pulled data from the reference backend', () => {
    for (const version of ['v4', 'v5'] as const) {
      it(`loads every section of CUST-0001 over HTTP (${version}) and fires cx-customer-load`, async () => {
        const base = newSandbox('c360');
        const el = document.createElement('cx-customer-360');
        el.layout = 'tabs';
        el.agentId = `agent-${Math.random()}`;
        el.setAttribute('api-base', base);
        el.setAttribute('tmf-version', version);
        const loaded = oneEvent(el, 'cx-customer-load') as Promise<CxCustomerLoadEvent>;
        el.setAttribute('customer-id', 'CUST-0001');
        document.body.append(el);
        try {
          await el.updateComplete;
          expect($(el, '[part="skeleton"]'), 'loading skeleton').to.exist;
          await expect(el).to.be.accessible();
          const { detail } = await loaded;
          await el.updateComplete;
          expect(detail.customerId).to.equal('CUST-0001');
          expect(detail.sections).to.have.members([...CUSTOMER_SECTIONS]);
          expect(text($(el, '.name'))).to.equal('王建国');
          expect(text($(el, '.facts'))).to.contain('189****3604');
          expect($$(el, '.alert').map((node) => node.dataset.code)).to.include('port-out-risk');
          expect(el.pendingRequests).to.equal(0);
          await selectTab(el, 'bills');
          expect($$(el, '#panel-bills tbody tr')).to.have.length(6);
          await selectTab(el, 'interactions');
          await waitUntil(() => $$(el, 'article[aria-posinset="1"]').length === 1);
          await expect(el).to.be.accessible();
        } finally {
          el.remove();
        }
      });
    }

    it('shows a failing bills endpoint as an error with Retry while the rest renders, then recovers', async () => {
      const base = newSandbox('c360');
      await setFaults(base, [{ match: 'customerBill', mode: 'http500' }]);
      const el = document.createElement('cx-customer-360');
      el.layout = 'tabs';
      el.agentId = `agent-${Math.random()}`;
      el.dataSource = new TmfCustomerDataSource({ apiBase: base, transportOptions: { retries: 0 } });
      el.customerId = 'CUST-0003';
      const failed = oneEvent(el, 'cx-customer-load-error') as Promise<CxCustomerLoadErrorEvent>;
      document.body.append(el);
      try {
        const { detail } = await failed;
        expect(detail).to.deep.include({ customerId: 'CUST-0003', section: 'bills' });
        expect(detail.error).to.include({ code: 'http', status: 500 });
        await el.whenLoaded();
        expect(text($(el, '.name'))).to.equal('李娜');
        expect($(el, '#tab-bills.failed')).to.exist;
        await selectTab(el, 'bills');
        expect(text($(el, '#panel-bills [part="error"]'))).to.contain('Bills could not be loaded');
        await expect(el).to.be.accessible();
        await selectTab(el, 'usage');
        expect($$(el, '[role="meter"]').length).to.be.greaterThan(0);
        await setFaults(base, []);
        await selectTab(el, 'bills');
        const reloaded = oneEvent(el, 'cx-customer-load') as Promise<CxCustomerLoadEvent>;
        $(el, '#panel-bills .retry')!.click();
        expect((await reloaded).detail.sections).to.deep.equal(['bills']);
        await el.updateComplete;
        expect($$(el, '#panel-bills tbody tr').length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('aborts the previous customer on switch, leaving no pending requests', async () => {
      const base = newSandbox('c360');
      await setFaults(base, [{ match: 'CUST-0001', mode: 'latency', latencyMs: 3000 }]);
      const el = document.createElement('cx-customer-360');
      el.layout = 'tabs';
      el.dataSource = new TmfCustomerDataSource({ apiBase: base, transportOptions: { retries: 0 } });
      el.customerId = 'CUST-0001';
      const events = record(el, ['cx-customer-load', 'cx-customer-load-error']);
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(el.pendingRequests).to.be.greaterThan(0);
        el.customerId = 'CUST-0002';
        await el.whenLoaded();
        expect(el.pendingRequests).to.equal(0);
        expect(text($(el, '.name'))).to.equal('James Whitfield');
        expect(events.filter((event) => event.type === 'cx-customer-load-error')).to.deep.equal([]);
        expect(events.every((event) => event.detail.customerId === 'CUST-0002')).to.equal(true);
      } finally {
        el.remove();
      }
    });

    it('loads the customer of the enclosing cx-agent-session, through its transport', async () => {
      const base = newSandbox('c360');
      const session = await fixture<HTMLElement>(
        html`<cx-agent-session customer-id="CUST-0002" api-base=${base} agent-id="agent-session-test">
          <cx-customer-360 layout="tabs"></cx-customer-360>
        </cx-agent-session>`,
      );
      const el = session.querySelector('cx-customer-360')!;
      await waitUntil(() => text($(el, '.name')) === 'James Whitfield', 'session customer', {
        timeout: 5000,
      });
      session.setAttribute('customer-id', 'CUST-0004');
      await waitUntil(() => text($(el, '.name')) === 'Emily Carter', 'switched customer', { timeout: 5000 });
    });

    it('pages the 10,000-interaction history of CUST-BIG on scroll, keeping the DOM small', async () => {
      const el = document.createElement('cx-customer-360');
      el.layout = 'tabs';
      el.agentId = `agent-${Math.random()}`;
      el.dataSource = new TmfCustomerDataSource({
        apiBase: newSandbox('c360'),
        transportOptions: { retries: 0 },
      });
      el.customerId = 'CUST-BIG';
      document.body.append(el);
      try {
        await el.whenLoaded();
        await selectTab(el, 'interactions');
        const feed = $(el, '[role="feed"]')!;
        await waitUntil(() => $$(el, 'article').length > 0);
        expect(feed.querySelector('article')!.getAttribute('aria-setsize')).to.equal('10000');
        const before = el.value.interactions.length;
        for (let round = 0; round < 3; round++) {
          feed.scrollTop = feed.scrollHeight;
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
        await waitUntil(() => el.value.interactions.length > before, 'next page', { timeout: 5000 });
        expect($$(el, 'article').length).to.be.lessThan(60);
      } finally {
        el.remove();
      }
    });
  });

  describe('section states (data source)', () => {
    for (const tab of TABS) {
      it(`${tab}: loading skeleton, error with Retry, then empty — the other sections render meanwhile`, async () => {
        const { el, source } = await manual360(document.body);
        try {
          source.answerAllBut(tab);
          await selectTab(el, tab);
          await el.updateComplete;
          expect(text($(el, '.name'))).to.equal('Manual');
          expect($(el, `#panel-${tab} [part="skeleton"]`), 'skeleton').to.exist;
          await expect(el).to.be.accessible();
          const failed = oneEvent(el, 'cx-customer-load-error') as Promise<CxCustomerLoadErrorEvent>;
          source
            .latest(tab)
            .reject(new TransportError('http', 'HTTP 503', { url: '/x', status: 503, attempts: 1 }));
          expect((await failed).detail.section).to.equal(tab);
          await el.updateComplete;
          expect(text($(el, `#panel-${tab} [part="error"]`)))
            .to.contain('could not be loaded')
            .and.contain('HTTP 503');
          await expect(el).to.be.accessible();
          $(el, `#panel-${tab} .retry`)!.click();
          await el.updateComplete;
          expect($(el, `#panel-${tab} [part="skeleton"]`), 'skeleton on retry').to.exist;
          source.latest(tab).resolve(tab === 'interactions' ? { items: [], total: 0, offset: 0 } : []);
          await waitUntil(() => $(el, `#panel-${tab} [part="empty"]`) !== null, 'empty state');
          await expect(el).to.be.accessible();
        } finally {
          el.remove();
        }
      });
    }

    it('profile: skeleton then error with Retry in the header', async () => {
      const source = new ManualSource();
      const el = await fixture<CxCustomer360>(
        html`<cx-customer-360 layout="tabs" customer-id="CUST-P" .dataSource=${source}></cx-customer-360>`,
      );
      expect($(el, '.header [part="skeleton"]')).to.exist;
      source.latest('profile').reject(new Error('boom'));
      await waitUntil(() => $(el, '.header [part="error"]') !== null);
      await expect(el).to.be.accessible();
      $(el, '.header .retry')!.click();
      source
        .latest('profile')
        .resolve({ id: 'CUST-P', identity: { name: 'Back again' }, contactMedia: [], extensions: {} });
      await waitUntil(() => text($(el, '.name')) === 'Back again');
    });

    it('aborts every request of the previous customer (signals) and ignores their late answers', async () => {
      const source = new ManualSource();
      const el = await fixture<CxCustomer360>(
        html`<cx-customer-360 layout="tabs" customer-id="CUST-A" .dataSource=${source}></cx-customer-360>`,
      );
      const first = [...source.calls];
      el.customerId = 'CUST-B';
      await el.updateComplete;
      expect(first.every((call) => call.signal.aborted)).to.equal(true);
      expect(el.pendingRequests).to.equal(9);
      first[0].resolve({ id: 'CUST-A', identity: { name: 'Too late' }, contactMedia: [], extensions: {} });
      source
        .latest('profile')
        .resolve({ id: 'CUST-B', identity: { name: 'B' }, contactMedia: [], extensions: {} });
      await waitUntil(() => text($(el, '.name')) === 'B');
      el.remove();
      const unanswered = source.calls.filter(
        (call) => call.customerId === 'CUST-B' && call.section !== 'profile',
      );
      expect(unanswered.every((call) => call.signal.aborted)).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('moves between tabs with arrows, Home and End (roving tabindex) and remembers the tab per agent', async () => {
      const agent = `agent-kbd-${Math.random()}`;
      const el = await fixture<CxCustomer360>(
        html`<cx-customer-360 layout="tabs" agent-id=${agent} .data=${sampleCustomer()}></cx-customer-360>`,
      );
      const tabs = $$(el, '[role="tab"]');
      expect(tabs.map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1, -1]);
      tabs[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('tab-usage');
      expect($(el, '#tab-usage')!.getAttribute('aria-selected')).to.equal('true');
      expect($(el, '#panel-usage')!.hidden).to.equal(false);
      expect($(el, '#panel-products')!.hidden).to.equal(true);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('tab-offers');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('tab-products');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('tab-offers');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('tab-bills');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.id).to.equal('panel-bills');
      const again = await fixture<CxCustomer360>(
        html`<cx-customer-360 layout="tabs" agent-id=${agent} .data=${sampleCustomer()}></cx-customer-360>`,
      );
      expect($(again, '#tab-bills')!.getAttribute('aria-selected')).to.equal('true');
      const other = await fixture<CxCustomer360>(
        html`<cx-customer-360
          layout="tabs"
          agent-id=${`${agent}-other`}
          .data=${sampleCustomer()}
        ></cx-customer-360>`,
      );
      expect($(other, '#tab-products')!.getAttribute('aria-selected')).to.equal('true');
    });

    it('follows dir="rtl": ArrowLeft moves to the next tab', async () => {
      const el = await pushed360(sampleCustomer(), { dir: 'rtl' });
      $(el, '#tab-products')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('tab-usage');
    });

    it('uses disclosures in narrow layouts, toggled with Enter and Space', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px">
          <cx-customer-360
            agent-id=${`agent-narrow-${Math.random()}`}
            .data=${sampleCustomer()}
          ></cx-customer-360>
        </div>`,
      );
      const el = wrapper.querySelector('cx-customer-360')!;
      await waitUntil(() => $(el, '.disclosures') !== null, 'disclosures at 320 px');
      expect($(el, '[role="tablist"]')).to.equal(null);
      const usage = $(el, '#tab-usage')!;
      expect(usage.getAttribute('aria-expanded')).to.equal('false');
      usage.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(usage.getAttribute('aria-expanded')).to.equal('true');
      expect($$(el, '#panel-usage [role="meter"]')).to.have.length(3);
      await expect(el).to.be.accessible();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(usage.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '#panel-usage')!.hidden).to.equal(true);
    });

    it('is an APG feed: PageDown / PageUp move between articles, virtualized, filterable by channel', async () => {
      const el = await historyOf500();
      const feed = $(el, '[role="feed"]')!;
      expect($$(el, 'article').length).to.be.lessThan(100);
      const first = $(el, 'article[aria-posinset="1"]')!;
      expect(first.getAttribute('aria-setsize')).to.equal('500');
      first.focus();
      await sendKeys({ press: 'PageDown' });
      await sendKeys({ press: 'PageDown' });
      await waitUntil(() => root(el).activeElement?.getAttribute('aria-posinset') === '3');
      await sendKeys({ press: 'PageUp' });
      await waitUntil(() => root(el).activeElement?.getAttribute('aria-posinset') === '2');
      for (let step = 0; step < 30; step++) await sendKeys({ press: 'PageDown' });
      await waitUntil(() => root(el).activeElement?.getAttribute('aria-posinset') === '32', 'deep article');
      expect(feed.scrollTop).to.be.greaterThan(0);
      const select = $<HTMLSelectElement>(el, '.feed-tools select')!;
      select.value = 'wechat';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await waitUntil(() => $$(el, 'article').length > 0 && text($(el, 'article .channel')) === 'WeChat');
      expect($$(el, 'article .channel').every((node) => text(node) === 'WeChat')).to.equal(true);
      expect($(el, 'article')!.getAttribute('aria-setsize')).to.equal(String(Math.ceil(500 / 8)));
      await expect(el).to.be.accessible();
    });
  });

  describe('feed keys held down', () => {
    it('moves one article per PageDown, however fast they come, even past the rendered ones', async () => {
      const el = await historyOf500();
      const rendered = $$(el, 'article').length;
      $(el, 'article[aria-posinset="1"]')!.focus();
      // A held key: presses arrive one after another, before the articles they go to are rendered.
      const presses = rendered + 10;
      for (let press = 0; press < presses; press++) {
        root(el).activeElement!.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true, cancelable: true }),
        );
      }
      await waitUntil(
        () => root(el).activeElement?.getAttribute('aria-posinset') === String(presses + 1),
        `not at article ${presses + 1}`,
        { timeout: 5000 },
      );
    });
  });

  describe('customer switches', () => {
    it('leaves nothing behind in the history feed when customers switch', async () => {
      const long = sampleCustomer(Date.now(), 300) as { profile: Record<string, unknown> };
      const short = sampleCustomer(Date.now(), 4) as { profile: Record<string, unknown> };
      short.profile = { ...short.profile, id: 'CUST-SHORT' };
      const el = await pushed(long);
      await selectTab(el, 'interactions');
      await waitUntil(() => $$(el, 'article').length > 0);
      const feed = () => $(el, '[role="feed"]')!;
      const nodesShowing = async (data: unknown, expected: number) => {
        el.data = data;
        await waitUntil(
          () => $$(el, 'article').length === expected || (expected > 4 && $$(el, 'article').length > 4),
        );
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return feed().childNodes.length;
      };
      const first = await nodesShowing(structuredClone(long), 20);
      for (let round = 0; round < 5; round++) {
        await nodesShowing(structuredClone(short), 4);
        await nodesShowing(structuredClone(long), 20);
      }
      expect(feed().childNodes.length).to.be.at.most(first + 4);
    });
  });

  describe('PII reveal', () => {
    it('reveals on an explicit act when the host allows it, announces it, and masks again for the next customer', async () => {
      const el = await pushed();
      const reveal = oneEvent(el, 'cx-customer-pii-reveal') as Promise<CxCustomerPiiRevealEvent>;
      const button = $$(el, '.pii button')[0];
      expect(text(button)).to.equal('Show Mobile');
      button.click();
      const event = await reveal;
      expect(event.cancelable).to.equal(true);
      // The audit event names the kind, the place and the masked form: never the value itself.
      expect(event.detail).to.deep.equal({
        customerId: 'CUST-S001',
        field: 'phone',
        path: 'profile.identity.msisdn',
        masked: '189****3604',
      });
      await el.updateComplete;
      expect(text($(el, '.pii-value[data-field="phone"]'))).to.equal('18954873604');
      expect(text(liveRegion('polite'))).to.contain('Mobile: 18954873604');
      expect(text($$(el, '.pii button')[0])).to.equal('Hide Mobile');
      await expect(el).to.be.accessible();
      const next = sampleCustomer() as { profile: { id: string } };
      next.profile = { ...next.profile, id: 'CUST-S002' };
      el.data = next;
      await el.updateComplete;
      expect(text($(el, '.pii-value[data-field="phone"]'))).to.equal('189****3604');
    });

    it('keeps the value masked when the host denies the reveal', async () => {
      const el = await pushed();
      el.addEventListener('cx-customer-pii-reveal', (event) => event.preventDefault());
      $$(el, '.pii button')[1].click();
      await el.updateComplete;
      expect(text($(el, '.pii-value[data-field="idNumber"]'))).to.equal('1101**********1234');
      expect(text($(el, '.denied'))).to.contain('not allowed');
      expect(text(liveRegion('polite'))).to.contain('not allowed');
      await expect(el).to.be.accessible();
    });
  });

  describe('actions and offers', () => {
    it('emits cx-customer-action for call, SMS, e-mail and new ticket, never navigating', async () => {
      const el = await pushed();
      const events = record(el, ['cx-customer-action']);
      const href = location.href;
      for (const button of $$(el, '.actions button')) button.click();
      expect(location.href).to.equal(href);
      // What a log keeps is masked; the full values come from rawPayload(), for the host to act on.
      const details = events.map((event) => event.detail as unknown as CxCustomerActionEvent['detail']);
      expect(
        details.map(({ action, customerId, payload }) => ({ action, customerId, payload })),
      ).to.deep.equal([
        { action: 'call', customerId: 'CUST-S001', payload: { number: '189****3604' } },
        { action: 'sms', customerId: 'CUST-S001', payload: { number: '189****3604' } },
        { action: 'email', customerId: 'CUST-S001', payload: { address: 'w***@example.cn' } },
        { action: 'open-ticket', customerId: 'CUST-S001', payload: {} },
      ]);
      expect(details.map((detail) => detail.rawPayload())).to.deep.equal([
        { number: '18954873604' },
        { number: '18954873604' },
        { address: 'wang.jianguo@example.cn' },
        {},
      ]);
      expect(JSON.stringify(details)).not.to.contain('18954873604').and.not.contain('wang.jianguo');
      const typed = (
        await Promise.all([
          oneEvent(el, 'cx-customer-action'),
          Promise.resolve($$(el, '.actions button')[3].click()),
        ])
      )[0] as CxCustomerActionEvent;
      expect(typed.bubbles && typed.composed).to.equal(true);
    });

    it('records an accepted offer, and a rejected one with the reason picked', async () => {
      const el = await pushed();
      await selectTab(el, 'offers');
      const events = recordEvents<CxCustomerOfferDecisionEvent['detail']>(el, ['cx-customer-offer-decision']);
      $(el, '[data-offer="NBO-RET-30"] [data-decision="accept"]')!.click();
      await el.updateComplete;
      expect(text($(el, '[data-offer="NBO-RET-30"] .decision'))).to.equal('Accepted');
      $(el, '[data-offer="NBO-DATA-20"] [data-decision="reject"]')!.click();
      await el.updateComplete;
      const select = $<HTMLSelectElement>(el, '.reject-form select')!;
      await waitUntil(() => root(el).activeElement === select, 'reason picker focused');
      await expect(el).to.be.accessible();
      select.value = 'too-expensive';
      $<HTMLButtonElement>(el, '.reject-form button[type="submit"]')!.click();
      await el.updateComplete;
      expect(events.map((event) => event.detail)).to.deep.equal([
        { customerId: 'CUST-S001', offerId: 'NBO-RET-30', decision: 'accept' },
        { customerId: 'CUST-S001', offerId: 'NBO-DATA-20', decision: 'reject', reason: 'too-expensive' },
      ]);
      expect(text($(el, '[data-offer="NBO-DATA-20"] .decision'))).to.equal('Rejected');
    });
  });

  describe('context and settings', () => {
    class CustomerProbe extends LitElement {
      @consume({ context: customerContext, subscribe: true })
      @state()
      customer: Customer360 | undefined;
    }
    before(() => {
      if (!customElements.get('c360-test-probe')) customElements.define('c360-test-probe', CustomerProbe);
    });

    it('provides the shown customer to a child consumer, and the next one after a switch', async () => {
      const el = await fixture<CxCustomer360>(
        html`<cx-customer-360 layout="tabs" .data=${sampleCustomer()}
          ><c360-test-probe></c360-test-probe
        ></cx-customer-360>`,
      );
      const probe = el.querySelector<CustomerProbe>('c360-test-probe')!;
      await waitUntil(() => probe.customer !== undefined);
      expect(probe.customer!.profile?.id).to.equal('CUST-S001');
      expect(probe.customer!.offers).to.have.length(2);
      el.data = { profile: { id: 'CUST-NEXT', identity: { name: 'Next' } } };
      await el.updateComplete;
      await waitUntil(() => probe.customer?.profile?.id === 'CUST-NEXT');
      await expect(el).to.be.accessible();
    });

    it('reports unusable settings with cx-error and keeps working', async () => {
      const el = document.createElement('cx-customer-360');
      const errors = recordEvents<CxErrorEvent['detail']>(el, ['cx-error']);
      el.setAttribute('tmf-version', 'v9');
      el.dataSource = { nope: true } as unknown as CustomerDataSource;
      el.data = sampleCustomer();
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(errors.map((event) => event.detail.path)).to.include.members(['tmf-version', 'dataSource']);
        expect(text($(el, '.name'))).to.equal('王建国');
      } finally {
        el.remove();
      }
    });
  });
});
