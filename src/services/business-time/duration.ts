import { addBusinessDays, addBusinessTime, type Pause } from './arithmetic.js';
import type { BusinessCalendar } from './calendar.js';

/** The parts of an ISO 8601 duration without years and months. */
export interface IsoDuration {
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  /** The whole duration in milliseconds, days and weeks counted as 24 h and 7 × 24 h. */
  ms: number;
}

/** What `parseIsoDuration` returns. */
export type IsoDurationResult = { ok: true; value: IsoDuration } | { ok: false; message: string };

/** What `resolveDeadline` returns; `mode` says whether whole working days or business time were added. */
export type DeadlineResult =
  | { ok: true; deadline: number; duration: IsoDuration; mode: 'working-days' | 'business-time' }
  | { ok: false; message: string };

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const DURATION = new RegExp(
  `^P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(${NUMBER})H)?(?:(${NUMBER})M)?(?:(${NUMBER})S)?)?$`,
);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const EXAMPLES = 'such as PT48H, P3D, PT1H30M or P1DT2H';

/**
 * Parses an ISO 8601 duration made of weeks, days, hours, minutes and seconds (`PT48H`, `P3D`,
 * `PT1H30M`, `P1DT2H`, `PT90S`, `P2W`); only the last part may have a fraction (`PT1.5H`). Years and
 * months are refused (they have no fixed length), as are negative and empty durations.
 */
export function parseIsoDuration(text: string): IsoDurationResult {
  if (typeof text !== 'string') return { ok: false, message: `expected an ISO 8601 duration ${EXAMPLES}` };
  const normalised = text.trim().toUpperCase();
  if (normalised.startsWith('-')) return { ok: false, message: 'a duration cannot be negative' };
  if (normalised === 'P') return { ok: false, message: '"P" alone is empty: add a number of days or a time' };
  if (/^P.*T$/.test(normalised)) {
    return { ok: false, message: `"${text}": "T" must be followed by hours, minutes or seconds` };
  }
  const datePart = normalised.split('T')[0]!;
  if (normalised.startsWith('P') && /\d[YM]/.test(datePart)) {
    return {
      ok: false,
      message: `"${text}": years and months have no fixed length; use days (P30D) or weeks (P4W)`,
    };
  }
  const match = DURATION.exec(normalised);
  if (!match) return { ok: false, message: `"${text}" is not an ISO 8601 duration ${EXAMPLES}` };
  const parts = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part.replace(',', '.'))));
  const lastGiven = parts.findLastIndex((part) => part !== undefined);
  if (parts.some((part, index) => part !== undefined && index < lastGiven && !Number.isInteger(part))) {
    return { ok: false, message: `"${text}": only the last part of a duration may have a fraction` };
  }
  const [weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0] = parts;
  const ms = Math.round((weeks * 7 + days) * DAY + hours * HOUR + minutes * MINUTE + seconds * SECOND);
  if (!Number.isSafeInteger(ms)) return { ok: false, message: `"${text}" is too long` };
  return { ok: true, value: { weeks, days, hours, minutes, seconds, ms } };
}

/**
 * The deadline of a target given as an ISO duration from `startMs`. With a calendar, a duration of
 * whole days and weeks only counts working days (`P3D`: 3 working days, `P1W`: 5) through
 * `addBusinessDays`; anything with a time part is business time (`PT48H`: 48 working hours) through
 * `addBusinessTime`. Without a calendar every duration is wall-clock time. Pauses push it back.
 */
export function resolveDeadline(
  calendar: BusinessCalendar | null,
  startMs: number,
  durationText: string,
  pauses?: readonly Pause[],
): DeadlineResult {
  const parsed = parseIsoDuration(durationText);
  if (!parsed.ok) return parsed;
  const duration = parsed.value;
  const timePart = duration.hours + duration.minutes + duration.seconds;
  if (calendar && timePart === 0 && duration.ms > 0) {
    const workingDays = duration.weeks * 5 + duration.days;
    return {
      ok: true,
      deadline: addBusinessDays(calendar, startMs, workingDays, pauses),
      duration,
      mode: 'working-days',
    };
  }
  return {
    ok: true,
    deadline: addBusinessTime(calendar, startMs, duration.ms, pauses),
    duration,
    mode: 'business-time',
  };
}
