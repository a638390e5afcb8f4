// @ts-nocheck -- browser code, bundled by esbuild straight from the TypeScript sources.
// <cx-satisfaction-survey preset="post-call">: render it, then answer four questions and submit.
// Bundled with code splitting: the page loads the widget's entry, and its on-demand parts (the preset
// wording, the outbox) when the widget asks for them, as from a production build.
import { evalStart } from './eval-start.js';
import { CxSatisfactionSurvey } from '../../src/components/satisfaction-survey/satisfaction-survey.component.ts';
import { createResponseId } from '../../src/services/survey-outbox/response-id.ts';
import { countElements, forceLayout, until } from './frame.js';

// Defined here rather than by importing satisfaction-survey.ts: package.json's sideEffects does not
// list that file yet, so esbuild would drop the import.
CxSatisfactionSurvey.define();

const host = document.getElementById('host');
const el = document.createElement('cx-satisfaction-survey');
el.setAttribute('preset', 'post-call');
el.setAttribute('endpoint', '/api/survey-responses');
host.append(el);

const rendered = el.updateComplete.then(() => {
  forceLayout();
  const now = performance.now();
  return {
    renderMs: now - window.benchStart,
    loadMs: evalStart - window.benchStart,
    runMs: now - evalStart,
    elements: countElements(),
  };
});

/** A question's radio: in the shadow root of its rating scale (`cx-rating-scale`, defined with the survey). */
const radio = (question, index) =>
  el.shadowRoot
    .querySelector(`[data-question="${question}"] [role="radiogroup"]`)
    .shadowRoot.querySelectorAll('[role="radio"]')[index];

/** Four answers through the `answers` property, one at a time: what SurveyJS's page does with setValue. */
function answerThroughTheApi() {
  el.answers = { ...el.answers, csat: 2 };
  el.answers = { ...el.answers, resolved: false };
  el.answers = { ...el.answers, reasons: ['network'] };
  el.answers = { ...el.answers, comment: 'The line dropped twice.' };
}

/** The same four answers the way a user gives them: clicks and typing, each rendered. */
async function answerThroughTheDom() {
  radio('csat', 1).click();
  radio('resolved', 1).click();
  await el.updateComplete;
  el.shadowRoot.querySelector('[data-question="reasons"] input').click();
  const comment = el.shadowRoot.querySelector('[data-question="comment"] textarea');
  comment.value = 'The line dropped twice.';
  comment.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

window.bench = {
  rendered,
  /**
   * Four answers, then submit (what the submit button calls); until the sending state (the "done"
   * panel) is rendered and laid out. Answers go through the `answers` property, as SurveyJS's page
   * sets them through its model; with `?answers=dom` by clicks and typing instead (reported apart).
   * submit() hands the response to the outbox, which writes it to IndexedDB before any POST; the UI
   * shows "sending" at the hand-over, as SurveyJS shows its completed page at complete (it stores
   * nothing). `storedMs` is when submit() resolved (the IndexedDB transaction committed), `sentMs` when
   * the POST was acknowledged. With `?delivery=host` the host cancels cx-survey-submit and sends the
   * response itself (no outbox, the form stays): until submit() returned and the page is laid out.
   * With `?complete=floor` the sending state is put in by hand instead (completeByHand, reference only).
   */
  async complete() {
    const query = new URLSearchParams(location.search);
    if (query.get('complete') === 'floor') {
      // Its own chunk, fetched only by these loads: it must not count in the page's size.
      const { completeByHand } = await import('./floor.js');
      const started = performance.now();
      completeByHand(el);
      forceLayout();
      return { completeMs: performance.now() - started, elementsAfter: countElements(), stored: false };
    }
    const hostDelivery = query.get('delivery') === 'host';
    if (hostDelivery)
      el.addEventListener('cx-survey-submit', (event) => event.preventDefault(), { once: true });
    const started = performance.now();
    performance.mark('answers');
    if (query.get('answers') === 'dom') await answerThroughTheDom();
    else answerThroughTheApi();
    performance.mark('submit');
    const submitted = el.submit();
    if (hostDelivery) await submitted;
    else {
      await el.updateComplete;
      if (!el.shadowRoot.querySelector('.done')) throw new Error(`no sending state (status ${el.status})`);
    }
    forceLayout();
    const completeMs = performance.now() - started;
    performance.mark('completed');
    const responseId = await submitted;
    const storedMs = hostDelivery ? null : performance.now() - started;
    if (!hostDelivery && typeof responseId !== 'string') throw new Error('the response was not stored');
    if (!hostDelivery) await until(() => el.status === 'sent');
    return {
      completeMs,
      storedMs,
      sentMs: hostDelivery ? null : performance.now() - started,
      elementsAfter: countElements(),
      answers: JSON.parse(el.value),
      stored: typeof responseId === 'string',
    };
  },
  /**
   * Samples of SurveyOutbox.enqueue (the IndexedDB write) on this page. `settled`: each response is
   * enqueued on an idle outbox (the previous one delivered first, not timed), as a page submits one
   * survey; `backToBack`: enqueued one after another while the earlier ones are still being delivered
   * (their IndexedDB transactions queue up with the write).
   */
  async enqueueSamples(count) {
    const { SurveyOutbox } = await import('../../src/services/survey-outbox/outbox.ts');
    const outbox = new SurveyOutbox({ endpoint: '/api/survey-responses', databaseName: 'bench-enqueue' });
    await outbox.start();
    const response = (index) => ({
      responseId: createResponseId(),
      surveyId: 'post-call',
      answers: { csat: 2, resolved: false, reasons: ['network'], comment: 'The line dropped twice.' },
      meta: { interactionId: `bench-${index}` },
    });
    const settled = [];
    const backToBack = [];
    for (let index = 0; index <= count; index += 1) {
      const started = performance.now();
      await outbox.enqueue(response(index));
      if (index > 0) settled.push(performance.now() - started); // the first opens the database
      await outbox.flush();
    }
    for (let index = 0; index < count; index += 1) {
      const started = performance.now();
      await outbox.enqueue(response(index));
      backToBack.push(performance.now() - started);
    }
    await outbox.flush();
    await outbox.close();
    return { settled, backToBack };
  },
};
