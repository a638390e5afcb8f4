// A ticket's targets as the countdown shows them: the rows planned once per data change, and what
// follows from a row at an instant (its order, its colour band, when it next changes). Pure: the
// element keeps the state, the events and the words.
import type { SlaState } from '../../events/cx-sla-state-change.js';
import { evaluateTarget, type SlaPlan, type SlaStatus } from '../../services/sla/evaluate.js';

/**
 * A target as shown: its plan and the words for it (masked, localized once per data change, not
 * per tick), or why it has none.
 */
export type Row =
  | {
      readonly ok: true;
      readonly plan: SlaPlan;
      /** What the agent reads: the label, else the kind's term; personal data masked. */
      readonly name: string;
      readonly kindLabel: string;
      /** The target's id for event details, personal data masked. */
      readonly eventId: string;
    }
  | { readonly ok: false; readonly id: string; readonly name: string; readonly problems: string };

/** A row at the time shown: its status, or none when it cannot be shown. */
export interface ShownRow {
  readonly row: Row;
  readonly status: SlaStatus | undefined;
}

/** The urgency band: colours the time and the bar (a paused target keeps its band). */
export type Band = 'ok' | 'warning' | 'critical' | 'breach' | 'muted';

const ORDER: Record<SlaState, number> = {
  breached: 0,
  warning: 1,
  paused: 2,
  active: 3,
  met: 4,
  cancelled: 5,
};

/** Validation issues in one line: `path: message; …`. */
export function describeIssues(issues: ReadonlyArray<{ path?: string; message: string }>): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
}

/** The rows with their status at `now`, most imminent first (rows that cannot be shown last). */
export function byUrgency(rows: readonly Row[], now: number): ShownRow[] {
  const shown = rows.map((row) =>
    row.ok ? { row, status: evaluateTarget(row.plan, now) } : { row, status: undefined },
  );
  return shown.sort(
    (a, b) => sortKey(a.row, a.status) - sortKey(b.row, b.status) || deadlineOf(a.row) - deadlineOf(b.row),
  );
}

function sortKey(row: Row, status: SlaStatus | undefined): number {
  if (!row.ok || !status) return 10;
  return ORDER[status.state];
}

function deadlineOf(row: Row): number {
  return row.ok ? row.plan.deadline : Infinity;
}

/** The next instant after `now` at which a running target reaches a milestone or a pause starts or ends. */
export function nextChangeAt(rows: readonly Row[], now: number): number {
  let next = Infinity;
  for (const row of rows) {
    if (!row.ok) continue;
    const { target } = row.plan;
    if (target.metAt !== undefined || target.cancelledAt !== undefined) continue;
    for (const milestone of row.plan.milestones)
      if (milestone.at > now && milestone.at < next) next = milestone.at;
    for (const pause of target.pauses) {
      if (pause.from > now && pause.from < next) next = pause.from;
      if (pause.to !== undefined && pause.to > now && pause.to < next) next = pause.to;
    }
  }
  return next;
}

export function bandOf(status: SlaStatus): Band {
  if (status.state === 'met' || status.state === 'cancelled') return 'muted';
  if (status.breached) return 'breach';
  if (status.thresholdsReached.length >= 2) return 'critical';
  if (status.thresholdsReached.length === 1) return 'warning';
  return 'ok';
}

/**
 * Classes of a target: `state-*` colours the state's word and icon, `band-*` the time and bar. The
 * bare state and band names are kept for hosts' selectors from 0.1; the styles use the prefixed ones.
 */
export function statusClasses(base: Record<string, boolean>, status: SlaStatus): Record<string, boolean> {
  const band = bandOf(status);
  return {
    ...base,
    [band]: true,
    [status.state]: true,
    [`band-${band}`]: true,
    [`state-${status.state}`]: true,
  };
}

/** Met and cancelled targets show a sentence that no longer changes; the others tick. */
export function isTicking(status: SlaStatus): boolean {
  return status.state !== 'met' && status.state !== 'cancelled';
}
