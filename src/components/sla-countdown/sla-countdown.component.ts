import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { CxErrorEvent, type CxErrorDetail } from '../../events/cx-error.js';
import { CxSlaBreachEvent } from '../../events/cx-sla-breach.js';
import { CxSlaStateChangeEvent, type SlaState } from '../../events/cx-sla-state-change.js';
import { CxSlaWarningEvent } from '../../events/cx-sla-warning.js';
import { CxElement } from '../../internal/cx-element.js';
import { cssVars } from '../../internal/css-vars.js';
import { formatClock, formatDurationWords } from '../../internal/duration-format.js';
import { LocalizeController, registerWidgetTerms } from '../../internal/localize.js';
import { observeVisibility } from '../../internal/visibility-observer.js';
import { announce, type Politeness } from '../../internal/announcer.js';
import { getSharedClock, type Clock } from '../../services/clock.js';
import { resolveCalendar, type CalendarInput } from '../../services/sla/calendars.js';
import { evaluateTarget, planTarget, type SlaPlan, type SlaStatus } from '../../services/sla/evaluate.js';
import { FiredStore } from '../../services/sla/fired-store.js';
import { validateTargets, type SlaTargetInput, type TargetResult } from '../../services/sla/targets.js';
import { parseThresholds, DEFAULT_WARN_AT, type SlaThreshold } from '../../services/sla/thresholds.js';
import { targetsFromTicket, type TroubleTicketInput } from '../../services/sla/ticket.js';
import { slaEn, slaZhCN } from '../../translations/sla-countdown.js';
import { styles } from './sla-countdown.styles.js';

registerWidgetTerms({ en: slaEn, 'zh-cn': slaZhCN });

/** A target as shown: its plan, or why it has none. */
type Row =
  | { readonly ok: true; readonly plan: SlaPlan }
  | { readonly ok: false; readonly id: string; readonly label: string; readonly problems: string };

const ORDER: Record<SlaState, number> = {
  breached: 0,
  warning: 1,
  paused: 2,
  active: 3,
  met: 4,
  cancelled: 5,
};

/** Date formats by language and time zone, shared by every countdown (null: the zone is invalid). */
const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

let sharedFiredStore: FiredStore | undefined;
function firedStore(): FiredStore {
  if (!sharedFiredStore) {
    sharedFiredStore = new FiredStore();
    sharedFiredStore.prune(Date.now());
  }
  return sharedFiredStore;
}

/**
 * @tag cx-sla-countdown
 * @summary Time left (or overdue) on each SLA target of a ticket, in business time with working-day
 * calendars, pauses and warning thresholds; most imminent first.
 *
 * @fires {CxSlaWarningEvent} cx-sla-warning - A target crossed a warning threshold (once per target and threshold, across reloads).
 * @fires {CxSlaBreachEvent} cx-sla-breach - A target's deadline passed (once per target, across reloads; on wake when the tab slept).
 * @fires {CxSlaStateChangeEvent} cx-sla-state-change - A target changed state (active, warning, paused, breached, met, cancelled).
 * @fires {CxErrorEvent} cx-error - A target or setting is invalid (the other targets keep working), or a calendar lacks holiday data for a year it spans (severity warning).
 *
 * @cssprop [--cx-sla-countdown-ok-color] - Bar and text colour while on track.
 * @cssprop [--cx-sla-countdown-warning-color] - Colour after the first threshold.
 * @cssprop [--cx-sla-countdown-critical-color] - Colour after the second threshold.
 * @cssprop [--cx-sla-countdown-breach-color] - Colour once overdue.
 * @cssprop [--cx-sla-countdown-muted-color] - Colour of met and cancelled targets.
 * @cssprop [--cx-sla-countdown-track-color] - Background of the progress bar.
 * @cssprop [--cx-sla-countdown-compact-width] - Minimum width of the compact variant (default 12ch), so a column of countdowns lines up.
 *
 * @csspart list - The list of targets.
 * @csspart target - One target (also `target-{state}`).
 * @csspart label - A target's label and kind.
 * @csspart remaining - The remaining or overdue time.
 * @csspart bar - The progress bar.
 * @csspart due - The deadline line.
 * @csspart badge - The state badge.
 * @csspart error - An inline error.
 * @csspart controls - The seconds and wall-clock switches.
 */
