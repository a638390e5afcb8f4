import {
  BusinessCalendar,
  type BusinessCalendarInit,
  type ValidationIssue,
} from '../business-time/calendar.js';

const registry = new Map<string, BusinessCalendar | null>([['24x7', null]]);

/** Makes a calendar available by name to `calendar="…"` attributes and target `calendar` fields. */
export function registerCalendar(id: string, calendar: BusinessCalendar): void {
  registry.set(id, calendar);
}

/** Names of the registered calendars (`24x7` is built in; `cn` once `cx-desk/calendars/cn` is imported). */
export function registeredCalendars(): string[] {
  return [...registry.keys()];
}

/** What a target or widget may name as its calendar. */
export type CalendarInput = string | BusinessCalendar | BusinessCalendarInit | null | undefined;

/** A resolved calendar (`null`: round-the-clock wall time), or why it could not be resolved. */
export type CalendarResolution =
  { ok: true; calendar: BusinessCalendar | null } | { ok: false; issues: ValidationIssue[] };

/** Resolves a calendar given by name, instance or definition; `fallback` when none is given. */
export function resolveCalendar(
  input: CalendarInput,
  fallback: BusinessCalendar | null = null,
): CalendarResolution {
  if (input === undefined || input === null || input === '') return { ok: true, calendar: fallback };
  if (input instanceof BusinessCalendar) return { ok: true, calendar: input };
  if (typeof input === 'string') {
    if (registry.has(input)) return { ok: true, calendar: registry.get(input) ?? null };
    const known = registeredCalendars().join(', ');
    const hint =
      input === 'cn' ? ' (import "cx-desk/calendars/cn" to register the Chinese working calendar)' : '';
    return {
      ok: false,
      issues: [{ path: '', message: `unknown calendar "${input}"; registered: ${known}${hint}` }],
    };
  }
  if (typeof input === 'object') {
    const result = BusinessCalendar.from(input);
    return result.ok ? { ok: true, calendar: result.calendar } : { ok: false, issues: result.issues };
  }
  return {
    ok: false,
    issues: [{ path: '', message: 'expected a calendar name, a BusinessCalendar or a calendar definition' }],
  };
}
