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

/** The stores of the survey database and what each holds. */
interface SurveyStores {
  outbox: OutboxRecord;
  drafts: DraftRecord;
}

type StoreName = keyof SurveyStores;

/**
 * The opened survey database: a small promise layer over IndexedDB. Each call is one transaction and
 * resolves once it has committed, so a write has reached the disk before anything is sent.
 */
export interface SurveyDatabase {
  get<S extends StoreName>(store: S, key: string): Promise<SurveyStores[S] | undefined>;
  getAll<S extends StoreName>(store: S): Promise<Array<SurveyStores[S]>>;
  put<S extends StoreName>(store: S, value: SurveyStores[S]): Promise<void>;
  /** Adds `value`; rejects with a `ConstraintError` when a record with its key exists. */
  add<S extends StoreName>(store: S, value: SurveyStores[S]): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
  /**
   * Reads, changes and writes one record in one readwrite transaction (IndexedDB serialises it against
   * other tabs, so check-and-set is atomic); `change` returns false to leave it as it is.
   */
  update<S extends StoreName>(
    store: S,
    key: string,
    change: (value: SurveyStores[S]) => boolean,
  ): Promise<SurveyStores[S] | undefined>;
  /** Deletes the drafts saved before `cutoff` (epoch ms); resolves with how many. */
  deleteDraftsBefore(cutoff: number): Promise<number>;
  close(): void;
}

/** A request's result, or its error. */
function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

class IndexedDbSurveyDatabase implements SurveyDatabase {
  constructor(private readonly database: IDBDatabase) {}

  get<S extends StoreName>(store: S, key: string): Promise<SurveyStores[S] | undefined> {
    return this.run(store, 'readonly', (records) => settle<SurveyStores[S] | undefined>(records.get(key)));
  }

  getAll<S extends StoreName>(store: S): Promise<Array<SurveyStores[S]>> {
    return this.run(store, 'readonly', (records) => settle<Array<SurveyStores[S]>>(records.getAll()));
  }

  async put<S extends StoreName>(store: S, value: SurveyStores[S]): Promise<void> {
    await this.run(store, 'readwrite', (records) => settle(records.put(value)));
  }

  async add<S extends StoreName>(store: S, value: SurveyStores[S]): Promise<void> {
    await this.run(store, 'readwrite', (records) => settle(records.add(value)));
  }

  async delete(store: StoreName, key: string): Promise<void> {
    await this.run(store, 'readwrite', (records) => settle(records.delete(key)));
  }

  update<S extends StoreName>(
    store: S,
    key: string,
    change: (value: SurveyStores[S]) => boolean,
  ): Promise<SurveyStores[S] | undefined> {
    return this.run(store, 'readwrite', async (records) => {
      // The put follows in the get's success microtask, while the transaction is still active.
      const value = await settle<SurveyStores[S] | undefined>(records.get(key));
      if (value && change(value)) await settle(records.put(value));
      return value;
    });
  }

  deleteDraftsBefore(cutoff: number): Promise<number> {
    return this.run(
      'drafts',
      'readwrite',
      (records) =>
        new Promise<number>((resolve, reject) => {
          let removed = 0;
          const cursor = records.index('savedAt').openCursor(IDBKeyRange.upperBound(cutoff, true));
          cursor.onerror = () => reject(cursor.error);
          cursor.onsuccess = () => {
            if (!cursor.result) return resolve(removed);
            cursor.result.delete();
            removed += 1;
            cursor.result.continue();
          };
        }),
    );
  }

  close(): void {
    this.database.close();
  }

  /** Runs `work` in one transaction on `store`; resolves with its result once the transaction has committed. */
  private async run<T>(
    store: StoreName,
    mode: IDBTransactionMode,
    work: (records: IDBObjectStore) => Promise<T>,
  ): Promise<T> {
    const transaction = this.database.transaction(store, mode);
    const committed = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      // A failed request aborts the transaction (a ConstraintError of add(), a quota error).
      transaction.onabort = () =>
        reject(transaction.error ?? new DOMException('Transaction aborted', 'AbortError'));
    });
    return (await Promise.all([work(transaction.objectStore(store)), committed]))[0];
  }
}

/** Opens (creating on first use) the database holding the outbox and drafts. */
export function openSurveyDatabase(name: string = DEFAULT_SURVEY_DATABASE): Promise<SurveyDatabase> {
  return new Promise((resolve, reject) => {
    // Where IndexedDB is missing or refused (private modes, sandboxed frames) this rejects: the
    // outbox and the drafts then keep their records in memory.
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const database = request.result;
      database.createObjectStore('outbox', { keyPath: 'responseId' });
      database.createObjectStore('drafts', { keyPath: 'key' }).createIndex('savedAt', 'savedAt');
    };
    request.onsuccess = () => resolve(new IndexedDbSurveyDatabase(request.result));
    request.onerror = () => reject(request.error);
  });
}
