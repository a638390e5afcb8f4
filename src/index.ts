// Registers every cx-desk element and re-exports the public API.
export * from './components/agent-session/agent-session.js';
export * from './components/sla-countdown/sla-countdown.js';
export * from './components/customer-360/customer-360.js';
export * from './components/interaction-feed/interaction-feed.js';
export * from './components/masked-value/masked-value.js';
export * from './components/tab-set/tab-set.js';
export * from './components/satisfaction-survey/satisfaction-survey.js';
export * from './components/rating-scale/rating-scale.js';
export * from './components/script-prompter/script-prompter.js';

export { CxElement } from './internal/cx-element.js';
export { configure, type CxConfig } from './internal/config.js';
export { VERSION } from './internal/version.js';
export { LocalizeController, registerTranslation, type CxTranslation } from './internal/localize.js';

export * from './events/index.js';
export * from './context/agent-session.js';
export * from './context/customer.js';
export { Clock, getSharedClock, type ClockTick, type ClockPrecision } from './services/clock.js';
export {
  Transport,
  TransportError,
  type TransportOptions,
  type RequestOptions,
  type TransportResponse,
  type AuthHeaderHook,
  type TransportErrorCode,
} from './services/transport.js';
export {
  registerCalendar,
  registeredCalendars,
  resolveCalendar,
  type CalendarInput,
} from './services/sla/calendars.js';
export type { SlaTargetInput, InstantInput } from './services/sla/targets.js';
export type { TroubleTicketInput } from './services/sla/ticket.js';
export * from './services/business-time/index.js';

// Types of the data each widget takes and emits. The functions behind them (TMF client, loader,
// script engine, survey model and outbox) are imported from `cx-desk/services/<name>/index.js`.
export type * from './services/tmf/index.js';
export type * from './services/script-engine/index.js';
export type {
  AnswerIssue,
  AnswerIssueCode,
  CesQuestion,
  MultiChoiceQuestion,
  NpsCategory,
  NpsQuestion,
  PresetLocale,
  PresetName,
  QuestionDistribution,
  QuestionType,
  RatingDisplay,
  RatingQuestion,
  ResponseScores,
  SingleChoiceQuestion,
  SurveyAnswer,
  SurveyAnswers,
  SurveyChoice,
  SurveyDefinition,
  SurveyIssue,
  SurveyMetric,
  SurveyQuestion,
  SurveySummary,
  SurveyValidation,
  TextQuestion,
  YesNoQuestion,
} from './services/survey/index.js';
export type * from './services/survey-outbox/index.js';
export type { Condition, ConditionOperator } from './services/conditions/index.js';
