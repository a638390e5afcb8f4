import { CxEvent } from './cx-event.js';

/** States of an SLA target. */
export type SlaState = 'active' | 'warning' | 'paused' | 'breached' | 'met' | 'cancelled';

/** A target that moved from one state to another. */
export interface CxSlaStateChangeDetail {
  /** The target's `id`. */
  targetId: string;
  /** The state before (`undefined` for the first evaluation is never sent: only changes are). */
  from: SlaState;
  /** The state now. */
  to: SlaState;
}

/** Fired when a target's state changes while shown (not for the first state a target is seen in). */
export class CxSlaStateChangeEvent extends CxEvent<CxSlaStateChangeDetail> {
  static readonly eventName = 'cx-sla-state-change';
  constructor(detail: CxSlaStateChangeDetail) {
    super(CxSlaStateChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-sla-state-change': CxSlaStateChangeEvent;
  }
}
