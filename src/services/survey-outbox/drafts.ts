import {
  DEFAULT_SURVEY_DATABASE,
  openSurveyDatabase,
  type DraftRecord,
  type SurveyDatabase,
} from './database.js';

/** Settings of a draft store. */
export interface SurveyDraftStoreOptions {
  /** IndexedDB database name (default `cx-desk-survey`, shared with the outbox). */
  databaseName?: string;
  /** Current time in epoch ms. */
  now?: () => number;
  /** Opens the database (injectable for tests); when it fails, drafts are kept in memory. */
  openDatabase?: (name: string) => Promise<SurveyDatabase>;
}

/** A restored draft. */
export interface SurveyDraft {
  readonly answers: Record<string, unknown>;
  /** When it was saved (epoch ms). */
  readonly savedAt: number;
}

/** Drafts older than this are dropped by `prune()` by default (7 days). */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 3_600_000;

function draftKey(surveyId: string, interactionId: string): string {
  return `${surveyId}\u0000${interactionId}`;
}

/**
 * Autosaved partial answers, one draft per survey and interaction, kept in IndexedDB so an agent's
 * half-finished survey comes back after a reload. Never throws: storage failures fall back to memory.
 */
export class SurveyDraftStore {
  private readonly databaseName: string;
  private readonly now: () => number;
  private readonly openDatabase: (name: string) => Promise<SurveyDatabase>;
  private readonly memory = new Map<string, DraftRecord>();
  private databasePromise: Promise<SurveyDatabase | undefined> | undefined;

  constructor(options: SurveyDraftStoreOptions = {}) {
    this.databaseName = options.databaseName ?? DEFAULT_SURVEY_DATABASE;
    this.now = options.now ?? Date.now;
    this.openDatabase = options.openDatabase ?? openSurveyDatabase;
  }

  /** Saves (replaces) the draft of `surveyId` in `interactionId`. */
  async save(surveyId: string, interactionId: string, answers: Record<string, unknown>): Promise<void> {
    const record: DraftRecord = {
      key: draftKey(surveyId, interactionId),
      surveyId,
      interactionId,
      answers: structuredClone(answers),
      savedAt: this.now(),
    };
    this.memory.set(record.key, record);
    const database = await this.database();
    try {
      await database?.put('drafts', record);
    } catch {
      // Quota or a closing database: the memory copy still restores within this page.
    }
  }

  /** The saved draft, if any. */
  async load(surveyId: string, interactionId: string): Promise<SurveyDraft | undefined> {
    const key = draftKey(surveyId, interactionId);
    const database = await this.database();
    let record: DraftRecord | undefined;
    try {
      record = (await database?.get('drafts', key)) ?? this.memory.get(key);
    } catch {
      record = this.memory.get(key);
    }
    return record && { answers: structuredClone(record.answers), savedAt: record.savedAt };
  }

  /** Removes the draft (after submit or an explicit reset). */
  async clear(surveyId: string, interactionId: string): Promise<void> {
    const key = draftKey(surveyId, interactionId);
    this.memory.delete(key);
    const database = await this.database();
    try {
      await database?.delete('drafts', key);
    } catch {
      // Nothing more to do: a draft left behind is pruned later.
    }
  }

  /** Drops drafts older than `maxAgeMs`; returns how many were removed. */
  async prune(maxAgeMs: number = DRAFT_MAX_AGE_MS): Promise<number> {
    const cutoff = this.now() - maxAgeMs;
    let removed = 0;
    for (const [key, record] of this.memory) if (record.savedAt < cutoff) this.memory.delete(key);
    const database = await this.database();
    if (!database) return removed;
    try {
      const transaction = database.transaction('drafts', 'readwrite');
      let cursor = await transaction.store.index('savedAt').openCursor(IDBKeyRange.upperBound(cutoff, true));
      while (cursor) {
        await cursor.delete();
        removed += 1;
        cursor = await cursor.continue();
      }
      await transaction.done;
    } catch {
      // A prune that fails is retried on the next page.
    }
    return removed;
  }

  /** Closes the database. */
  async close(): Promise<void> {
    (await this.databasePromise)?.close();
    this.databasePromise = Promise.resolve(undefined);
  }

  private database(): Promise<SurveyDatabase | undefined> {
    this.databasePromise ??= this.openDatabase(this.databaseName).catch(() => undefined);
    return this.databasePromise;
  }
}
