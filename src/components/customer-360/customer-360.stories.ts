import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { expect, waitFor } from 'storybook/test';
import type { BillSummary, CustomerSection } from '../../services/tmf/customer360.js';
import type { CustomerDataSource, SectionRequest } from '../../services/tmf/data-source.js';
import type { Lenient } from '../../services/tmf/lenient.js';
import { TransportError } from '../../services/transport.js';
import './customer-360.js';
import type { CxCustomer360 } from './customer-360.component.js';
import type { SectionDisplayState } from './section-state.js';
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

// ---------------------------------------------------------------------------------------------
// Section states: what the agent sees while a section loads, fails, is retried, shows saved data or
// is empty — each in words, with its own icon and colour (light and dark), never a bare URL.

const BILLS_ANSWER = () => sampleDataSource(sampleCustomer());

/** A sample source whose bills are answered by `bills` (call number from 0) and the rest as usual. */
function billsBy(
  bills: (call: number, request: SectionRequest) => Promise<Lenient<BillSummary[]>>,
): CustomerDataSource {
  const base = sampleDataSource(sampleCustomer());
  let calls = 0;
  return { ...base, bills: (_id: string, request: SectionRequest) => bills(calls++, request) };
}

const notFound = () =>
  new TransportError('http', 'GET /tmf-api/customerBillManagement/v4/customerBill answered 404', {
    url: '/tmf-api/customerBillManagement/v4/customerBill?relatedParty.id=CUST-S001&offset=0&limit=100',
    status: 404,
    attempts: 1,
  });
const unavailable = () =>
  new TransportError('http', 'GET /tmf-api/customerBillManagement/v4/customerBill answered 503', {
    url: '/tmf-api/customerBillManagement/v4/customerBill?relatedParty.id=CUST-S001&offset=0&limit=100',
    status: 503,
    attempts: 3,
  });
const never = <T>(request: SectionRequest) =>
  new Promise<T>((_, reject) =>
    request.signal.addEventListener('abort', () =>
      reject(new TransportError('aborted', 'aborted', { url: '', attempts: 1 })),
    ),
  );

/** The bills section brought to `state`. */
function billsIn(state: SectionDisplayState): TemplateResult {
  if (state === 'empty') return pushed({ ...sampleCustomer(), bills: [] }, { layout: 'tabs' }, 'bills');
  const source =
    state === 'loading' || state === 'slow'
      ? billsBy((_, request) => never(request))
      : state === 'retrying'
        ? billsBy(() => Promise.reject(unavailable()))
        : state === 'error'
          ? billsBy(() => Promise.reject(notFound()))
          : // stale: the bills shown were loaded before; updating them fails.
            billsBy((call, request) =>
              call === 0 ? BILLS_ANSWER().bills('CUST-S001', request) : Promise.reject(unavailable()),
            );
  return html`<cx-customer-360
    customer-id="CUST-S001"
    layout="tabs"
    agent-id=${`story-state-${++storyAgent}`}
    .dataSource=${source}
    ${ref((el) => {
      if (!el) return;
      openTab('bills')(el);
      if (state === 'stale') {
        const widget = el as CxCustomer360;
        void widget.whenLoaded().then(() => widget.retry('bills'));
      }
    })}
  ></cx-customer-360>`;
}

const stateStory = (state: SectionDisplayState): Story => ({
  render: () => billsIn(state),
  play: async ({ canvasElement }) => {
    await settle(() =>
      expect(
        shadow(canvasElement).querySelector<HTMLElement>('#panel-bills .section-state')?.dataset.state,
      ).toBe(state),
    );
    await expect(shadow(canvasElement).querySelector('.state-message')?.textContent?.trim()).not.toBe('');
  },
});

/** Bills loading: "Loading the customer's bills…" (after 2 s it says it is still loading). */
export const StateLoading: Story = {
  render: () => billsIn('loading'),
  play: async ({ canvasElement }) => {
    await settle(() =>
      expect(shadow(canvasElement).querySelector('#panel-bills .section-state')).not.toBeNull(),
    );
  },
};
/** Bills still loading after 2 s: "Still loading the customer's bills…", the rest of the customer shown. */
export const StateStillLoading = stateStory('slow');
/** Bills failed with a server error: tried again in the background, counting down; Retry now; details folded away. */
export const StateRetrying = stateStory('retrying');
/** Saved bills shown, their update failed: said so above them, with Retry. */
export const StateSavedData = stateStory('stale');
/** Bills failed for good (404): plain words, Retry, the address in "Technical details". */
export const StateFailed = stateStory('error');
/** No bills: its own words and mark. */
export const StateEmpty = stateStory('empty');

/** A state in another theme and language: `lang` and `data-cx-theme` on a container. */
const themedStateStory = (state: SectionDisplayState, lang: string, theme: 'light' | 'dark'): Story => ({
  render: () =>
    html`<div lang=${lang} data-cx-theme=${theme} class="story-themed-surface">${billsIn(state)}</div>
      <style>
        .story-themed-surface {
          background: var(--cx-color-surface);
          padding: 16px;
        }
      </style>`,
  play: stateStory(state).play,
});

/** Retrying, in Chinese and dark: "账单加载失败。服务器出现故障。5 秒后重试…". */
export const StateRetryingChineseDark = themedStateStory('retrying', 'zh-CN', 'dark');
/** Still loading, in Chinese and dark. */
export const StateStillLoadingChineseDark = themedStateStory('slow', 'zh-CN', 'dark');
/** Saved data, dark. */
export const StateSavedDataDark = themedStateStory('stale', 'en', 'dark');
/** Failed, dark. */
export const StateFailedDark = themedStateStory('error', 'en', 'dark');
/** Empty, in Chinese and dark. */
export const StateEmptyChineseDark = themedStateStory('empty', 'zh-CN', 'dark');

/** The profile is slow: the name the page already knows (`customer-name`) stays on screen meanwhile. */
export const NameWhileLoading: Story = {
  render: () =>
    html`<cx-customer-360
      customer-id="CUST-S001"
      customer-name="王建国"
      layout="tabs"
      agent-id=${`story-name-${++storyAgent}`}
      .dataSource=${sampleDataSource(sampleCustomer(), { pending: ['profile', 'risk'] })}
    ></cx-customer-360>`,
  play: async ({ canvasElement }) => {
    await settle(() => expect(shadow(canvasElement).querySelector('.name')?.textContent).toContain('王建国'));
    await expect(shadow(canvasElement).querySelector('.header .section-state')).not.toBeNull();
  },
};
