import { describeValue } from '../internal/property-check.js';

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
  /** Insertion order, so alarms due at the same instant fire in the order they were set. */
  readonly order: number;
  readonly callback: (now: number) => void;
  cancelled: boolean;
}

const earlier = (a: Alarm, b: Alarm): boolean => a.at < b.at || (a.at === b.at && a.order < b.order);

/** Binary min-heap of alarms: thousands of timers on a page each set a few, so inserts must be O(log n). */
class AlarmQueue {
  private readonly heap: Alarm[] = [];

  get length(): number {
    return this.heap.length;
  }

  peek(): Alarm | undefined {
    return this.heap[0];
  }

  push(alarm: Alarm): void {
    const heap = this.heap;
    heap.push(alarm);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!earlier(heap[index]!, heap[parent]!)) break;
      [heap[index], heap[parent]] = [heap[parent]!, heap[index]!];
      index = parent;
    }
  }

  pop(): Alarm | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let smallest = index;
        if (left < heap.length && earlier(heap[left]!, heap[smallest]!)) smallest = left;
        if (right < heap.length && earlier(heap[right]!, heap[smallest]!)) smallest = right;
        if (smallest === index) break;
        [heap[index], heap[smallest]] = [heap[smallest]!, heap[index]!];
        index = smallest;
      }
    }
    return top;
  }

  /** Drops cancelled alarms from the top so peek() shows the next live one. */
  prune(): void {
    while (this.heap[0]?.cancelled) this.pop();
  }
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** setTimeout's delay is a signed 32-bit integer; longer waits are chained. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * The largest correction a server time may make to the agent's clock by default: 24 hours. A value
 * further off is a wrong value (a local time sent as UTC a day off, a number in seconds, `"1"`) far
 * more often than an agent's PC a day wrong, and it would move every countdown on the page.
 */
export const MAX_SERVER_SKEW_MS = 24 * 3600_000;

/** ISO 8601 date-time with an offset or `Z`; without one it would depend on the agent's time zone. */
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * Parses an ISO 8601 date-time with an offset (`2026-11-22T09:30:00+08:00`, `…Z`) to epoch ms; a
 * date-time without an offset, a date alone or any other text is refused.
 */
export function parseIsoDateTime(text: string): number | undefined {
  const trimmed = text.trim();
  if (!ISO_DATE_TIME.test(trimmed)) return undefined;
  const ms = Date.parse(trimmed.replace(' ', 'T'));
  return Number.isFinite(ms) ? ms : undefined;
}

/** What `readServerTime` makes of a value: the server's epoch ms, or why it is refused (English, for hosts). */
export type ServerTimeResult = { ok: true; ms: number } | { ok: false; message: string };

/**
 * Checks a server time before it may correct the shared clock: an ISO 8601 date-time with an offset,
 * a valid Date, or whole epoch milliseconds, no further than `maxSkewMs` from the agent's clock at
 * `receivedAt`. Never throws, whatever the value.
 */
export function readServerTime(
  value: unknown,
  receivedAt: number = Date.now(),
  maxSkewMs: number = MAX_SERVER_SKEW_MS,
): ServerTimeResult {
  let ms: number | undefined;
  if (typeof value === 'string') {
    ms = parseIsoDateTime(value);
    if (ms === undefined)
      return {
        ok: false,
        message: 'is not an ISO 8601 date-time with an offset (e.g. 2026-11-22T09:30:00+08:00)',
      };
  } else if (value instanceof Date) {
    ms = value.getTime();
    if (!Number.isFinite(ms)) return { ok: false, message: 'is an invalid Date' };
  } else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) return { ok: false, message: 'is not whole epoch milliseconds' };
    ms = value;
  } else {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `of type ${typeof value}`;
    return { ok: false, message: `is ${kind}, not an ISO 8601 date-time` };
  }
  const skew = ms - receivedAt;
  if (!(Math.abs(skew) <= maxSkewMs)) {
    return {
      ok: false,
      message: `is ${Math.round(Math.abs(skew) / 3600_000)} h from the agent's clock (more than ${Math.round(maxSkewMs / 3600_000)} h): refused, the page's timers keep their time`,
    };
  }
  return { ok: true, ms };
}

/**
 * Offers the value of an element's `server-time` to a clock, which checks it before it changes (see
 * `readServerTime`). Returns why it was refused (English, for the element's `cx-error`), or undefined
 * when the clock took it or there was nothing to offer (unset, empty).
 */
