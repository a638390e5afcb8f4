import * as v from 'valibot';
import type { BusinessCalendar, ValidationIssue } from '../business-time/calendar.js';
import { parseIsoDuration } from '../business-time/duration.js';
import { parseIsoDateTime } from '../clock.js';
import { resolveCalendar, type CalendarInput } from './calendars.js';

/** An instant: ISO 8601 date-time with an offset or `Z`, epoch milliseconds, or a Date. */
export type InstantInput = string | number | Date;

/** A target as a host passes it (property `targets`). */
export interface SlaTargetInput {
  /** Unique within the ticket; keys the exact-once memory of warnings and breaches. */
  id: string;
  /** What the agent reads, e.g. "First response". */
  label?: string;
  /** `first-response`, `response`, `resolution`, `follow-up`, or any other kind. */
  kind?: string;
  /** When the clock started. */
  startedAt: InstantInput;
  /** Fixed deadline; or give `duration`. */
  dueAt?: InstantInput | null;
  /** ISO 8601 duration from `startedAt`: `PT48H` (business hours with a calendar), `P3D` (working days with a calendar). */
  duration?: string | null;
  /** Calendar name (`cn`, `24x7`), instance or definition; default: the widget's `calendar`. */
  calendar?: CalendarInput;
  /** Spans when the clock stops (waiting on the customer); `to` absent: still paused. */
  pauses?: Array<{ from: InstantInput; to?: InstantInput | null; reason?: string }> | null;
  /** When the target was met (response sent, ticket resolved). */
  metAt?: InstantInput | null;
  /** When the target was cancelled (no longer applies). */
  cancelledAt?: InstantInput | null;
}

/** A pause of a validated target, in epoch ms. */
export interface SlaPause {
  readonly from: number;
  readonly to: number | undefined;
  readonly reason: string;
}

/** A validated target, instants in epoch ms. */
export interface SlaTarget {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
  readonly startedAt: number;
  readonly dueAt: number | undefined;
  readonly duration: string | undefined;
  readonly calendar: BusinessCalendar | null;
  readonly pauses: readonly SlaPause[];
  readonly metAt: number | undefined;
  readonly cancelledAt: number | undefined;
}

/** One target's validation outcome: the target, or what is wrong with it (paths relative to the target). */
export type TargetResult =
  | { ok: true; target: SlaTarget }
  | { ok: false; id: string; label: string; kind?: string; issues: ValidationIssue[] };

/** Parses an instant; a date-time without an offset is refused (it would depend on the agent's zone). */
export function parseInstant(value: unknown): { ok: true; ms: number } | { ok: false; message: string } {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? { ok: true, ms } : { ok: false, message: 'invalid Date' };
  }
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { ok: true, ms: value }
      : { ok: false, message: `${value} is not an instant` };
  }
  if (typeof value === 'string') {
    const text = value.trim();
    const ms = parseIsoDateTime(text);
    return ms !== undefined
      ? { ok: true, ms }
      : {
          ok: false,
          message: `"${text.slice(0, 60)}" is not an ISO 8601 date-time with an offset (e.g. 2026-11-22T09:30:00+08:00)`,
        };
  }
  return { ok: false, message: 'expected an ISO 8601 date-time, epoch milliseconds or a Date' };
}

const instant = v.union(
  [v.string(), v.number(), v.date()],
  'expected an ISO 8601 date-time, epoch milliseconds or a Date',
);
const optionalInstant = v.nullish(instant);
const targetShape = v.looseObject({
  id: v.pipe(
    v.string('id must be a string'),
    v.trim(),
    v.nonEmpty('id must not be empty'),
    v.maxLength(200, 'id is too long'),
  ),
  label: v.nullish(v.string('label must be a string')),
  kind: v.nullish(v.string('kind must be a string')),
  startedAt: instant,
  dueAt: optionalInstant,
  duration: v.nullish(v.string('duration must be an ISO 8601 duration such as PT48H')),
  calendar: v.nullish(v.union([v.string(), v.object({})], 'calendar must be a name or a calendar')),
  pauses: v.nullish(
    v.array(
      v.looseObject({
        from: instant,
        to: optionalInstant,
        reason: v.nullish(v.string('reason must be a string')),
      }),
      'pauses must be a list',
    ),
  ),
  metAt: optionalInstant,
  cancelledAt: optionalInstant,
});

const MAX_LABEL = 200;

