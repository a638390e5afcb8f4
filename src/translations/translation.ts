import type { Translation as BaseTranslation } from '@shoelace-style/localize';
import type { Customer360Terms } from './customer-360.js';
import type { MaskedValueTerms } from './masked-value.js';
import type { RatingScaleTerms } from './rating-scale.js';
import type { SurveyTerms } from './satisfaction-survey.js';
import type { ScriptPrompterTerms } from './script-prompter.js';
import type { SlaTerms } from './sla-countdown.js';

/**
 * Every term a cx-desk widget shows. A host registering another language supplies all of them.
 * The shipped languages load in parts: the common terms with the localize controller, each widget's
 * terms with that widget (so one widget on a page does not carry every widget's words).
 */
export interface CxTranslation
  extends
    CxBaseTerms,
    SlaTerms,
    Customer360Terms,
    ScriptPrompterTerms,
    SurveyTerms,
    RatingScaleTerms,
    MaskedValueTerms {}

/** The terms shipped with the localize controller: words every widget may use. */
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

  /** Spoken durations: days, hours, minutes, seconds. */
  durationUnits: { day: string; hour: string; minute: string; second: string };
}
