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
    const transaction = this.database.transaction('outbox', 'readwrite');
    const existing = await transaction.store.get(record.responseId);
    if (!existing) await transaction.store.put(record);
    await transaction.done;
    return existing ?? record;
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
