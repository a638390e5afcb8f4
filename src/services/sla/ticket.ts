import type { InstantInput, SlaTargetInput } from './targets.js';

/** The part of a TMF621 TroubleTicket the countdown reads. */
export interface TroubleTicketInput {
  id?: string;
  name?: string;
  ticketType?: string;
  severity?: string;
  status?: string;
  creationDate?: InstantInput;
  expectedResolutionDate?: InstantInput;
  resolutionDate?: InstantInput;
  statusChangeHistory?: Array<{
    status?: string;
    statusChangeDate?: InstantInput;
    changeDate?: InstantInput;
    statusChangeReason?: string;
  }>;
  [extension: string]: unknown;
}

const PAUSED = new Set(['pending', 'held']);
const DONE = new Set(['resolved', 'closed']);

const toMs = (value: unknown): number =>
  value instanceof Date
    ? value.getTime()
    : typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? Date.parse(value)
        : NaN;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Whether a value a host passed as `ticket` is a ticket object at all (not a string, a list, an error). */
export function isTicketObject(value: unknown): value is TroubleTicketInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Error)
    return false;
  // A TMF630 error body ({ code, reason, message, status, '@type': 'Error' }) where a ticket was expected.
  const record = value as Record<string, unknown>;
  if (record['@type'] === 'Error') return false;
  return !('reason' in record && 'code' in record && !('id' in record));
}

/**
 * Maps a TMF621 ticket to a resolution target: `creationDate` → `expectedResolutionDate`, periods in
 * `pending` / `held` (from `statusChangeHistory`) become pauses, and `resolved` / `closed` meet it,
 * `cancelled` cancels it. TMF621 has no business-hours or breach fields: the calendar comes from the
 * widget. A pause without a `statusChangeReason` is named by `pauseReason(status)` (default: the
 * status). Never throws: whatever is not understood is left out (and then reported by the target's
 * validation).
 */
export function targetsFromTicket(
  ticket: TroubleTicketInput | null | undefined,
  label = 'Resolution',
  pauseReason: (status: string) => string = (status) => status,
): SlaTargetInput[] {
  if (!isTicketObject(ticket)) return [];
  const changes = Array.isArray(ticket.statusChangeHistory) ? (ticket.statusChangeHistory as unknown[]) : [];
  const history = changes
    .filter((change): change is Record<string, unknown> => typeof change === 'object' && change !== null)
    .map((change) => ({
      status: text(change['status']),
      at: (change['statusChangeDate'] ?? change['changeDate']) as InstantInput | undefined,
      reason: text(change['statusChangeReason']),
    }))
    .filter((change) => change.at !== undefined && Number.isFinite(toMs(change.at)))
    .sort((a, b) => toMs(a.at) - toMs(b.at));
  const pauses: NonNullable<SlaTargetInput['pauses']> = [];
  let metAt: InstantInput | undefined;
  let cancelledAt: InstantInput | undefined;
  for (const change of history) {
    const open = pauses.at(-1);
    const paused = PAUSED.has(change.status);
    if (open && (open.to === undefined || open.to === null) && !paused) open.to = change.at!;
    if (paused && !(open && (open.to === undefined || open.to === null)))
      pauses.push({ from: change.at!, reason: change.reason || pauseReason(change.status) });
    if (DONE.has(change.status)) metAt ??= change.at;
    if (change.status === 'cancelled') cancelledAt ??= change.at;
  }
  const status = text(ticket.status);
  if (DONE.has(status)) metAt ??= ticket.resolutionDate ?? history.at(-1)?.at;
  if (status === 'cancelled') cancelledAt ??= history.at(-1)?.at;
  const target: SlaTargetInput = {
    id: `${typeof ticket.id === 'string' && ticket.id ? ticket.id : 'ticket'}:resolution`,
    label,
    kind: 'resolution',
    startedAt: ticket.creationDate as InstantInput,
    dueAt: ticket.expectedResolutionDate ?? null,
    pauses,
    metAt: metAt ?? null,
    cancelledAt: cancelledAt ?? null,
  };
  return [target];
}
