/**
 * Remembers which milestones of which targets have fired, so each warning and breach event fires
 * exactly once per target, across reloads. Kept in localStorage (one entry per ticket); falls back to
 * memory when storage is unavailable (private mode, sandboxed iframe, quota).
 */
export class FiredStore {
  static readonly prefix = 'cx-desk:sla-fired:';
  /** Entries untouched for this long are dropped at start-up. */
  static readonly maxAgeMs = 45 * 24 * 3600_000;

  private readonly memory = new Map<string, Set<string>>();

  constructor(private readonly storage: Storage | undefined = safeLocalStorage()) {}

  /** Whether `milestone` of `targetId` in `scope` has fired. */
  has(scope: string, targetId: string, milestone: string): boolean {
    return this.load(scope).has(`${targetId}\u0000${milestone}`);
  }

  /**
   * Marks a milestone fired. Returns false when it had already fired (also from another tab or an
   * earlier page), so the caller fires only on true.
   */
  claim(scope: string, targetId: string, milestone: string): boolean {
    this.memory.delete(scope); // re-read: another tab may have fired it meanwhile
    const fired = this.load(scope);
    const key = `${targetId}\u0000${milestone}`;
    if (fired.has(key)) return false;
    fired.add(key);
    this.save(scope, fired);
    return true;
  }

  /** Removes entries older than `maxAgeMs` (call once per page). */
  prune(now: number): void {
    if (!this.storage) return;
    try {
      for (let index = this.storage.length - 1; index >= 0; index--) {
        const key = this.storage.key(index);
        if (!key?.startsWith(FiredStore.prefix)) continue;
        const entry = parse(this.storage.getItem(key));
        if (!entry || now - entry.touched > FiredStore.maxAgeMs) this.storage.removeItem(key);
      }
    } catch {
      // Storage that throws on read is handled by load() falling back to memory.
    }
  }

  private load(scope: string): Set<string> {
    const cached = this.memory.get(scope);
    if (cached) return cached;
    let fired = new Set<string>();
    try {
      fired = new Set(parse(this.storage?.getItem(FiredStore.prefix + scope) ?? null)?.fired ?? []);
    } catch {
      // unreadable storage: memory only
    }
    this.memory.set(scope, fired);
    return fired;
  }

  private save(scope: string, fired: Set<string>): void {
    try {
      this.storage?.setItem(
        FiredStore.prefix + scope,
        JSON.stringify({ touched: Date.now(), fired: [...fired] }),
      );
    } catch {
      // Quota or disabled storage: the memory copy still prevents repeats on this page.
    }
  }
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

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