export class CxSlaCountdown extends CxElement {
  static override tagName = 'cx-sla-countdown';
  static override styles = styles;

  /** The targets of the ticket (property only). Invalid ones show an inline error; the others keep working. */
  @property({ attribute: false }) targets: SlaTargetInput[] | null | undefined;

  /** A TMF621 trouble ticket; mapped to a resolution target when `targets` is not set (property only). */
  @property({ attribute: false }) ticket: TroubleTicketInput | null | undefined;

  /** Keys the exact-once memory of warnings and breaches; default: the ticket's `id`. */
  @property({ attribute: 'ticket-id' }) ticketId: string | undefined;

  /** Default calendar of every target: a registered name (`cn`, `24x7`), a `BusinessCalendar` or a definition. */
  @property({ attribute: 'calendar' }) calendar: CalendarInput;

  /** Warning thresholds: percentages of the target used and/or ISO durations left, e.g. `75%,90%` or `50%,PT15M`. */
  @property({ attribute: 'warn-at' }) warnAt = '75%,90%';

  /** The server's current time (ISO 8601); corrects the agent's clock for every timer on the page. */
  @property({ attribute: 'server-time' }) serverTime: string | undefined;

  /** `seconds` or `minutes` (updates once a minute); default: seconds in `full`, minutes in `compact`. */
  @property({ reflect: true }) precision: 'seconds' | 'minutes' | undefined;

  /**
   * `full` (default: every target with its bar) or `compact` (the most imminent target on one line,
   * for a table cell). No initial value on purpose: reflecting a default to the host attribute costs
   * every one of thousands of queue cells an attribute write at mount.
   */
  @property({ reflect: true }) variant: 'full' | 'compact' | undefined;

  /** IANA time zone for showing deadlines; default: the agent's. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /** Also show wall-clock time to each deadline (the agent can toggle it in `full`). */
  @property({ type: Boolean, attribute: 'show-wall-clock', reflect: true }) showWallClock = false;

  /** The clock to use (default: the page's shared clock); for tests and hosts with their own ticker. */
  @property({ attribute: false }) clock: Clock | undefined;

  @state() private now = Date.now();

  private readonly localize = new LocalizeController(this);
  private rows: Row[] = [];
  private thresholds: SlaThreshold[] = [];
  private settingErrors: string[] = [];
  private pendingErrors: CxErrorDetail[] = [];
  private readonly lastStates = new Map<string, SlaState>();
  private readonly announced = new Set<string>();
  /** Milestones known to have fired (here or earlier): storage is asked once per milestone, not per tick. */
  private readonly settled = new Set<string>();
  private visible = false;
  private unsubscribeTick: (() => void) | undefined;
  private cancelAlarm: (() => void) | undefined;
  private stopObserving: (() => void) | undefined;

  /** A host-supplied clock when it is one (a wrong value must not break the widget), else the shared one. */
  private get activeClock(): Clock {
    const candidate = this.clock as Partial<Clock> | undefined;
    const usable =
      !!candidate &&
      typeof candidate.now === 'function' &&
      typeof candidate.subscribe === 'function' &&
      typeof candidate.at === 'function';
    return usable ? (candidate as Clock) : getSharedClock();
  }

  private get isCompact(): boolean {
    return this.variant === 'compact';
  }

  private get effectivePrecision(): 'seconds' | 'minutes' {
    if (this.precision === 'seconds' || this.precision === 'minutes') return this.precision;
    return this.isCompact ? 'minutes' : 'seconds';
  }

