// @ts-check
// Summary statistics for per-window samples.

/**
 * @typedef {object} Summary
 * @property {number} median
 * @property {number} p95
 * @property {number} mean
 * @property {number} max
 * @property {number[]} windows - every sample, in measurement order
 */

/**
 * Percentile by linear interpolation between closest ranks (the same definition as numpy's default),
 * so a p95 of 20 windows is not simply the largest one.
 * @param {number[]} values
 * @param {number} p - 0…100
 * @returns {number}
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** @param {number[]} values */
export const median = (values) => percentile(values, 50);

/**
 * @param {number} value
 * @param {number} [digits]
 */
export const round = (value, digits = 2) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);

/**
 * @param {number[]} values
 * @returns {Summary}
 */
export function summarize(values) {
  const mean = values.reduce((sum, value) => sum + value, 0) / (values.length || 1);
  return {
    median: round(median(values)),
    p95: round(percentile(values, 95)),
    mean: round(mean),
    max: round(Math.max(...values)),
    windows: values.map((value) => round(value)),
  };
}

/**
 * a / b, or null when b is not a positive number (a ratio over ~0 says nothing).
 * @param {number} a
 * @param {number} b
 * @returns {number | null}
 */
export function ratio(a, b) {
  return b > 0 && Number.isFinite(a) ? round(a / b, 1) : null;
}
