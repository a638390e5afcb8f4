// <cx-customer-360> in the shared widget suite (test/support/widget-suite.ts).
import { PII_SAMPLE } from '../../src/components/customer-360/customer-360.samples.js';
import { deepQuery, deepQueryAll, waitFor } from '../support/dom.js';
import { runCxWidgetSuite } from '../support/widget-suite.js';

/** Clicks the first element matching `selector` in the widget, once it is there. */
async function clickWhenShown(el: HTMLElement, selector: string): Promise<void> {
  await waitFor(() => deepQuery(el, selector) !== null, selector);
  deepQuery(el, selector)!.click();
}

await runCxWidgetSuite('cx-customer-360', {
  virtualized: true,
  events: {
    'cx-customer-load': { story: 'Overview' },
    'cx-customer-load-error': { story: 'ProductsError' },
    'cx-customer-pii-reveal': { story: 'PersonalDataRevealed' },
    'cx-customer-action': { fire: (el) => clickWhenShown(el, '[part="actions"] button') },
    'cx-customer-offer-decision': {
      story: 'Offers',
      fire: (el) => clickWhenShown(el, '[data-decision="accept"]'),
    },
    'cx-error': { story: 'HostileData' },
  },
  pii: {
    story: 'PersonalDataMasked',
    raws: Object.values(PII_SAMPLE),
    reveal: (el) => clickWhenShown(el, '.fact.pii button'),
  },
  // Every tab shown once: the feed's virtualizer, the tickets' countdowns, the remembered tab.
  use: async (el) => {
    for (const tab of deepQueryAll(el, '[role="tab"]')) {
      tab.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  },
  storage: [
    {
      area: 'localStorage',
      prefix: 'cx-desk/customer-360/tab/',
      reason: 'the tab an agent last opened, per agent (`agent-id`), so the next customer opens on it',
    },
  ],
});
