// Every word in the agent's language: the reference backend's whole range of codes shown through
// terms in zh-CN and English, unknown codes through a readable fallback with one warning each.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { newSandbox } from '../../../test/support/reference-backend.js';
import { assertChineseOnly, assertNoRawCodes, LATIN_ALLOWED } from '../../../test/support/language.js';
import {
  customer360CodesEn,
  customer360CodesZhCN,
  customer360En,
  customer360ZhCN,
  type Customer360CodeFamily,
  type Customer360Terms,
} from '../../translations/customer-360.js';
import './customer-360.js';
import type { CxCustomer360 } from './customer-360.component.js';
import { sampleCustomer } from './customer-360.samples.js';
import { loadReferenceSeed as loadSeed, type SeedCustomer } from '../../../test/support/seed.js';
import { CUSTOMER_360_TABS } from '../../../test/support/customer-360.js';

const TABS = CUSTOMER_360_TABS;

/** Every code value the seed uses, by family: open families (looked up in tables) and typed ones. */
function seedCodes(customers: SeedCustomer[]) {
  // Personal-field labels name extension fields, not codes the backend sends as values.
  const open: Record<Exclude<Customer360CodeFamily, 'personalField'>, Set<string>> = {
    productKind: new Set(),
    ticketCategory: new Set(),
    severity: new Set(),
    priority: new Set(),
    interactionReason: new Set(),
    interactionStatus: new Set(),
    channel: new Set(),
    unit: new Set(),
    riskReason: new Set(),
    offerReason: new Set(),
    contactKind: new Set(['phone', 'email', 'postal']),
  };
  const typed = {
    c360Tier: new Set<string>(),
    c360Stage: new Set<string>(),
    c360Status: new Set<string>(),
    c360ProductStatus: new Set<string>(),
    c360UsageType: new Set<string>(),
    c360BillState: new Set<string>(),
    c360TicketType: new Set<string>(),
    c360TicketStatus: new Set<string>(),
    c360Direction: new Set<string>(),
    c360SatisfactionKind: new Set<string>(),
  } satisfies Partial<Record<keyof Customer360Terms, Set<string>>>;
  for (const customer of customers) {
    typed.c360Tier.add(customer.tier);
    typed.c360Stage.add(customer.stage);
    typed.c360Status.add(customer.accountStatus);
    open.channel.add(customer.preferredChannel);
    for (const reason of customer.churnReasons) open.riskReason.add(reason);
    for (const product of customer.products) {
      open.productKind.add(product.kind);
      typed.c360ProductStatus.add(product.status);
    }
    for (const bucket of customer.usage.buckets) {
      open.unit.add(bucket.units);
      typed.c360UsageType.add(bucket.usageType);
    }
    for (const bill of customer.bills) typed.c360BillState.add(bill.state);
    for (const ticket of customer.tickets) {
      if (ticket.category) open.ticketCategory.add(ticket.category);
      open.severity.add(ticket.severity);
      open.priority.add(ticket.priority);
      open.channel.add(ticket.channel);
      typed.c360TicketType.add(ticket.type);
      typed.c360TicketStatus.add(ticket.status);
    }
    // Long histories repeat the same few codes; their first thousand items cover them.
    for (let index = 0; index < Math.min(customer.interactions.total, 1000); index++) {
      const item = customer.interactions.at(index);
      open.interactionReason.add(item.reason);
      open.interactionStatus.add(item.status);
      open.channel.add(item.channel);
      typed.c360Direction.add(item.direction);
    }
    for (const answer of customer.satisfaction) typed.c360SatisfactionKind.add(answer.kind);
    for (const offer of customer.offers) open.offerReason.add(offer.kind);
  }
  return { open, typed };
}

const root = (el: CxCustomer360) => el.shadowRoot!;
/** The SLA countdowns inside the tickets are a widget of their own, checked by their own tests. */
const ownText = { skip: (entry: { where: string }) => entry.where.includes('cx-sla-countdown › #shadow') };

async function showTab(el: CxCustomer360, tab: (typeof TABS)[number]): Promise<void> {
  root(el).querySelector<HTMLElement>(`#tab-${tab}`)!.click();
  await el.updateComplete;
  if (tab === 'interactions' && el.value.interactions.length > 0)
    await waitUntil(
      () => root(el).querySelectorAll('#panel-interactions article').length > 0,
      'history rendered',
    );
  for (const countdown of root(el).querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
    'cx-sla-countdown',
  ))
    await countdown.updateComplete;
}

