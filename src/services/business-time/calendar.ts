import * as v from 'valibot';
import {
  DAY,
  MAX_DATE,
  MAX_OFFSET,
  civilToMs,
  isValidTimeZone,
  localDayOf,
  wallRangeToInstants,
  type Interval,
} from './time-zone.js';

/** Day keys of `weeklyHours`. */
export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';

/** Working time of a local day, `HH:MM`–`HH:MM` (end up to `24:00`); an end before the start: past midnight. */
export interface TimeRange {
  start: string;
  end: string;
}

/** Working hours per weekday, or round the clock. */
export type WeeklyHours = '24x7' | Partial<Record<Weekday, TimeRange[]>>;

/** Everything needed to build a `BusinessCalendar`; validated by `BusinessCalendar.from`. */
export interface BusinessCalendarInit {
  /** Stable identifier, e.g. `cn`. */
  id?: string;
  /** Human-readable name. */
  name?: string;
  /** IANA time zone the hours and dates are read in, e.g. `Asia/Shanghai`. */
  timeZone: string;
  /** Working hours per weekday; several ranges a day are allowed. */
  weeklyHours: WeeklyHours;
  /** Local days off, `YYYY-MM-DD`. */
  holidays?: string[];
  /** Make-up working days (调休), `YYYY-MM-DD`: days worked although the weekly hours say otherwise. */
  workdays?: string[];
  /** Hours of a make-up day; default: Monday's hours, else those of the first weekday that has hours. */
  makeUpHours?: TimeRange[];
  /** Years whose holidays and make-up days are known; omitted: the calendar claims to know every year. */
  coveredYears?: { from: number; to: number };
}

/** One problem found in an input, with the dot path to the offending field. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** What `BusinessCalendar.from` returns: a calendar, or the reasons there is none. */
export type BusinessCalendarResult =
  { ok: true; calendar: BusinessCalendar } | { ok: false; issues: ValidationIssue[] };

/** A working range in minutes from the start of its day; `end` may exceed 1440 when it runs past midnight. */
interface MinuteRange {
  readonly start: number;
  readonly end: number;
}

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** Default source of make-up hours, in order of preference. */
const MAKE_UP_PREFERENCE = [1, 2, 3, 4, 5, 6, 0];
const MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;
const MAX_CACHED_DAYS = 4000;
const EMPTY: readonly Interval[] = Object.freeze([]);

const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a `YYYY-MM-DD` date, or NaN when it is not a real date. */
function parseDate(text: string): number {
  const match = DATE.exec(text);
  if (!match) return NaN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = civilToMs(year, month, day);
  const date = new Date(ms);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return NaN;
  return ms / DAY;
}

function parseTimeOfDay(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

function formatMinutes(minutes: number): string {
  const wrapped =
    minutes % MINUTES_PER_DAY === 0 && minutes > 0 ? MINUTES_PER_DAY : minutes % MINUTES_PER_DAY;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

const timeOfDaySchema = v.pipe(
  v.string('expected a time "HH:MM"'),
  v.regex(TIME_OF_DAY, (issue) => `"${String(issue.input)}" is not a time "HH:MM" between 00:00 and 24:00`),
);
const rangesSchema = v.array(
  v.object(
    { start: timeOfDaySchema, end: timeOfDaySchema },
    'expected a range { start: "HH:MM", end: "HH:MM" }',
  ),
  'expected a list of ranges { start, end }',
);
const dateSchema = v.pipe(
  v.string('expected a date "YYYY-MM-DD"'),
  v.check(
    (text) => !Number.isNaN(parseDate(text)),
    (issue) => `"${String(issue.input)}" is not a date "YYYY-MM-DD"`,
  ),
);
const yearSchema = v.pipe(v.number('expected a year'), v.integer('expected a whole year'));
const weeklyHoursMessage = 'expected "24x7" or ranges per weekday { mon: [{ start, end }], … }';
const roundTheClockSchema = v.literal('24x7', weeklyHoursMessage);
const weeklyRangesSchema = v.strictObject(
  Object.fromEntries(WEEKDAYS.map((weekday) => [weekday, v.optional(rangesSchema)])) as Record<
    Weekday,
    v.OptionalSchema<typeof rangesSchema, undefined>
  >,
  (issue) =>
    issue.expected === 'never'
      ? 'unknown weekday: use sun, mon, tue, wed, thu, fri or sat'
      : weeklyHoursMessage,
);
const initSchema = v.object(
  {
    id: v.optional(v.string('expected a string')),
    name: v.optional(v.string('expected a string')),
    timeZone: v.pipe(
      v.string('expected an IANA time zone such as "Asia/Shanghai"'),
      v.check(isValidTimeZone, (issue) => `unknown time zone "${String(issue.input)}"`),
    ),
    weeklyHours: v.optional(v.unknown()),
    holidays: v.optional(v.array(dateSchema, 'expected a list of dates "YYYY-MM-DD"')),
    workdays: v.optional(v.array(dateSchema, 'expected a list of dates "YYYY-MM-DD"')),
    makeUpHours: v.optional(rangesSchema),
    coveredYears: v.optional(
      v.object({ from: yearSchema, to: yearSchema }, 'expected { from: year, to: year }'),
    ),
  },
  'expected a calendar object { timeZone, weeklyHours, … }',
);

function toIssues(issues: ReadonlyArray<v.BaseIssue<unknown>>, prefix = ''): ValidationIssue[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '';
    // valibot reports a missing key with the message of the object around it.
    const missing =
      issue.type.endsWith('object') && issue.expected !== 'never' && issue.received === 'undefined';
    return {
      path: prefix && path ? `${prefix}.${path}` : prefix || path,
      message: missing && path ? 'required' : issue.message,
    };
  });
}

