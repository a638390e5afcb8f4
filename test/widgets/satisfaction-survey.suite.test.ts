// <cx-satisfaction-survey> in the shared widget suite (test/support/widget-suite.ts).
import type { CxSatisfactionSurvey } from '../../src/components/satisfaction-survey/satisfaction-survey.component.js';
import { deepQuery } from '../support/dom.js';
import { uniqueName } from '../support/reference-backend.js';
import { runCxWidgetSuite } from '../support/widget-suite.js';

await runCxWidgetSuite('cx-satisfaction-survey', {
  events: {
    input: { story: 'StateSent' },
    change: { story: 'StateSent' },
    'cx-survey-submit': { story: 'StateSent' },
    'cx-survey-submitted': { story: 'StateSent' },
    'cx-survey-error': { story: 'StateFailedRetrying' },
    'cx-error': { story: 'InvalidDefinition' },
  },
  // An answer in an interaction: a draft is autosaved.
  use: async (el) => {
    const survey = el as CxSatisfactionSurvey;
    survey.interactionId = uniqueName('suite-survey');
    await survey.updateComplete;
    // The CSAT question's scale is a cx-rating-scale: its radios are in its own shadow root.
    deepQuery(deepQuery(survey, '[data-question="csat"] cx-rating-scale')!, '[role="radio"]')!.click();
    await survey.updateComplete;
  },
  storage: [
    {
      area: 'indexedDB',
      prefix: 'cx-desk-survey',
      reason:
        'the outbox of responses not yet acknowledged, and the drafts of partial answers per interaction',
    },
  ],
});
