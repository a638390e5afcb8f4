// Errors an agent can act on, fast, and section states that tell the truth: what the 360 shows while a
// section loads slowly, fails, is tried again, shows saved data or is empty — in words, icon and colour,
// in English and Chinese, light and dark; the technical detail for the host, never as the message.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { newSandbox, setFaults } from '../../../test/support/reference-backend.js';
import type { CxCustomerLoadErrorEvent } from '../../events/cx-customer-load-error.js';
import type { CxErrorEvent } from '../../events/cx-error.js';
import { TmfCustomerDataSource } from '../../services/tmf/data-source.js';
import { TransportError } from '../../services/transport.js';
import './customer-360.js';
import type { CxCustomer360 } from './customer-360.component.js';
import { SECTION_DISPLAY_STATES, type SectionDisplayState } from './section-state.js';
import { manual360 } from '../../../test/support/customer-360.js';
// waitFor waits in real time (animation frames: fake timers do not stop them).
import { $, nextFrame, text, waitFor } from '../../../test/support/dom.js';
import { tolerateResizeObserverLoop } from '../../../test/support/resize-observer.js';
import { loadDesignTokens } from '../../../test/support/theme.js';
import { clearAnnouncements } from '../../../test/support/page-state.js';

/** Moves fake time on in steps, letting real network answers in between, until `ready()` holds. */
async function advanceUntil(
  clock: sinon.SinonFakeTimers,
  ready: () => boolean,
  what: string,
  maxMs = 120_000,
  stepMs = 250,
): Promise<void> {
  for (let spent = 0; !ready(); spent += stepMs) {
    if (spent > maxMs) throw new Error(`${what}: not within ${maxMs} ms of fake time`);
    await clock.tickAsync(stepMs);
    await nextFrame();
  }
}

/** The state block of a section (in its panel, or the header for the profile). */
const stateOf = (el: CxCustomer360, section: string) =>
  $(el, `.section-state[data-section="${section}"]`) ?? undefined;
const messageOf = (el: CxCustomer360, section: string) =>
  text(stateOf(el, section)?.querySelector('.state-message'));

const BILL = {
  id: 'BILL-1',
  billDate: '2026-01-05T00:00:00.000Z',
  amountDue: { value: 128, unit: 'CNY' },
  state: 'settled',
};
const unavailable = () =>
  new TransportError('http', 'GET /tmf-api/customerBillManagement/v4/customerBill?x answered 503', {
    url: '/tmf-api/customerBillManagement/v4/customerBill?relatedParty.id=CUST-M',
    status: 503,
    attempts: 3,
  });
const notFound = () =>
  new TransportError('http', 'GET /tmf-api/customerBillManagement/v4/customerBill?x answered 404', {
    url: '/tmf-api/customerBillManagement/v4/customerBill?relatedParty.id=CUST-M',
    status: 404,
    attempts: 1,
  });

/** The words each state's message carries, per language. */
const CUES: Record<'en' | 'zh-CN', Record<SectionDisplayState, RegExp>> = {
  en: {
    loading: /^Loading the customer's bills…$/,
    slow: /^Still loading the customer's bills…$/,
    retrying: /^Bills could not be loaded\. The server had a problem\. Trying again in \d+ s…$/,
    stale:
      /^Showing saved data: it could not be updated\. The server had a problem\. Trying again in \d+ s…$/,
    error: /^Bills could not be loaded\. The server does not know this record\.$/,
    empty: /^No bills$/,
  },
  'zh-CN': {
    loading: /^正在加载客户的账单…$/,
    slow: /^仍在加载客户的账单…$/,
    retrying: /^账单加载失败。服务器出现故障。\d+ 秒后重试…$/,
    stale: /^显示的是已保存的数据，未能更新。服务器出现故障。\d+ 秒后重试…$/,
    error: /^账单加载失败。服务器上没有这条记录。$/,
    empty: /^暂无账单$/,
  },
};

/**
 * A 360 in `container` whose bills section is brought to `state` through a manual data source, with
 * the bills tab open. `slow` moves fake time past the threshold and gives the real clock back.
 */
