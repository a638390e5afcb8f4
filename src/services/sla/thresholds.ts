import { parseIsoDuration } from '../business-time/duration.js';

/** A warning threshold: a share of the target used, or business time left. */
export type SlaThreshold =
  | { readonly kind: 'percent'; readonly label: string; readonly fraction: number }
  | { readonly kind: 'remaining'; readonly label: string; readonly remainingMs: number };

/** What `parseThresholds` returns. */
export type ThresholdsResult = { ok: true; thresholds: SlaThreshold[] } | { ok: false; message: string };

/** The colour bands most ticketing systems start with. */
export const DEFAULT_WARN_AT = '75%,90%';

/**
 * Parses `warn-at`: a comma-separated list of percentages of the target used (`75%`) and/or ISO
 * durations of business time left (`PT1H`), e.g. `75%,90%` or `50%,PT15M`. Sorted by how early they
 * usually come (percentages ascending, then durations descending); duplicates removed.
 */
export function parseThresholds(text: string | null | undefined): ThresholdsResult {
  const source = (text ?? '').trim() || DEFAULT_WARN_AT;
  const thresholds: SlaThreshold[] = [];
  for (const raw of source.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(part);
    if (percent) {
      const value = Number(percent[1]);
      if (!(value > 0 && value < 100))
        return { ok: false, message: `warn-at "${part}": a percentage must be between 0 and 100` };
      thresholds.push({ kind: 'percent', label: `${value}%`, fraction: value / 100 });
      continue;
    }
    const duration = parseIsoDuration(part);
    if (!duration.ok) {
      return {
        ok: false,
        message: `warn-at "${part}" is neither a percentage (75%) nor an ISO duration (PT1H): ${duration.message}`,
      };
    }
    if (duration.value.ms <= 0)
      return { ok: false, message: `warn-at "${part}": a duration must be longer than zero` };
    thresholds.push({ kind: 'remaining', label: part.toUpperCase(), remainingMs: duration.value.ms });
  }
  if (thresholds.length === 0) return { ok: false, message: 'warn-at is empty' };
  const unique = new Map(thresholds.map((threshold) => [threshold.label, threshold]));
  const sorted = [...unique.values()].sort((a, b) => {
    if (a.kind === 'percent' && b.kind === 'percent') return a.fraction - b.fraction;
    if (a.kind === 'remaining' && b.kind === 'remaining') return b.remainingMs - a.remainingMs;
    return a.kind === 'percent' ? -1 : 1;
  });
  return { ok: true, thresholds: sorted };
}
