import { CxCustomer360 } from './customer-360.component.js';

export * from './customer-360.component.js';

CxCustomer360.define();

declare global {
  interface HTMLElementTagNameMap {
    'cx-customer-360': CxCustomer360;
  }
}
