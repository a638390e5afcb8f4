import { CxEvent } from './cx-event.js';

/** Detail of `cx-customer-action`. */
export interface CxCustomerActionDetail {
  /** What to do. */
  readonly action: 'call' | 'sms' | 'email' | 'open-ticket' | string;
  /** The customer it concerns. */
  readonly customerId: string;
  /** Action data, e.g. `{ number }` for a call or `{ ticketId }`. */
  readonly payload: Readonly<Record<string, unknown>>;
}

/** The agent chose an action on the customer (call, SMS, e-mail, open a ticket…); the host carries it out. The widget never navigates. */
export class CxCustomerActionEvent extends CxEvent<CxCustomerActionDetail> {
  static readonly eventName = 'cx-customer-action';
  constructor(detail: CxCustomerActionDetail) {
    super(CxCustomerActionEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-customer-action': CxCustomerActionEvent;
  }
}
