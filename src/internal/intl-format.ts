/**
 * Intl formatters shared by every widget, cached by locale and options: a render formats dozens of
 * numbers and dates (a queue of countdowns thousands), and building an Intl formatter costs far more
 * than using one. A locale or option Intl refuses (an unknown time zone or currency, a malformed
 * language tag) gives `undefined`, remembered like a formatter, so a caller falls back to plain text.
 */

/** Past this many formatters of one kind the oldest are dropped (hosts may pass arbitrary zones). */
const LIMIT = 256;

const dateTimeFormats = new Map<string, Intl.DateTimeFormat | undefined>();
const numberFormats = new Map<string, Intl.NumberFormat | undefined>();

/** The key of `locale` and `options`, whatever the order of the options' keys. */
function keyOf(locale: string, options: object): string {
  let key = locale;
  for (const [name, value] of Object.entries(options).sort(([a], [b]) => (a < b ? -1 : 1)))
    if (value !== undefined) key += `|${name}=${String(value)}`;
  return key;
}

function cached<F>(cache: Map<string, F | undefined>, key: string, create: () => F): F | undefined {
  if (cache.has(key)) return cache.get(key);
  let format: F | undefined;
  try {
    format = create();
  } catch {
    format = undefined; // RangeError (unknown zone, currency or tag) or TypeError (a wrong option)
  }
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, format);
  return format;
}

/** A cached `Intl.DateTimeFormat`, or undefined when Intl refuses `locale` or `options`. */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat | undefined {
  return cached(dateTimeFormats, keyOf(locale, options), () => new Intl.DateTimeFormat(locale, options));
}

/** A cached `Intl.NumberFormat`, or undefined when Intl refuses `locale` or `options`. */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat | undefined {
  return cached(numberFormats, keyOf(locale, options), () => new Intl.NumberFormat(locale, options));
}
