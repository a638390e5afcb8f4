// <cx-tab-set> in the shared widget suite (test/support/widget-suite.ts).
import type { CxTabSet } from '../../src/components/tab-set/tab-set.component.js';
import { runCxWidgetSuite } from '../support/widget-suite.js';

/** Selects the next tab with the keyboard, as an agent does. */
const next = async (el: HTMLElement): Promise<void> => {
  const tabSet = el as CxTabSet;
  const tab = tabSet.tabs().find((candidate) => candidate.tabIndex === 0)!;
  tab.focus();
  tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
  await tabSet.updateComplete;
};

await runCxWidgetSuite('cx-tab-set', {
  events: {
    'cx-tab-set-select': { fire: next },
    'cx-error': { fire: (el) => ((el as CxTabSet).selected = 42 as never) },
  },
  use: next,
});
