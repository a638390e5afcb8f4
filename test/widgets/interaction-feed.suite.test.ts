// <cx-interaction-feed> in the shared widget suite (test/support/widget-suite.ts).
import type { CxInteractionFeed } from '../../src/components/interaction-feed/interaction-feed.component.js';
import { waitFor } from '../support/dom.js';
import { runCxWidgetSuite } from '../support/widget-suite.js';

/** Scrolls to the end of what is loaded, as an agent does, once the articles are there. */
const scrollToEnd = async (el: HTMLElement): Promise<void> => {
  await waitFor(() => el.querySelector('article') !== null, 'articles');
  const feed = el.querySelector<HTMLElement>('[role="feed"]')!;
  for (let frame = 0; frame < 10; frame++) {
    feed.scrollTop = feed.scrollHeight;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
};

await runCxWidgetSuite('cx-interaction-feed', {
  virtualized: true,
  events: {
    'cx-interaction-feed-near-end': { story: 'Paged', fire: scrollToEnd },
    'cx-error': { fire: (el) => ((el as CxInteractionFeed).history = 42 as never) },
  },
  use: scrollToEnd,
});
