import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { expect, waitFor } from 'storybook/test';
import type { CustomerSection } from '../../services/tmf/customer360.js';
import './customer-360.js';
import type { CxCustomer360 } from './customer-360.component.js';
import {
  hostileCustomer,
  PII_SAMPLE,
  PII_SAMPLE_FIELDS,
  piiCustomer,
  sampleCustomer,
  sampleDataSource,
  type SampleSourceOptions,
} from './customer-360.samples.js';

const { args, argTypes } = getStorybookHelpers<CxCustomer360>('cx-customer-360');
type Args = Partial<CxCustomer360> & Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Components/Customer 360',
  component: 'cx-customer-360',
  args: { ...args, layout: 'auto' },
  argTypes,
  render: (storyArgs) => pushed(sampleCustomer(), storyArgs),
  parameters: {
    docs: {
      description: {
        component:
          'The subscriber at a glance: identity (masked until an explicit, host-approved reveal), tier, lifecycle, tenure, status and alert badges that say why; tabs (disclosures below 520 px) for plan and products, usage meters, bills, open tickets with their SLA, the interaction history (a virtualized APG feed), satisfaction and next best offers. Data is pushed through `data` or pulled from the TM Forum APIs (`customer-id` + `api-base`, or the enclosing `cx-agent-session`); each section loads, fails and retries on its own.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Each story gets its own agent id, so the remembered tab of one story does not leak into another. */
let storyAgent = 0;

function pushed(data: unknown, storyArgs: Args = {}, tab?: string): TemplateResult {
  return html`<cx-customer-360
    .data=${data}
    layout=${(storyArgs.layout as string) ?? 'auto'}
    agent-id=${`story-${tab ?? 'default'}-${++storyAgent}`}
    time-zone="Asia/Shanghai"
    ${ref(openTab(tab))}
  ></cx-customer-360>`;
}

function pulled(options: SampleSourceOptions, tab?: string, data = sampleCustomer()): TemplateResult {
  const source = sampleDataSource(data, options);
  return html`<cx-customer-360
    customer-id="CUST-S001"
    layout="tabs"
    agent-id=${`story-pulled-${++storyAgent}`}
    .dataSource=${source}
    ${ref(openTab(tab))}
  ></cx-customer-360>`;
}

/** Opens `tab` after the first render (stories show the state of one section). */
function openTab(tab: string | undefined): (el: Element | undefined) => void {
  return (el) => {
    if (!tab || !el) return;
    const widget = el as CxCustomer360;
    void widget.updateComplete.then(() =>
      widget.shadowRoot?.querySelector<HTMLElement>(`#tab-${tab}`)?.click(),
    );
  };
}

/** Waits for a play check, generously: the story tests share two cores with everything else. */
const settle = <T>(check: () => T | Promise<T>) => waitFor(check, { timeout: 5000 });

const shadow = (canvas: HTMLElement) => canvas.querySelector('cx-customer-360')!.shadowRoot!;

/** Every property as a control (pushed sample data). */
export const Playground: Story = {};

/** A full record: a gold customer in decline with port-out risk, arrears, an open complaint and repeat contacts. */
export const Overview: Story = {
  render: () => pushed(sampleCustomer(), { layout: 'tabs' }),
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).querySelectorAll('.alert').length).toBeGreaterThan(2));
    await expect(shadow(canvasElement).querySelector('.name')?.textContent).toContain('王建国');
  },
};

/** Usage meters against caps (voice is over its cap), with the reset date. */
export const Usage: Story = {
  render: () => pushed(sampleCustomer(), { layout: 'tabs' }, 'usage'),
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).querySelectorAll('[role="meter"]')).toHaveLength(3));
  },
};

/** Bills with amounts in CNY and their state. */
export const Bills: Story = {
  render: () => pushed(sampleCustomer(), { layout: 'tabs' }, 'bills'),
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).querySelectorAll('tbody tr')).toHaveLength(3));
  },
};

/** Open tickets, each with its SLA in a compact `cx-sla-countdown`. */
export const OpenTickets: Story = {
  render: () => pushed(sampleCustomer(), { layout: 'tabs' }, 'tickets'),
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).querySelector('cx-sla-countdown')).not.toBeNull());
  },
};

/** 10,000 interactions: a virtualized APG feed (PageDown / PageUp between articles), filterable by channel. */
export const LongHistory: Story = {
  render: () => pushed(sampleCustomer(Date.now(), 10_000), { layout: 'tabs' }, 'interactions'),
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).querySelectorAll('article').length).toBeGreaterThan(0));
    await expect(shadow(canvasElement).querySelectorAll('article').length).toBeLessThan(200);
  },
};

/** Satisfaction answers, newest first; low scores stand out. */
export const Satisfaction: Story = {
  render: () => pushed(sampleCustomer(), { layout: 'tabs' }, 'satisfaction'),
};

