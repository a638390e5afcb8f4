import { CxSatisfactionSurvey } from './satisfaction-survey.component.js';

export * from './satisfaction-survey.component.js';

CxSatisfactionSurvey.define();

declare global {
  interface HTMLElementTagNameMap {
    'cx-satisfaction-survey': CxSatisfactionSurvey;
  }
}
