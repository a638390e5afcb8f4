import type { CxBaseTerms } from './translation.js';

/** English (the fallback language). */
const en: CxBaseTerms = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  loading: 'Loading…',
  retry: 'Retry',
  close: 'Close',
  errorTitle: 'Something is wrong with this data',
  errorDetails: 'Details',
  empty: 'Nothing to show',
  widgetPending: (tag) => `${tag} will appear here`,
  sessionCustomer: (customerId) => `Customer ${customerId}`,
  sessionNoCustomer: 'No customer selected',

  durationUnits: { day: 'd', hour: 'h', minute: 'min', second: 's' },
};

export default en;