/** Next best offers: accept, or reject with a reason. */
export const Offers: Story = {
  render: () => pushed(sampleCustomer(), { layout: 'tabs' }, 'offers'),
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).querySelectorAll('.offer')).toHaveLength(2));
  },
};

/** Every section still loading (pulled data): skeletons. */
export const Loading: Story = {
  render: () =>
    pulled({
      pending: [
        'profile',
        'products',
        'usage',
        'bills',
        'tickets',
        'interactions',
        'satisfaction',
        'risk',
        'offers',
      ],
    }),
  play: async ({ canvasElement }) => {
    await settle(() =>
      expect(shadow(canvasElement).querySelectorAll('[part="skeleton"]').length).toBeGreaterThan(1),
    );
  },
};

/** The profile fails: the header shows the error and a Retry button. */
export const ProfileError: Story = {
  render: () => pulled({ fail: ['profile'] }),
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).querySelector('.header [part="error"]')).not.toBeNull());
  },
};

const failing = (section: CustomerSection): Story => ({
  render: () => pulled({ fail: [section] }, section),
  play: async ({ canvasElement }) => {
    await settle(() =>
      expect(shadow(canvasElement).querySelector(`#panel-${section} [part="error"]`)).not.toBeNull(),
    );
    await expect(shadow(canvasElement).querySelector('.name')?.textContent).toContain('王建国');
  },
});

/** Products fail to load; the rest renders. */
export const ProductsError = failing('products');
/** Usage fails to load; the rest renders. */
export const UsageError = failing('usage');
/** Bills fail to load; the rest renders. */
export const BillsError = failing('bills');
/** Tickets fail to load; the rest renders. */
export const TicketsError = failing('tickets');
/** The interaction history fails to load; the rest renders. */
export const HistoryError = failing('interactions');
/** Satisfaction fails to load; the rest renders. */
export const SatisfactionError = failing('satisfaction');
/** Offers fail to load; the rest renders. */
export const OffersError = failing('offers');

/** Bills still loading while the rest is shown. */
export const BillsLoading: Story = {
  render: () => pulled({ pending: ['bills'] }, 'bills'),
  play: async ({ canvasElement }) => {
    await settle(() =>
      expect(shadow(canvasElement).querySelector('#panel-bills [part="skeleton"]')).not.toBeNull(),
    );
  },
};

/** A customer with nothing but a name: every section empty. */
export const Empty: Story = {
  render: () =>
    pushed(
      { profile: { id: 'CUST-NEW', identity: { name: 'Chen Jie' }, lifecycleStage: 'new' } },
      { layout: 'tabs' },
    ),
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).querySelector('[part="empty"]')).not.toBeNull());
  },
};

/** No customer selected yet. */
export const NoCustomer: Story = {
  render: () => html`<cx-customer-360></cx-customer-360>`,
};

/** Hostile data: markup as a name, a 10 kB product name, negative usage, unknown values — text only, marked invalid. */
export const HostileData: Story = {
  render: () => pushed(hostileCustomer(), { layout: 'tabs' }, 'usage'),
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).querySelector('.name')?.textContent).toContain('<img'));
    await expect(shadow(canvasElement).querySelector('img')).toBeNull();
    await expect(shadow(canvasElement).querySelectorAll('[part="invalid"]').length).toBeGreaterThan(0);
  },
};

/** Chinese. */
export const Chinese: Story = {
  render: () => html`<div lang="zh-CN">${pushed(sampleCustomer(), { layout: 'tabs' }, 'bills')}</div>`,
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).textContent).toContain('应缴金额'));
  },
};

/** Dark theme, whatever the toolbar says. */
export const Dark: Story = {
  render: () =>
    html`<div data-cx-theme="dark" class="story-dark-surface">
        ${pushed(sampleCustomer(), { layout: 'tabs' }, 'usage')}
      </div>
      <style>
        .story-dark-surface {
          background: var(--cx-color-surface);
          padding: 16px;
        }
      </style>`,
};

/** Chinese, dark. */
export const ChineseDark: Story = {
  render: () =>
    html`<div lang="zh-CN" data-cx-theme="dark" class="story-dark-surface">
        ${pushed(sampleCustomer(), { layout: 'tabs' })}
      </div>
      <style>
        .story-dark-surface {
          background: var(--cx-color-surface);
          padding: 16px;
        }
      </style>`,
};

/** In a 320 px side panel: disclosures instead of tabs. */
export const SidePanel: Story = {
  render: () => html`<div style="inline-size: 320px">${pushed(sampleCustomer(), { layout: 'auto' })}</div>`,
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).querySelector('.disclosures')).not.toBeNull());
  },
};

