import { addBusinessTime, businessTimeBetween, type Pause } from '../business-time/arithmetic.js';
import { parseIsoDuration } from '../business-time/duration.js';
import { addBusinessDays } from '../business-time/arithmetic.js';
import type { SlaState } from '../../events/cx-sla-state-change.js';
import type { SlaTarget } from './targets.js';
import type { SlaThreshold } from './thresholds.js';

/** A milestone of a target: a warning threshold, one minute left, or the deadline. */
export interface SlaMilestone {
  /** `warning:75%`, `warning:PT15M`, `last-minute`, `breach`. */
  readonly key: string;
  readonly kind: 'warning' | 'last-minute' | 'breach';
  /** Threshold label for warnings. */
  readonly threshold?: string;
  /** Instant (epoch ms) it is reached; Infinity while an open pause holds the clock. */
  readonly at: number;
}

/** What is fixed about a target until its data changes: budget, deadline and milestones. */
export interface SlaPlan {
  readonly target: SlaTarget;
  /** Business time allowed, in ms. */
  readonly budgetMs: number;
  /** Deadline after pauses (Infinity while an open pause holds the clock before the budget ran out). */
  readonly deadline: number;
  /** Warning thresholds, the last minute and the breach, in order. */
  readonly milestones: readonly SlaMilestone[];
  /** Years the calendar has no holiday data for, between start and deadline. */
  readonly uncoveredYears: readonly number[];
}

/** A target at one instant. */
export interface SlaStatus {
  readonly state: SlaState;
  /** Deadline passed (orthogonal to state: a paused or met target can be breached). */
  readonly breached: boolean;
  /** Business time left (negative when overdue). */
  readonly remainingMs: number;
  /** Business time past the deadline (0 when not overdue). */
  readonly overdueMs: number;
  /** Wall-clock time to the deadline (negative when overdue; Infinity while paused open-ended). */
  readonly wallRemainingMs: number;
  /** Share of the budget used, 0…1 (may exceed 1 when overdue). */
  readonly progress: number;
  /** The open pause, when paused. */
  readonly pause: { readonly reason: string; readonly since: number } | undefined;
  /** Warning thresholds reached (labels). */
  readonly thresholdsReached: readonly string[];
  /** For a met target: whether it was met after the deadline. */
  readonly late: boolean;
}

const MINUTE = 60_000;

function enginePauses(target: SlaTarget): Pause[] {
  return target.pauses.map((pause) =>
    pause.to === undefined ? { from: pause.from } : { from: pause.from, to: pause.to },
  );
}

/** Budget, deadline and milestone instants of a valid target. */
export function planTarget(target: SlaTarget, thresholds: readonly SlaThreshold[]): SlaPlan {
  const { calendar, startedAt } = target;
  const pauses = enginePauses(target);
  let budgetMs: number;
  if (target.dueAt !== undefined) {
    budgetMs = businessTimeBetween(calendar, startedAt, target.dueAt);
  } else {
    const duration = parseIsoDuration(target.duration ?? '');
    const value = duration.ok
      ? duration.value
      : { ms: 0, hours: 0, minutes: 0, seconds: 0, days: 0, weeks: 0 };
    const wholeDays = value.hours + value.minutes + value.seconds === 0;
    if (calendar && wholeDays) {
      // P3D with a calendar: three working days; the budget is the business time they hold.
      const end = addBusinessDays(calendar, startedAt, value.weeks * 5 + value.days);
      budgetMs = businessTimeBetween(calendar, startedAt, end);
    } else {
      budgetMs = value.ms;
    }
  }
  const at = (usedMs: number): number => addBusinessTime(calendar, startedAt, Math.max(0, usedMs), pauses);
  const deadline = at(budgetMs);
  const milestones: SlaMilestone[] = [];
  for (const threshold of thresholds) {
    const used =
      threshold.kind === 'percent' ? budgetMs * threshold.fraction : budgetMs - threshold.remainingMs;
    milestones.push({
      key: `warning:${threshold.label}`,
      kind: 'warning',
      threshold: threshold.label,
      at: at(used),
    });
  }
  if (budgetMs > MINUTE)
    milestones.push({ key: 'last-minute', kind: 'last-minute', at: at(budgetMs - MINUTE) });
  milestones.push({ key: 'breach', kind: 'breach', at: deadline });
  milestones.sort((a, b) => a.at - b.at);
  const horizon = Number.isFinite(deadline) ? deadline : startedAt + budgetMs;
  const uncoveredYears = calendar ? calendar.outOfCoverage(startedAt, Math.max(startedAt, horizon)) : [];
  return { target, budgetMs, deadline, milestones, uncoveredYears };
}

/** The state of a planned target at `now`. */
export function evaluateTarget(plan: SlaPlan, now: number): SlaStatus {
  const { target, budgetMs, deadline } = plan;
  const stoppedAt = target.cancelledAt ?? target.metAt;
  const until = Math.max(target.startedAt, Math.min(now, stoppedAt ?? now));
  const elapsed = businessTimeBetween(target.calendar, target.startedAt, until, enginePauses(target));
  const remainingMs = budgetMs - elapsed;
  const overdueMs = Math.max(0, -remainingMs);
  const openPause = target.pauses.find(
    (pause) => pause.from <= now && (pause.to === undefined || now < pause.to),
  );
  const reached = plan.milestones
    .filter((milestone) => milestone.kind === 'warning' && milestone.at <= until)
    .map((m) => m.threshold!);
  const breached = remainingMs <= 0;
  let state: SlaState;
  if (target.cancelledAt !== undefined && target.cancelledAt <= now) state = 'cancelled';
  else if (target.metAt !== undefined && target.metAt <= now) state = 'met';
  else if (openPause) state = 'paused';
  else if (breached) state = 'breached';
  else if (reached.length > 0) state = 'warning';
  else state = 'active';
  return {
    state,
    breached,
    remainingMs,
    overdueMs,
    wallRemainingMs: deadline - now,
    progress: budgetMs > 0 ? elapsed / budgetMs : 1,
    pause: openPause && state === 'paused' ? { reason: openPause.reason, since: openPause.from } : undefined,
    thresholdsReached: reached,
    late: target.metAt !== undefined && breached,
  };
}
