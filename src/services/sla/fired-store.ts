/**
 * Remembers which milestones of which targets have fired, so each warning and breach event fires
 * exactly once per target, across reloads. Kept in localStorage, one entry per ticket
 * (`cx-desk:sla-fired:<ticket>`); falls back to memory when storage is unavailable (private mode,
 * sandboxed iframe, quota).
 *
 * Cost grows with the milestones, never with their square: within one batch (the synchronous work
 * and its microtasks, e.g. a queue of thousands of countdowns mounting) each ticket's entry is read
 * at most once and written at most once, after the batch. A reload cannot come between a claim and
 * its write (navigation waits for the microtasks), so exactly-once holds across reloads; another
 * tab sees the claims from the next batch on, as it did when each claim re-read the entry.
 *
 * Size is bounded: entries untouched for `maxAgeMs` expire, at most `maxEntries` tickets and
 * `maxTotalChars` characters are kept (the least recently touched go first), and one ticket keeps its
 * `maxPerEntry` most recent milestones.
 */
import { storageArea } from '../safe-storage.js';
export class FiredStore {
  static readonly prefix = 'cx-desk:sla-fired:';
  /** Entries untouched for this long are dropped at start-up. */
  static readonly maxAgeMs = 45 * 24 * 3600_000;
  /** Tickets remembered at most (the character budget below usually binds first). */
  static readonly maxEntries = 20_000;
  /**
   * Characters all entries may use together: a fifth of a browser's 5 M-character quota, which the
   * widget shares with the host page. A queue of 10,000 tickets with one breach each takes ~0.9 M.
   */
  static readonly maxTotalChars = 1_000_000;
  /**
   * Milestones one ticket keeps at most: a real ticket has a handful of targets with a few milestones
   * each; a host that keys a whole queue under one ticket (no `ticket-id`) still fits 10,000.
   */
  static readonly maxPerEntry = 10_000;

  /** Entries read in the current batch (forgotten after it, so the next batch sees other tabs' claims). */
  private readonly memory = new Map<string, Set<string>>();
  /** Entries claimed in the current batch, not yet written (shared by the stores of one storage). */
  private readonly pending: Map<string, Set<string>>;
  private batchQueued = false;
  private unreadable = false;

  constructor(private readonly storage: Storage | undefined = storageArea('local')) {
    this.pending = pendingWrites(storage);
  }

  /** Whether `milestone` of `targetId` in `scope` has fired. */
  has(scope: string, targetId: string, milestone: string): boolean {
    return this.load(scope).has(`${targetId}\u0000${milestone}`);
  }

  /**
   * Marks a milestone fired. Returns false when it had already fired (also from another tab or an
   * earlier page), so the caller fires only on true. The entry is written once, after the batch.
   */
  claim(scope: string, targetId: string, milestone: string): boolean {
    const fired = this.load(scope);
    const key = `${targetId}\u0000${milestone}`;
    if (fired.has(key)) return false;
    fired.add(key);
    this.pending.set(scope, fired);
    return true;
  }

  /**
   * Removes entries older than `maxAgeMs` and unreadable ones, then the least recently touched
   * beyond `maxEntries` / `maxTotalChars` (call once per page).
   */
  prune(now: number): void {
    if (!this.storage) return;
    try {
      const kept: Array<{ key: string; touched: number; chars: number }> = [];
      for (let index = this.storage.length - 1; index >= 0; index--) {
        const key = this.storage.key(index);
        if (!key?.startsWith(FiredStore.prefix)) continue;
        const text = this.storage.getItem(key);
        const entry = parse(text);
        if (!entry || now - entry.touched > FiredStore.maxAgeMs) this.storage.removeItem(key);
        else kept.push({ key, touched: entry.touched, chars: key.length + (text?.length ?? 0) });
      }
      kept.sort((a, b) => b.touched - a.touched);
      let chars = 0;
      kept.forEach((entry, index) => {
        chars += entry.chars;
        if (index >= FiredStore.maxEntries || chars > FiredStore.maxTotalChars)
          this.storage!.removeItem(entry.key);
      });
    } catch {
      // Storage that throws on read is handled by load() falling back to memory.
    }
  }

  private load(scope: string): Set<string> {
    let fired = this.memory.get(scope) ?? this.pending.get(scope);
    if (!fired) {
      fired = new Set<string>();
      try {
        fired = new Set(parse(this.storage?.getItem(FiredStore.prefix + scope) ?? null)?.fired ?? []);
      } catch {
        this.unreadable = true; // memory only from here on
      }
    }
    this.memory.set(scope, fired);
    this.endBatchSoon();
    return fired;
  }

  /**
   * After the current batch: write what it claimed, and forget what it read so the next batch
   * reads each entry afresh (another tab may have claimed meanwhile). Without storage, memory is all
   * there is: it is kept.
   */
  private endBatchSoon(): void {
    if (this.batchQueued || !this.storage || this.unreadable) return;
    this.batchQueued = true;
    queueMicrotask(() => {
      this.batchQueued = false;
      this.flush();
      this.memory.clear();
    });
  }

  /** Writes every entry claimed in the batch, once each. */
  private flush(): void {
    const touched = Date.now();
    for (const [scope, fired] of this.pending) {
      const kept =
        fired.size > FiredStore.maxPerEntry ? [...fired].slice(-FiredStore.maxPerEntry) : [...fired];
      try {
        this.storage?.setItem(FiredStore.prefix + scope, JSON.stringify({ touched, fired: kept }));
      } catch {
        // Quota or disabled storage: the memory copy still prevents repeats on this page.
      }
    }
    this.pending.clear();
  }
}

/**
 * Claims not yet written, per storage: every store on the same storage (one per page in the widget;
 * several in tests simulating a reload) sees them before they reach it.
 */
const pendingByStorage = new WeakMap<Storage, Map<string, Set<string>>>();

function pendingWrites(storage: Storage | undefined): Map<string, Set<string>> {
  if (!storage) return new Map();
  let pending = pendingByStorage.get(storage);
  if (!pending) {
    pending = new Map();
    pendingByStorage.set(storage, pending);
  }
  return pending;
}

function parse(text: string | null): { touched: number; fired: string[] } | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as { touched?: unknown; fired?: unknown };
    if (typeof value.touched !== 'number' || !Array.isArray(value.fired)) return undefined;
    return {
      touched: value.touched,
      fired: value.fired.filter((item): item is string => typeof item === 'string'),
    };
  } catch {
    return undefined;
  }
}
