import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** Default IndexedDB database name of the survey outbox and drafts. */
export const DEFAULT_SURVEY_DATABASE = 'cx-desk-survey';

/** A response waiting in the outbox, as stored. */
export interface OutboxRecord {
  /** Client-generated id; the server dedupes by it. */
  readonly responseId: string;
  /** The JSON body POSTed to the endpoint. */
  readonly body: OutboxResponse;
  /** The resolved URL it is POSTed to; only an outbox for that endpoint sends it. */
  readonly endpoint: string;
  /** When it was put in the outbox (epoch ms). */
  readonly enqueuedAt: number;
  /** Delivery attempts made so far (across page loads). */
  attempts: number;
  /** When the next automatic attempt is due (epoch ms); 0 = now. */
  nextAttemptAt: number;
  /** Why the last attempt failed. */
  lastError?: OutboxError;
  /** Fallback delivery lease (only used where Web Locks are missing): owner and expiry. */
  lease?: { owner: string; until: number };
}

/** A survey response as the outbox sends it: `responseId` plus any JSON fields. */
export interface OutboxResponse {
  /** 8 to 128 characters; see `createResponseId()`. */
  responseId: string;
  /** The survey definition's id. */
  surveyId?: string;
  [field: string]: unknown;
}

/** Why a delivery attempt failed, in plain data. */
export interface OutboxError {
  /** `timeout`, `network`, `http`, `parse`, `aborted` or `ack` (2xx without a matching acknowledgement). */
  readonly code: string;
  readonly message: string;
  readonly status?: number;
}

/** A saved, unfinished set of answers. */
export interface DraftRecord {
  /** `surveyId` + interaction id. */
  readonly key: string;
  readonly surveyId: string;
  readonly interactionId: string;
  readonly answers: Record<string, unknown>;
  readonly savedAt: number;
}

interface SurveyDatabaseSchema extends DBSchema {
  outbox: { key: string; value: OutboxRecord };
  drafts: { key: string; value: DraftRecord; indexes: { savedAt: number } };
}

/** The opened survey database. */
export type SurveyDatabase = IDBPDatabase<SurveyDatabaseSchema>;

/** Opens (creating on first use) the database holding the outbox and drafts. */
export function openSurveyDatabase(name: string = DEFAULT_SURVEY_DATABASE): Promise<SurveyDatabase> {
  return openDB<SurveyDatabaseSchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore('outbox', { keyPath: 'responseId' });
      database.createObjectStore('drafts', { keyPath: 'key' }).createIndex('savedAt', 'savedAt');
    },
  });
}