/** Full width of a CRM page. */
export const FullWidth: Story = {
  render: () => html`<div style="inline-size: 100%">${pushed(sampleCustomer(), { layout: 'auto' })}</div>`,
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).querySelector('[role="tablist"]')).not.toBeNull());
  },
};

/** Compact density (`data-cx-density="compact"`). */
export const CompactDensity: Story = {
  render: () =>
    html`<div data-cx-density="compact">${pushed(sampleCustomer(), { layout: 'tabs' }, 'usage')}</div>`,
};

// Personal data and codes (issue 15)

/** A customer with personal data in every field: the host adds two fields to the default set. */
function personal(tab: string, onReveal?: (event: Event) => void, lang = 'en'): TemplateResult {
  return html`<div lang=${lang}>
    <cx-customer-360
      .data=${piiCustomer()}
      .piiFields=${PII_SAMPLE_FIELDS}
      layout="tabs"
      agent-id=${`story-personal-${tab}-${++storyAgent}`}
      time-zone="Asia/Shanghai"
      @cx-customer-pii-reveal=${onReveal ?? (() => undefined)}
      ${ref(openTab(tab))}
    ></cx-customer-360>
  </div>`;
}

/** Personal data masked in plan & products: service numbers, SIM card number, installation address — each with Show. */
export const PersonalDataMasked: Story = {
  render: () => personal('products'),
  play: async ({ canvasElement }) => {
    await settle(() =>
      expect(shadow(canvasElement).querySelector('#panel-products .pii-value')).not.toBeNull(),
    );
    await expect(shadow(canvasElement).textContent).not.toContain(PII_SAMPLE.phone);
    await expect(shadow(canvasElement).textContent).toContain('138****5678');
  },
};

/** Personal data inside ticket text (name, description) and ticket fields, masked with Show. */
export const PersonalDataInTickets: Story = {
  render: () => personal('tickets'),
  play: async ({ canvasElement }) => {
    await settle(() =>
      expect(shadow(canvasElement).querySelector('.ticket .description .pii')).not.toBeNull(),
    );
    await expect(shadow(canvasElement).textContent).not.toContain(PII_SAMPLE.idNumber);
  },
};

/** One reveal of the mobile (allowed by the host) shows it everywhere: header, products, ticket, history. */
export const PersonalDataRevealed: Story = {
  render: () => personal('products'),
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).querySelector('.fact.pii button')).not.toBeNull());
    shadow(canvasElement).querySelector<HTMLElement>('.fact.pii button')!.click();
    await settle(() =>
      expect(
        [...shadow(canvasElement).querySelectorAll('.pii-value')].filter(
          (node) => node.textContent === PII_SAMPLE.phone,
        ).length,
      ).toBeGreaterThan(2),
    );
  },
};

/** The host refuses the reveal (`preventDefault()`): the value stays masked and the agent is told. */
export const PersonalDataRevealDenied: Story = {
  render: () => personal('products', (event) => event.preventDefault()),
  play: async ({ canvasElement }) => {
    await settle(() =>
      expect(shadow(canvasElement).querySelector('#panel-products .pii button')).not.toBeNull(),
    );
    shadow(canvasElement).querySelector<HTMLElement>('#panel-products .pii button')!.click();
    await settle(() => expect(shadow(canvasElement).querySelector('.denied')).not.toBeNull());
  },
};

/** Chinese: ticket category, severity and priority, and personal data masked in Chinese text. */
export const ChineseTickets: Story = {
  render: () => personal('tickets', undefined, 'zh-CN'),
  play: async ({ canvasElement }) => {
    await settle(() =>
      expect(shadow(canvasElement).querySelector('#panel-tickets')?.textContent).toContain('严重程度：重大'),
    );
    await expect(shadow(canvasElement).querySelector('#panel-tickets')?.textContent).toContain(
      '类别：账单争议',
    );
  },
};

/** Chinese history: channels, reasons and outcomes in words ("账单 · 已完成"), not codes. */
export const ChineseHistory: Story = {
  render: () => html`<div lang="zh-CN">${pushed(sampleCustomer(), { layout: 'tabs' }, 'interactions')}</div>`,
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).querySelectorAll('article').length).toBeGreaterThan(0));
    await expect(shadow(canvasElement).querySelector('article')?.textContent).toContain('已完成');
  },
};

/** A code the widget has no term for: shown in a readable form ("Quantum link"), with one console warning. */
export const UnknownCode: Story = {
  render: () => {
    const data = sampleCustomer() as Record<string, Array<Record<string, unknown>>>;
    data.products[0] = { ...data.products[0], kind: 'quantum-link' };
    return pushed(data, { layout: 'tabs' }, 'products');
  },
  play: async ({ canvasElement }) => {
    await settle(() =>
      expect(shadow(canvasElement).querySelector('#panel-products')?.textContent).toContain('Quantum link'),
    );
  },
};
