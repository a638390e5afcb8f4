import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addBusinessTime, businessTimeBetween, type Pause } from './arithmetic.js';
import { BusinessCalendar, type BusinessCalendarInit, type TimeRange } from './calendar.js';

// The engine is checked against a brute force written from the definition alone: step minute by
// minute, read the wall clock with Intl, and ask "is this minute working and not paused?".

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
const DAY_MINUTES = 1440;
const BLOCK = 15 * MINUTE;
/** How far the brute force walks forward and backward from the start. */
const FORWARD_MINUTES = 4 * DAY_MINUTES;
const BACKWARD_MINUTES = 2 * DAY_MINUTES;
const ZONES = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'UTC'] as const;
const YEAR_START = Date.UTC(2026, 0, 1);
const YEAR_END = Date.UTC(2027, 0, 1);
const DST_SWITCHES = [
  Date.UTC(2026, 2, 8, 7), // New York springs forward
  Date.UTC(2026, 10, 1, 6), // New York falls back
  Date.UTC(2026, 2, 29, 1), // Berlin springs forward
  Date.UTC(2026, 9, 25, 1), // Berlin falls back
];

/** A range in minutes from the start of its day; `end` > 1440 when it runs past midnight. */
interface ReferenceRange {
  start: number;
  end: number;
}

interface Scenario {
  zone: (typeof ZONES)[number];
  weekly: ReferenceRange[][] | '24x7';
  makeUp: ReferenceRange[] | undefined;
  holidayOffsets: number[];
  workdayOffsets: number[];
  start: number;
  pauses: Pause[];
  forward: number;
  backward: number;
  /** Where in the walked stretch businessTimeBetween is checked, as a fraction of it. */
  spanFraction: number;
  probes: number[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const blockWalls = new Map<string, Map<number, number>>();

/** Wall-clock ms (as if UTC) of an instant; these zones change offset on whole UTC hours. */
function referenceWall(instant: number, zone: string): number {
  let walls = blockWalls.get(zone);
  if (!walls) {
    walls = new Map();
    blockWalls.set(zone, walls);
    formatters.set(
      zone,
      new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      }),
    );
  }
  const block = Math.floor(instant / BLOCK);
  let wall = walls.get(block);
  if (wall === undefined) {
    // format() is several times faster than formatToParts(); en-GB reads "20/03/2026, 14:15".
    const [, day, month, year, hour, minute] = /^(\d\d)\/(\d\d)\/(\d{4}), (\d\d):(\d\d)$/
      .exec(formatters.get(zone)!.format(block * BLOCK))!
      .map(Number);
    wall = Date.UTC(year!, month! - 1, day!, hour!, minute!);
    walls.set(block, wall);
  }
  return wall + (instant - block * BLOCK);
}

