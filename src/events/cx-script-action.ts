import { CxEvent } from './cx-event.js';

/** Detail of `cx-script-action`. */
export interface CxScriptActionDetail {
  /** The script's id. */
  readonly scriptId: string;
  /** The action step. */
  readonly stepId: string;
  /** The action, e.g. `open-ticket`. */
  readonly action: string;
  /**
   * Its parameters, variables filled in, with personal values masked as a log may keep them:
   * `{ to: '138****5678' }` for `{{customer.msisdn}}`, a phone number, ID number, e-mail or account
   * number inside any other text masked too.
   */
  readonly params: Readonly<Record<string, unknown>>;
  /**
   * The same parameters with the full values, to carry the action out (the number to send the SMS
   * to). A method rather than a field, so that a logger printing or serialising the detail
   * (`JSON.stringify`) never prints them; do not log what it returns.
   */
  readonly rawParams: () => Readonly<Record<string, unknown>>;
}

/**
 * An action step handed its action to the host (open a ticket, send an SMS, transfer, apply an
 * offer…). Act on `detail.rawParams()`; log `detail` (its `params` are masked).
 */
export class CxScriptActionEvent extends CxEvent<CxScriptActionDetail> {
  static readonly eventName = 'cx-script-action';
  constructor(detail: CxScriptActionDetail) {
    super(CxScriptActionEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-script-action': CxScriptActionEvent;
  }
}
