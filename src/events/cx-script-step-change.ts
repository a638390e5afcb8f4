import { CxEvent } from './cx-event.js';

/** Detail of `cx-script-step-change`. */
export interface CxScriptStepChangeDetail {
  /** The script's id. */
  readonly scriptId: string;
  /** The step left (null at the start). */
  readonly from: string | null;
  /** The step entered. */
  readonly to: string;
  /** The answers so far (a copy). */
  readonly answers: Readonly<Record<string, unknown>>;
}

/** The script moved to another step (next, back or resume). */
export class CxScriptStepChangeEvent extends CxEvent<CxScriptStepChangeDetail> {
  static readonly eventName = 'cx-script-step-change';
  constructor(detail: CxScriptStepChangeDetail) {
    super(CxScriptStepChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-script-step-change': CxScriptStepChangeEvent;
  }
}
