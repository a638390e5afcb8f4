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

const toMs = (value: InstantInput | undefined): number =>
  value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(String(value));

/**
 * Maps a TMF621 ticket to a resolution target: `creationDate` → `expectedResolutionDate`, periods in
 * `pending` / `held` (from `statusChangeHistory`) become pauses, and `resolved` / `closed` meet it,
 * `cancelled` cancels it. TMF621 has no business-hours or breach fields: the calendar comes from the widget.
 */
export function targetsFromTicket(
  ticket: TroubleTicketInput | null | undefined,
  label = 'Resolution',
): SlaTargetInput[] {
  if (!ticket || typeof ticket !== 'object') return [];
  const history = [...(ticket.statusChangeHistory ?? [])]
    .map((change) => ({
      status: String(change.status ?? '').trim(),
      at: change.statusChangeDate ?? change.changeDate,
      reason: change.statusChangeReason,
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
      pauses.push({ from: change.at!, reason: change.reason ?? change.status });
    if (DONE.has(change.status)) metAt ??= change.at;
    if (change.status === 'cancelled') cancelledAt ??= change.at;
  }
  const status = String(ticket.status ?? '');
  if (DONE.has(status)) metAt ??= ticket.resolutionDate ?? history.at(-1)?.at;
  if (status === 'cancelled') cancelledAt ??= history.at(-1)?.at;
  const target: SlaTargetInput = {
    id: `${ticket.id ?? 'ticket'}:resolution`,
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
