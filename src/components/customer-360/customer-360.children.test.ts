// The 360 built of child elements (<cx-tab-set>, <cx-interaction-feed>, <cx-masked-value>) keeps its
// public face: its documented CSS parts style from the page, its events come from the 360 itself, and
// the children's own events stay inside it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { spyEvents } from '../../../test/support/pii.js';
import { tolerateResizeObserverLoop } from '../../../test/support/resize-observer.js';
import './customer-360.js';
import type { CxCustomer360 } from './customer-360.component.js';
import { sampleCustomer } from './customer-360.samples.js';

const PAGE_STYLES = `
  cx-customer-360::part(tabs) { outline: 3px solid rgb(1, 2, 3); }
  cx-customer-360::part(tab-selected) { outline: 3px solid rgb(4, 5, 6); }
  cx-customer-360::part(feed) { outline: 3px solid rgb(7, 8, 9); }
  cx-customer-360::part(interaction) { outline: 3px solid rgb(10, 11, 12); }
`;

const CHILD_EVENTS = ['cx-tab-set-select', 'cx-masked-value-toggle', 'cx-interaction-feed-near-end'];

async function historyShown(): Promise<CxCustomer360> {
  const el = await fixture<CxCustomer360>(
    html`<cx-customer-360
      layout="tabs"
      agent-id=${`agent-children-${Math.random()}`}
      .data=${{ ...sampleCustomer(Date.now(), 200), interactionTotal: 1000 }}
    ></cx-customer-360>`,
  );
  el.shadowRoot!.querySelector<HTMLElement>('#tab-interactions')!.click();
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('article'), 'articles rendered', { timeout: 5000 });
  return el;
}

describe('cx-customer-360 with child elements', () => {
  tolerateResizeObserverLoop();
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });

  it('keeps its documented CSS parts on the tab list, the selected tab, the feed and its articles', async () => {
    const style = document.createElement('style');
    style.textContent = PAGE_STYLES;
    document.head.append(style);
    try {
      const el = await historyShown();
      const outline = (selector: string) =>
        getComputedStyle(el.shadowRoot!.querySelector(selector)!).outlineColor;
      expect(outline('[role="tablist"]')).to.equal('rgb(1, 2, 3)');
      expect(outline('[role="tab"][aria-selected="true"]')).to.equal('rgb(4, 5, 6)');
      expect(outline('[role="feed"]')).to.equal('rgb(7, 8, 9)');
      expect(outline('article')).to.equal('rgb(10, 11, 12)');
    } finally {
      style.remove();
    }
  });

  it("fires its own events from itself, and none of its children's outside it", async () => {
    const el = await historyShown();
    const seen = spyEvents(document, [...CHILD_EVENTS, 'cx-customer-pii-reveal']);
    const root = el.shadowRoot!;
    root.querySelector<HTMLElement>('#tab-bills')!.click();
    await el.updateComplete;
    root.querySelector<HTMLElement>('#tab-interactions')!.click();
    await el.updateComplete;
    await waitUntil(() => root.querySelector('article'), 'articles rendered again', { timeout: 5000 });
    const feed = root.querySelector<HTMLElement>('[role="feed"]')!;
    feed.scrollTop = feed.scrollHeight;
    for (let frame = 0; frame < 10; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    root.querySelector<HTMLElement>('#tab-products')!.click();
    await el.updateComplete;
    root.querySelector<HTMLElement>('.pii button')!.click();
    await el.updateComplete;
    expect(seen.map(({ type }) => type)).to.deep.equal(['cx-customer-pii-reveal']);
    const [{ event }] = seen;
    expect(event.target).to.equal(el);
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
  });
});
