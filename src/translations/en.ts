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

  slaRegionLabel: 'SLA targets',
  slaEmpty: 'No SLA targets for this ticket',
  slaInvalidTarget: 'This target cannot be shown',
  slaInvalidList: 'The SLA targets cannot be read',
  slaKind: (kind) =>
    ({
      'first-response': 'First response',
      response: 'Response',
      resolution: 'Resolution',
      'follow-up': 'Follow-up',
    })[kind] ?? kind,
  slaState: (state) =>
    ({
      active: 'On track',
      warning: 'At risk',
      paused: 'Paused',
      breached: 'Breached',
      met: 'Met',
      cancelled: 'Cancelled',
    })[state],
  slaRemaining: (duration) => `${duration} left`,
  slaOverdue: (duration) => `${duration} overdue`,
  slaMetEarly: (duration) => `Met with ${duration} to spare`,
  slaMetLate: (duration) => `Met ${duration} late`,
  slaDue: (date) => `Due ${date}`,
  slaDueUnknown: 'Due date on hold while paused',
  slaPausedFor: (reason, duration) =>
    reason ? `Paused (${reason}) for ${duration}` : `Paused for ${duration}`,
  slaWallClock: (duration) => `${duration} on the clock`,
  slaShowSeconds: 'Seconds',
  slaShowWallClock: 'Wall-clock time',
  slaNotCovered: (years) => `No holiday data for ${years}: counted as plain weekdays`,
  slaAnnounceWarning: (label, duration) => `${label}: ${duration} left`,
  slaAnnounceLastMinute: (label) => `${label}: one minute left`,
  slaAnnounceBreach: (label) => `${label}: deadline passed`,
  durationUnits: { day: 'd', hour: 'h', minute: 'min', second: 's' },
};

export default en;