/** Validates one target; `defaultCalendar` applies when the target names none. */
export function validateTarget(input: unknown, defaultCalendar: BusinessCalendar | null): TargetResult {
  const fallbackId =
    typeof (input as { id?: unknown })?.id === 'string' ? String((input as { id: string }).id) : '?';
  const fallbackLabel =
    typeof (input as { label?: unknown })?.label === 'string'
      ? String((input as { label: string }).label)
      : fallbackId;
  const kind = (input as { kind?: unknown } | null)?.kind;
  const fallbackKind = typeof kind === 'string' && kind.trim() ? kind.trim().slice(0, 60) : undefined;
  const shape = v.safeParse(targetShape, input);
  if (!shape.success) {
    return {
      ok: false,
      id: fallbackId,
      label: fallbackLabel.slice(0, MAX_LABEL),
      ...(fallbackKind ? { kind: fallbackKind } : {}),
      issues: shape.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message })),
    };
  }
  const raw = shape.output;
  const issues: ValidationIssue[] = [];
  const read = (path: string, value: unknown): number | undefined => {
    if (value === undefined || value === null) return undefined;
    const parsed = parseInstant(value);
    if (parsed.ok) return parsed.ms;
    issues.push({ path, message: parsed.message });
    return undefined;
  };
  const startedAt = read('startedAt', raw.startedAt);
  const dueAt = read('dueAt', raw.dueAt);
  const metAt = read('metAt', raw.metAt);
  const cancelledAt = read('cancelledAt', raw.cancelledAt);

  const duration = raw.duration?.trim() || undefined;
  if (duration === undefined && dueAt === undefined)
    issues.push({ path: 'dueAt', message: 'give dueAt or duration' });
  if (duration !== undefined && dueAt !== undefined)
    issues.push({ path: 'duration', message: 'give dueAt or duration, not both' });
  if (duration !== undefined) {
    const parsed = parseIsoDuration(duration);
    if (!parsed.ok) issues.push({ path: 'duration', message: parsed.message });
    else if (parsed.value.ms <= 0)
      issues.push({ path: 'duration', message: 'duration must be longer than zero' });
  }
  if (startedAt !== undefined && dueAt !== undefined && dueAt <= startedAt) {
    issues.push({ path: 'dueAt', message: 'dueAt must be after startedAt' });
  }
  if (startedAt !== undefined && metAt !== undefined && metAt < startedAt) {
    issues.push({ path: 'metAt', message: 'metAt must not be before startedAt' });
  }
  if (startedAt !== undefined && cancelledAt !== undefined && cancelledAt < startedAt) {
    issues.push({ path: 'cancelledAt', message: 'cancelledAt must not be before startedAt' });
  }

  const pauses: SlaPause[] = [];
  (raw.pauses ?? []).forEach((pause, index) => {
    const from = read(`pauses.${index}.from`, pause.from);
    const to = read(`pauses.${index}.to`, pause.to);
    if (from === undefined) return;
    if (to !== undefined && to < from)
      issues.push({ path: `pauses.${index}.to`, message: 'a pause must not end before it starts' });
    pauses.push({ from, to, reason: (pause.reason ?? '').slice(0, MAX_LABEL) });
  });
  pauses.sort((a, b) => a.from - b.from);
  for (let index = 1; index < pauses.length; index++) {
    const previous = pauses[index - 1]!;
    if (previous.to === undefined || previous.to > pauses[index]!.from) {
      issues.push({ path: 'pauses', message: 'pauses overlap (only the last pause may be open)' });
      break;
    }
  }

  const calendar = resolveCalendar(raw.calendar as CalendarInput, defaultCalendar);
  if (!calendar.ok)
    issues.push(
      ...calendar.issues.map((issue) => ({
        path: issue.path ? `calendar.${issue.path}` : 'calendar',
        message: issue.message,
      })),
    );

  const id = raw.id;
  const label = (raw.label?.trim() || id).slice(0, MAX_LABEL);
  if (issues.length > 0 || startedAt === undefined || !calendar.ok)
    return { ok: false, id, label, ...(fallbackKind ? { kind: fallbackKind } : {}), issues };
  return {
    ok: true,
    target: {
      id,
      label,
      kind: (raw.kind?.trim() || 'response').slice(0, 60),
      startedAt,
      dueAt,
      duration,
      calendar: calendar.calendar,
      pauses,
      metAt,
      cancelledAt,
    },
  };
}

/** Validates a `targets` property: per-target results (good ones keep working), plus list-level issues. */
export function validateTargets(
  input: unknown,
  defaultCalendar: BusinessCalendar | null,
): { results: TargetResult[]; issues: ValidationIssue[] } {
  if (input === undefined || input === null) return { results: [], issues: [] };
  if (!Array.isArray(input))
    return { results: [], issues: [{ path: 'targets', message: 'targets must be an array' }] };
  const seen = new Set<string>();
  const results = input.map((target): TargetResult => {
    const result = validateTarget(target, defaultCalendar);
    const id = result.ok ? result.target.id : result.id;
    const duplicate = seen.has(id);
    seen.add(id);
    if (!duplicate) return result;
    const label = result.ok ? result.target.label : result.label;
    const issues = [
      ...(result.ok ? [] : result.issues),
      { path: 'id', message: `duplicate target id "${id}"` },
    ];
    return { ok: false, id, label, issues };
  });
  return { results, issues: [] };
}
