import type { OutboxRecord, SurveyDatabase } from './database.js';

/** Where outbox records live: IndexedDB normally, memory when IndexedDB cannot be opened. */
export interface OutboxStore {
  /** Whether records survive a page reload. */
  readonly persistent: boolean;
  /** Stores `record` unless one with the same id exists; returns the stored record. */
  add(record: OutboxRecord): Promise<OutboxRecord>;
  get(responseId: string): Promise<OutboxRecord | undefined>;
  all(): Promise<OutboxRecord[]>;
  /** Reads, changes and writes one record atomically; `change` returns false to leave it as it is. */
  update(responseId: string, change: (record: OutboxRecord) => boolean): Promise<OutboxRecord | undefined>;
  delete(responseId: string): Promise<void>;
  close(): void;
}

/** Outbox records in IndexedDB. */
export class IndexedDbOutboxStore implements OutboxStore {
  readonly persistent = true;

  constructor(private readonly database: SurveyDatabase) {}

  async add(record: OutboxRecord): Promise<OutboxRecord> {
    // One write and no read: IndexedDB's add() refuses an existing key (ConstraintError, which aborts
    // this transaction), and only then is the stored record read. Resolves once the transaction has
    // committed (the browser's default durability), i.e. before anything is sent.
    try {
      const transaction = this.database.transaction('outbox', 'readwrite');
      await Promise.all([transaction.store.add(record), transaction.done]);
      return record;
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'ConstraintError')) throw error;
      const existing = await this.database.get('outbox', record.responseId);
      if (!existing) throw error;
      return existing;
    }
  }

  get(responseId: string): Promise<OutboxRecord | undefined> {
    return this.database.get('outbox', responseId);
  }

  all(): Promise<OutboxRecord[]> {
    return this.database.getAll('outbox');
  }

  async update(
    responseId: string,
    change: (record: OutboxRecord) => boolean,
  ): Promise<OutboxRecord | undefined> {
    // One readwrite transaction: IndexedDB serialises it against other tabs, so check-and-set is atomic.
    const transaction = this.database.transaction('outbox', 'readwrite');
    const record = await transaction.store.get(responseId);
    if (record && change(record)) await transaction.store.put(record);
    await transaction.done;
    return record;
  }

  delete(responseId: string): Promise<void> {
    return this.database.delete('outbox', responseId);
  }

  close(): void {
    this.database.close();
  }
}

/** Outbox records in memory: still delivered with retry, but lost on reload. */
export class MemoryOutboxStore implements OutboxStore {
  readonly persistent = false;
  private readonly records = new Map<string, OutboxRecord>();

  add(record: OutboxRecord): Promise<OutboxRecord> {
    const existing = this.records.get(record.responseId);
    if (!existing) this.records.set(record.responseId, structuredClone(record));
    return Promise.resolve(structuredClone(existing ?? record));
  }

  get(responseId: string): Promise<OutboxRecord | undefined> {
    const record = this.records.get(responseId);
    return Promise.resolve(record && structuredClone(record));
  }

  all(): Promise<OutboxRecord[]> {
    return Promise.resolve([...this.records.values()].map((record) => structuredClone(record)));
  }

  update(responseId: string, change: (record: OutboxRecord) => boolean): Promise<OutboxRecord | undefined> {
    const record = this.records.get(responseId);
    if (!record) return Promise.resolve(undefined);
    const copy = structuredClone(record);
    if (change(copy)) this.records.set(responseId, copy);
    return Promise.resolve(structuredClone(copy));
  }

  delete(responseId: string): Promise<void> {
    this.records.delete(responseId);
    return Promise.resolve();
  }

  close(): void {
    this.records.clear();
  }
}
