import { CxEvent } from './cx-event.js';

/** Detail of `cx-script-action`. */
export interface CxScriptActionDetail {
  /** The script's id. */
  readonly scriptId: string;
  /** The action step. */
  readonly stepId: string;
  /** The action, e.g. `open-ticket`. */
  readonly action: string;
  /** Its parameters, variables filled in. */
  readonly params: Readonly<Record<string, unknown>>;
}

/** An action step handed its action to the host (open a ticket, send an SMS, transfer, apply an offer…). */
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
