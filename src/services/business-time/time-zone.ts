/** A wall-clock date and time in a time zone (month 1–12); overflowing fields roll over like `Date.UTC`. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
  millisecond?: number;
}

/** The wall-clock reading of an instant in a time zone. */
export interface ZonedWallTime extends Required<WallTime> {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Milliseconds to add to UTC to get this wall time (e.g. 8 h for Asia/Shanghai). */
  offset: number;
}

/** A [start, end) span of epoch milliseconds. */
export type Interval = readonly [start: number, end: number];

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** Milliseconds in a civil day; every local day is numbered by `floor(wallMs / DAY)`. */
export const DAY = 24 * HOUR;
/** No UTC offset since 1900 exceeds this (they lie between −12 h and +14 h). */
export const MAX_OFFSET = 18 * HOUR;
/** Largest instant a Date can hold; calendars have no working time beyond ±MAX_DATE. */
export const MAX_DATE = 8.64e15;
/** A bound on how many UTC days of offsets one zone keeps before starting afresh. */
const MAX_CACHED_DAYS = 20_000;

/** Offsets of one UTC day: `before` until `changeAt`, then `after` (`changeAt` Infinity: no change). */
interface UtcDayOffsets {
  readonly before: number;
  readonly changeAt: number;
  readonly after: number;
}

interface ZoneState {
  readonly formatter: Intl.DateTimeFormat;
  /** Offset at 00:00 UTC of each UTC day number. */
  readonly midnightOffsets: Map<number, number>;
  readonly days: Map<number, UtcDayOffsets>;
}

const zones = new Map<string, ZoneState>();
const validity = new Map<string, boolean>();

/** Whether `timeZone` is an IANA zone (or `UTC`) this JavaScript engine knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  let valid = validity.get(timeZone);
  if (valid === undefined) {
    try {
      zoneState(timeZone);
      valid = true;
    } catch {
      valid = false;
    }
    validity.set(timeZone, valid);
  }
  return valid;
}

function zoneState(timeZone: string): ZoneState {
  let state = zones.get(timeZone);
  if (!state) {
    state = {
      formatter: new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
      midnightOffsets: new Map(),
      days: new Map(),
    };
    zones.set(timeZone, state);
  }
  return state;
}

/** `Date.UTC` without its quirk of reading years 0–99 as 1900–1999. */
export function civilToMs(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const value = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (year >= 0 && year < 100) return new Date(value).setUTCFullYear(year, month - 1, day);
  return value;
}

/** Offset at a whole second, asked of Intl (slow: callers cache). */
function offsetFromIntl(state: ZoneState, at: number): number {
  // Intl throws beyond the range of Date (and the wall time must fit in it too): clamp to a day inside.
  const limit = MAX_DATE - DAY;
  const second = Math.min(Math.max(Math.floor(at / SECOND) * SECOND, -limit), limit);
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let sec = 0;
  for (const part of state.formatter.formatToParts(second)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        sec = Number(part.value);
        break;
    }
  }
  return civilToMs(year, month, day, hour, minute, sec) - second;
}

function midnightOffset(state: ZoneState, utcDay: number): number {
  let offset = state.midnightOffsets.get(utcDay);
  if (offset === undefined) {
    offset = offsetFromIntl(state, utcDay * DAY);
    state.midnightOffsets.set(utcDay, offset);
  }
  return offset;
}

/**
 * Offsets are looked up per UTC day: equal offsets at both midnights mean no change that day (zones
 * change at most once a day); otherwise a binary search on whole seconds finds the change.
 */
function utcDayOffsets(state: ZoneState, utcDay: number): UtcDayOffsets {
  let offsets = state.days.get(utcDay);
  if (offsets) return offsets;
  if (state.days.size >= MAX_CACHED_DAYS) {
    state.days.clear();
    state.midnightOffsets.clear();
  }
  const before = midnightOffset(state, utcDay);
  const after = midnightOffset(state, utcDay + 1);
  if (before === after) {
    offsets = { before, changeAt: Infinity, after };
  } else {
    let low = utcDay * DAY;
    let high = low + DAY;
    while (high - low > SECOND) {
      const middle = low + Math.floor((high - low) / 2 / SECOND) * SECOND;
      if (offsetFromIntl(state, middle) === before) low = middle;
      else high = middle;
    }
    offsets = { before, changeAt: high, after };
  }
  state.days.set(utcDay, offsets);
  return offsets;
}

