import { CxMaskedValue } from './masked-value.component.js';

export * from './masked-value.component.js';

CxMaskedValue.define();

declare global {
  interface HTMLElementTagNameMap {
    'cx-masked-value': CxMaskedValue;
  }
}
