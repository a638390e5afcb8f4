// Privacy of the 360: a personal value in every field that can carry one, in every tab, layout and
// state — nothing shows unmasked until an audited reveal; a reveal shows that value wherever it is,
// and nothing else; no event detail a host might log carries one.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  assertNoPiiInDetails,
  assertNoUnmaskedPii,
  placesOf,
  renderedTexts,
  spyEvents,
} from '../../../test/support/pii.js';
import * as cxEvents from '../../events/index.js';
import { liveRegion } from '../../internal/announcer.js';
import { piiValue, type PiiKind } from '../../services/pii/index.js';
import './customer-360.js';
import type { CxCustomer360 } from './customer-360.component.js';
import { PII_SAMPLE, PII_SAMPLE_FIELDS, piiCustomer, sampleDataSource } from './customer-360.samples.js';
import { loadReferenceSeed } from '../../../test/support/seed.js';
import { newSandbox } from '../../../test/support/reference-backend.js';
import { tolerateResizeObserverLoop } from '../../../test/support/resize-observer.js';
import { CUSTOMER_360_TABS, pushed360 } from '../../../test/support/customer-360.js';

const TABS = CUSTOMER_360_TABS;
type Tab = (typeof TABS)[number];
const RAWS: readonly string[] = Object.values(PII_SAMPLE);
const KINDS: Record<keyof typeof PII_SAMPLE, PiiKind> = {
  phone: 'phone',
  otherPhone: 'phone',
  idNumber: 'idNumber',
  email: 'email',
  account: 'account',
  iccid: 'account',
  address: 'address',
};
/** Every cx-desk event a host might log. */
const EVENT_TYPES = Object.values(cxEvents)
  .map((value) => (value as { eventName?: unknown }).eventName)
  .filter((name): name is string => typeof name === 'string');

const root = (el: CxCustomer360) => el.shadowRoot!;
const masked = (key: keyof typeof PII_SAMPLE) => piiValue(KINDS[key], PII_SAMPLE[key]).masked;
/** The masked values on screen whose text is `text`. */
const valuesShowing = (el: CxCustomer360, text: string) =>
  [...root(el).querySelectorAll<HTMLElement>('.pii-value')].filter((node) => node.textContent === text);

const render = (layout: 'tabs' | 'disclosures', data: unknown = piiCustomer()): Promise<CxCustomer360> =>
  pushed360(data, { layout, piiFields: PII_SAMPLE_FIELDS });

