import type { Translation as BaseTranslation } from '@shoelace-style/localize';
import type { Customer360Terms } from './customer-360.js';
import type { SurveyTerms } from './satisfaction-survey.js';
import type { ScriptPrompterTerms } from './script-prompter.js';

/**
 * Every term a cx-desk widget shows. A host registering another language supplies all of them.
 * The shipped languages load in parts: the common and SLA terms with the localize controller, each
 * other widget's terms with that widget (so one widget on a page does not carry every widget's words).
 */
export interface CxTranslation extends CxBaseTerms, Customer360Terms, ScriptPrompterTerms, SurveyTerms {}

/** The terms shipped with the localize controller: shared words and the SLA countdown's. */
export interface CxBaseTerms extends BaseTranslation {
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

  // cx-sla-countdown
  slaRegionLabel: string;
  slaEmpty: string;
  slaInvalidTarget: string;
  slaInvalidList: string;
  slaKind: (kind: string) => string;
  slaState: (state: 'active' | 'warning' | 'paused' | 'breached' | 'met' | 'cancelled') => string;
  slaRemaining: (duration: string) => string;
  slaOverdue: (duration: string) => string;
  slaMetEarly: (duration: string) => string;
  slaMetLate: (duration: string) => string;
  slaDue: (date: string) => string;
  slaDueUnknown: string;
  slaPausedFor: (reason: string, duration: string) => string;
  slaWallClock: (duration: string) => string;
  slaShowSeconds: string;
  slaShowWallClock: string;
  slaNotCovered: (years: string) => string;
  slaAnnounceWarning: (label: string, duration: string) => string;
  slaAnnounceLastMinute: (label: string) => string;
  slaAnnounceBreach: (label: string) => string;
  /** Spoken durations: days, hours, minutes, seconds. */
  durationUnits: { day: string; hour: string; minute: string; second: string };
}