/** console.warn calls of the 360 while `run` runs. */
async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (message.includes('cx-customer-360')) warnings.push(message);
    else original.apply(console, args);
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('cx-customer-360 terms', () => {
  let mochaOnError: OnErrorEventHandler;
  before(() => {
    // The virtualized feed's ResizeObserver notice (see customer-360.test.ts) is not a failure.
    mochaOnError = window.onerror;
    window.onerror = (message, ...rest) =>
      String(message).includes('ResizeObserver loop') ? true : mochaOnError?.call(window, message, ...rest);
  });
  after(() => {
    window.onerror = mochaOnError;
    document.documentElement.lang = 'en';
  });

  it('has a term in English and Chinese for every code the reference backend sends', async () => {
    const { open, typed } = seedCodes(await loadSeed());
    const missing: string[] = [];
    for (const [family, codes] of Object.entries(open) as Array<[Customer360CodeFamily, Set<string>]>) {
      expect(codes.size, `${family} codes in the seed`).to.be.greaterThan(0);
      for (const code of codes)
        for (const [lang, terms] of [
          ['en', customer360En],
          ['zh-CN', customer360ZhCN],
        ] as const)
          if (!terms.c360Code(family, code)) missing.push(`${lang} ${family} "${code}"`);
    }
    for (const [key, codes] of Object.entries(typed) as Array<[keyof typeof typed, Set<string>]>)
      for (const code of codes)
        for (const [lang, terms] of [
          ['en', customer360En],
          ['zh-CN', customer360ZhCN],
        ] as const) {
          const label = (terms[key] as (code: string) => string)(code);
          if (!label || label === code) missing.push(`${lang} ${key} "${code}"`);
        }
    expect(missing, 'codes without a term').to.deep.equal([]);
    // Both languages label the same codes, and the Chinese labels are Chinese.
    for (const family of Object.keys(customer360CodesEn) as Customer360CodeFamily[]) {
      expect(Object.keys(customer360CodesZhCN[family]), family).to.have.members(
        Object.keys(customer360CodesEn[family]),
      );
      for (const label of Object.values(customer360CodesZhCN[family]))
        for (const word of label.match(/[A-Za-z]+/g) ?? [])
          expect(LATIN_ALLOWED.has(word), `${family} label "${label}"`).to.equal(true);
    }
  });

  it('shows every seeded zh-CN customer in Chinese in every tab: no English word, no raw code, full-width punctuation, no missing term', async function () {
    this.timeout(180_000);
    document.documentElement.lang = 'zh-CN';
    const customers = (await loadSeed()).filter((customer) => customer.language === 'zh-CN');
    expect(customers.length).to.be.greaterThan(10);
    const el = await fixture<CxCustomer360>(
      html`<cx-customer-360
        layout="tabs"
        api-base=${newSandbox('c360-terms')}
        agent-id=${`agent-terms-${Math.random()}`}
        time-zone="Asia/Shanghai"
      ></cx-customer-360>`,
    );
    const warnings = await warningsDuring(async () => {
      for (const customer of customers) {
        el.customerId = customer.id;
        await el.whenLoaded();
        await waitUntil(() => el.pendingRequests === 0 && root(el).querySelector('.name'), customer.id);
        assertChineseOnly(root(el), { ...ownText, context: `${customer.id} header` });
        for (const tab of TABS) {
          await showTab(el, tab);
          assertChineseOnly(root(el), { ...ownText, context: `${customer.id} ${tab}` });
        }
      }
    });
    expect(warnings, 'missing terms').to.deep.equal([]);
  });

  it('shows no raw code to an English agent, for every seeded English customer and tab', async function () {
    this.timeout(180_000);
    document.documentElement.lang = 'en';
    const all = await loadSeed();
    const { open, typed } = seedCodes(all);
    const codes = [...Object.values(open), ...Object.values(typed)].flatMap((set) => [...set]);
    // A code whose English label is the code itself (a unit symbol such as GB) is not a raw code.
    const raw = codes.filter(
      (code) =>
        !(Object.keys(open) as Customer360CodeFamily[]).some(
          (family) => customer360En.c360Code(family, code) === code,
        ),
    );
    const el = await fixture<CxCustomer360>(
      html`<cx-customer-360
        layout="tabs"
        api-base=${newSandbox('c360-terms-en')}
        agent-id=${`agent-terms-en-${Math.random()}`}
      ></cx-customer-360>`,
    );
    const warnings = await warningsDuring(async () => {
      for (const customer of all.filter((entry) => entry.language === 'en')) {
        el.customerId = customer.id;
        await el.whenLoaded();
        await waitUntil(() => el.pendingRequests === 0 && root(el).querySelector('.name'), customer.id);
        assertNoRawCodes(root(el), raw, { ...ownText, context: `${customer.id} header` });
        for (const tab of TABS) {
          await showTab(el, tab);
          assertNoRawCodes(root(el), raw, { ...ownText, context: `${customer.id} ${tab}` });
        }
      }
    });
    expect(warnings, 'missing terms').to.deep.equal([]);
  });

  it('shows an unknown code in a readable form and warns once per page for each, however often it renders', async () => {
    document.documentElement.lang = 'zh-CN';
    const data = sampleCustomer() as Record<string, Array<Record<string, unknown>>>;
    data.products[0] = { ...data.products[0], kind: 'quantum-link' };
    data.tickets[0] = { ...data.tickets[0], category: 'lost-parcel', severity: 'apocalyptic' };
    const warnings = await warningsDuring(async () => {
      const el = await fixture<CxCustomer360>(
        html`<cx-customer-360
          layout="tabs"
          agent-id=${`agent-unknown-${Math.random()}`}
          .data=${data}
        ></cx-customer-360>`,
      );
      for (let round = 0; round < 3; round++)
        for (const tab of ['products', 'tickets', 'offers'] as const) await showTab(el, tab);
      await showTab(el, 'products');
      expect(root(el).querySelector('#panel-products')!.textContent).to.contain('Quantum link');
      await showTab(el, 'tickets');
      const ticket = root(el).querySelector('#panel-tickets')!.textContent!;
      expect(ticket).to.contain('Lost parcel').and.contain('Apocalyptic');
      expect(ticket).not.to.contain('lost-parcel');
      // A second widget on the page shows it again without a second warning.
      const second = await fixture<CxCustomer360>(
        html`<cx-customer-360
          layout="tabs"
          agent-id=${`agent-unknown-2-${Math.random()}`}
          .data=${data}
        ></cx-customer-360>`,
      );
      await showTab(second, 'tickets');
    });
    expect(warnings).to.have.length(3);
    expect(warnings.join('\n'))
      .to.contain('productKind "quantum-link"')
      .and.contain('ticketCategory "lost-parcel"')
      .and.contain('severity "apocalyptic"')
      .and.contain('zh-CN');
  });
});
