// What a host page loads for SurveyJS: the model and the framework-free renderer.
export { Model } from 'survey-core';
export { renderSurvey } from 'survey-js-ui';
