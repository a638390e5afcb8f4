/**
 * One valid, settled instance of every widget, for the shared widget tests. Each fixture uses the
 * same sample data as the widget's stories, so a test and a story show the same thing.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/agent-session/agent-session.js';
import '../../src/components/customer-360/customer-360.js';
import { sampleCustomer } from '../../src/components/customer-360/customer-360.samples.js';
import '../../src/components/rating-scale/rating-scale.js';
import '../../src/components/satisfaction-survey/satisfaction-survey.js';
import '../../src/components/script-prompter/script-prompter.js';
import '../../src/components/sla-countdown/sla-countdown.js';
import { sampleScript } from '../../src/services/script-engine/samples.js';

const HOUR = 3_600_000;

/** Options every fixture takes. */
export interface FixtureOptions {
  /** The page language the widget follows (default `en`). */
  lang?: 'en' | 'zh-CN';
}

/** Creates a widget in a valid state and resolves once it has rendered. */
export type WidgetFixture = (options?: FixtureOptions) => Promise<HTMLElement>;

/** Sets the document language the widgets follow (they read the nearest `lang`, then the document's). */
function useLanguage({ lang = 'en' }: FixtureOptions = {}): void {
  document.documentElement.lang = lang;
}

/** Resolves once the element has rendered and nothing in it is busy (e.g. a draft being restored). */
async function settled<T extends HTMLElement>(element: T): Promise<T> {
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  await waitUntil(() => !element.shadowRoot?.querySelector('[aria-busy="true"]'), 'the widget stays busy', {
    timeout: 5000,
  });
  return element;
}

/** A valid instance of each widget by tag. */
export const WIDGET_FIXTURES: Readonly<Record<string, WidgetFixture>> = {
  'cx-agent-session': async (options) => {
    useLanguage(options);
    return settled(
      await fixture<HTMLElement>(
        html`<cx-agent-session
          customer-id="CUST-0001"
          interaction-id="INT-1"
          agent-id="A-7"
        ></cx-agent-session>`,
      ),
    );
  },
  'cx-customer-360': async (options) => {
    useLanguage(options);
    const element = await fixture<HTMLElement & { data: unknown }>(
      html`<cx-customer-360 layout="tabs" time-zone="Asia/Shanghai"></cx-customer-360>`,
    );
    element.data = sampleCustomer(Date.UTC(2026, 11, 1, 2), 500);
    return settled(element);
  },
  'cx-sla-countdown': async (options) => {
    useLanguage(options);
    const started = new Date(Date.now() - 2 * HOUR).toISOString();
    const element = await fixture<HTMLElement & { targets: unknown }>(
      html`<cx-sla-countdown precision="minutes" calendar="24x7" ticket-id="TT-FUZZ"></cx-sla-countdown>`,
    );
    element.targets = [{ id: 'resolution', kind: 'resolution', startedAt: started, duration: 'PT240H' }];
    return settled(element);
  },
  'cx-script-prompter': async (options) => {
    useLanguage(options);
    const element = await fixture<HTMLElement & { script: unknown; agent: unknown }>(
      html`<cx-script-prompter interaction-id="INT-FUZZ"></cx-script-prompter>`,
    );
    element.agent = { name: options?.lang === 'zh-CN' ? '林晓' : 'Lin Xiao' };
    element.script = sampleScript('greeting-identity', options?.lang ?? 'en');
    return settled(element);
  },
  'cx-rating-scale': async (options) => {
    useLanguage(options);
    const en = options?.lang !== 'zh-CN';
    return settled(
      await fixture<HTMLElement>(
        html`<cx-rating-scale
          display="stars"
          value="4"
          aria-label=${en ? 'How satisfied are you?' : '您对本次服务满意吗？'}
          min-label=${en ? 'Very dissatisfied' : '非常不满意'}
          max-label=${en ? 'Very satisfied' : '非常满意'}
        ></cx-rating-scale>`,
      ),
    );
  },
  'cx-satisfaction-survey': async (options) => {
    useLanguage(options);
    return settled(
      await fixture<HTMLElement>(
        html`<cx-satisfaction-survey preset="post-call" interaction-id="INT-FUZZ"></cx-satisfaction-survey>`,
      ),
    );
  },
};

/**
 * What a widget shows, as text: every text node and attribute of its shadow tree (nested shadow
 * roots included), digits folded so that a ticking countdown compares equal to itself.
 */
export function renderedText(element: Element): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text) out.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const attribute of node.attributes)
        if (!/^(id|aria-(labelledby|describedby|controls|activedescendant)|for|style)$/.test(attribute.name))
          out.push(`@${attribute.name}=${attribute.value}`);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return out.join('\n').replace(/\d/g, '0');
}
