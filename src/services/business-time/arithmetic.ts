import * as v from 'valibot';
import type { BusinessCalendar, ValidationIssue } from './calendar.js';
import { DAY, MAX_OFFSET, type Interval } from './time-zone.js';

/** A span during which a target's clock stops (e.g. waiting on the customer); no `to`: still paused. */
export interface Pause {
  from: number;
  to?: number;
}

/** A sorted, merged pause; `end` is Infinity while still paused. */
type PausedSpan = readonly [start: number, end: number];

/** Where working time comes from: a calendar, or every instant when there is none. */
interface WorkingTime {
  intervals(from: number, to: number): readonly Interval[];
  readonly bounds: { readonly from: number; readonly to: number };
  readonly maxWindow: number;
}

const FIRST_WINDOW = 8 * DAY;
const MAX_WINDOW = 366 * DAY;
/** Searches stop this far from the start: a deadline beyond it is reported as ±Infinity. */
const HORIZON = 100 * 366 * DAY;
const HORIZON_DAYS = HORIZON / DAY;

const ROUND_THE_CLOCK: WorkingTime = {
  intervals: (from, to) => [[from, to]],
  bounds: { from: -Infinity, to: Infinity },
  maxWindow: Infinity,
};

function workingTimeOf(calendar: BusinessCalendar | null): WorkingTime {
  if (!calendar) return ROUND_THE_CLOCK;
  return {
    intervals: (from, to) => calendar.workingIntervals(from, to),
    bounds: calendar.workBounds,
    maxWindow: MAX_WINDOW,
  };
}

const pauseSchema = v.object(
  {
    from: v.pipe(v.number('expected epoch milliseconds'), v.finite('expected epoch milliseconds')),
    to: v.nullish(v.pipe(v.number('expected epoch milliseconds'), v.finite('expected epoch milliseconds'))),
  },
  'expected a pause { from, to? }',
);
const pausesSchema = v.array(pauseSchema, 'expected a list of pauses');

/**
 * Problems in a list of pauses: wrong shape, a pause that ends before it starts, pauses that overlap
 * (an open pause overlaps every later one). The arithmetic tolerates them (it ignores inverted pauses
 * and merges overlapping ones); this is for reporting bad input.
 */
export function validatePauses(pauses: readonly Pause[]): ValidationIssue[] {
  const parsed = v.safeParse(pausesSchema, pauses);
  if (!parsed.success) {
    return parsed.issues.map((issue) => ({
      path: v.getDotPath(issue) ?? '',
      message: issue.type === 'object' && issue.received === 'undefined' ? 'required' : issue.message,
    }));
  }
  const issues: ValidationIssue[] = [];
  const ordered = parsed.output
    .map((pause, index) => ({ from: pause.from, to: pause.to ?? Infinity, index }))
    .filter((pause) => {
      if (pause.to >= pause.from) return true;
      issues.push({ path: `${pause.index}.to`, message: 'ends before it starts' });
      return false;
    })
    .sort((a, b) => a.from - b.from || a.index - b.index);
  let latest: (typeof ordered)[number] | undefined;
  for (const pause of ordered) {
    if (latest && pause.from < latest.to) {
      issues.push({ path: String(pause.index), message: `overlaps pause ${latest.index}` });
    }
    if (!latest || pause.to > latest.to) latest = pause;
  }
  return issues.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}

function normalisePauses(pauses: readonly Pause[] | undefined): PausedSpan[] {
  if (!pauses || pauses.length === 0) return [];
  const spans: Array<[number, number]> = [];
  for (const pause of pauses) {
    const end = pause.to ?? Infinity;
    if (Number.isFinite(pause.from) && end > pause.from) spans.push([pause.from, end]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/** Start of the still-open pause (after it nothing elapses), or Infinity. */
function openPauseStart(spans: readonly PausedSpan[]): number {
  const last = spans[spans.length - 1];
  return last && last[1] === Infinity ? last[0] : Infinity;
}

/** Working intervals (sorted, disjoint) with the paused spans cut out. */
function subtractPauses(intervals: readonly Interval[], spans: readonly PausedSpan[]): readonly Interval[] {
  if (spans.length === 0 || intervals.length === 0) return intervals;
  // First span that ends after the first interval starts.
  let low = 0;
  let high = spans.length;
  const first = intervals[0]![0];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]![1] <= first) low = middle + 1;
    else high = middle;
  }
  let next = low;
  const result: Interval[] = [];
  for (const [start, end] of intervals) {
    let cursor = start;
    while (cursor < end) {
      while (next < spans.length && spans[next]![1] <= cursor) next++;
      const span = spans[next];
      if (!span || span[0] >= end) {
        result.push([cursor, end]);
        break;
      }
      if (span[0] > cursor) result.push([cursor, span[0]]);
      cursor = span[1];
    }
  }
  return result;
}

/**
 * The instant at which `durationMs` of business time has elapsed after `startMs`: working time of
 * `calendar` (null: every instant) outside `pauses`. Returns the earliest such instant, so a budget
 * used up at 18:00 ends at 18:00, not at 09:00 the next morning. A negative duration counts
 * backwards (the latest instant with that much business time before the start); zero returns the
 * start. Infinity when the budget cannot be used up: a pause still open, a calendar that never works
 * again, or more than a century away. NaN for a non-finite start or a NaN duration.
 */
