import { CxEvent } from './cx-event.js';

/** Detail of `cx-customer-action`. */
export interface CxCustomerActionDetail {
  /** What to do. */
  readonly action: 'call' | 'sms' | 'email' | 'open-ticket' | string;
  /** The customer it concerns. */
  readonly customerId: string;
  /**
   * Action data with personal values masked, as a log may keep it: `{ number: '138****5678' }` for a
   * call or SMS, `{ address: 'l***@example.cn' }` for an e-mail, `{}` for a new ticket.
   */
  readonly payload: Readonly<Record<string, unknown>>;
  /**
   * The same data with the full values, to carry the action out (the number to dial, the address to
   * write to). A method rather than a field, so that a logger printing or serialising the detail
   * (`JSON.stringify`) never prints them; do not log what it returns.
   */
  readonly rawPayload: () => Readonly<Record<string, unknown>>;
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
