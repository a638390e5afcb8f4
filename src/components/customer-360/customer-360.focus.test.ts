// Keyboard focus never falls out of the 360: every key the APG feed and tabs patterns define keeps
// focus on an element inside the widget, in Chromium and Firefox, also when the virtualized feed
// recycles the focused article.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './customer-360.js';
import type { CxCustomer360 } from './customer-360.component.js';
import { sampleCustomer } from './customer-360.samples.js';
import { tolerateResizeObserverLoop } from '../../../test/support/resize-observer.js';
import { pushed360, selectTab } from '../../../test/support/customer-360.js';
import { $, $$, nextFrame } from '../../../test/support/dom.js';

const root = (el: CxCustomer360) => el.shadowRoot!;

/** Lets a key's effects finish: the scroll, the virtualizer's re-render in the next frames, focus moves. */
async function settle(el: CxCustomer360): Promise<void> {
  for (let count = 0; count < 6; count++) await nextFrame();
  await el.updateComplete;
}

/** A key press as sendKeys sees it; `Control+End` and `Shift+Tab` hold the modifier. */
async function press(key: string): Promise<void> {
  const [modifier, name] = key.includes('+') && key.length > 1 ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: name === 'Space' ? ' ' : name });
  } finally {
    if (modifier) await sendKeys({ up: modifier });
  }
}

/** Names an element for assertion messages (chai must not walk a whole element graph to print a failure). */
const describeNode = (node: Element | null | undefined) =>
  node
    ? `<${node.localName}${node.id ? `#${node.id}` : ''}${node.getAttribute('aria-posinset') ? ` ${node.getAttribute('aria-posinset')}` : ''}>`
    : 'nothing';

/** Focus is on an element of the 360's shadow root: the page's focus is the 360, and inside it, an element. */
function expectFocusInside(el: CxCustomer360, after: string): HTMLElement {
  expect(describeNode(document.activeElement), `after ${after}: the page's focus`).to.equal(
    '<cx-customer-360>',
  );
  const inner = root(el).activeElement as HTMLElement | null;
  expect(
    inner !== null && inner.isConnected && root(el).contains(inner),
    `after ${after}: focus on a rendered element inside, not ${describeNode(inner)}`,
  ).to.equal(true);
  return inner!;
}

const posinset = (el: CxCustomer360) => Number(root(el).activeElement?.getAttribute('aria-posinset') ?? NaN);

async function historyOf(count: number, layout: 'tabs' | 'disclosures' = 'tabs'): Promise<CxCustomer360> {
  const el = await pushed360(sampleCustomer(Date.now(), count), { layout });
  await selectTab(el, 'interactions');
  await waitUntil(() => $$(el, 'article').length > 0, 'articles rendered', { timeout: 5000 });
  return el;
}

/** Focuses a rendered article at about the middle of the rendered range (never the edge one). */
async function focusMiddleArticle(el: CxCustomer360): Promise<void> {
  const articles = $$(el, 'article');
  articles[Math.floor(articles.length / 3)].focus();
  await settle(el);
}