/**
 * Milliseconds to add to UTC to get the wall time in `timeZone` at `epochMs` (NaN for NaN). Throws a
 * RangeError for an unknown zone.
 */
export function timeZoneOffset(epochMs: number, timeZone: string): number {
  if (Number.isNaN(epochMs)) return NaN;
  const offsets = utcDayOffsets(zoneState(timeZone), Math.floor(epochMs / DAY));
  return epochMs < offsets.changeAt ? offsets.before : offsets.after;
}

/** The wall-clock reading of `epochMs` in `timeZone`. Throws a RangeError for an unknown zone. */
export function epochToWallTime(epochMs: number, timeZone: string): ZonedWallTime {
  const offset = timeZoneOffset(epochMs, timeZone);
  const wall = new Date(epochMs + offset);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
    weekday: wall.getUTCDay(),
    offset,
  };
}

/**
 * The instant at which the clocks of `timeZone` show `wall`. A wall time skipped by a DST gap is
 * moved forward by the length of the gap (02:30 on a spring-forward night → 03:30); a wall time that
 * occurs twice in a DST overlap resolves to the earlier instant (the one before the clocks go back).
 * Throws a RangeError for an unknown zone.
 */
export function zonedWallTimeToEpoch(wall: WallTime, timeZone: string): number {
  const local = civilToMs(
    wall.year,
    wall.month,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second ?? 0,
    wall.millisecond ?? 0,
  );
  if (!Number.isFinite(local)) return NaN;
  const before = timeZoneOffset(local - DAY, timeZone);
  const after = timeZoneOffset(local + DAY, timeZone);
  if (before === after) return local - before;
  const earlier = local - before;
  const later = local - after;
  const earlierValid = timeZoneOffset(earlier, timeZone) === before;
  const laterValid = timeZoneOffset(later, timeZone) === after;
  if (earlierValid && laterValid) return Math.min(earlier, later);
  if (earlierValid) return earlier;
  if (laterValid) return later;
  // In the gap: read the wall time with the offset from before the change, which lands past it.
  return earlier;
}

/** The local day number (days since 1970-01-01 on the wall calendar) of an instant. */
export function localDayOf(epochMs: number, timeZone: string): number {
  return Math.floor((epochMs + timeZoneOffset(epochMs, timeZone)) / DAY);
}

/**
 * The instants whose wall time lies in [wallStart, wallEnd) (both as wall-clock ms since 1970), in
 * order: one interval normally, none or a shorter one across a DST gap, two across an overlap.
 */
export function wallRangeToInstants(wallStart: number, wallEnd: number, timeZone: string): Interval[] {
  const state = zoneState(timeZone);
  const from = wallStart - MAX_OFFSET;
  const to = wallEnd + MAX_OFFSET;
  const result: Array<[number, number]> = [];
  const add = (segmentStart: number, segmentEnd: number, offset: number): void => {
    const start = Math.max(segmentStart, wallStart - offset);
    const end = Math.min(segmentEnd, wallEnd - offset);
    if (start >= end) return;
    const last = result[result.length - 1];
    if (last && last[1] === start) last[1] = end;
    else result.push([start, end]);
  };
  for (let utcDay = Math.floor(from / DAY); utcDay * DAY < to; utcDay++) {
    const dayStart = Math.max(utcDay * DAY, from);
    const dayEnd = Math.min((utcDay + 1) * DAY, to);
    const offsets = utcDayOffsets(state, utcDay);
    if (offsets.changeAt >= dayEnd) {
      add(dayStart, dayEnd, offsets.before);
    } else {
      add(dayStart, offsets.changeAt, offsets.before);
      add(Math.max(dayStart, offsets.changeAt), dayEnd, offsets.after);
    }
  }
  return result;
}
