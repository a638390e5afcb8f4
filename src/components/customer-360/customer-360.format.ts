// The 360's formatting of amounts, numbers and dates, on the shared cached Intl formatters: a render
// formats dozens of them. A code or zone Intl refuses gives plain text, never an exception.
import { dateTimeFormat, numberFormat } from '../../internal/intl-format.js';

/** An amount in its currency, e.g. `¥1,280.50` / `CN¥1,280.50`; plain digits when the code is unusable. */
export function formatMoney(lang: string, value: number, currency: string): string {
  const format = numberFormat(lang, { style: 'currency', currency });
  return format ? format.format(value) : `${value.toFixed(2)} ${currency}`;
}

/** A number with the language's grouping, at most `digits` decimals. */
export function formatNumber(lang: string, value: number, digits = 2): string {
  return numberFormat(lang, { maximumFractionDigits: digits })?.format(value) ?? String(value);
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
  const format = dateTimeFormat(lang, {
    dateStyle: 'medium',
    timeStyle: withTime ? 'short' : undefined,
    timeZone: timeZone || undefined,
  });
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
