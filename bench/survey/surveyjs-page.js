// @ts-nocheck -- browser code, bundled by esbuild.
// SurveyJS (survey-core + survey-js-ui) rendering the same post-call survey: CSAT 1–5 stars, resolved
// yes / no, reasons when the score is 3 or less, comment; then four answers and complete.
import { evalStart } from './eval-start.js';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import { countElements, forceLayout, untilDom } from './frame.js';

const json = {
  title: 'How did we do?',
  showQuestionNumbers: 'off',
  elements: [
    {
      type: 'rating',
      name: 'csat',
      title: 'How satisfied are you with the service you received today?',
      isRequired: true,
      rateType: 'stars',
      rateMin: 1,
      rateMax: 5,
      minRateDescription: 'Very dissatisfied',
      maxRateDescription: 'Very satisfied',
    },
    {
      type: 'boolean',
      name: 'resolved',
      title: 'Was your issue resolved in this contact?',
      isRequired: true,
      labelTrue: 'Yes, resolved',
      labelFalse: 'No, not resolved',
      renderAs: 'radio',
    },
    {
      type: 'checkbox',
      name: 'reasons',
      title: 'What disappointed you?',
      visibleIf: '{csat} <= 3',
      choices: [
        { value: 'network', text: 'Network quality' },
        { value: 'billing', text: 'Billing and charges' },
        { value: 'attitude', text: 'Staff attitude' },
        { value: 'waiting-time', text: 'Waiting time' },
        { value: 'not-solved', text: 'Issue not solved' },
        { value: 'other', text: 'Something else' },
      ],
    },
    {
      type: 'comment',
      name: 'comment',
      title: 'Anything else you would like to tell us?',
      maxLength: 500,
      placeholder: 'Your comment (optional)',
    },
  ],
};

const host = document.getElementById('host');
const model = new Model(json);
let afterRender = false;
model.onAfterRenderSurvey.add(() => {
  afterRender = true;
});
renderSurvey(model, host);

const rendered = untilDom(() => afterRender && host.querySelector('.sd-rating') !== null).then(() => {
  forceLayout();
  const now = performance.now();
  return {
    renderMs: now - window.benchStart,
    loadMs: evalStart - window.benchStart,
    runMs: now - evalStart,
    elements: countElements(),
  };
});

window.bench = {
  rendered,
  /** Four answers through the model API (ours through its `answers` property), then complete; until the completed page is laid out. */
  async complete() {
    const started = performance.now();
    model.setValue('csat', 2);
    model.setValue('resolved', false);
    model.setValue('reasons', ['network']);
    model.setValue('comment', 'The line dropped twice.');
    model.tryComplete();
    await untilDom(() => model.state === 'completed' && host.querySelector('.sd-completedpage') !== null);
    forceLayout();
    const completeMs = performance.now() - started;
    return { completeMs, elementsAfter: countElements(), answers: model.data };
  },
};