export function offerServerTime(clock: Partial<Clock>, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string')
    return `server-time must be an ISO 8601 date-time string, not ${describeValue(value)}`;
  const server = readServerTime(value, Date.now(), clock.maxSkewMs);
  if (!server.ok) return `server-time ${describeValue(value)} ${server.message}`;
  if (typeof clock.setServerTime !== 'function' || !clock.setServerTime(value))
    return `server-time ${describeValue(value)} was refused by the clock`;
  return undefined;
}

/**
 * One ticker for every timer on the page. Ticks land on second (or, when no listener needs seconds,
 * minute) boundaries of the corrected time; while the document is hidden only minute ticks run,
 * and becoming visible again resyncs at once. Alarms (`at`) fire at their instant, hidden or not, or
 * at the first chance after the tab wakes.
 */
export class Clock {
  private readonly subscriptions = new Set<Subscription>();
  private readonly alarms = new AlarmQueue();
  private liveAlarms = 0;
  private alarmOrder = 0;
  /** The instant the pending alarm timer is set for, to avoid resetting it for later alarms. */
  private alarmTimerAt = Infinity;
  private offsetMs = 0;
  private tickTimer: ReturnType<typeof setTimeout> | undefined;
  private alarmTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly visibility: VisibilitySource | undefined;
  private listening = false;
  /** The largest correction `setServerTime` accepts, in ms either way. */
  readonly maxSkewMs: number;

  constructor(options: { visibility?: VisibilitySource | null; maxSkewMs?: number } = {}) {
    this.maxSkewMs = options.maxSkewMs ?? MAX_SERVER_SKEW_MS;
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
   * Corrects the agent's clock from a server timestamp (see `readServerTime`: an ISO 8601 date-time
   * with an offset, a Date, or whole epoch milliseconds, within `maxSkewMs` of the agent's clock)
   * read at `receivedAt` (agent clock, default now). Anything else leaves the clock as it was and
   * returns false: the clock is shared by every timer on the page, so one bad value must not move
   * them all.
   */
  setServerTime(serverTime: unknown, receivedAt: number = Date.now()): boolean {
    const server = readServerTime(serverTime, receivedAt, this.maxSkewMs);
    if (!server.ok) return false;
    this.offsetMs = server.ms - receivedAt;
    this.reschedule();
    return true;
  }

  /** True while the document is hidden (ticks are throttled to minutes). */
  get hidden(): boolean {
    return this.visibility?.visibilityState === 'hidden';
  }

  /** Number of active listeners (for tests and leak checks). */
  get size(): number {
    return this.subscriptions.size + this.liveAlarms;
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
    const alarm: Alarm = { at, order: this.alarmOrder++, callback, cancelled: false };
    this.alarms.push(alarm);
    this.liveAlarms += 1;
    this.attachVisibility();
    if (at < this.alarmTimerAt) this.scheduleAlarm();
    return () => {
      if (alarm.cancelled) return;
      alarm.cancelled = true;
      this.liveAlarms -= 1;
      if (this.liveAlarms === 0) {
        this.clearAlarmTimer();
        this.detachVisibilityIfIdle();
      }
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
    if (!this.listening || this.subscriptions.size > 0 || this.liveAlarms > 0) return;
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

  private clearAlarmTimer(): void {
    clearTimeout(this.alarmTimer);
    this.alarmTimer = undefined;
    this.alarmTimerAt = Infinity;
  }

  private scheduleAlarm(): void {
    this.clearAlarmTimer();
    this.alarms.prune();
    const next = this.alarms.peek();
    if (!next) return;
    const delay = Math.min(Math.max(next.at - this.now(), 0), MAX_TIMEOUT);
    this.alarmTimerAt = next.at;
    this.alarmTimer = setTimeout(() => {
      this.alarmTimer = undefined;
      this.alarmTimerAt = Infinity;
      this.fireDueAlarms();
    }, delay);
  }

  private fireDueAlarms(): void {
    const now = this.now();
    for (;;) {
      this.alarms.prune();
      const next = this.alarms.peek();
      if (!next || next.at > now) break;
      this.alarms.pop();
      next.cancelled = true;
      this.liveAlarms -= 1;
      try {
        next.callback(now);
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