/** Checks one day's ranges; returns them in minutes, sorted, or pushes issues. */
function checkRanges(ranges: readonly TimeRange[], path: string, issues: ValidationIssue[]): MinuteRange[] {
  const parsed: Array<MinuteRange & { index: number }> = [];
  ranges.forEach((range, index) => {
    const start = parseTimeOfDay(range.start);
    let end = parseTimeOfDay(range.end);
    if (start === MINUTES_PER_DAY) {
      issues.push({ path: `${path}.${index}.start`, message: 'a range cannot start at 24:00' });
      return;
    }
    if (end === start) {
      issues.push({
        path: `${path}.${index}`,
        message: `empty range ${range.start}–${range.end}: use 00:00–24:00 for a whole day`,
      });
      return;
    }
    if (end < start) end += MINUTES_PER_DAY;
    parsed.push({ start, end, index });
  });
  parsed.sort((a, b) => a.start - b.start);
  for (let i = 1; i < parsed.length; i++) {
    const previous = parsed[i - 1]!;
    const current = parsed[i]!;
    if (current.start < previous.end) {
      issues.push({
        path: `${path}.${current.index}`,
        message: `overlaps ${formatMinutes(previous.start)}–${formatMinutes(previous.end)}`,
      });
    }
  }
  return parsed.map(({ start, end }) => ({ start, end }));
}

/** Sorted, merged copy of `intervals` (touching ones join); the given tuples are never modified. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  let sorted = true;
  let disjoint = true;
  for (let i = 1; i < intervals.length && sorted; i++) {
    sorted = intervals[i - 1]![0] <= intervals[i]![0];
    disjoint &&= intervals[i - 1]![1] < intervals[i]![0];
  }
  if (sorted && disjoint) return intervals as Interval[];
  const ordered = sorted ? intervals : [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const interval of ordered) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) {
      if (interval[1] > last[1]) merged[merged.length - 1] = [last[0], interval[1]];
    } else {
      merged.push(interval);
    }
  }
  return merged;
}

/**
 * Working time of an organisation in its time zone: weekly hours, days off and make-up working days.
 * Each range belongs to the local day it starts on; an instant is working when its wall-clock time
 * falls in a range of its day (or in the part past midnight of the previous day's range), so a range
 * shrinks across a DST gap and covers both passes of an overlap. Outside `coveredYears` the holidays
 * are simply unknown and only the weekly hours apply: check `outOfCoverage` to warn about it.
 */
export class BusinessCalendar {
  /** Stable identifier, if given. */
  readonly id: string | undefined;
  /** Human-readable name, if given. */
  readonly name: string | undefined;
  /** IANA time zone of the hours and dates. */
  readonly timeZone: string;
  /** Years whose holidays are known; undefined: every year is taken as known. */
  readonly coveredYears: { readonly from: number; readonly to: number } | undefined;
  /** Earliest and latest instants that can ever be working (±Infinity unless the weekly hours are empty). */
  readonly workBounds: { readonly from: number; readonly to: number };

  private readonly weekly: ReadonlyArray<readonly MinuteRange[]>;
  private readonly makeUp: readonly MinuteRange[];
  private readonly holidays: ReadonlySet<number>;
  private readonly workdays: ReadonlySet<number>;
  private readonly dayCache = new Map<number, readonly Interval[]>();