describe('cx-customer-360 keyboard focus', () => {
  tolerateResizeObserverLoop(); // the virtualizer's harmless report (test/support/resize-observer.ts)
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });

  describe('history feed (APG feed)', () => {
    // Each key from an article in the middle of the rendered range; the ones that scroll (End, Space,
    // Ctrl+End…) are the ones that used to drop focus to <body>.
    const KEYS = [
      'PageDown',
      'PageUp',
      'Home',
      'End',
      'Space',
      'Shift+Space',
      'Control+Home',
      'Control+End',
      'ArrowDown',
      'ArrowUp',
      'ArrowRight',
      'ArrowLeft',
      'Tab',
      'Shift+Tab',
      'Enter',
      'Escape',
    ];

    for (const key of KEYS) {
      it(`${key} keeps focus inside the widget`, async () => {
        const el = await historyOf(500);
        const outside = document.createElement('button');
        outside.textContent = 'after the widget';
        document.body.append(outside);
        try {
          await focusMiddleArticle(el);
          const before = posinset(el);
          await press(key);
          await settle(el);
          const focused = expectFocusInside(el, key);
          if (key === 'PageDown') expect(posinset(el)).to.equal(before + 1);
          if (key === 'PageUp') expect(posinset(el)).to.equal(before - 1);
          if (key === 'Home') await waitUntil(() => posinset(el) === 1, 'Home: the first article');
          if (key === 'End') await waitUntil(() => posinset(el) >= 50, 'End: the last loaded article');
          // APG: Ctrl+Home goes to the first focusable element before the feed.
          if (key === 'Control+Home') expect(focused.localName).to.equal('select');
          expectFocusInside(el, `${key}, once settled`);
        } finally {
          outside.remove();
        }
      });
    }

    it('keeps focus inside through repeated presses of every key, in a row', async () => {
      const el = await historyOf(500);
      await focusMiddleArticle(el);
      const sequence = [
        ...Array<string>(6).fill('Space'),
        'End',
        'End',
        'Control+End',
        'Shift+Tab',
        ...Array<string>(4).fill('Shift+Space'),
        'Control+Home',
        'Tab',
        'Home',
        ...Array<string>(5).fill('PageDown'),
        'Control+End',
        'Shift+Tab',
        'ArrowDown',
        'ArrowDown',
        'PageUp',
      ];
      for (const [step, key] of sequence.entries()) {
        await press(key);
        await settle(el);
        expectFocusInside(el, `${key} (step ${step + 1})`);
      }
    });

    it('keeps focus inside when the virtualizer recycles the focused article (scrolled out of range)', async () => {
      const el = await historyOf(500);
      const feed = $(el, '[role="feed"]')!;
      $(el, 'article[aria-posinset="1"]')!.focus();
      await settle(el);
      for (const top of [feed.scrollHeight / 2, feed.scrollHeight, 0, 4000]) {
        const before = root(el).activeElement!;
        // The virtualizer takes the focused article out of its range a few frames later (scrolling
        // again while it still measures its first rows, which can move the scroll position back).
        await waitUntil(
          () => {
            if (before.isConnected) feed.scrollTop = top;
            return !before.isConnected;
          },
          `scrolled to ${top}: the focused article recycled`,
          { timeout: 5000 },
        );
        await settle(el);
        // …and focus is on an article it renders now, not on <body>.
        const focused = expectFocusInside(el, `scrolling to ${top}`);
        expect(focused.localName, `scrolled to ${top}`).to.equal('article');
        expect(focused.isConnected).to.equal(true);
      }
      await press('Tab');
      await settle(el);
      expectFocusInside(el, 'Tab after the recycle');
    });

    it('Tab and Shift+Tab move through the articles past the rendered ones, not out of the widget', async () => {
      const el = await historyOf(500);
      const rendered = $$(el, 'article').length;
      $(el, 'article[aria-posinset="1"]')!.focus();
      for (let step = 0; step < rendered + 5; step++) {
        await press('Tab');
        await settle(el);
        expectFocusInside(el, `Tab ${step + 1}`);
      }
      expect(posinset(el)).to.equal(rendered + 6);
      for (let step = 0; step < 3; step++) {
        await press('Shift+Tab');
        await settle(el);
        expectFocusInside(el, `Shift+Tab ${step + 1}`);
      }
      expect(posinset(el)).to.equal(rendered + 3);
    });

    it('Ctrl+End leaves the feed for the next element inside the widget (disclosures)', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 480px"></div>`);
      const el = document.createElement('cx-customer-360');
      el.layout = 'disclosures';
      el.agentId = `agent-focus-${Math.random()}`;
      el.data = sampleCustomer(Date.now(), 200);
      wrapper.append(el);
      await el.updateComplete;
      $(el, '#tab-interactions')!.click();
      await el.updateComplete;
      // The virtualizer renders only what is on screen.
      $(el, '[role="feed"]')!.scrollIntoView({ block: 'end' });
      await waitUntil(() => $$(el, 'article').length > 0, 'articles rendered');
      await focusMiddleArticle(el);
      await press('Control+End');
      await settle(el);
      expect(expectFocusInside(el, 'Control+End').id).to.equal('tab-satisfaction');
    });
  });

  describe('tab list (APG tabs)', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`every tabs key keeps focus on a tab or its panel (${dir})`, async () => {
        const el = await pushed360(sampleCustomer(), { dir });
        $(el, '#tab-products')!.focus();
        const next = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
        const previous = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
        const steps: Array<[string, string]> = [
          [next, 'tab-usage'],
          [next, 'tab-bills'],
          ['End', 'tab-offers'],
          [next, 'tab-products'],
          [previous, 'tab-offers'],
          ['Home', 'tab-products'],
          [previous, 'tab-offers'],
          ['ArrowDown', 'tab-offers'],
          ['ArrowUp', 'tab-offers'],
          ['Enter', 'tab-offers'],
          ['Space', 'tab-offers'],
          ['Tab', 'panel-offers'],
          ['Shift+Tab', 'tab-offers'],
          ['Home', 'tab-products'],
        ];
        for (const [key, expected] of steps) {
          await press(key);
          await settle(el);
          expect(expectFocusInside(el, key).id, key).to.equal(expected);
          if (expected.startsWith('tab-')) {
            expect(root(el).activeElement!.getAttribute('aria-selected'), `${key} selects`).to.equal('true');
          }
        }
      });
    }
  });
});
