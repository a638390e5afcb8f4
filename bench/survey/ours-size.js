// What a host page loads for the survey: the element, defined (lit inlined). The same as importing
// satisfaction-survey.ts, which package.json's sideEffects does not list yet (esbuild would drop it).
import { CxSatisfactionSurvey } from '../../src/components/satisfaction-survey/satisfaction-survey.component.ts';

CxSatisfactionSurvey.define();
