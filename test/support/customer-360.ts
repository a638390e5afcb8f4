// Shared by the Customer 360 tests: the widget with pushed data, its tabs, and a data source whose
// every call waits until the test settles it.
import { fixture, html } from '@open-wc/testing';
import '../../src/components/customer-360/customer-360.js';
import type { CxCustomer360 } from '../../src/components/customer-360/customer-360.component.js';
import { sampleCustomer } from '../../src/components/customer-360/customer-360.samples.js';
import { CUSTOMER_SECTIONS, type CustomerSection } from '../../src/services/tmf/customer360.js';
import type {
  CustomerDataSource,
  InteractionRequest,
  SectionRequest,
} from '../../src/services/tmf/data-source.js';
import type { Lenient } from '../../src/services/tmf/lenient.js';
import { TransportError } from '../../src/services/transport.js';

/** The tabs of the 360, in order. */
export const CUSTOMER_360_TABS = [
  'products',
  'usage',
  'bills',
  'tickets',
  'interactions',
  'satisfaction',
  'offers',
] as const;

/** A tab of the 360. */
export type Customer360Tab = (typeof CUSTOMER_360_TABS)[number];

/** How `pushed360` mounts the widget. */
export interface Pushed360Options {
  layout?: 'tabs' | 'disclosures';
  /** The agent (the remembered tab is per agent); default a fresh one, so no test inherits a tab. */
  agentId?: string;
  piiFields?: unknown;
  /** `dir` of a wrapper around the widget. */
  dir?: 'ltr' | 'rtl';
}

/** A 360 showing `data` (default the sample customer), rendered. */
export async function pushed360(
  data: unknown = sampleCustomer(),
  { layout = 'tabs', agentId = `agent-${Math.random()}`, piiFields, dir }: Pushed360Options = {},
): Promise<CxCustomer360> {
  const wrapper = await fixture<HTMLElement>(
    html`<div dir=${dir ?? 'auto'}>
      <cx-customer-360
        layout=${layout}
        agent-id=${agentId}
        .piiFields=${piiFields}
        .data=${data}
      ></cx-customer-360>
    </div>`,
  );
  if (!dir) wrapper.removeAttribute('dir');
  const el = wrapper.querySelector('cx-customer-360')!;
  await el.updateComplete;
  return el;
}

/** Selects `tab` (clicks it) and waits for the update. */
export async function selectTab(el: CxCustomer360, tab: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>(`#tab-${tab}`)!.click();
  await el.updateComplete;
}

/** One call of a `ManualSource`, to settle by hand. */
export interface ManualCall {
  section: CustomerSection;
  customerId: string;
  signal: AbortSignal;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** A data source whose every call waits until the test settles it (aborted calls reject). */
export class ManualSource implements CustomerDataSource {
  readonly calls: ManualCall[] = [];

  private call<T>(section: CustomerSection, customerId: string, request: SectionRequest) {
    return new Promise<Lenient<T>>((resolve, reject) => {
      this.calls.push({
        section,
        customerId,
        signal: request.signal,
        resolve: (value) => resolve({ value: value as T, issues: [] }),
        reject,
      });
      request.signal.addEventListener('abort', () =>
        reject(new TransportError('aborted', 'aborted', { url: '', attempts: 1 })),
      );
    });
  }

  /** The latest call for `section`. */
  latest(section: CustomerSection): ManualCall {
    const call = [...this.calls].reverse().find((entry) => entry.section === section);
    if (!call) throw new Error(`no call for ${section}`);
    return call;
  }

  /** Answers every section but `except`: a plain customer named Manual, nothing else. */
  answerAllBut(except: CustomerSection): void {
    for (const section of CUSTOMER_SECTIONS) {
      if (section === except) continue;
      const call = this.latest(section);
      if (section === 'profile')
        call.resolve({ id: 'CUST-M', identity: { name: 'Manual' }, contactMedia: [], extensions: {} });
      else if (section === 'interactions') call.resolve({ items: [], total: 0, offset: 0 });
      else if (section === 'risk') call.resolve(undefined);
      else call.resolve([]);
    }
  }

  profile = (id: string, r: SectionRequest) => this.call<never>('profile', id, r);
  products = (id: string, r: SectionRequest) => this.call<never>('products', id, r);
  usage = (id: string, r: SectionRequest) => this.call<never>('usage', id, r);
  bills = (id: string, r: SectionRequest) => this.call<never>('bills', id, r);
  tickets = (id: string, r: SectionRequest) => this.call<never>('tickets', id, r);
  interactions = (id: string, r: InteractionRequest) => this.call<never>('interactions', id, r);
  satisfaction = (id: string, r: SectionRequest) => this.call<never>('satisfaction', id, r);
  risk = (id: string, r: SectionRequest) => this.call<never>('risk', id, r);
  offers = (id: string, r: SectionRequest) => this.call<never>('offers', id, r);
}

/** A 360 (tabs) in `container` loading customer CUST-M from a new `ManualSource`, after its first render. */
export async function manual360(
  container: HTMLElement,
  agentId = `agent-manual-${Math.random()}`,
): Promise<{ el: CxCustomer360; source: ManualSource }> {
  const source = new ManualSource();
  const el = document.createElement('cx-customer-360');
  el.layout = 'tabs';
  el.agentId = agentId;
  el.dataSource = source;
  el.customerId = 'CUST-M';
  container.append(el);
  await el.updateComplete;
  return { el, source };
}
