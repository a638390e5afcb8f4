// @ts-nocheck -- browser code, bundled with ours-page.js (as an on-demand chunk).
import { createResponseId } from '../../src/services/survey-outbox/response-id.ts';
import { surveyEn } from '../../src/translations/satisfaction-survey.ts';

/**
 * The floor of any "complete", for reference: no answers, no validation, no event, no storage, no
 * framework — the form replaced by hand with the same sending state (reference line, status words),
 * focused and laid out, as the widget shows it. What is left is the browser's own work.
 */
export function completeByHand(el) {
  const root = el.shadowRoot;
  const done = document.createElement('div');
  done.className = 'done';
  done.tabIndex = -1;
  const reference = document.createElement('p');
  reference.className = 'reference';
  reference.textContent = surveyEn.surveyResponseId(createResponseId());
  done.append(reference);
  root.querySelector('form').replaceWith(done);
  root.querySelector('.status').textContent = surveyEn.surveyPhase('sending');
  done.focus();
}
