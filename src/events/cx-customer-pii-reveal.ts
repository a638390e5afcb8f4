import { CxEvent } from './cx-event.js';

/** Detail of `cx-customer-pii-reveal`. */
export interface CxCustomerPiiRevealDetail {
  /** The customer whose value would be shown. */
  readonly customerId: string;
  /** Which value: `phone`, `idNumber` or another masked field. */
  readonly field: 'phone' | 'idNumber' | string;
}

/** The agent asked to see a masked value (phone number, ID number). Cancelable: call `preventDefault()` to deny; log it either way. */
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
