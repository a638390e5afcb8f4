import { CxEvent } from './cx-event.js';

/** Detail of `cx-masked-value-toggle`. It never carries the value itself, so it can be logged as it is. */
export interface CxMaskedValueToggleDetail {
  /** The kind of value: `phone`, `idNumber`, `email`, `account` or `address`. */
  readonly kind: 'phone' | 'idNumber' | 'email' | 'account' | 'address' | (string & {});
  /** The masked form the agent sees, e.g. `138****5678`. */
  readonly masked: string;
  /** What the value is called where it is shown, e.g. "Mobile". */
  readonly label: string;
  /** Where the value is in the data of the widget that shows it (its `path`), e.g. `profile.identity.msisdn`. */
  readonly path: string;
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
