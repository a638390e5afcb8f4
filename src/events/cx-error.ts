import { CxEvent } from './cx-event.js';

/** Machine-readable reasons for a `cx-error`. */
export type CxErrorCode =
  'invalid-property' | 'invalid-data' | 'unknown-value' | 'load-failed' | 'not-covered' | (string & {});

/** What went wrong, where, and which element noticed. */
export interface CxErrorDetail {
  /** Stable code a host can switch on, e.g. `invalid-data`. */
  code: CxErrorCode;
  /** Human-readable explanation (English; the widget shows a localized one). */
  message: string;
  /** Where in the input the problem is, e.g. `targets[2].dueAt`. */
  path?: string;
  /** Tag name of the element that reports it, e.g. `cx-sla-countdown`. */
  source: string;
  /** `error` (default) when something could not be shown; `warning` when it was shown with a fallback. */
  severity?: 'error' | 'warning';
}

/**
 * Fired by any widget that received input it cannot use. The widget shows an inline error state and
 * never throws; the host logs or reports the detail.
 */
export class CxErrorEvent extends CxEvent<CxErrorDetail> {
  static readonly eventName = 'cx-error';
  constructor(detail: CxErrorDetail) {
    super(CxErrorEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-error': CxErrorEvent;
  }
}
