// Survey outbox: responses saved in IndexedDB before they are sent, retried until acknowledged,
// replayed after a reload; plus per-interaction autosaved drafts.
export {
  DEFAULT_SURVEY_DATABASE,
  openSurveyDatabase,
  type DraftRecord,
  type OutboxError,
  type OutboxRecord,
  type OutboxResponse,
  type SurveyDatabase,
} from './database.js';
export { createResponseId, isValidResponseId, RESPONSE_ID_LENGTH } from './response-id.js';
export {
  defaultAcknowledgementCheck,
  DeliveryStatusEvent,
  retryDelay,
  SurveyOutbox,
  type AcknowledgementCheck,
  type DeliveryListener,
  type DeliveryState,
  type DeliveryStatus,
  type FlushResult,
  type OutboxScheduler,
  type SurveyOutboxOptions,
} from './outbox.js';
export {
  DRAFT_MAX_AGE_MS,
  SurveyDraftStore,
  type SurveyDraft,
  type SurveyDraftStoreOptions,
} from './drafts.js';
export { IndexedDbOutboxStore, MemoryOutboxStore, type OutboxStore } from './store.js';
