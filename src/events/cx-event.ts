/**
 * Base of every cx-desk event: a `CustomEvent` that bubbles and crosses shadow roots, whose
 * `detail` is a frozen shallow copy so a listener never holds a widget's internal state.
 */
export abstract class CxEvent<Detail extends object> extends CustomEvent<Readonly<Detail>> {
  constructor(type: string, detail: Detail, options: { cancelable?: boolean } = {}) {
    super(type, {
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
      detail: Object.freeze({ ...detail }),
    });
  }
}
