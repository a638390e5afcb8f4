import { CxEvent } from './cx-event.js';

/** Detail of `cx-survey-submitted`. */
export interface CxSurveySubmittedDetail {
  /** The response's id. */
  readonly responseId: string;
  /** Sent, or saved on this device and sent when possible. */
  readonly status: 'sent' | 'queued';
}

/** A response is safe: acknowledged by the server (`sent`) or stored in the outbox to be sent later (`queued`). */
export class CxSurveySubmittedEvent extends CxEvent<CxSurveySubmittedDetail> {
  static readonly eventName = 'cx-survey-submitted';
  constructor(detail: CxSurveySubmittedDetail) {
    super(CxSurveySubmittedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-survey-submitted': CxSurveySubmittedEvent;
  }
}
