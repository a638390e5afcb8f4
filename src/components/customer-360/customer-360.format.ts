// Intl formatters for the 360, cached per language / currency / time zone: a render formats dozens of
// amounts and dates, and building an Intl formatter costs far more than using one.

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

/** An amount in its currency, e.g. `¥1,280.50` / `CN¥1,280.50`; plain digits when the code is unusable. */
export function formatMoney(lang: string, value: number, currency: string): string {
  const key = `${lang}|${currency}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(lang, { style: 'currency', currency });
    } catch {
      return `${value.toFixed(2)} ${currency}`;
    }
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A number with the language's grouping, at most `digits` decimals. */
export function formatNumber(lang: string, value: number, digits = 2): string {
  const key = `${lang}|n${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A date (`withTime`: date and time) in the agent's zone, or `timeZone` when given; ISO when the zone is unknown. */
export function formatDate(
  lang: string,
  iso: string,
  timeZone: string | undefined,
  withTime = false,
): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const key = `${lang}|${timeZone ?? ''}|${withTime ? 't' : 'd'}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(lang, {
        dateStyle: 'medium',
        ...(withTime ? { timeStyle: 'short' } : {}),
        ...(timeZone ? { timeZone } : {}),
      });
    } catch {
      format = null; // an unknown time zone: ISO text below
    }
    dateFormats.set(key, format);
  }
  return format ? format.format(ms) : new Date(ms).toISOString();
}

/** A language tag's name in `lang`, e.g. `zh-CN` → `Chinese (China)`; the tag itself when unknown. */
export function formatLanguage(lang: string, tag: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Whole years and months from `sinceIso` to `now`. */
export function tenure(sinceIso: string, now: number): { years: number; months: number } | undefined {
  const since = new Date(sinceIso);
  if (!Number.isFinite(since.getTime()) || since.getTime() > now) return undefined;
  const end = new Date(now);
  let months = (end.getFullYear() - since.getFullYear()) * 12 + (end.getMonth() - since.getMonth());
  if (end.getDate() < since.getDate()) months -= 1;
  months = Math.max(0, months);
  return { years: Math.floor(months / 12), months: months % 12 };
}
