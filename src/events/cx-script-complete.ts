import { CxEvent } from './cx-event.js';

/** Detail of `cx-script-complete`. */
export interface CxScriptCompleteDetail {
  /** The script's id. */
  readonly scriptId: string;
  /** The script's version. */
  readonly version: string;
  /** The interaction it ran in. */
  readonly interactionId: string | null;
  /** Every answer given. */
  readonly answers: Readonly<Record<string, unknown>>;
  /** The steps taken, in order. */
  readonly path: readonly string[];
  /** Steps skipped, with the agent's reason. */
  readonly skipped: ReadonlyArray<{ stepId: string; reason: string }>;
  /** Every visit of a step, also those undone by back: entered and left (ISO 8601) and the answer it had. */
  readonly audit: ReadonlyArray<{
    stepId: string;
    enteredAt: string;
    leftAt: string | null;
    answer?: unknown;
  }>;
  /** The `outcome` of the end step reached, when the script names one (e.g. `retained`). */
  readonly outcome?: string;
}

/** The script reached its end with every required step and gate done: the record for the audit trail. */
export class CxScriptCompleteEvent extends CxEvent<CxScriptCompleteDetail> {
  static readonly eventName = 'cx-script-complete';
  constructor(detail: CxScriptCompleteDetail) {
    super(CxScriptCompleteEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-script-complete': CxScriptCompleteEvent;
  }
}