/** Shows `tab` (tabs: selects it; disclosures: opens it, keeping the others open) and waits for it. */
async function show(el: CxCustomer360, tab: Tab, layout: 'tabs' | 'disclosures'): Promise<void> {
  const button = root(el).querySelector<HTMLElement>(`#tab-${tab}`)!;
  if (layout === 'tabs' || button.getAttribute('aria-expanded') !== 'true') button.click();
  await el.updateComplete;
  // The virtualized feed renders its articles once it is in view (below other open disclosures it is not).
  if (tab === 'interactions') root(el).querySelector('#panel-interactions')?.scrollIntoView();
  if (tab === 'interactions')
    await waitUntil(
      () => root(el).querySelectorAll('#panel-interactions article').length > 1,
      `history rendered (${root(el).querySelectorAll('#panel-interactions article').length} articles)`,
    );
  if (tab === 'tickets')
    await root(el).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('cx-sla-countdown')
      ?.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The live regions of the page (announcements), outside every widget. */
const announcements = () =>
  [liveRegion('polite'), liveRegion('assertive')].filter((node): node is HTMLElement => !!node);

describe('cx-customer-360 privacy', () => {
  tolerateResizeObserverLoop(); // the virtualizer's harmless report (test/support/resize-observer.ts)
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });
  afterEach(() => {
    for (const region of announcements()) region.replaceChildren();
  });

  for (const layout of ['tabs', 'disclosures'] as const) {
    it(`${layout}: masks every personal value in every tab (text, attributes, nested roots) until revealed`, async () => {
      const el = await render(layout);
      assertNoUnmaskedPii(root(el), RAWS, `${layout}, header`);
      const seen = new Map<string, number>();
      for (const tab of TABS) {
        await show(el, tab, layout);
        assertNoUnmaskedPii(root(el), RAWS, `${layout}, ${tab}`);
        for (const key of Object.keys(PII_SAMPLE) as Array<keyof typeof PII_SAMPLE>)
          seen.set(key, (seen.get(key) ?? 0) + valuesShowing(el, masked(key)).length);
      }
      for (const region of announcements()) assertNoUnmaskedPii(region, RAWS, 'announcements');
      // Each value is on screen masked somewhere, so the checks above looked at something.
      for (const key of Object.keys(PII_SAMPLE))
        expect(seen.get(key), `${key} shown masked`).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }

  for (const key of Object.keys(PII_SAMPLE) as Array<keyof typeof PII_SAMPLE>) {
    it(`reveals the ${key} everywhere it is, and nothing else; hides it again`, async () => {
      const el = await render('tabs');
      const raw = PII_SAMPLE[key];
      const others = RAWS.filter((value) => value !== raw);
      // Where the value is, masked, in each tab (the header is in every view).
      const before = new Map<Tab, number>();
      for (const tab of TABS) {
        await show(el, tab, 'tabs');
        before.set(tab, valuesShowing(el, masked(key)).length);
      }
      const first = TABS.find((tab) => before.get(tab)! > 0)!;
      await show(el, first, 'tabs');
      const reveals: Event[] = [];
      el.addEventListener('cx-customer-pii-reveal', (event) => reveals.push(event));
      valuesShowing(el, masked(key))[0].parentElement!.querySelector('button')!.click();
      await el.updateComplete;
      expect(reveals, 'one audited reveal').to.have.length(1);

      for (const tab of TABS) {
        await show(el, tab, 'tabs');
        const places = placesOf(root(el), raw);
        // Only as the text of a masked value, and in every place the value was masked before.
        expect(
          places.filter((place) => place.kind !== 'text' || !place.where.endsWith('span.pii-value')),
          `${key} outside its masked values in ${tab}`,
        ).to.deep.equal([]);
        expect(places, `${key} in ${tab}`).to.have.length(before.get(tab)!);
        expect(valuesShowing(el, masked(key)), `${key} still masked in ${tab}`).to.deep.equal([]);
        assertNoUnmaskedPii(root(el), others, `${tab}, after revealing the ${key}`);
      }
      await expect(el).to.be.accessible();

      // Hidden again: masked everywhere.
      await show(el, first, 'tabs');
      const shown = [...root(el).querySelectorAll<HTMLElement>('.pii-value')].find(
        (node) => placesOf(node, raw).length > 0,
      )!;
      shown.parentElement!.querySelector('button')!.click();
      await el.updateComplete;
      for (const tab of TABS) {
        await show(el, tab, 'tabs');
        assertNoUnmaskedPii(root(el), RAWS, `${tab}, hidden again`);
      }
    });
  }

  it('keeps every value masked when the host denies a reveal, saying so where it was asked', async () => {
    const el = await render('tabs');
    el.addEventListener('cx-customer-pii-reveal', (event) => event.preventDefault());
    await show(el, 'tickets', 'tabs');
    const description = root(el).querySelector('.ticket .description')!;
    description.querySelector<HTMLElement>('.pii button')!.click();
    await el.updateComplete;
    expect(description.querySelectorAll('.denied')).to.have.length(1);
    expect(root(el).querySelectorAll('.denied')).to.have.length(1);
    for (const tab of TABS) {
      await show(el, tab, 'tabs');
      assertNoUnmaskedPii(root(el), RAWS, `${tab}, denied`);
    }
    for (const region of announcements()) assertNoUnmaskedPii(region, RAWS, 'announcements');
    await expect(el).to.be.accessible();
  });

  it('puts no personal value in any event detail a host might log (load, reveal, action, offer, error)', async () => {
    const events = spyEvents(document, EVENT_TYPES);
    const el = document.createElement('cx-customer-360');
    el.layout = 'tabs';
    el.agentId = `agent-pii-events-${Math.random()}`;
    // An unusable entry whose path is a phone number: the cx-error names it masked.
    el.piiFields = { ...PII_SAMPLE_FIELDS, [PII_SAMPLE.phone]: 'nope' as PiiKind };
    el.data = piiCustomer();
    document.body.append(el);
    try {
      await el.updateComplete;
      for (const button of root(el).querySelectorAll<HTMLElement>('.actions button')) button.click();
      for (const tab of TABS) {
        await show(el, tab, 'tabs');
        for (const button of root(el).querySelectorAll<HTMLElement>('.pii button')) button.click();
        await el.updateComplete;
      }
      await show(el, 'offers', 'tabs');
      root(el).querySelector<HTMLElement>('[data-decision="accept"]')!.click();
      await el.updateComplete;
      const types = new Set(events.map((event) => event.type));
      expect([...types]).to.include.members([
        'cx-customer-load',
        'cx-customer-action',
        'cx-customer-pii-reveal',
        'cx-customer-offer-decision',
        'cx-error',
      ]);
      assertNoPiiInDetails(events, RAWS);
      // The offer's announcement names it masked (the reveals above announce what they revealed).
      const decided = [...(liveRegion('polite')?.children ?? [])].find((node) =>
        node.textContent?.includes('Accepted'),
      );
      expect(decided?.textContent).to.contain('138****5678').and.not.contain(PII_SAMPLE.phone);
      // The host still gets the number to dial, from a method a logger does not print.
      const call = events.find(
        (event) =>
          event.type === 'cx-customer-action' && (event.detail as { action: string }).action === 'call',
      )!.detail as cxEvents.CxCustomerActionDetail;
      expect(call.payload).to.deep.equal({ number: '138****5678' });
      expect(call.rawPayload()).to.deep.equal({ number: PII_SAMPLE.phone });
    } finally {
      el.remove();
    }
  });

  it('masks while sections load and when one fails, pulled from a data source', async () => {
    const el = await fixture<CxCustomer360>(
      html`<cx-customer-360
        customer-id="CUST-PII"
        layout="tabs"
        agent-id=${`agent-pii-pulled-${Math.random()}`}
        .piiFields=${PII_SAMPLE_FIELDS}
        .dataSource=${sampleDataSource(piiCustomer(), { fail: ['bills'], pending: ['offers'] })}
      ></cx-customer-360>`,
    );
    assertNoUnmaskedPii(root(el), RAWS, 'loading');
    await waitUntil(() => root(el).querySelector('.name')?.textContent?.includes('李伟'), 'profile loaded');
    for (const tab of TABS) {
      await show(el, tab, 'tabs');
      assertNoUnmaskedPii(root(el), RAWS, `pulled, ${tab}`);
    }
    expect(renderedTexts(root(el)).length).to.be.greaterThan(0);
  });

  it("masks the reference backend's personal data for every seeded customer, in every tab (TMF v4 and v5)", async function () {
    this.timeout(180_000);
    const customers = await loadReferenceSeed();
    for (const version of ['v4', 'v5'] as const) {
      const el = await fixture<CxCustomer360>(
        html`<cx-customer-360
          layout="tabs"
          tmf-version=${version}
          api-base=${newSandbox('c360-pii')}
          agent-id=${`agent-pii-seed-${Math.random()}`}
        ></cx-customer-360>`,
      );
      // v5 reads the same data in another shape: every other customer is enough there.
      for (const customer of customers.filter((_, index) => version === 'v4' || index % 2 === 0)) {
        const raws = [
          customer.person.mobile,
          ...(customer.person.email ? [customer.person.email] : []),
          ...(customer.person.address
            ? [customer.person.address.street1, customer.person.address.street2]
            : []),
          ...customer.products.map((product) => product.serviceNumber),
        ];
        el.customerId = customer.id;
        await el.whenLoaded();
        await waitUntil(() => el.pendingRequests === 0 && root(el).querySelector('.name'), customer.id);
        assertNoUnmaskedPii(root(el), raws, `${version} ${customer.id} header`);
        expect(valuesShowing(el, piiValue('phone', customer.person.mobile).masked), 'mobile masked').not.to.be
          .empty;
        for (const tab of TABS) {
          if (tab === 'interactions' && el.value.interactions.length === 0) continue;
          await show(el, tab, 'tabs');
          assertNoUnmaskedPii(root(el), raws, `${version} ${customer.id} ${tab}`);
        }
      }
    }
  });

  it('takes personal fields from the host, reports an unusable value and keeps the usable part', async () => {
    const el = await render('tabs');
    await show(el, 'tickets', 'tabs');
    const callback = () =>
      [...root(el).querySelectorAll('.ticket .personal-fields dd .pii-value')].map(
        (node) => node.textContent,
      );
    expect(callback()).to.include('138****5678');
    const errors = spyEvents(el, ['cx-error']);
    el.piiFields = 'everything' as unknown as CxCustomer360['piiFields'];
    await el.updateComplete;
    expect(errors.map((event) => (event.detail as { path: string }).path)).to.deep.equal(['piiFields']);
    // Back to the default set: the host's own field is no longer listed, nothing shows unmasked.
    expect(callback()).not.to.include('138****5678');
    assertNoUnmaskedPii(root(el), RAWS, 'default fields');
  });
});
