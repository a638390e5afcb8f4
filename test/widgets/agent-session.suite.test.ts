// <cx-agent-session> in the shared widget suite (test/support/widget-suite.ts).
import { runCxWidgetSuite } from '../support/widget-suite.js';

await runCxWidgetSuite('cx-agent-session', {
  events: {
    'cx-agent-session-change': { story: 'CustomerChange' },
    'cx-error': { fire: (el) => el.setAttribute('server-time', 'not a time') },
  },
  use: async (el) => {
    el.setAttribute('customer-id', 'CUST-0002');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  },
});
