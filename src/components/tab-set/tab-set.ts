import { CxTabSet } from './tab-set.component.js';

export * from './tab-set.component.js';

CxTabSet.define();

declare global {
  interface HTMLElementTagNameMap {
    'cx-tab-set': CxTabSet;
  }
}
