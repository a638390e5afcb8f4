// Keyboard focus never falls out of a widget: from every stop the Tab key reaches inside each widget,
// every key the widgets' patterns define (APG tabs, feed, radio group, disclosure, buttons) leaves
// focus on an element inside the same widget — never on <body>, never on the page around it.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { manifestElements } from '../support/manifest.js';
import { tolerateResizeObserverLoop } from '../support/resize-observer.js';
import { WIDGET_FIXTURES } from '../support/widget-fixtures.js';

const KEYS = [
  'ArrowRight',
  'ArrowDown',
  'ArrowLeft',
  'ArrowUp',
  'Home',
  'End',
  'PageDown',
  'PageUp',
  'Control+End',
  'Control+Home',
  ' ',
  ' ',
  'Escape',
];

/** Whether focus is on the widget or inside it (shadow DOM retargets the document's view to the host). */
function focusInside(widget: HTMLElement): boolean {
  const active = document.activeElement;
  return active === widget || (active !== null && widget.contains(active));
}

/** The element focused inside the widget's shadow tree (nested roots included), for messages. */
function deepActive(widget: HTMLElement): string {
  let active: Element | null = widget.shadowRoot?.activeElement ?? null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active
    ? `${active.tagName.toLowerCase()}${active.className ? `.${String(active.className)}` : ''}`
    : '(none)';
}

/** Presses a key, or a chord such as `Control+End` (modifier held down around the key). */
async function press(key: string): Promise<void> {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main! });
  if (modifier) await sendKeys({ up: modifier });
}

const elements = await manifestElements();

describe('keyboard focus stays inside every widget', () => {
  tolerateResizeObserverLoop();

  for (const { tagName } of elements) {
    if (tagName === 'cx-agent-session') continue; // renders nothing of its own to focus
    it(`<${tagName}>: every key from every Tab stop, in every tab of the widget`, async function () {
      this.timeout(180_000);
      const widget = await WIDGET_FIXTURES[tagName]!();
      const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
      widget.before(before);
      const tabs = [...(widget.shadowRoot?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
      let reached = 0;
      for (const tab of [undefined, ...tabs]) {
        const scenario = `tab ${tab?.textContent?.trim() ?? 'first'}`;
        /** Shows the scenario again and tabs to the n-th stop; false when Tab has left the widget. */
        const tabTo = async (stop: number): Promise<boolean> => {
          tab?.click();
          await (widget as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
          before.focus();
          for (let i = 0; i <= stop; i++) await sendKeys({ press: 'Tab' });
          return focusInside(widget);
        };
        for (let stop = 0; stop < 12 && (await tabTo(stop)); stop++) {
          const where = deepActive(widget);
          for (const key of KEYS) {
            await press(key);
            expect(
              focusInside(widget),
              `${key} at ${where} (${scenario}) moved focus to ${document.activeElement?.tagName}`,
            ).to.equal(true);
          }
          reached++;
        }
      }
      expect(reached, 'Tab reaches the widget').to.be.greaterThan(0);
    });
  }
});
