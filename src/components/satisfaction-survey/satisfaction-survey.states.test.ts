// Truthful states: every state the survey shows — its delivery and its definition's errors — says so in
// words and has a colour of its own, in the light and the dark theme.
import { expect } from '@open-wc/testing';
import {
  stateIndicator,
  SURVEY_STATES,
  surveyInState,
  type SurveyState,
} from '../../../test/support/survey-states.js';
import { loadDesignTokens } from '../../../test/support/theme.js';

/** The words each state shows (English). */
const WORDS: Record<SurveyState, string> = {
  idle: 'Not submitted yet.',
  saving: 'Saving…',
  sending: 'Sending…',
  sent: 'Sent. Thank you!',
  'queued-offline': 'Saved offline — will send when the connection is back.',
  retrying: 'Failed — retrying. Your answers are saved.',
  failed: 'Could not save the answers.',
  declined: 'Recorded: the customer declined the survey.',
  'load-failed': 'This survey could not be loaded',
  invalid: 'This survey cannot be shown',
};

describe('cx-satisfaction-survey states', () => {
  before(loadDesignTokens);

  it('shows every state in words and in a colour of its own, light and dark', async function () {
    this.timeout(60_000);
    const colours: Record<'light' | 'dark', Map<SurveyState, string>> = { light: new Map(), dark: new Map() };
    for (const state of SURVEY_STATES) {
      const { el, container, cleanup } = await surveyInState(state, { mode: 'agent' });
      try {
        const indicators = el.shadowRoot!.querySelectorAll<HTMLElement>('[data-state]');
        expect(indicators.length, `${state}: one state indicator`).to.equal(1);
        const indicator = stateIndicator(el)!;
        expect(indicator.dataset['state']).to.equal(state);
        // The state in words, not only in colour.
        expect(indicator.textContent!.replace(/\s+/g, ' ').trim(), state).to.contain(WORDS[state]);
        for (const theme of ['light', 'dark'] as const) {
          container.dataset['cxTheme'] = theme;
          // The colour transitions of the options and buttons end now, not 120 ms later (the options
          // are in the shadow roots of the rating scales).
          const roots = [
            el.shadowRoot!,
            ...[...el.shadowRoot!.querySelectorAll('*')].flatMap((node) => node.shadowRoot ?? []),
          ];
          for (const root of roots) for (const animation of root.getAnimations()) animation.finish();
          const style = getComputedStyle(indicator);
          // The bar is drawn in the text's colour, so the state's colour shows even without reading.
          expect(style.borderInlineStartColor, `${state} ${theme}: bar`).to.equal(style.color);
          expect(style.borderInlineStartWidth).to.not.equal('0px');
          colours[theme].set(state, style.color);
          await expect(el, `${state} ${theme}`).to.be.accessible();
        }
        expect(colours.dark.get(state), `${state}: dark differs from light`).to.not.equal(
          colours.light.get(state),
        );
      } finally {
        await cleanup();
      }
    }
    for (const theme of ['light', 'dark'] as const) {
      for (const [i, a] of SURVEY_STATES.entries()) {
        for (const b of SURVEY_STATES.slice(i + 1)) {
          expect(colours[theme].get(a), `${theme}: ${a} and ${b} share a colour`).to.not.equal(
            colours[theme].get(b),
          );
        }
      }
    }
  });
});