function hhmm(minutes: number): string {
  const wrapped = minutes > DAY_MINUTES ? minutes - DAY_MINUTES : minutes;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

function toRanges(ranges: ReferenceRange[]): TimeRange[] {
  return ranges.map((range) => ({ start: hhmm(range.start), end: hhmm(range.end) }));
}

const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function dayOfUtc(instant: number): number {
  return Math.floor(instant / DAY_MS);
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A day without hours is left out on odd weekdays and given as [] on even ones: both must mean off. */
function weeklyHoursOf(weekly: ReferenceRange[][]): BusinessCalendarInit['weeklyHours'] {
  return Object.fromEntries(
    weekly.flatMap((ranges, weekday) =>
      ranges.length > 0 || weekday % 2 === 0 ? [[WEEKDAY_KEYS[weekday]!, toRanges(ranges)]] : [],
    ),
  );
}

function initOf(scenario: Scenario): BusinessCalendarInit {
  const anchor = dayOfUtc(scenario.start);
  return {
    timeZone: scenario.zone,
    weeklyHours: scenario.weekly === '24x7' ? '24x7' : weeklyHoursOf(scenario.weekly),
    makeUpHours: scenario.makeUp && toRanges(scenario.makeUp),
    holidays: scenario.holidayOffsets.map((offset) => isoDay(anchor + offset)),
    workdays: scenario.workdayOffsets.map((offset) => isoDay(anchor + offset)),
  };
}

/** Answers "is this minute working and not paused?" from the scenario alone. */
class ReferenceCalendar {
  /** Ranges as flat [start, end, start, end, …] minute lists, so the minute loop stays monomorphic. */
  private readonly weekly: Float64Array[];
  private readonly makeUp: Float64Array;
  private readonly holidays: Set<number>;
  private readonly workdays: Set<number>;
  /** Pauses as flat [from, to, …], Infinity for one still open. */
  private readonly pauses: Float64Array;
  private readonly days = new Map<number, Float64Array>();
  private readonly zone: string;
  private block = NaN;
  private blockMinute = 0;
  private today: Float64Array = new Float64Array(0);
  private yesterday: Float64Array = new Float64Array(0);

  constructor(scenario: Scenario) {
    const flat = (ranges: ReferenceRange[]): Float64Array =>
      Float64Array.from(ranges.flatMap((range) => [range.start, range.end]));
    const fullDay = [{ start: 0, end: DAY_MINUTES }];
    const weekly = scenario.weekly === '24x7' ? WEEKDAY_KEYS.map(() => fullDay) : scenario.weekly;
    const preferred = [1, 2, 3, 4, 5, 6, 0].map((weekday) => weekly[weekday]!).find((r) => r.length > 0);
    this.weekly = weekly.map(flat);
    this.makeUp = flat(scenario.makeUp ?? (scenario.weekly === '24x7' ? fullDay : (preferred ?? [])));
    const anchor = dayOfUtc(scenario.start);
    this.holidays = new Set(scenario.holidayOffsets.map((offset) => anchor + offset));
    this.workdays = new Set(scenario.workdayOffsets.map((offset) => anchor + offset));
    this.pauses = Float64Array.from(scenario.pauses.flatMap((pause) => [pause.from, pause.to ?? Infinity]));
    this.zone = scenario.zone;
  }

  private rangesOf(day: number): Float64Array {
    let ranges = this.days.get(day);
    if (!ranges) {
      if (this.holidays.has(day)) ranges = new Float64Array(0);
      else if (this.workdays.has(day)) ranges = this.makeUp;
      else ranges = this.weekly[new Date(day * DAY_MS).getUTCDay()]!;
      this.days.set(day, ranges);
    }
    return ranges;
  }

  isWorking(instant: number): boolean {
    // A 15-minute block lies within one wall-clock day: look the day up once per block.
    const block = Math.floor(instant / BLOCK);
    if (block !== this.block) {
      this.block = block;
      const wall = referenceWall(block * BLOCK, this.zone);
      const day = Math.floor(wall / DAY_MS);
      this.blockMinute = (wall - day * DAY_MS) / MINUTE;
      this.today = this.rangesOf(day);
      this.yesterday = this.rangesOf(day - 1);
    }
    const minute = this.blockMinute + (instant - block * BLOCK) / MINUTE;
    const today = this.today;
    for (let i = 0; i < today.length; i += 2) if (today[i]! <= minute && minute < today[i + 1]!) return true;
    const yesterday = this.yesterday;
    for (let i = 1; i < yesterday.length; i += 2) if (minute + DAY_MINUTES < yesterday[i]!) return true;
    return false;
  }

  counts(instant: number): boolean {
    const pauses = this.pauses;
    for (let i = 0; i < pauses.length; i += 2)
      if (instant >= pauses[i]! && instant < pauses[i + 1]!) return false;
    return this.isWorking(instant);
  }

  /**
   * cumulative[k]: business minutes in [start, start + k min) walking forward (direction 1), or in
   * [start − k min, start) walking backward (−1); the walk stops when `target` minutes are reached,
   * or after `limit` minutes.
   */
  walk(start: number, direction: 1 | -1, target: number, limit: number): Int32Array {
    const cumulative = new Int32Array(limit + 1);
    let count = 0;
    let k = 0;
    while (k < limit && count < target) {
      if (this.counts(direction === 1 ? start + k * MINUTE : start - (k + 1) * MINUTE)) count += 1;
      k += 1;
      cumulative[k] = count;
    }
    return cumulative.subarray(0, k + 1);
  }
}

/** The first k with cumulative[k] === target, or −1. */
function firstReaching(cumulative: Int32Array, target: number): number {
  return cumulative.indexOf(target);
}

const boundary = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 0, max: DAY_MINUTES }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 24 }).map((hour) => hour * 60) },
);

/** 0–3 disjoint ranges of one day; the last one sometimes runs past midnight. */
const dayRanges: fc.Arbitrary<ReferenceRange[]> = fc
  .tuple(fc.uniqueArray(boundary, { maxLength: 6 }), fc.boolean(), fc.nat())
  .map(([points, crossing, seed]) => {
    const sorted = [...points].sort((a, b) => a - b);
    const ranges: ReferenceRange[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) ranges.push({ start: sorted[i]!, end: sorted[i + 1]! });
    const last = ranges[ranges.length - 1];
    if (crossing && last && last.start > 0) last.end = DAY_MINUTES + (seed % last.start);
    return ranges;
  });

const startInstant = fc.oneof(
  fc.integer({ min: YEAR_START / MINUTE, max: YEAR_END / MINUTE - 1 }).map((minute) => minute * MINUTE),
  fc
    .tuple(fc.constantFrom(...DST_SWITCHES), fc.integer({ min: -4 * DAY_MINUTES, max: 4 * DAY_MINUTES }))
    .map(([at, minutes]) => at + minutes * MINUTE),
);

const pauseOffsets = fc.record({
  from: fc.integer({ min: -3 * DAY_MINUTES, max: 8 * DAY_MINUTES }),
  length: fc.option(fc.integer({ min: -120, max: 2 * DAY_MINUTES }), { freq: 8 }),
});