export function addBusinessTime(
  calendar: BusinessCalendar | null,
  startMs: number,
  durationMs: number,
  pauses?: readonly Pause[],
): number {
  if (!Number.isFinite(startMs) || Number.isNaN(durationMs)) return NaN;
  if (durationMs === 0) return startMs;
  if (!Number.isFinite(durationMs)) return durationMs;
  const source = workingTimeOf(calendar);
  const spans = normalisePauses(pauses);
  return durationMs > 0
    ? addForward(source, spans, startMs, durationMs)
    : addBackward(source, spans, startMs, -durationMs);
}

function addForward(
  source: WorkingTime,
  spans: readonly PausedSpan[],
  startMs: number,
  budget: number,
): number {
  const stop = Math.min(openPauseStart(spans), source.bounds.to, startMs + HORIZON);
  let remaining = budget;
  let windowStart = startMs;
  let size = FIRST_WINDOW;
  while (windowStart < stop) {
    const windowEnd = Math.min(windowStart + size, stop);
    for (const [start, end] of subtractPauses(source.intervals(windowStart, windowEnd), spans)) {
      if (end - start >= remaining) return start + remaining;
      remaining -= end - start;
    }
    windowStart = windowEnd;
    size = Math.min(size * 2, source.maxWindow);
  }
  return Infinity;
}

function addBackward(
  source: WorkingTime,
  spans: readonly PausedSpan[],
  startMs: number,
  budget: number,
): number {
  const stop = Math.max(source.bounds.from, startMs - HORIZON);
  let remaining = budget;
  let windowEnd = startMs;
  let size = FIRST_WINDOW;
  while (windowEnd > stop) {
    const windowStart = Math.max(windowEnd - size, stop);
    const pieces = subtractPauses(source.intervals(windowStart, windowEnd), spans);
    for (let index = pieces.length - 1; index >= 0; index--) {
      const [start, end] = pieces[index]!;
      if (end - start >= remaining) return end - remaining;
      remaining -= end - start;
    }
    windowEnd = windowStart;
    size = Math.min(size * 2, source.maxWindow);
  }
  return -Infinity;
}

/**
 * Business time in [fromMs, toMs): working time of `calendar` (null: every instant) minus paused time.
 * Negative when `toMs` is before `fromMs` (minus the business time from `toMs` to `fromMs`). NaN when
 * a bound is not finite.
 */
export function businessTimeBetween(
  calendar: BusinessCalendar | null,
  fromMs: number,
  toMs: number,
  pauses?: readonly Pause[],
): number {
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) return NaN;
  if (toMs < fromMs) return -businessTimeBetween(calendar, toMs, fromMs, pauses);
  const source = workingTimeOf(calendar);
  const spans = normalisePauses(pauses);
  const stop = Math.min(toMs, openPauseStart(spans), source.bounds.to);
  let total = 0;
  for (let windowStart = Math.max(fromMs, source.bounds.from); windowStart < stop;) {
    const windowEnd = Math.min(windowStart + source.maxWindow, stop);
    for (const [start, end] of subtractPauses(source.intervals(windowStart, windowEnd), spans)) {
      total += end - start;
    }
    windowStart = windowEnd;
  }
  return total;
}

/**
 * The end of working time on the `days`-th working day after the day of `startMs` (the start day
 * never counts: 3 working days from Monday 10:00, or from Saturday, end on Thursday, or Wednesday,
 * at close of business), then pushed back by the business time spent in `pauses`. A working day is
 * a local day with working time; a range past midnight ends the day at its end. With a null calendar
 * a day is 24 hours of wall-clock time. Zero returns the start; NaN for a negative or fractional
 * `days` or a non-finite start; Infinity when the calendar never works again (or beyond a century).
 */
export function addBusinessDays(
  calendar: BusinessCalendar | null,
  startMs: number,
  days: number,
  pauses?: readonly Pause[],
): number {
  if (!Number.isFinite(startMs) || !Number.isInteger(days) || days < 0) return NaN;
  if (days === 0) return startMs;
  let deadline: number;
  if (!calendar) {
    deadline = startMs + days * DAY;
  } else {
    const startDay = calendar.localDay(startMs);
    if (!Number.isFinite(startDay)) return NaN;
    const lastDay = Math.min(
      startDay + HORIZON_DAYS,
      Math.floor((calendar.workBounds.to + MAX_OFFSET) / DAY),
    );
    let day = startDay;
    let counted = 0;
    let intervals: readonly Interval[] = [];
    while (counted < days) {
      day += 1;
      if (day > lastDay) return Infinity;
      intervals = calendar.dayIntervals(day);
      if (intervals.length > 0) counted += 1;
    }
    deadline = intervals[intervals.length - 1]![1];
  }
  if (!pauses || pauses.length === 0) return deadline;
  return addBusinessTime(calendar, startMs, businessTimeBetween(calendar, startMs, deadline), pauses);
}
