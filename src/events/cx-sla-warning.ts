import { CxEvent } from './cx-event.js';

/** A warning threshold an SLA target crossed. */
export interface CxSlaWarningDetail {
  /** The target's `id`. */
  targetId: string;
  /** The threshold as configured: `75%` (share of the target used) or `PT15M` (time left). */
  threshold: string;
  /** Business time left at the moment of the event, in ms. */
  remainingMs: number;
  /** The deadline (ISO 8601), pushed back by pauses. */
  dueAt: string;
}

/** Fired once per target and threshold, even across reloads and a sleeping tab (then on wake). */
export class CxSlaWarningEvent extends CxEvent<CxSlaWarningDetail> {
  static readonly eventName = 'cx-sla-warning';
  constructor(detail: CxSlaWarningDetail) {
    super(CxSlaWarningEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-sla-warning': CxSlaWarningEvent;
  }
}
