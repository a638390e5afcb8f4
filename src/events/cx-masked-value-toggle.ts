import type { CxCustomerPiiRevealDetail } from './cx-customer-pii-reveal.js';
import { CxEvent } from './cx-event.js';

/**
 * Detail of `cx-masked-value-toggle`: the value's `path` and `masked` form as in the audit event a
 * widget makes of it (`cx-customer-pii-reveal`), never the value itself, so it can be logged as it is.
 */
export interface CxMaskedValueToggleDetail extends Pick<CxCustomerPiiRevealDetail, 'path' | 'masked'> {
  /** Its kind (`field` in the audit event). */
  readonly kind: CxCustomerPiiRevealDetail['field'];
  /** What it is called where it is shown, e.g. "Mobile". */
  readonly label: string;
  /** True when the agent asks to see the value, false when they hide it again. */
  readonly reveal: boolean;
}

/**
 * The agent pressed the button of a masked value. Cancelable: unless `preventDefault()` is called the
 * value shows (or hides) at once; a widget that audits reveals cancels it, asks its host, and sets the
 * element's `revealed` (or `denied`) itself.
 */
export class CxMaskedValueToggleEvent extends CxEvent<CxMaskedValueToggleDetail> {
  static readonly eventName = 'cx-masked-value-toggle';
  constructor(detail: CxMaskedValueToggleDetail) {
    super(CxMaskedValueToggleEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-masked-value-toggle': CxMaskedValueToggleEvent;
  }
}