  private constructor(parts: {
    id: string | undefined;
    name: string | undefined;
    timeZone: string;
    coveredYears: { from: number; to: number } | undefined;
    weekly: ReadonlyArray<readonly MinuteRange[]>;
    makeUp: readonly MinuteRange[];
    holidays: ReadonlySet<number>;
    workdays: ReadonlySet<number>;
  }) {
    this.id = parts.id;
    this.name = parts.name;
    this.timeZone = parts.timeZone;
    this.coveredYears = parts.coveredYears && Object.freeze({ ...parts.coveredYears });
    this.weekly = parts.weekly;
    this.makeUp = parts.makeUp;
    this.holidays = parts.holidays;
    this.workdays = parts.workdays;
    this.workBounds = Object.freeze(this.computeWorkBounds());
  }

  /** Validates `init` and builds a calendar; never throws. */
  static from(init: BusinessCalendarInit): BusinessCalendarResult {
    const parsed = v.safeParse(initSchema, init);
    const issues: ValidationIssue[] = parsed.success ? [] : toIssues(parsed.issues);
    const weeklyInput = (init as Partial<BusinessCalendarInit> | null)?.weeklyHours;
    // valibot takes an array for an object; an array here is a mistake, reported like any other type.
    const weeklyParsed =
      typeof weeklyInput === 'string' || Array.isArray(weeklyInput)
        ? v.safeParse(roundTheClockSchema, weeklyInput)
        : v.safeParse(weeklyRangesSchema, weeklyInput);
    if (init !== null && typeof init === 'object' && !weeklyParsed.success) {
      issues.push(...toIssues(weeklyParsed.issues, 'weeklyHours'));
    }
    if (!parsed.success || !weeklyParsed.success) return { ok: false, issues };

    const value = parsed.output;
    const weeklyHours = weeklyParsed.output;
    const fullDay: readonly MinuteRange[] = [{ start: 0, end: MINUTES_PER_DAY }];
    const weekly = WEEKDAYS.map((weekday) =>
      weeklyHours === '24x7'
        ? fullDay
        : checkRanges(weeklyHours[weekday] ?? [], `weeklyHours.${weekday}`, issues),
    );
    let makeUp: readonly MinuteRange[];
    if (value.makeUpHours) makeUp = checkRanges(value.makeUpHours, 'makeUpHours', issues);
    else if (weeklyHours === '24x7') makeUp = fullDay;
    else makeUp = MAKE_UP_PREFERENCE.map((index) => weekly[index]!).find((ranges) => ranges.length > 0) ?? [];

    const holidays = new Set((value.holidays ?? []).map(parseDate));
    const workdays = new Set<number>();
    (value.workdays ?? []).forEach((text, index) => {
      const day = parseDate(text);
      if (holidays.has(day)) {
        issues.push({
          path: `workdays.${index}`,
          message: `${text} is both a holiday and a make-up working day`,
        });
      }
      workdays.add(day);
    });
    if (value.coveredYears && value.coveredYears.to < value.coveredYears.from) {
      issues.push({ path: 'coveredYears.to', message: 'must not be before coveredYears.from' });
    }
    if (issues.length > 0) return { ok: false, issues };
    return {
      ok: true,
      calendar: new BusinessCalendar({
        id: value.id,
        name: value.name,
        timeZone: value.timeZone,
        coveredYears: value.coveredYears,
        weekly,
        makeUp,
        holidays,
        workdays,
      }),
    };
  }

  /** The local day number (days since 1970-01-01 on this calendar's wall clock) of an instant. */
  localDay(instant: number): number {
    return localDayOf(instant, this.timeZone);
  }

  /** The local date `YYYY-MM-DD` of an instant. */
  localDate(instant: number): string {
    return new Date(this.localDay(instant) * DAY).toISOString().slice(0, 10);
  }

  /**
   * Working intervals of the ranges that start on local day `day` (see `localDay`), merged and in
   * order; a range past midnight ends on the next day. Empty on a day off.
   */
  dayIntervals(day: number): readonly Interval[] {
    let intervals = this.dayCache.get(day);
    if (intervals) return intervals;
    if (this.dayCache.size >= MAX_CACHED_DAYS) this.dayCache.clear();
    intervals = this.computeDay(day);
    this.dayCache.set(day, intervals);
    return intervals;
  }

