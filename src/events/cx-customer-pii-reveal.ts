import { CxEvent } from './cx-event.js';

/** Detail of `cx-customer-pii-reveal`. It never carries the value itself, so it can be logged as it is. */
export interface CxCustomerPiiRevealDetail {
  /** The customer whose value would be shown. */
  readonly customerId: string;
  /** The kind of value: `phone`, `idNumber`, `email`, `account` or `address`. */
  readonly field: 'phone' | 'idNumber' | 'email' | 'account' | 'address' | (string & {});
  /**
   * Where the agent asked, as a path of the customer view model: `profile.identity.msisdn`,
   * `products.0.serviceNumber`, `tickets.2.description` (a value inside a text)…
   */
  readonly path: string;
  /** The masked form the agent sees, e.g. `138****5678`: which value it is, for the audit log. */
  readonly masked: string;
}

/**
 * The agent asked to see a masked personal value. Cancelable: call `preventDefault()` to deny; log it
 * either way. Once allowed, the value shows wherever it appears in the widget (the same number in the
 * header, a product and a ticket note is one reveal) until the agent hides it or the customer changes.
 */
export class CxCustomerPiiRevealEvent extends CxEvent<CxCustomerPiiRevealDetail> {
  static readonly eventName = 'cx-customer-pii-reveal';
  constructor(detail: CxCustomerPiiRevealDetail) {
    super(CxCustomerPiiRevealEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-customer-pii-reveal': CxCustomerPiiRevealEvent;
  }
}
