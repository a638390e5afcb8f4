import { CxEvent } from './cx-event.js';

/** Detail of `cx-customer-offer-decision`. */
export interface CxCustomerOfferDecisionDetail {
  /** The customer the offer was made to. */
  readonly customerId: string;
  /** The offer's id. */
  readonly offerId: string;
  /** Accepted or rejected. */
  readonly decision: 'accept' | 'reject';
  /** Why it was rejected, when the agent gave a reason. */
  readonly reason?: string;
}

/** The customer accepted or rejected a next best offer (recorded by the agent). */
export class CxCustomerOfferDecisionEvent extends CxEvent<CxCustomerOfferDecisionDetail> {
  static readonly eventName = 'cx-customer-offer-decision';
  constructor(detail: CxCustomerOfferDecisionDetail) {
    super(CxCustomerOfferDecisionEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-customer-offer-decision': CxCustomerOfferDecisionEvent;
  }
}
