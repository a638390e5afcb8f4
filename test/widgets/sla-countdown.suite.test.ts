// <cx-sla-countdown> in the shared widget suite (test/support/widget-suite.ts).
import { uniqueName } from '../support/reference-backend.js';
import { runCxWidgetSuite } from '../support/widget-suite.js';
import type { CxSlaCountdown } from '../../src/components/sla-countdown/sla-countdown.component.js';

/** A ticket the page has not seen: warnings and breaches fire once per ticket, across reloads. */
const freshTicket = () => ({ 'ticket-id': uniqueName('suite-sla') });

await runCxWidgetSuite('cx-sla-countdown', {
  events: {
    'cx-sla-warning': { story: 'AllStates', args: freshTicket },
    'cx-sla-breach': { story: 'AllStates', args: freshTicket },
    'cx-sla-state-change': {
      args: freshTicket,
      fire: (el) => {
        const sla = el as CxSlaCountdown;
        sla.targets = sla.targets!.map((target) => ({ ...target, metAt: new Date().toISOString() }));
      },
    },
    'cx-error': { story: 'InvalidTargets', args: freshTicket },
  },
  pii: { story: 'PersonalDataMasked', raws: ['13812345678', '110101199003071234', 'li.wei@example.cn'] },
  storage: [
    {
      area: 'localStorage',
      prefix: 'cx-desk:sla-fired:',
      reason: 'the milestones fired per ticket, so a warning or breach fires once across reloads',
    },
  ],
});
