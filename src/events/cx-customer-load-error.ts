import { CxEvent } from './cx-event.js';

/** Detail of `cx-customer-load-error`. */
export interface CxCustomerLoadErrorDetail {
  /** The customer being loaded. */
  readonly customerId: string;
  /** The section that failed, e.g. `bills`. */
  readonly section: string;
  /**
   * What went wrong (a plain copy of the transport error): its code, technical message, HTTP status,
   * the address asked and how many attempts were made. For the host's logs; the agent sees plain words.
   */
  readonly error: { code: string; message: string; status?: number; url?: string; attempts?: number };
  /** Present when the widget tries the section again on its own: in this many ms. */
  readonly retryInMs?: number;
}

/** One section of a customer failed to load; the others keep working and the section offers a retry. */
export class CxCustomerLoadErrorEvent extends CxEvent<CxCustomerLoadErrorDetail> {
  static readonly eventName = 'cx-customer-load-error';
  constructor(detail: CxCustomerLoadErrorDetail) {
    super(CxCustomerLoadErrorEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-customer-load-error': CxCustomerLoadErrorEvent;
  }
}
