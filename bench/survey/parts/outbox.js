// Size part: the outbox and drafts (idb, transport).
export {
  SurveyOutbox,
  SurveyDraftStore,
  createResponseId,
} from '../../../src/services/survey-outbox/index.ts';