const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    weekly: fc.oneof(
      { weight: 1, arbitrary: fc.constant('24x7' as const) },
      { weight: 9, arbitrary: fc.array(dayRanges, { minLength: 7, maxLength: 7 }) },
    ),
    makeUp: fc.option(dayRanges, { nil: undefined }),
    special: fc.uniqueArray(fc.tuple(fc.integer({ min: -5, max: 12 }), fc.boolean()), {
      maxLength: 6,
      selector: ([offset]) => offset,
    }),
    start: startInstant,
    pauses: fc.array(pauseOffsets, { maxLength: 3 }),
    forward: fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 600 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 * DAY_MINUTES }) },
    ),
    backward: fc.integer({ min: 0, max: 600 }),
    spanFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    probes: fc.array(fc.integer({ min: -DAY_MINUTES, max: 2 * DAY_MINUTES }), { maxLength: 4 }),
  })
  .map(({ special, pauses, start, ...rest }) => ({
    ...rest,
    start,
    holidayOffsets: special.filter(([, holiday]) => holiday).map(([offset]) => offset),
    workdayOffsets: special.filter(([, holiday]) => !holiday).map(([offset]) => offset),
    pauses: pauses.map(({ from, length }) =>
      length === null
        ? { from: start + from * MINUTE }
        : { from: start + from * MINUTE, to: start + (from + length) * MINUTE },
    ),
  }));

function build(scenario: Scenario): BusinessCalendar {
  const result = BusinessCalendar.from(initOf(scenario));
  if (!result.ok) throw new Error(`generated an invalid calendar: ${JSON.stringify(result.issues)}`);
  return result.calendar;
}

describe('business time against a minute-by-minute reference', () => {
  it('agrees on addBusinessTime, businessTimeBetween and isWorking (10,000 random cases)', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const calendar = build(scenario);
        const reference = new ReferenceCalendar(scenario);
        const { start, pauses } = scenario;

        const ahead = reference.walk(start, 1, scenario.forward, FORWARD_MINUTES);
        const deadline = addBusinessTime(calendar, start, scenario.forward * MINUTE, pauses);
        const reached = firstReaching(ahead, scenario.forward);
        if (reached >= 0) expect(deadline, 'addBusinessTime').to.equal(start + reached * MINUTE);
        else
          expect(deadline, 'addBusinessTime beyond the walk').to.be.greaterThan(
            start + FORWARD_MINUTES * MINUTE,
          );

        const span = Math.floor(scenario.spanFraction * (ahead.length - 1));
        expect(
          businessTimeBetween(calendar, start, start + span * MINUTE, pauses),
          'businessTimeBetween',
        ).to.equal(ahead[span]! * MINUTE);

        const behind = reference.walk(start, -1, scenario.backward, BACKWARD_MINUTES);
        const earlier = addBusinessTime(calendar, start, -scenario.backward * MINUTE, pauses);
        const reachedBack = firstReaching(behind, scenario.backward);
        if (reachedBack >= 0)
          expect(earlier, 'addBusinessTime backwards').to.equal(start - reachedBack * MINUTE);
        else expect(earlier, 'backwards beyond the walk').to.be.lessThan(start - BACKWARD_MINUTES * MINUTE);
        const backSpan = Math.floor(scenario.spanFraction * (behind.length - 1));
        expect(
          businessTimeBetween(calendar, start, start - backSpan * MINUTE, pauses),
          'negative span',
        ).to.equal(-behind[backSpan]! * MINUTE);

        for (const probe of scenario.probes) {
          const instant = start + probe * MINUTE;
          expect(calendar.isWorking(instant), `isWorking ${new Date(instant).toISOString()}`).to.equal(
            reference.isWorking(instant),
          );
        }
      }),
      { numRuns: 10_000 },
    );
  }).timeout(120_000);

  it('round-trips: business time up to addBusinessTime(d) is d; it grows with d and the start', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.integer({ min: -3 * DAY_MINUTES, max: 3 * DAY_MINUTES }),
        fc.integer({ min: 0, max: DAY_MINUTES }),
        (scenario, minutes, later) => {
          const calendar = build(scenario);
          const { start, pauses } = scenario;
          const duration = minutes * MINUTE;
          const deadline = addBusinessTime(calendar, start, duration, pauses);
          if (Number.isFinite(deadline)) {
            expect(businessTimeBetween(calendar, start, deadline, pauses)).to.equal(duration);
          }
          expect(addBusinessTime(calendar, start, duration + later * MINUTE, pauses)).to.be.at.least(
            deadline,
          );
          expect(addBusinessTime(calendar, start + later * MINUTE, duration, pauses)).to.be.at.least(
            deadline,
          );
        },
      ),
      { numRuns: 10_000 },
    );
  }).timeout(120_000);
});
