import { CxEvent } from './cx-event.js';

/** An SLA target whose deadline passed before it was met. */
export interface CxSlaBreachDetail {
  /** The target's `id`. */
  targetId: string;
  /** The deadline (ISO 8601) that passed. */
  dueAt: string;
  /** Business time overdue at the moment of the event, in ms (0 when fired on time). */
  overdueMs: number;
}

/** Fired once per target when its deadline passes, even across reloads and a sleeping tab (then on wake). */
export class CxSlaBreachEvent extends CxEvent<CxSlaBreachDetail> {
  static readonly eventName = 'cx-sla-breach';
  constructor(detail: CxSlaBreachDetail) {
    super(CxSlaBreachEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-sla-breach': CxSlaBreachEvent;
  }
}
