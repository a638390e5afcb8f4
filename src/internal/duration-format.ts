const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * Rounds to the shown unit the way a countdown reads: time left rounds up (a full hour shows 1:00:00
 * and reaches 0:00:00 exactly at the deadline), time overdue rounds down (it counts up from 0).
 */
function roundForDisplay(ms: number, unit: number): number {
  const abs = Math.abs(ms);
  return (ms > 0 ? Math.ceil(abs / unit) : Math.floor(abs / unit)) * unit;
}

/**
 * A countdown as a clock face: `47:59:12` (or `47:59` in minutes precision); `4d 03:10` from 100
 * hours on, where seconds no longer matter.
 */
export function formatClock(ms: number, precision: 'seconds' | 'minutes', dayUnit = 'd'): string {
  if (!Number.isFinite(ms)) return '--:--';
  const abs = roundForDisplay(ms, precision === 'seconds' ? SECOND : MINUTE);
  const totalSeconds = Math.floor(abs / SECOND);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours >= 100) {
    const days = Math.floor(abs / DAY);
    return `${days}${dayUnit} ${pad(Math.floor((abs % DAY) / HOUR))}:${pad(minutes)}`;
  }
  return precision === 'seconds' ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${hours}:${pad(minutes)}`;
}

/** Units for spoken durations, per language. */
export interface DurationUnits {
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/** A duration in words for screen readers and sentences: `2 d 3 h`, `1 h 5 min`, `45 s`; the two largest units. */
export function formatDurationWords(
  ms: number,
  units: DurationUnits,
  precision: 'seconds' | 'minutes' = 'minutes',
): string {
  if (!Number.isFinite(ms)) return '—';
  const abs = roundForDisplay(ms, precision === 'seconds' || Math.abs(ms) < MINUTE ? SECOND : MINUTE);
  const parts: Array<[number, string]> = [
    [Math.floor(abs / DAY), units.day],
    [Math.floor((abs % DAY) / HOUR), units.hour],
    [Math.floor((abs % HOUR) / MINUTE), units.minute],
    [Math.floor((abs % MINUTE) / SECOND), units.second],
  ];
  const usable = precision === 'seconds' || abs < MINUTE ? parts : parts.slice(0, 3);
  const first = usable.findIndex(([value]) => value > 0);
  if (first === -1) return `0 ${precision === 'seconds' || abs < MINUTE ? units.second : units.minute}`;
  return usable
    .slice(first, first + 2)
    .filter(([value]) => value > 0)
    .map(([value, unit]) => `${value} ${unit}`)
    .join(' ');
}
