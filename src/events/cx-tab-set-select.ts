import { CxEvent } from './cx-event.js';

/** Detail of `cx-tab-set-select`. */
export interface CxTabSetSelectDetail {
  /** The `value` of the tab now selected. */
  readonly value: string;
}

/** The agent selected another tab (a click, or an arrow key, Home or End: APG tabs select on focus). */
export class CxTabSetSelectEvent extends CxEvent<CxTabSetSelectDetail> {
  static readonly eventName = 'cx-tab-set-select';
  constructor(detail: CxTabSetSelectDetail) {
    super(CxTabSetSelectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-tab-set-select': CxTabSetSelectEvent;
  }
}