  /**
   * Working time intersecting [fromMs, toMs), as sorted, disjoint [start, end) intervals clipped to the
   * window; empty for an empty or unbounded window. Costs one cached lookup per local day of the window.
   */
  workingIntervals(fromMs: number, toMs: number): Interval[] {
    if (!(fromMs < toMs) || !Number.isFinite(fromMs) || !Number.isFinite(toMs)) return [];
    const from = Math.max(fromMs, this.workBounds.from, -MAX_DATE);
    const to = Math.min(toMs, this.workBounds.to, MAX_DATE);
    if (!(from < to)) return [];
    // An instant's wall time is within MAX_OFFSET of it, and a range may start the day before.
    const firstDay = Math.floor((from - MAX_OFFSET) / DAY) - 1;
    const lastDay = Math.floor((to - 1 + MAX_OFFSET) / DAY);
    const collected: Interval[] = [];
    for (let day = firstDay; day <= lastDay; day++) {
      for (const interval of this.dayIntervals(day)) {
        const start = interval[0];
        const end = interval[1];
        if (end <= from || start >= to) continue;
        collected.push(start >= from && end <= to ? interval : [Math.max(start, from), Math.min(end, to)]);
      }
    }
    return mergeIntervals(collected);
  }

  /** Whether `instant` is working time. */
  isWorking(instant: number): boolean {
    return this.workingIntervals(instant, instant + 1).length > 0;
  }

  /**
   * Whether the holidays of a year are known. Takes a year (1–9999) or an instant (epoch ms or Date,
   * read in the calendar's zone); an instant in the first ten seconds of 1970 must be passed as a Date.
   */
  covers(instantOrYear: number | Date): boolean {
    const year = this.yearOf(instantOrYear);
    if (Number.isNaN(year)) return false;
    return !this.coveredYears || (year >= this.coveredYears.from && year <= this.coveredYears.to);
  }

  /**
   * Local years touched by [fromMs, toMs] whose holidays are not known, in order (empty when all are
   * known). An unbounded end counts as reaching the first unknown year beyond the coverage.
   */
  outOfCoverage(fromMs: number, toMs: number): number[] {
    if (!this.coveredYears || Number.isNaN(fromMs) || Number.isNaN(toMs)) return [];
    const { from: coveredFrom, to: coveredTo } = this.coveredYears;
    let firstYear = Number.isFinite(Math.min(fromMs, toMs)) ? this.yearOf(Math.min(fromMs, toMs)) : -Infinity;
    let lastYear = Number.isFinite(Math.max(fromMs, toMs)) ? this.yearOf(Math.max(fromMs, toMs)) : Infinity;
    if (lastYear === Infinity) lastYear = Math.max(firstYear, coveredTo + 1);
    if (firstYear === -Infinity) firstYear = Math.min(lastYear, coveredFrom - 1);
    const years: number[] = [];
    for (let year = firstYear; year <= lastYear; year++) {
      if (year < coveredFrom || year > coveredTo) years.push(year);
      else year = Math.min(coveredTo, lastYear);
    }
    return years;
  }

  private yearOf(instantOrYear: number | Date): number {
    const isDate = instantOrYear instanceof Date;
    const value = isDate ? instantOrYear.getTime() : instantOrYear;
    if (!Number.isFinite(value)) return NaN;
    if (!isDate && Number.isInteger(value) && value >= 1 && value <= 9999) return value;
    return new Date(this.localDay(value) * DAY).getUTCFullYear();
  }

  private rangesOf(day: number): readonly MinuteRange[] {
    if (this.holidays.has(day)) return [];
    if (this.workdays.has(day)) return this.makeUp;
    // Day 0 (1970-01-01) was a Thursday.
    return this.weekly[(((day + 4) % 7) + 7) % 7]!;
  }

  private computeDay(day: number): readonly Interval[] {
    const ranges = this.rangesOf(day);
    if (ranges.length === 0) return EMPTY;
    const base = day * DAY;
    const intervals: Interval[] = [];
    for (const range of ranges) {
      intervals.push(
        ...wallRangeToInstants(base + range.start * MINUTE, base + range.end * MINUTE, this.timeZone),
      );
    }
    return intervals.length === 0 ? EMPTY : Object.freeze(mergeIntervals(intervals));
  }

  private computeWorkBounds(): { from: number; to: number } {
    if (this.weekly.some((ranges) => ranges.length > 0)) return { from: -Infinity, to: Infinity };
    const days = [...this.workdays].filter((day) => !this.holidays.has(day));
    if (this.makeUp.length === 0 || days.length === 0) return { from: Infinity, to: -Infinity };
    return {
      from: Math.min(...days) * DAY - MAX_OFFSET,
      to: (Math.max(...days) + 2) * DAY + MAX_OFFSET,
    };
  }
}
