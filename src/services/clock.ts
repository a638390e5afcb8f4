/** What a clock listener receives on each tick. */
export interface ClockTick {
  /** Corrected epoch milliseconds (agent's clock + server offset). */
  readonly now: number;
  /** True for the tick that follows the document becoming visible again (state may have jumped). */
  readonly resync: boolean;
}

/** How often a listener wants to hear the time. */
export type ClockPrecision = 'seconds' | 'minutes';

/** The part of `Document` the clock reads; injectable for tests. */
export interface VisibilitySource {
  readonly visibilityState: DocumentVisibilityState;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

interface Subscription {
  readonly listener: (tick: ClockTick) => void;
  readonly precision: ClockPrecision;
  lastMinute: number;
}

interface Alarm {
  readonly at: number;
  readonly callback: (now: number) => void;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** setTimeout's delay is a signed 32-bit integer; longer waits are chained. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * One ticker for every timer on the page. Ticks land on second (or, when no listener needs seconds,
 * minute) boundaries of the corrected time; while the document is hidden only minute ticks run,
 * and becoming visible again resyncs at once. Alarms (`at`) fire at their instant, hidden or not, or
 * at the first chance after the tab wakes.
 */
export class Clock {
  private readonly subscriptions = new Set<Subscription>();
  private alarms: Alarm[] = [];
  private offsetMs = 0;
  private tickTimer: ReturnType<typeof setTimeout> | undefined;
  private alarmTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly visibility: VisibilitySource | undefined;
  private listening = false;

  constructor(options: { visibility?: VisibilitySource | null } = {}) {
    this.visibility =
      options.visibility === null
        ? undefined
        : (options.visibility ?? (typeof document === 'undefined' ? undefined : document));
  }

  /** Corrected epoch milliseconds. */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** Milliseconds to add to the agent's clock to get the server's (positive: agent is behind). */
  get offset(): number {
    return this.offsetMs;
  }

  /**
   * Corrects the agent's clock from a server timestamp (ISO string or epoch ms) read at
   * `receivedAt` (agent clock, default now). Invalid input leaves the offset unchanged and returns false.
   */
  setServerTime(serverTime: string | number | Date, receivedAt: number = Date.now()): boolean {
    const server =
      serverTime instanceof Date
        ? serverTime.getTime()
        : typeof serverTime === 'number'
          ? serverTime
          : Date.parse(serverTime);
    if (!Number.isFinite(server)) return false;
    this.offsetMs = server - receivedAt;
    this.reschedule();
    return true;
  }

  /** True while the document is hidden (ticks are throttled to minutes). */
  get hidden(): boolean {
    return this.visibility?.visibilityState === 'hidden';
  }

  /** Number of active listeners (for tests and leak checks). */
  get size(): number {
    return this.subscriptions.size + this.alarms.length;
  }

  /** Calls `listener` on every tick of the given precision until the returned function is called. */
  subscribe(listener: (tick: ClockTick) => void, precision: ClockPrecision = 'seconds'): () => void {
    const subscription: Subscription = { listener, precision, lastMinute: Math.floor(this.now() / MINUTE) };
    this.subscriptions.add(subscription);
    this.attachVisibility();
    this.scheduleTick();
    return () => {
      if (!this.subscriptions.delete(subscription)) return;
      if (this.subscriptions.size === 0) this.stopTicking();
      this.detachVisibilityIfIdle();
    };
  }

  /**
   * Calls `callback` once at corrected instant `at` (immediately, on the next macrotask, when it is
   * already past). Returns a cancel function.
   */
  at(at: number, callback: (now: number) => void): () => void {
    const alarm: Alarm = { at, callback };
    const index = this.alarms.findIndex((other) => other.at > at);
    if (index === -1) this.alarms.push(alarm);
    else this.alarms.splice(index, 0, alarm);
    this.attachVisibility();
    this.scheduleAlarm();
    return () => {
      const position = this.alarms.indexOf(alarm);
      if (position === -1) return;
      this.alarms.splice(position, 1);
      if (position === 0) this.scheduleAlarm();
      this.detachVisibilityIfIdle();
    };
  }

  private readonly handleVisibilityChange = (): void => {
    if (this.hidden) {
      this.scheduleTick();
      return;
    }
    // Timers are throttled or frozen in hidden tabs: deliver what is due now, then realign.
    this.fireDueAlarms();
    this.tick(true);
  };

  private attachVisibility(): void {
    if (this.listening || !this.visibility) return;
    this.visibility.addEventListener('visibilitychange', this.handleVisibilityChange);
    this.listening = true;
  }

  private detachVisibilityIfIdle(): void {
    if (!this.listening || this.subscriptions.size > 0 || this.alarms.length > 0) return;
    this.visibility?.removeEventListener('visibilitychange', this.handleVisibilityChange);
    this.listening = false;
  }

  private needsSeconds(): boolean {
    if (this.hidden) return false;
    for (const subscription of this.subscriptions) if (subscription.precision === 'seconds') return true;
    return false;
  }

  private stopTicking(): void {
    clearTimeout(this.tickTimer);
    this.tickTimer = undefined;
  }

  private scheduleTick(): void {
    this.stopTicking();
    if (this.subscriptions.size === 0) return;
    const step = this.needsSeconds() ? SECOND : MINUTE;
    const now = this.now();
    // +1 ms so the tick lands just after the boundary, never just before it.
    const delay = step - (((now % step) + step) % step) + 1;
    this.tickTimer = setTimeout(() => this.tick(false), delay);
  }

  private tick(resync: boolean): void {
    this.tickTimer = undefined;
    const now = this.now();
    const minute = Math.floor(now / MINUTE);
    const hidden = this.hidden;
    for (const subscription of [...this.subscriptions]) {
      if (!this.subscriptions.has(subscription)) continue;
      const minuteChanged = minute !== subscription.lastMinute;
      if (!resync && (hidden || subscription.precision === 'minutes') && !minuteChanged) continue;
      subscription.lastMinute = minute;
      try {
        subscription.listener({ now, resync });
      } catch (error) {
        reportListenerError(error);
      }
    }
    this.scheduleTick();
  }

  private reschedule(): void {
    if (this.tickTimer !== undefined) this.scheduleTick();
    this.scheduleAlarm();
  }

  private scheduleAlarm(): void {
    clearTimeout(this.alarmTimer);
    this.alarmTimer = undefined;
    const next = this.alarms[0];
    if (!next) return;
    const delay = Math.min(Math.max(next.at - this.now(), 0), MAX_TIMEOUT);
    this.alarmTimer = setTimeout(() => {
      this.alarmTimer = undefined;
      this.fireDueAlarms();
    }, delay);
  }

  private fireDueAlarms(): void {
    const now = this.now();
    while (this.alarms.length > 0 && this.alarms[0]!.at <= now) {
      const alarm = this.alarms.shift()!;
      try {
        alarm.callback(now);
      } catch (error) {
        reportListenerError(error);
      }
    }
    this.scheduleAlarm();
    this.detachVisibilityIfIdle();
  }
}

/** A failing listener must not stop the others; report it the way an event listener error is. */
function reportListenerError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else console.error(error);
}

let sharedClock: Clock | undefined;

/** The page's one clock, created on first use. */
export function getSharedClock(): Clock {
  sharedClock ??= new Clock();
  return sharedClock;
}