  private get scope(): string {
    return this.ticketId?.trim() || (typeof this.ticket?.id === 'string' ? this.ticket.id : '') || 'default';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.now = this.activeClock.now();
    this.stopObserving = observeVisibility(this, (visible) => {
      this.visible = visible;
      this.syncTicking();
      if (visible) this.now = this.activeClock.now();
    });
    this.armAlarm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObserving?.();
    this.stopObserving = undefined;
    this.visible = false;
    this.syncTicking();
    this.cancelAlarm?.();
    this.cancelAlarm = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('serverTime') && this.serverTime) {
      if (!this.activeClock.setServerTime(this.serverTime)) {
        this.queueError({
          code: 'invalid-property',
          path: 'server-time',
          message: `server-time "${this.serverTime}" is not an ISO 8601 date-time`,
        });
      }
      this.now = this.activeClock.now();
    }
    if (
      changed.has('targets') ||
      changed.has('ticket') ||
      changed.has('calendar') ||
      changed.has('warnAt') ||
      changed.has('clock')
    ) {
      this.rebuild();
    }
    if (changed.has('precision') || changed.has('variant') || changed.has('clock')) this.syncTicking(true);
  }

  protected override updated(): void {
    const errors = this.pendingErrors;
    this.pendingErrors = [];
    for (const error of errors)
      this.dispatchEvent(new CxErrorEvent({ ...error, source: CxSlaCountdown.tagName }));
  }

  private queueError(error: Omit<CxErrorDetail, 'source'>): void {
    this.pendingErrors.push({ ...error, source: CxSlaCountdown.tagName });
  }

  /** Validates and plans every target; runs when the data or settings change, never per tick. */
  private rebuild(): void {
    this.settingErrors = [];
    const thresholds = parseThresholds(this.warnAt);
    if (thresholds.ok) {
      this.thresholds = thresholds.thresholds;
    } else {
      this.thresholds = (
        parseThresholds(DEFAULT_WARN_AT) as { ok: true; thresholds: SlaThreshold[] }
      ).thresholds;
      this.settingErrors.push(thresholds.message);
      this.queueError({
        code: 'invalid-property',
        path: 'warn-at',
        message: `${thresholds.message}; using ${DEFAULT_WARN_AT}`,
      });
    }
    const calendar = resolveCalendar(this.calendar, null);
    if (!calendar.ok) {
      const message = calendar.issues
        .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
        .join('; ');
      this.settingErrors.push(`calendar: ${message}`);
      this.queueError({ code: 'invalid-property', path: 'calendar', message: `calendar: ${message}` });
    }
    const input =
      this.targets ??
      (this.ticket ? targetsFromTicket(this.ticket, this.localize.term('slaKind', 'resolution')) : []);
    const { results, issues } = validateTargets(input, calendar.ok ? calendar.calendar : null);
    for (const issue of issues) {
      this.settingErrors.push(issue.message);
      this.queueError({ code: 'invalid-data', path: issue.path, message: issue.message });
    }
    this.rows = results.map((result, index) => this.planRow(result, index, calendar.ok));
    const liveIds = new Set(this.rows.map((row) => (row.ok ? row.plan.target.id : row.id)));
    for (const id of [...this.lastStates.keys()]) if (!liveIds.has(id)) this.lastStates.delete(id);
    this.now = this.activeClock.now();
    this.checkMilestones(this.now, true);
    this.armAlarm();
  }

  private planRow(result: TargetResult, index: number, calendarOk: boolean): Row {
    const path = this.targets ? `targets[${index}]` : 'ticket';
    if (!result.ok) {
      const problems = result.issues
        .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
        .join('; ');
      for (const issue of result.issues) {
        this.queueError({
          code: 'invalid-data',
          path: issue.path ? `${path}.${issue.path}` : path,
          message: `target "${result.id}": ${issue.message}`,
        });
      }
      return { ok: false, id: result.id, label: result.label, problems };
    }
    if (!calendarOk && !result.target.calendar) {
      return {
        ok: false,
        id: result.target.id,
        label: result.target.label,
        problems: this.settingErrors.join('; '),
      };
    }
    const plan = planTarget(result.target, this.thresholds);
    if (plan.uncoveredYears.length > 0) {
      this.queueError({
        code: 'not-covered',
        severity: 'warning',
        path: `${path}.calendar`,
        message: `the calendar has no holiday data for ${plan.uncoveredYears.join(', ')}; target "${result.target.id}" counts those years as plain weekdays`,
      });
    }
    return { ok: true, plan };
  }

  /** Subscribes to the shared clock only while visible: off-screen countdowns cost nothing per tick. */
  private syncTicking(restart = false): void {
    if (restart || !this.visible) {
      this.unsubscribeTick?.();
      this.unsubscribeTick = undefined;
    }
    if (this.visible && this.isConnected && !this.unsubscribeTick) {
      this.unsubscribeTick = this.activeClock.subscribe((tick) => {
        // Nobody sees a hidden tab: no repaint until it is shown again (the resync tick). Events
        // still fire on time through the alarm.
        if (this.activeClock.hidden && !tick.resync) return;
        this.now = tick.now;
        this.checkMilestones(tick.now, false);
      }, this.effectivePrecision);
    }
  }

  /** One alarm per element, for its next milestone: events fire on time whether or not it is seen. */
  private armAlarm(): void {
    this.cancelAlarm?.();
    this.cancelAlarm = undefined;
    if (!this.isConnected) return;
    const now = this.activeClock.now();
    let next = Infinity;
    for (const row of this.rows) {
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
    if (Number.isFinite(next)) {
      this.cancelAlarm = this.activeClock.at(next, (at) => {
        this.cancelAlarm = undefined;
        // Off screen, only the events matter: it repaints when it scrolls into view.
        if (this.visible) this.now = at;
        this.checkMilestones(at, false);
        this.armAlarm();
      });
    }
  }

  /**
   * Fires what is due: state changes, then warnings and breaches that have not fired before for this
   * ticket (remembered in storage). A warning overtaken by the breach before anyone saw it is
   * recorded but not fired: the breach says more.
   */
  private checkMilestones(now: number, initial: boolean): void {
    const store = firedStore();
    for (const row of this.rows) {
      if (!row.ok) continue;
      const { plan } = row;
      const { target } = plan;
      const status = evaluateTarget(plan, now);
      const previous = this.lastStates.get(target.id);
      this.lastStates.set(target.id, status.state);
      if (previous !== undefined && previous !== status.state) {
        this.dispatchEvent(
          new CxSlaStateChangeEvent({ targetId: target.id, from: previous, to: status.state }),
        );
      }
      const stoppedAt = target.metAt ?? target.cancelledAt;
      const breach = plan.milestones.find((milestone) => milestone.kind === 'breach')!;
      const breachDue = breach.at <= now && (stoppedAt === undefined || stoppedAt > breach.at);
      for (const milestone of plan.milestones) {
        if (milestone.at > now || (stoppedAt !== undefined && stoppedAt <= milestone.at)) continue;
        if (milestone.kind === 'last-minute') {
          if (!initial && !breachDue && this.visible && !this.announced.has(`${target.id}:last-minute`)) {
            this.announced.add(`${target.id}:last-minute`);
            this.say(this.localize.term('slaAnnounceLastMinute', target.label), 'polite');
          }
          continue;
        }
        const settledKey = `${this.scope}\u0000${target.id}\u0000${milestone.key}`;
        if (this.settled.has(settledKey)) continue;
        this.settled.add(settledKey);
        if (!store.claim(this.scope, target.id, milestone.key)) continue;
        if (milestone.kind === 'warning' && breachDue) continue;
        const dueAt = Number.isFinite(plan.deadline) ? new Date(plan.deadline).toISOString() : '';
        if (milestone.kind === 'warning') {
          this.dispatchEvent(
            new CxSlaWarningEvent({
              targetId: target.id,
              threshold: milestone.threshold!,
              remainingMs: Math.max(0, status.remainingMs),
              dueAt,
            }),
          );
          // Off-screen timers announce only breaches: a queue of hundreds must not chatter.
          if (this.visible)
            this.say(
              this.localize.term(
                'slaAnnounceWarning',
                target.label,
                formatDurationWords(status.remainingMs, this.localize.durationUnits()),
              ),
              'polite',
            );
        } else {
          this.dispatchEvent(
            new CxSlaBreachEvent({ targetId: target.id, dueAt, overdueMs: status.overdueMs }),
          );
          this.say(this.localize.term('slaAnnounceBreach', target.label), 'assertive');
        }
      }
    }
  }

  /** Milestones go to the page's shared live region (one for all widgets, see internal/announcer). */
  private say(message: string, politeness: Politeness): void {
    announce(message, politeness, this.localize.lang());
  }

  private handleToggleSeconds(): void {
    this.precision = this.effectivePrecision === 'seconds' ? 'minutes' : 'seconds';
  }

  private handleToggleWallClock(): void {
    this.showWallClock = !this.showWallClock;
  }

  private formatDate(ms: number): string {
    const lang = this.localize.lang();
    const key = `${lang}|${this.timeZone ?? ''}`;
    let format = dateFormats.get(key);
    if (format === undefined) {
      try {
        format = new Intl.DateTimeFormat(lang, {
          dateStyle: 'medium',
          timeStyle: 'short',
          ...(this.timeZone ? { timeZone: this.timeZone } : {}),
        });
      } catch {
        format = null; // an unknown time zone: ISO text below
      }
      dateFormats.set(key, format);
    }
    return format ? format.format(ms) : new Date(ms).toISOString();
  }

  protected override render(): TemplateResult {
    const statuses = this.rows.map((row) =>
      row.ok ? { row, status: evaluateTarget(row.plan, this.now) } : { row, status: undefined },
    );
    statuses.sort(
      (a, b) => sortKey(a.row, a.status) - sortKey(b.row, b.status) || deadlineOf(a.row) - deadlineOf(b.row),
    );
    if (this.isCompact) {
      const first = statuses[0];
      return first
        ? this.renderCompact(first.row, first.status)
        : html`<span class="empty">${this.localize.term('slaEmpty')}</span>`;
    }

    return html`<section class="countdown" aria-label=${this.localize.term('slaRegionLabel')}>
      ${
        this.settingErrors.length > 0
          ? html`<p class="error" part="error" role="note">
              <strong>${this.localize.term('slaInvalidList')}</strong> ${this.settingErrors.join('; ')}
            </p>`
          : nothing
      }
      ${
        statuses.length === 0
          ? html`<p class="empty">${this.localize.term('slaEmpty')}</p>`
          : html`<ul class="targets" part="list">
              ${statuses.map(({ row, status }) => html`<li>${this.renderTarget(row, status)}</li>`)}
            </ul>`
      }
      <div class="controls" part="controls">
        <button
          type="button"
          aria-pressed=${this.effectivePrecision === 'seconds' ? 'true' : 'false'}
          @click=${this.handleToggleSeconds}
        >
          ${this.localize.term('slaShowSeconds')}
        </button>
        <button
          type="button"
          aria-pressed=${this.showWallClock ? 'true' : 'false'}
          @click=${this.handleToggleWallClock}
        >
          ${this.localize.term('slaShowWallClock')}
        </button>
      </div>
    </section>`;
  }

  private band(status: SlaStatus): 'ok' | 'warning' | 'critical' | 'breach' | 'muted' {
    if (status.state === 'met' || status.state === 'cancelled') return 'muted';
    if (status.breached) return 'breach';
    if (status.thresholdsReached.length >= 2) return 'critical';
    if (status.thresholdsReached.length === 1) return 'warning';
    return 'ok';
  }

  private remainingText(
    status: SlaStatus,
    precision: 'seconds' | 'minutes',
  ): { clock: string; words: string } {
    const units = this.localize.durationUnits();
    const clock = formatClock(status.remainingMs, precision, units.day);
    const words = formatDurationWords(status.remainingMs, units, precision);
    if (status.state === 'cancelled')
      return { clock: '—', words: this.localize.term('slaState', 'cancelled') };
    if (status.state === 'met') {
      const text = status.late
        ? this.localize.term('slaMetLate', words)
        : this.localize.term('slaMetEarly', words);
      return { clock: text, words: text };
    }
    if (status.breached) return { clock: `+${clock}`, words: this.localize.term('slaOverdue', words) };
    return { clock, words: this.localize.term('slaRemaining', words) };
  }

  private renderTarget(row: Row, status: SlaStatus | undefined): TemplateResult {
    if (!row.ok || !status) {
      const invalid = row as Extract<Row, { ok: false }>;
      return html`<article class="target invalid" part="target target-invalid">
        <h3 class="label" part="label"><span class="name">${invalid.label}</span></h3>
        <p class="error" part="error">
          <strong>${this.localize.term('slaInvalidTarget')}:</strong> ${invalid.problems}
        </p>
      </article>`;
    }
    const { plan } = row;
    const { target } = plan;
    const precision = this.effectivePrecision;
    const band = this.band(status);
    const remaining = this.remainingText(status, precision);
    const units = this.localize.durationUnits();
    const progress = Math.min(1, Math.max(0, status.progress));
    const kindLabel = this.localize.term('slaKind', target.kind);
    return html`<article
      class=${classMap({ target: true, [band]: true, [status.state]: true })}
      part="target target-${status.state}"
    >
      <header>
        <h3 class="label" part="label">
          <span class="name">${target.label}</span
          >${kindLabel !== target.label ? html` <span class="kind">${kindLabel}</span>` : nothing}
        </h3>
        <span class="badge" part="badge">${this.localize.term('slaState', status.state)}</span>
      </header>
      <p
        class=${classMap({ remaining: true, ticking: isTicking(status) })}
        part="remaining"
        role="timer"
        aria-label=${remaining.words}
      >
        <span aria-hidden="true">${remaining.clock}</span>
      </p>
      <div class="bar" part="bar" aria-hidden="true">
        <span ${cssVars({ '--_progress': progress.toFixed(4) })}></span>
      </div>
      <p class="due" part="due">
        ${Number.isFinite(plan.deadline) ? this.localize.term('slaDue', this.formatDate(plan.deadline)) : this.localize.term('slaDueUnknown')}
        ${
          this.showWallClock &&
          Number.isFinite(status.wallRemainingMs) &&
          status.state !== 'met' &&
          status.state !== 'cancelled'
            ? html`<span class="wall"
                >·
                ${this.localize.term('slaWallClock', formatDurationWords(status.wallRemainingMs, units, precision))}</span
              >`
            : nothing
        }
      </p>
      ${
        status.pause
          ? html`<p class="pause">
              ${this.localize.term('slaPausedFor', status.pause.reason, formatDurationWords(this.now - status.pause.since, units))}
            </p>`
          : nothing
      }
      ${plan.uncoveredYears.length > 0 ? html`<p class="note">${this.localize.term('slaNotCovered', plan.uncoveredYears.join(', '))}</p>` : nothing}
    </article>`;
  }

  /**
   * One line for a table cell, in as few boxes as possible (a queue holds thousands): the element
   * that is the timer also carries the colour band, and the dot is its ::before.
   */
  private renderCompact(row: Row, status: SlaStatus | undefined): TemplateResult {
    if (!row.ok || !status) {
      const invalid = row as Extract<Row, { ok: false }>;
      return html`<span class="compact invalid" part="target target-invalid" title=${invalid.problems}
        >${this.localize.term('slaInvalidTarget')}</span
      >`;
    }
    const band = this.band(status);
    const remaining = this.remainingText(status, this.effectivePrecision);
    const label = row.plan.target.label;
    const ticking = isTicking(status);
    return html`<span
      class=${classMap({ compact: true, remaining: true, ticking, [band]: true, [status.state]: true })}
      part="target target-${status.state} remaining"
      role="timer"
      aria-label="${label}: ${remaining.words}, ${this.localize.term('slaState', status.state)}"
      ><span aria-hidden="true"
        >${ticking ? remaining.clock : this.localize.term('slaState', status.state)}</span
      ></span
    >`;
  }
}

/** Met and cancelled targets show a sentence that no longer changes; the others tick. */
function isTicking(status: SlaStatus): boolean {
  return status.state !== 'met' && status.state !== 'cancelled';
}

function sortKey(row: Row, status: SlaStatus | undefined): number {
  if (!row.ok || !status) return 10;
  return ORDER[status.state];
}

function deadlineOf(row: Row): number {
  return row.ok ? row.plan.deadline : Infinity;
}
