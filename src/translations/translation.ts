import type { Translation as BaseTranslation } from '@shoelace-style/localize';

/** Every term a cx-desk widget shows. A host registering another language supplies all of them. */
export interface CxTranslation extends BaseTranslation {
  loading: string;
  retry: string;
  close: string;
  errorTitle: string;
  errorDetails: string;
  empty: string;
  /** Placeholder shown where a widget will be mounted. */
  widgetPending: (tag: string) => string;
  sessionCustomer: (customerId: string) => string;
  sessionNoCustomer: string;
}
