import { CxEvent } from './cx-event.js';

/** Detail of `cx-survey-submit`. */
export interface CxSurveySubmitDetail {
  /** Client-generated id; the server dedupes by it. */
  readonly responseId: string;
  /** The survey's id. */
  readonly surveyId: string;
  /** Answers by question id (visible questions only). */
  readonly answers: Readonly<Record<string, unknown>>;
  /** Computed scores, e.g. `{ csat: 4, csatSatisfied: true, nps: 9, npsCategory: 'promoter', fcr: true }` (empty when declined). */
  readonly scores: Readonly<Record<string, number | boolean | string>>;
  /** Interaction, customer and agent ids, `mode`, `locale`, `declined` (agent mode), `startedAt` and `submittedAt`. */
  readonly meta: Readonly<Record<string, unknown>>;
}

/** A survey response is about to be saved and sent. Cancelable: `preventDefault()` keeps it from the outbox (the host sends it itself). */
export class CxSurveySubmitEvent extends CxEvent<CxSurveySubmitDetail> {
  static readonly eventName = 'cx-survey-submit';
  constructor(detail: CxSurveySubmitDetail) {
    super(CxSurveySubmitEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-survey-submit': CxSurveySubmitEvent;
  }
}
