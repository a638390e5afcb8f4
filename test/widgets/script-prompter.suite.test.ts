// <cx-script-prompter> in the shared widget suite (test/support/widget-suite.ts).
import type { CxScriptPrompter } from '../../src/components/script-prompter/script-prompter.component.js';
import { deepQuery, waitFor } from '../support/dom.js';
import { uniqueName } from '../support/reference-backend.js';
import { runCxWidgetSuite } from '../support/widget-suite.js';
import { WIDGET_STORIES } from '../support/widget-fixtures.js';

const personal = (WIDGET_STORIES['cx-script-prompter'].PersonalDataMasked.args?.customer ?? {}) as Record<
  string,
  string
>;

await runCxWidgetSuite('cx-script-prompter', {
  events: {
    'cx-script-step-change': {},
    // The story's action step, run by the agent (the story's play completes it as the host instead).
    'cx-script-action': {
      story: 'ActionDone',
      fire: async (el) => {
        const prompter = el as CxScriptPrompter;
        prompter.answer(false);
        prompter.next();
        prompter.answer(true);
        prompter.next();
        await prompter.updateComplete;
        await waitFor(() => deepQuery(el, '[part~="action"]') !== null, 'the action button');
        deepQuery(el, '[part~="action"]')!.click();
      },
    },
    'cx-script-complete': { story: 'Completed' },
    'cx-script-phrase-warning': { story: 'PhraseCoaching' },
    'cx-customer-pii-reveal': { story: 'PersonalDataRevealed' },
    'cx-error': { story: 'WrongPropertyType' },
  },
  pii: {
    story: 'PersonalDataMasked',
    raws: [personal.msisdn!, personal.idNumber!, personal.email!],
    reveal: async (el) => {
      await waitFor(() => deepQuery(el, '[part~="pii-toggle"]') !== null, 'a Show button');
      deepQuery(el, '[part~="pii-toggle"]')!.click();
    },
  },
  // A step forward in an interaction: its progress is stored, to be resumed after a reload.
  use: async (el) => {
    const prompter = el as CxScriptPrompter;
    prompter.interactionId = uniqueName('suite-prompter');
    await prompter.updateComplete;
    prompter.next();
    await prompter.updateComplete;
  },
  storage: [
    {
      area: 'localStorage',
      prefix: 'cx-desk/script-prompter/v1/',
      reason: 'the progress of a script per interaction, resumed after a reload',
    },
  ],
});
