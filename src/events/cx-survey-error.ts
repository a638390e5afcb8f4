import { CxEvent } from './cx-event.js';

/** Detail of `cx-survey-error`. */
export interface CxSurveyErrorDetail {
  /** The response's id. */
  readonly responseId: string;
  /** What went wrong: `timeout`, `network`, `http`, `parse`, `storage`… */
  readonly code: string;
  /** A readable description. */
  readonly message: string;
  /** Whether the outbox will try again by itself. */
  readonly willRetry: boolean;
}

/** Sending a response failed for now; it stays in the outbox and is retried (nothing is lost). */
export class CxSurveyErrorEvent extends CxEvent<CxSurveyErrorDetail> {
  static readonly eventName = 'cx-survey-error';
  constructor(detail: CxSurveyErrorDetail) {
    super(CxSurveyErrorEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-survey-error': CxSurveyErrorEvent;
  }
}
