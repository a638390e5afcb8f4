// <cx-rating-scale> in the shared widget suite (test/support/widget-suite.ts).
import type { CxRatingScale } from '../../src/components/rating-scale/rating-scale.component.js';
import { runCxWidgetSuite } from '../support/widget-suite.js';

/** Chooses the next option with the keyboard, as an agent does. */
const choose = async (el: HTMLElement): Promise<void> => {
  const scale = el as CxRatingScale;
  const stop = scale.shadowRoot!.querySelector<HTMLElement>('[role="radio"][tabindex="0"]')!;
  stop.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
  await scale.updateComplete;
};

await runCxWidgetSuite('cx-rating-scale', {
  events: {
    input: { fire: choose },
    change: { fire: choose },
    'cx-error': { fire: (el) => ((el as CxRatingScale).display = 'huge' as never) },
  },
  use: choose,
});
