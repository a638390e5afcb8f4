import { CxEvent } from './cx-event.js';

/** Detail of `cx-customer-load`. */
export interface CxCustomerLoadDetail {
  /** The customer shown. */
  readonly customerId: string;
  /** The sections now ready, e.g. `['profile', 'bills']`. */
  readonly sections: readonly string[];
}

/** Sections of a customer finished loading (pulled data) or were set (pushed data). */
export class CxCustomerLoadEvent extends CxEvent<CxCustomerLoadDetail> {
  static readonly eventName = 'cx-customer-load';
  constructor(detail: CxCustomerLoadDetail) {
    super(CxCustomerLoadEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-customer-load': CxCustomerLoadEvent;
  }
}