async function billsIn(state: SectionDisplayState, container: HTMLElement): Promise<CxCustomer360> {
  const clock =
    state === 'slow' ? sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }) : undefined;
  try {
    const { el, source } = await manual360(container);
    $(el, '#tab-bills')!.click();
    source.answerAllBut('bills');
    await waitFor(() => text($(el, '.name')) === 'Manual', 'the profile');
    const bills = source.latest('bills');
    if (state === 'slow') await clock!.tickAsync(2_000);
    else if (state === 'retrying') bills.reject(unavailable());
    else if (state === 'error') bills.reject(notFound());
    else if (state === 'empty') bills.resolve([]);
    else if (state === 'stale') {
      bills.resolve([BILL]);
      await waitFor(() => $(el, '#panel-bills tbody tr') !== null, 'the bill');
      el.retry('bills'); // revalidating what is shown…
      source.latest('bills').reject(unavailable()); // …fails
    }
    await waitFor(() => stateOf(el, 'bills')?.dataset.state === state, `bills ${state}`);
    return el;
  } finally {
    clock?.restore();
  }
}

describe('cx-customer-360 errors and section states', () => {
  tolerateResizeObserverLoop(); // the virtualizer's harmless report (test/support/resize-observer.ts)
  let removeTokens: () => void;
  before(async () => {
    removeTokens = await loadDesignTokens();
  });
  after(() => removeTokens());
  let container: HTMLElement;
  beforeEach(() => {
    document.documentElement.lang = 'en';
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
    sinon.restore();
    clearAnnouncements();
  });

  describe('every section state: words, icon and a colour of its own, light and dark', () => {
    const colours: Record<string, Record<string, string>> = { light: {}, dark: {} };

    for (const theme of ['light', 'dark'] as const) {
      for (const state of SECTION_DISPLAY_STATES) {
        it(`${state} (${theme})`, async () => {
          container.dataset.cxTheme = theme;
          const el = await billsIn(state, container);
          const block = stateOf(el, 'bills')!;
          expect(block.closest('#panel-bills'), 'in the bills panel').to.exist;
          expect(messageOf(el, 'bills')).to.match(CUES.en[state]);
          // The message never carries the technical detail.
          expect(messageOf(el, 'bills')).not.to.match(/tmf-api|answered|\d{3,} ms/);
          const icon = block.querySelector<HTMLElement>('.state-icon')!;
          expect(icon.getAttribute('aria-hidden'), 'the icon repeats the words').to.equal('true');
          colours[theme][state] = getComputedStyle(icon).color;
          // The block's edge carries the colour too (an empty section is a plain line).
          if (state !== 'empty')
            expect(getComputedStyle(block).borderInlineStartColor).to.equal(colours[theme][state]);
          if (state === 'retrying' || state === 'error' || state === 'stale') {
            expect(block.querySelector('button.retry'), 'a Retry button').to.exist;
            expect(text(block.querySelector('details.state-detail'))).to.contain(
              '/tmf-api/customerBillManagement',
            );
          } else expect(block.querySelector('button.retry')).to.equal(null);
          await expect(el).to.be.accessible();
        });
      }

      it(`gives each state its own colour (${theme})`, () => {
        const seen = colours[theme];
        expect(Object.keys(seen)).to.have.members([...SECTION_DISPLAY_STATES]);
        expect(new Set(Object.values(seen)).size, JSON.stringify(seen)).to.equal(
          SECTION_DISPLAY_STATES.length,
        );
      });
    }

    it('follows the theme: every state has another colour in dark than in light', () => {
      for (const state of SECTION_DISPLAY_STATES)
        expect(colours.dark[state], state).not.to.equal(colours.light[state]);
    });

    for (const state of SECTION_DISPLAY_STATES) {
      it(`says ${state} in Chinese`, async () => {
        container.lang = 'zh-CN';
        const el = await billsIn(state, container);
        expect(messageOf(el, 'bills')).to.match(CUES['zh-CN'][state]);
      });
    }

    it('counts down to the next automatic retry, and Retry now tries at once', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const { el, source } = await manual360(container);
      $(el, '#tab-bills')!.click();
      source.answerAllBut('bills');
      source.latest('bills').reject(unavailable());
      await waitFor(() => /in 5 s/.test(messageOf(el, 'bills')), 'in 5 s');
      await clock.tickAsync(1_000);
      await waitFor(() => /in 4 s/.test(messageOf(el, 'bills')), 'in 4 s');
      await clock.tickAsync(4_000);
      await waitFor(() => messageOf(el, 'bills').endsWith('Trying again…'), 'the automatic retry running');
      const calls = source.calls.length;
      source.latest('bills').reject(unavailable());
      await waitFor(() => /in 10 s/.test(messageOf(el, 'bills')), 'a longer wait the second time');
      $(el, '#panel-bills .retry')!.click();
      expect(source.calls.length, 'Retry now asks at once').to.equal(calls + 1);
      source.latest('bills').resolve([BILL]);
      await waitFor(() => $(el, '#panel-bills tbody tr') !== null, 'the bills');
      expect(stateOf(el, 'bills')).to.equal(undefined);
    });
  });

  describe("the reference backend with the demo's fault switches", () => {
    it('"Timeout": within 3 s says what is still loading, keeps the name the page knows, shows the retries and recovers on Retry', async function () {
      this.timeout(60_000); // a minute of fake time, and the real network in between
      const base = newSandbox('c360-timeout');
      await setFaults(base, [
        { match: 'customerManagement', mode: 'timeout' },
        { match: 'customerBill', mode: 'timeout' },
      ]);
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const el = document.createElement('cx-customer-360');
      el.layout = 'tabs';
      el.agentId = `agent-timeout-${Math.random()}`;
      el.setAttribute('api-base', base);
      el.setAttribute('customer-id', 'CUST-0002');
      el.setAttribute('customer-name', 'James Whitfield');
      const loadErrors: Array<CxCustomerLoadErrorEvent['detail']> = [];
      el.addEventListener('cx-customer-load-error', (event) => loadErrors.push(event.detail));
      container.append(el);
      await el.updateComplete;
      $(el, '#tab-bills')!.click();
      await el.updateComplete;
      expect(text($(el, '.name')), 'the name the page knows, at once').to.equal('James Whitfield');
      expect(messageOf(el, 'profile')).to.equal("Loading the customer's details…");
      expect(messageOf(el, 'bills')).to.equal("Loading the customer's bills…");

      await clock.tickAsync(2_500);
      await waitFor(() => stateOf(el, 'bills')?.dataset.state === 'slow', 'still loading');
      expect(messageOf(el, 'bills')).to.equal("Still loading the customer's bills…");
      expect(messageOf(el, 'profile')).to.equal("Still loading the customer's details…");
      expect(text($(el, '.name'))).to.equal('James Whitfield');

      // The first try gives up after 10 s; the agent sees that it is being tried again, and why.
      await advanceUntil(clock, () => stateOf(el, 'bills')?.dataset.state === 'retrying', 'retrying', 15_000);
      expect(messageOf(el, 'bills')).to.match(
        /^Bills could not be loaded\. The server did not answer in time\. Trying again( in \d+ s)?…$/,
      );
      const detail = text(stateOf(el, 'bills')!.querySelector('details'));
      expect(detail).to.contain('/tmf-api/customerBillManagement/v4/customerBill').and.contain('10000 ms');
      expect(text($(el, '.name'))).to.equal('James Whitfield');
      expect(loadErrors, 'no event while the transport still retries').to.deep.equal([]);

      // Three tries of 10 s: then the failure goes to the host too, and the widget keeps trying.
      await advanceUntil(
        clock,
        () => loadErrors.some((entry) => entry.section === 'bills'),
        'the failure reported',
        40_000,
      );
      const bills = loadErrors.find((entry) => entry.section === 'bills')!;
      expect(bills.error).to.include({ code: 'timeout', attempts: 3 });
      expect(bills.error.url).to.contain('/tmf-api/customerBillManagement/v4/customerBill');
      expect(bills.retryInMs).to.equal(5_000);
      await waitFor(() => /in 5 s/.test(messageOf(el, 'bills')), 'the next automatic try');

      // The backend recovers; the agent does not wait for the next try. (Time goes on meanwhile: the
      // requests sent while it was down still wait for their timeout, as they would in a browser.)
      await setFaults(base, []);
      $(el, '#panel-bills .retry')!.click();
      await advanceUntil(clock, () => $(el, '#panel-bills tbody tr') !== null, 'the bills', 4_000, 50);
      $(el, '.header .retry')!.click();
      await advanceUntil(clock, () => $(el, '.facts') !== null, 'the profile', 4_000, 50);
      expect(text($(el, '.name'))).to.equal('James Whitfield');
      expect(stateOf(el, 'bills')).to.equal(undefined);
      clock.restore();
      await expect(el).to.be.accessible();
    });

    for (const mode of ['http500', 'malformed'] as const) {
      it(`"${mode}": plain words for the agent, the address and status folded away and in the events`, async () => {
        const base = newSandbox(`c360-${mode}`);
        await setFaults(base, [{ match: 'customerBill', mode }]);
        const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
        const el = document.createElement('cx-customer-360');
        el.layout = 'tabs';
        el.agentId = `agent-${mode}-${Math.random()}`;
        el.setAttribute('api-base', base);
        el.setAttribute('customer-id', 'CUST-0003');
        const loadErrors: Array<CxCustomerLoadErrorEvent['detail']> = [];
        const errors: Array<CxErrorEvent['detail']> = [];
        el.addEventListener('cx-customer-load-error', (event) => loadErrors.push(event.detail));
        el.addEventListener('cx-error', (event) => errors.push(event.detail));
        container.style.inlineSize = '360px';
        container.append(el);
        await el.updateComplete;
        $(el, '#tab-bills')!.click();
        await advanceUntil(clock, () => loadErrors.length > 0, 'the failure', 10_000);
        await waitFor(() => stateOf(el, 'bills') !== undefined && $(el, '.facts') !== null, 'rendered');
        const block = stateOf(el, 'bills')!;
        const message = messageOf(el, 'bills');
        if (mode === 'http500') {
          // A server error may pass: tried three times, then again in the background.
          expect(block.dataset.state).to.equal('retrying');
          expect(message).to.equal(
            'Bills could not be loaded. The server had a problem. Trying again in 5 s…',
          );
          expect(loadErrors[0].error).to.include({ code: 'http', status: 500, attempts: 3 });
          expect(loadErrors[0].retryInMs).to.equal(5_000);
        } else {
          // A malformed answer will not get better by itself: the agent decides.
          expect(block.dataset.state).to.equal('error');
          expect(message).to.equal("Bills could not be loaded. The server's answer could not be read.");
          expect(loadErrors[0].error).to.include({ code: 'parse', attempts: 1 });
          expect(loadErrors[0]).not.to.have.property('retryInMs');
        }
        expect(loadErrors[0].error.url).to.contain('/tmf-api/customerBillManagement/v4/customerBill?');
        const loadFailed = errors.find((error) => error.code === 'load-failed')!;
        expect(loadFailed).to.include({ path: 'bills', source: 'cx-customer-360' });
        expect(loadFailed.message).to.contain('/tmf-api/customerBillManagement/v4/customerBill');
        // The address is in the disclosure, where it may break anywhere; the message breaks between words.
        const details = block.querySelector<HTMLDetailsElement>('details.state-detail')!;
        expect(details.open).to.equal(false);
        const url = details.querySelector<HTMLElement>('.state-url')!;
        expect(text(url)).to.contain(
          '/tmf-api/customerBillManagement/v4/customerBill?relatedParty.id=CUST-0003',
        );
        expect(getComputedStyle(url).overflowWrap).to.equal('anywhere');
        expect(getComputedStyle(block.querySelector('.state-message')!).overflowWrap).to.equal('normal');
        details.open = true;
        expect(url.getBoundingClientRect().right, 'the address stays inside the widget').to.be.at.most(
          el.getBoundingClientRect().right + 0.5,
        );
        expect(text($(el, '.name')), 'the rest of the customer is there').to.equal('李娜');
        clock.restore();
        await expect(el).to.be.accessible();
      });
    }

    it('"http500" in Chinese: the same plain words in the agent\'s language', async () => {
      const base = newSandbox('c360-zh');
      await setFaults(base, [{ match: 'customerBill', mode: 'http500' }]);
      const el = document.createElement('cx-customer-360');
      container.lang = 'zh-CN';
      el.layout = 'tabs';
      el.dataSource = new TmfCustomerDataSource({ apiBase: base, transportOptions: { retries: 0 } });
      el.customerId = 'CUST-0003';
      container.append(el);
      await el.updateComplete;
      $(el, '#tab-bills')!.click();
      await waitFor(() => stateOf(el, 'bills')?.dataset.state === 'retrying', 'retrying');
      expect(messageOf(el, 'bills')).to.match(/^账单加载失败。服务器出现故障。\d 秒后重试…$/);
      expect(text(stateOf(el, 'bills')!.querySelector('button'))).to.equal('立即重试');
      expect(text(stateOf(el, 'bills')!.querySelector('summary'))).to.equal('技术详情');
      await expect(el).to.be.accessible();
    });
  });
});
