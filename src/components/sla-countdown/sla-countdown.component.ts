import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { CxSlaBreachEvent } from '../../events/cx-sla-breach.js';
import { CxSlaStateChangeEvent, type SlaState } from '../../events/cx-sla-state-change.js';
import { CxSlaWarningEvent } from '../../events/cx-sla-warning.js';
import { CxElement } from '../../internal/cx-element.js';
import { cssVars } from '../../internal/css-vars.js';
import { formatClock, formatDurationWords } from '../../internal/duration-format.js';
import {
  describeValue,
  readEnum,
  readOptionalString,
  SettingChecks,
  stringAttribute,
  type Checked,
} from '../../internal/property-check.js';
import { EventQueueController } from '../../internal/controllers/event-queue.js';
import { TickController } from '../../internal/controllers/tick.js';
import { dateTimeFormat } from '../../internal/intl-format.js';
import { LocalizeController } from '../../internal/localize.js';
import { announce, type Politeness } from '../../internal/announcer.js';
import { getSharedClock, offerServerTime, type Clock } from '../../services/clock.js';
import { redactText } from '../../services/pii/index.js';
import { resolveCalendar, type CalendarInput } from '../../services/sla/calendars.js';
import { evaluateTarget, planTarget, type SlaStatus } from '../../services/sla/evaluate.js';
import { FiredStore } from '../../services/sla/fired-store.js';
import { validateTargets, type SlaTargetInput, type TargetResult } from '../../services/sla/targets.js';
import { parseThresholds, DEFAULT_WARN_AT, type SlaThreshold } from '../../services/sla/thresholds.js';
import { isTicketObject, targetsFromTicket, type TroubleTicketInput } from '../../services/sla/ticket.js';
import { slaEn, slaZhCN } from '../../translations/sla-countdown.js';
import { stateIcon, type SlaIndicator } from './sla-countdown.icons.js';
import {
  byUrgency,
  describeIssues,
  isTicking,
  nextChangeAt,
  statusClasses,
  type Row,
  type ShownRow,
} from './sla-countdown.rows.js';
import { styles } from './sla-countdown.styles.js';

/** This widget's terms, registered by its localize controller when the first element is created. */
const TERMS = { en: slaEn, 'zh-cn': slaZhCN };

const VARIANTS = ['full', 'compact'] as const;
const PRECISIONS = ['seconds', 'minutes'] as const;

/** How a deadline is shown: date and time, in the agent's zone or `time-zone`. */
function dueFormat(lang: string, timeZone: string | undefined): Intl.DateTimeFormat | undefined {
  return dateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

/** An IANA time zone the browser knows, or why not. */
function readTimeZone(value: unknown): Checked<string | undefined> {
  const text = readOptionalString('time-zone', value);
  if (!text.ok || !text.value?.trim()) return text.ok ? { ok: true, value: undefined } : text;
  const timeZone = text.value.trim();
  if (dueFormat('en', timeZone)) return { ok: true, value: timeZone };
  return {
    ok: false,
    message: `time-zone ${describeValue(value)} is not an IANA time zone (e.g. Asia/Shanghai, UTC); using the agent's`,
  };
}

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
 * Every state reads without colour (a word in `full`, an icon with the word as its tooltip and in
 * the timer's name in `compact`) and has its own colour, light and dark: on track, at risk, paused,
 * breached, met, cancelled, and unavailable (the ticket could not be loaded).
 *
 * @fires {CxSlaWarningEvent} cx-sla-warning - A target crossed a warning threshold (once per target and threshold, across reloads).
 * @fires {CxSlaBreachEvent} cx-sla-breach - A target's deadline passed (once per target, across reloads; on wake when the tab slept).
 * @fires {CxSlaStateChangeEvent} cx-sla-state-change - A target changed state (active, warning, paused, breached, met, cancelled).
 * @fires {CxErrorEvent} cx-error - A target or setting is invalid (the other targets keep working; a setting falls back to its default, reported once per value), `server-time` was refused (the page's clock is left as it was), `ticket` is not a ticket, or a calendar lacks holiday data for a year it spans (severity warning). Personal data in messages is masked.
 *
 * @cssprop [--cx-sla-countdown-ok-color] - On track: state colour, and the time and bar before any threshold.
 * @cssprop [--cx-sla-countdown-warning-color] - At risk: state colour, and the time and bar after the first threshold.
 * @cssprop [--cx-sla-countdown-critical-color] - At risk after the second threshold.
 * @cssprop [--cx-sla-countdown-breach-color] - Breached: state colour, and the time and bar once overdue.
 * @cssprop [--cx-sla-countdown-paused-color] - Paused (the time and bar keep their band).
 * @cssprop [--cx-sla-countdown-met-color] - Met.
 * @cssprop [--cx-sla-countdown-muted-color] - Cancelled, and the time of met and cancelled targets.
 * @cssprop [--cx-sla-countdown-unavailable-color] - Unavailable, and targets that cannot be shown.
 * @cssprop [--cx-sla-countdown-track-color] - Background of the progress bar.
 * @cssprop [--cx-sla-countdown-compact-width] - Minimum width of the compact variant (default 12ch), so a column of countdowns lines up.
 *
 * @csspart list - The list of targets.
 * @csspart target - One target (also `target-{state}`: active, warning, paused, breached, met, cancelled, invalid, unavailable).
 * @csspart label - A target's label and kind.
 * @csspart remaining - The remaining or overdue time.
 * @csspart bar - The progress bar.
 * @csspart due - The deadline line.
 * @csspart badge - The state badge (icon and word).
 * @csspart icon - The state icon.
 * @csspart error - An inline error.
 * @csspart controls - The seconds and wall-clock switches.
 */
export class CxSlaCountdown extends CxElement {
  static override tagName = 'cx-sla-countdown';
  static override styles = styles;

  /** The targets of the ticket (property only). Invalid ones show an inline error; the others keep working. */
  @property({ attribute: false }) targets: SlaTargetInput[] | null | undefined;

  /**
   * A TMF621 trouble ticket; mapped to a resolution target when `targets` is not set (property only).
   * A value that is not a ticket (a string, a list, a TMF error body) shows "SLA unavailable".
   */
  @property({ attribute: false }) ticket: TroubleTicketInput | null | undefined;

  /**
   * The host could not load the ticket or its SLA: shows "SLA unavailable" (never "no targets") and
   * fires no milestones until it is cleared. Wins over `targets` and `ticket`.
   */
  @property({ type: Boolean }) unavailable = false;

  /** Keys the exact-once memory of warnings and breaches; default: the ticket's `id`. */
  @property({ attribute: 'ticket-id' }) ticketId: string | undefined;

  /** Default calendar of every target: a registered name (`cn`, `24x7`), a `BusinessCalendar` or a definition; an unknown one falls back to `24x7`. */
  @property({ attribute: 'calendar' }) calendar: CalendarInput;

  /** Warning thresholds: percentages of the target used and/or ISO durations left, e.g. `75%,90%` or `50%,PT15M`. */
  @property({ attribute: 'warn-at' }) warnAt = '75%,90%';

  /**
   * The server's current time (ISO 8601 with an offset); corrects the clock of every timer on the
   * page. A value the clock refuses (not ISO 8601, more than a day off) leaves it as it was.
   */
  @property({ attribute: 'server-time' }) serverTime: string | undefined;

  /** `seconds` or `minutes` (updates once a minute); default: seconds in `full`, minutes in `compact`. */
  @property({ reflect: true, converter: stringAttribute }) precision: 'seconds' | 'minutes' | undefined;

  /**
   * `full` (default: every target with its bar) or `compact` (the most imminent target on one line,
   * for a table cell). No initial value on purpose: reflecting a default to the host attribute costs
   * every one of thousands of queue cells an attribute write at mount.
   */
  @property({ reflect: true, converter: stringAttribute }) variant: 'full' | 'compact' | undefined;

  /** IANA time zone for showing deadlines; default: the agent's. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /** Also show wall-clock time to each deadline (the agent can toggle it in `full`). */
  @property({ type: Boolean, attribute: 'show-wall-clock', reflect: true }) showWallClock = false;

  /** The clock to use (default: the page's shared clock); for tests and hosts with their own ticker. */
  @property({ attribute: false }) clock: Clock | undefined;

  private readonly localize = new LocalizeController(this, TERMS);
  /** The time shown: ticks on the clock while on screen (and the tab is visible), at `precision`. */
  private readonly ticker = new TickController(this, {
    clock: () => this.activeClock,
    precision: () => this.effectivePrecision,
    onTick: (now) => this.checkMilestones(now, false),
  });
  /** `cx-error`s found while working out the state, dispatched once it has rendered; personal data masked. */
  private readonly events = new EventQueueController(this, {
    source: CxSlaCountdown.tagName,
    safeDetail: (detail) => ({
      ...detail,
      message: redactText(detail.message),
      ...(detail.path === undefined ? {} : { path: redactText(detail.path) }),
    }),
  });
  private rows: Row[] = [];
  /** The targets with their status at the time shown, most imminent first (worked out in `willUpdate`). */
  private statuses: ShownRow[] = [];
  private thresholds: SlaThreshold[] = [];
  /** Technical detail of what could not be read, for the disclosure under the targets. */
  private settingErrors: string[] = [];
  /** The target list itself could not be read (not only a setting that fell back to its default). */
  private listUnreadable = false;
  /** Why the SLA is unavailable (the host said so, or `ticket` is not a ticket); undefined: it is not. */
  private unavailableBecause: 'host' | 'ticket' | 'failure' | undefined;
  /** Settings as validated: what the widget uses (a wrong value falls back to the default). */
  private settings: {
    variant: 'full' | 'compact';
    precision: 'seconds' | 'minutes' | undefined;
    timeZone: string | undefined;
    ticketId: string | undefined;
  } = { variant: 'full', precision: undefined, timeZone: undefined, ticketId: undefined };
  /** Each wrong setting falls back to its default and is reported once per value. */
  private readonly checks = new SettingChecks((attribute, message) =>
    this.events.error({ code: 'invalid-property', path: attribute, message }),
  );
  private readonly lastStates = new Map<string, SlaState>();
  private readonly announced = new Set<string>();
  /** Milestones known to have fired (here or earlier): storage is asked once per milestone, not per tick. */
  private readonly settled = new Set<string>();
  private cancelAlarm: (() => void) | undefined;

  /** A host-supplied clock when it is one (a wrong value must not break the widget), else the shared one. */
  private get activeClock(): Clock {
    const candidate = this.clock as Partial<Clock> | undefined;
    const usable =
      typeof candidate === 'object' &&
      candidate !== null &&
      typeof candidate.now === 'function' &&
      typeof candidate.subscribe === 'function' &&
      typeof candidate.at === 'function';
    return usable ? (candidate as Clock) : getSharedClock();
  }

  private get isCompact(): boolean {
    return this.settings.variant === 'compact';
  }

  private get effectivePrecision(): 'seconds' | 'minutes' {
    return this.settings.precision ?? (this.isCompact ? 'minutes' : 'seconds');
  }

  private get scope(): string {
    const ticket = this.ticket as unknown;
    const ticketId = isTicketObject(ticket) && typeof ticket.id === 'string' ? ticket.id : '';
    return this.settings.ticketId?.trim() || ticketId || 'default';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.armAlarm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelAlarm?.();
    this.cancelAlarm = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      this.readSettings(changed);
      if (
        changed.has('targets') ||
        changed.has('ticket') ||
        changed.has('unavailable') ||
        changed.has('calendar') ||
        changed.has('warnAt') ||
        changed.has('clock')
      ) {
        this.rebuild();
      }
      if (changed.has('precision') || changed.has('variant') || changed.has('clock')) this.ticker.restart();
      this.statuses = this.unavailableBecause ? [] : byUrgency(this.rows, this.ticker.now);
    } catch (error) {
      // Nothing a host sets may escape as an exception: say the SLA is unavailable, tell the host.
      this.failed(error);
    }
  }

  /** Validates the plain settings: a wrong value falls back to the default and is reported once. */
  private readSettings(changed: PropertyValues<this>): void {
    if (changed.has('variant'))
      this.settings.variant =
        this.checks.use(
          'variant',
          this.variant,
          readEnum('variant', this.variant, VARIANTS, 'full'),
          'full',
        ) ?? 'full';
    if (changed.has('precision'))
      this.settings.precision = this.checks.use(
        'precision',
        this.precision,
        readEnum('precision', this.precision, PRECISIONS, undefined),
        undefined,
      );
    if (changed.has('timeZone'))
      this.settings.timeZone = this.checks.use(
        'time-zone',
        this.timeZone,
        readTimeZone(this.timeZone),
        undefined,
      );
    if (changed.has('ticketId'))
      this.settings.ticketId = this.checks.use(
        'ticket-id',
        this.ticketId,
        readOptionalString('ticket-id', this.ticketId),
        undefined,
      );
    if (changed.has('clock'))
      this.checks.use(
        'clock',
        this.clock,
        this.clock === undefined || this.clock === null || this.activeClock === this.clock
          ? { ok: true, value: undefined }
          : {
              ok: false,
              message: 'clock is not a Clock (now, subscribe, at); the page’s shared clock is used',
            },
        undefined,
      );
    if (changed.has('serverTime')) this.applyServerTime();
  }

  /**
   * Offers `server-time` to the clock, which checks it before it changes: the clock is shared by
   * every timer on the page, so a refused value is reported here, on the element that asked.
   */
  private applyServerTime(): void {
    const refused = offerServerTime(this.activeClock, this.serverTime);
    this.checks.use(
      'server-time',
      this.serverTime,
      refused ? { ok: false, message: refused } : { ok: true, value: undefined },
      undefined,
    );
    this.ticker.catchUp();
  }

  /** Validates and plans every target; runs when the data or settings change, never per tick. */
  private rebuild(): void {
    this.settingErrors = [];
    this.listUnreadable = false;
    this.unavailableBecause = undefined;
    const warnAt = this.warnAt as unknown;
    const thresholds =
      warnAt === undefined || warnAt === null || typeof warnAt === 'string'
        ? parseThresholds(warnAt)
        : ({ ok: false, message: `warn-at must be a string, not ${describeValue(warnAt)}` } as const);
    this.thresholds = this.checks.use(
      'warn-at',
      warnAt,
      thresholds.ok
        ? { ok: true, value: thresholds.thresholds }
        : {
            ok: false,
            message: `${thresholds.message} (allowed: percentages between 0 and 100 such as 75%, ISO durations left such as PT15M, comma-separated); using ${DEFAULT_WARN_AT}`,
          },
      (parseThresholds(DEFAULT_WARN_AT) as { ok: true; thresholds: SlaThreshold[] }).thresholds,
    );
    if (!thresholds.ok) this.settingErrors.push(thresholds.message);

    const calendar = resolveCalendar(this.calendar, null);
    let defaultCalendar = calendar.ok ? calendar.calendar : null;
    if (!calendar.ok) {
      const message = describeIssues(calendar.issues);
      this.settingErrors.push(`calendar: ${message}`);
      this.checks.use(
        'calendar',
        this.calendar,
        { ok: false, message: `calendar: ${message}; using 24x7` },
        undefined,
      );
      defaultCalendar = null;
    } else {
      this.checks.use('calendar', this.calendar, { ok: true, value: undefined }, undefined);
    }

    this.setRows(() => {
      if (this.unavailable) {
        this.unavailableBecause = 'host';
        return [];
      }
      const ticket = this.ticket as unknown;
      if (ticket !== undefined && ticket !== null && !isTicketObject(ticket)) {
        // Reported even when `targets` wins over it: a host passing something else has a bug to know of.
        const shownFromTicket = this.targets === undefined || this.targets === null;
        this.events.error({
          code: 'invalid-property',
          path: 'ticket',
          message: `ticket is ${describeValue(ticket)}, not a TMF621 TroubleTicket${
            shownFromTicket ? ': the SLA is shown as unavailable' : '; the targets are shown'
          }`,
        });
        if (shownFromTicket) {
          this.unavailableBecause = 'ticket';
          return [];
        }
      }
      const input =
        this.targets ??
        (isTicketObject(ticket)
          ? targetsFromTicket(ticket, this.localize.codeLabel('slaKinds', 'resolution'), (status) =>
              this.localize.codeLabel('slaPauseStatuses', status),
            )
          : []);
      const { results, issues } = validateTargets(input, defaultCalendar);
      for (const issue of issues) {
        this.listUnreadable = true;
        this.settingErrors.push(issue.message);
        this.events.error({ code: 'invalid-data', path: issue.path, message: issue.message });
      }
      return results.map((result, index) => this.planRow(result, index));
    });
    this.ticker.catchUp();
    this.checkMilestones(this.ticker.now, true);
    this.armAlarm();
  }

  /** Sets the rows and forgets the states of targets no longer there. */
  private setRows(build: () => Row[]): void {
    this.rows = build();
    const liveIds = new Set(this.rows.map((row) => (row.ok ? row.plan.target.id : row.id)));
    for (const id of [...this.lastStates.keys()]) if (!liveIds.has(id)) this.lastStates.delete(id);
  }

  /** The widget could not work with what it was given: unavailable, and the host is told why. */
  private failed(error: unknown): void {
    this.rows = [];
    this.statuses = [];
    this.unavailableBecause = 'failure';
    let detail = 'unexpected error';
    try {
      detail = error instanceof Error ? `${error.name}: ${error.message}` : describeValue(error);
    } catch {
      // an error object that cannot even be read
    }
    this.events.error({ code: 'internal', message: `the SLA could not be shown (${detail})` });
  }

  private planRow(result: TargetResult, index: number): Row {
    const path = this.targets ? `targets[${index}]` : 'ticket';
    if (!result.ok) {
      for (const issue of result.issues) {
        this.events.error({
          code: 'invalid-data',
          path: issue.path ? `${path}.${issue.path}` : path,
          message: `target "${result.id}": ${issue.message}`,
        });
      }
      return {
        ok: false,
        id: result.id,
        // Its label, else its kind's term; else nothing (the badge says it cannot be shown).
        name: redactText(
          result.label && result.label !== result.id
            ? result.label
            : result.kind
              ? this.localize.codeLabel('slaKinds', result.kind)
              : '',
        ),
        problems: redactText(describeIssues(result.issues)),
      };
    }
    const { target } = result;
    const plan = planTarget(target, this.thresholds);
    if (plan.uncoveredYears.length > 0) {
      this.events.error({
        code: 'not-covered',
        severity: 'warning',
        path: `${path}.calendar`,
        message: `the calendar has no holiday data for ${plan.uncoveredYears.join(', ')}; target "${target.id}" counts those years as plain weekdays`,
      });
    }
    const kindLabel = this.localize.codeLabel('slaKinds', target.kind);
    const label = target.label && target.label !== target.id ? target.label : kindLabel;
    return { ok: true, plan, name: redactText(label), kindLabel, eventId: redactText(target.id) };
  }

  /** One alarm per element, for its next milestone: events fire on time whether or not it is seen. */
  private armAlarm(): void {
    this.cancelAlarm?.();
    this.cancelAlarm = undefined;
    if (!this.isConnected) return;
    const next = nextChangeAt(this.rows, this.activeClock.now());
    if (Number.isFinite(next)) {
      this.cancelAlarm = this.activeClock.at(next, (at) => {
        this.cancelAlarm = undefined;
        // Off screen, only the events matter: it repaints when it scrolls into view.
        if (this.ticker.visible) this.ticker.set(at);
        this.checkMilestones(at, false);
        this.armAlarm();
      });
    }
  }

  /**
   * Fires what is due: state changes, then warnings and breaches that have not fired before for this
   * ticket (remembered in storage). A warning overtaken by the breach before anyone saw it is
   * not fired: the breach says more.
   */
  private checkMilestones(now: number, initial: boolean): void {
    const store = firedStore();
    for (const row of this.rows) {
      if (!row.ok) continue;
      const { plan, name, eventId } = row;
      const { target } = plan;
      const status = evaluateTarget(plan, now);
      const previous = this.lastStates.get(target.id);
      this.lastStates.set(target.id, status.state);
      if (previous !== undefined && previous !== status.state) {
        this.dispatchEvent(
          new CxSlaStateChangeEvent({ targetId: eventId, from: previous, to: status.state }),
        );
      }
      const stoppedAt = target.metAt ?? target.cancelledAt;
      const breach = plan.milestones.find((milestone) => milestone.kind === 'breach')!;
      const breachDue = breach.at <= now && (stoppedAt === undefined || stoppedAt > breach.at);
      for (const milestone of plan.milestones) {
        if (milestone.at > now || (stoppedAt !== undefined && stoppedAt <= milestone.at)) continue;
        if (milestone.kind === 'last-minute') {
          const once = `${target.id}:last-minute`;
          if (!initial && !breachDue && this.ticker.visible && !this.announced.has(once)) {
            this.announced.add(once);
            this.say(this.localize.term('slaAnnounceLastMinute', name), 'polite');
          }
          continue;
        }
        const settledKey = `${this.scope}\u0000${target.id}\u0000${milestone.key}`;
        if (this.settled.has(settledKey)) continue;
        this.settled.add(settledKey);
        // A warning overtaken by the breach never fires (the breach says more), now or after a
        // reload: nothing to remember, so a queue of breached tickets stores one milestone each.
        if (milestone.kind === 'warning' && breachDue) continue;
        if (!store.claim(this.scope, target.id, milestone.key)) continue;
        const dueAt = Number.isFinite(plan.deadline) ? new Date(plan.deadline).toISOString() : '';
        if (milestone.kind === 'warning') {
          this.dispatchEvent(
            new CxSlaWarningEvent({
              targetId: eventId,
              threshold: milestone.threshold!,
              remainingMs: Math.max(0, status.remainingMs),
              dueAt,
            }),
          );
          // Off-screen timers announce only breaches: a queue of hundreds must not chatter.
          if (this.ticker.visible)
            this.say(
              this.localize.term(
                'slaAnnounceWarning',
                name,
                formatDurationWords(status.remainingMs, this.localize.durationUnits()),
              ),
              'polite',
            );
        } else {
          this.dispatchEvent(new CxSlaBreachEvent({ targetId: eventId, dueAt, overdueMs: status.overdueMs }));
          this.say(this.localize.term('slaAnnounceBreach', name), 'assertive');
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
    const format = dueFormat(this.localize.lang(), this.settings.timeZone);
    return format ? format.format(ms) : new Date(ms).toISOString();
  }

  protected override render(): TemplateResult {
    try {
      return this.isCompact ? this.renderCompactView() : this.renderFull();
    } catch (error) {
      // A last line of defence: the element shows that the SLA is unknown instead of nothing.
      this.failed(error);
      return this.renderUnavailable();
    }
  }

  private renderCompactView(): TemplateResult {
    if (this.unavailableBecause) return this.renderUnavailable();
    const first = this.statuses[0];
    return first
      ? this.renderCompact(first.row, first.status)
      : html`<span class="empty">${this.localize.term('slaEmpty')}</span>`;
  }

  private renderFull(): TemplateResult {
    const statuses = this.statuses;
    return html`<section class="countdown" aria-label=${this.localize.term('slaRegionLabel')}>
      ${this.settingErrors.length > 0 && !this.unavailableBecause ? this.renderSettingErrors() : nothing}
      ${
        this.unavailableBecause
          ? this.renderUnavailable()
          : statuses.length === 0
            ? html`<p class="empty">${this.localize.term('slaEmpty')}</p>`
            : html`<ul class="targets" part="list">
                ${statuses.map(({ row, status }) => html`<li>${this.renderTarget(row, status)}</li>`)}
              </ul>`
      }
      ${this.unavailableBecause ? nothing : this.renderControls()}
    </section>`;
  }

  /** What could not be read: a plain sentence, the technical detail in a disclosure (for whoever fixes it). */
  private renderSettingErrors(): TemplateResult {
    return html`<div class="error" part="error" role="note">
      <strong>${this.localize.term(this.listUnreadable ? 'slaInvalidList' : 'slaSettingsFallback')}</strong>
      <details>
        <summary>${this.localize.term('errorDetails')}</summary>
        <span class="technical">${redactText(this.settingErrors.join('; '))}</span>
      </details>
    </div>`;
  }

  private renderControls(): TemplateResult {
    return html`<div class="controls" part="controls">
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
    </div>`;
  }

  /** "SLA unavailable": the ticket could not be loaded, so nothing is known about its deadlines. */
  private renderUnavailable(): TemplateResult {
    const word = this.localize.term('slaUnavailable');
    if (this.isCompact) {
      return html`<span class="compact state-unavailable unavailable" part="target target-unavailable"
        ><span class="state-icon" part="icon" title=${word}>${stateIcon('unavailable')}</span
        ><span class="word">${word}</span></span
      >`;
    }
    return html`<div
      class="target state-unavailable unavailable"
      part="target target-unavailable"
      role="status"
    >
      <div class="head">
        <span class="badge" part="badge">${stateIcon('unavailable')}<span class="word">${word}</span></span>
      </div>
      <p class="hint">${this.localize.term('slaUnavailableHint')}</p>
    </div>`;
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

  private renderInvalid(row: Extract<Row, { ok: false }>): TemplateResult {
    const word = this.localize.term('slaInvalidTarget');
    return html`<article class="target invalid state-unavailable" part="target target-invalid">
      <div class="head">
        ${row.name ? html`<h3 class="label" part="label"><span class="name">${row.name}</span></h3>` : nothing}
        <span class="badge" part="badge">${stateIcon('unavailable')}<span class="word">${word}</span></span>
      </div>
      <details class="error" part="error">
        <summary>${this.localize.term('errorDetails')}</summary>
        <span class="technical">${row.problems}</span>
      </details>
    </article>`;
  }

  private renderTarget(row: Row, status: SlaStatus | undefined): TemplateResult {
    if (!row.ok || !status) return this.renderInvalid(row as Extract<Row, { ok: false }>);
    const { plan, name, kindLabel } = row;
    const precision = this.effectivePrecision;
    const remaining = this.remainingText(status, precision);
    const units = this.localize.durationUnits();
    const progress = Math.min(1, Math.max(0, status.progress));
    return html`<article
      class=${classMap(statusClasses({ target: true }, status))}
      part="target target-${status.state}"
    >
      <div class="head">
        <h3 class="label" part="label">
          <span class="name">${name}</span
          >${kindLabel !== name ? html` <span class="kind">${kindLabel}</span>` : nothing}
        </h3>
        <span class="badge" part="badge"
          >${stateIcon(status.state)}<span class="word"
            >${this.localize.term('slaState', status.state)}</span
          ></span
        >
      </div>
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
              ${this.localize.term('slaPausedFor', redactText(status.pause.reason), formatDurationWords(this.ticker.now - status.pause.since, units))}
            </p>`
          : nothing
      }
      ${plan.uncoveredYears.length > 0 ? html`<p class="note">${this.localize.term('slaNotCovered', plan.uncoveredYears.join(', '))}</p>` : nothing}
    </article>`;
  }

  /**
   * One line for a table cell, in as few boxes as possible (a queue holds thousands): the element
   * that is the timer also carries the colour band; the state's icon (its word as tooltip) comes first.
   */
  private renderCompact(row: Row, status: SlaStatus | undefined): TemplateResult {
    if (!row.ok || !status) {
      const word = this.localize.term('slaInvalidTarget');
      return html`<span class="compact invalid state-unavailable" part="target target-invalid"
        ><span class="state-icon" part="icon" title=${word}>${stateIcon('unavailable')}</span
        ><span class="word">${word}</span></span
      >`;
    }
    const remaining = this.remainingText(status, this.effectivePrecision);
    const ticking = isTicking(status);
    const word = this.localize.term('slaState', status.state);
    return html`<span
      class=${classMap(statusClasses({ compact: true, remaining: true, ticking }, status))}
      part="target target-${status.state} remaining"
      role="timer"
      aria-label=${this.localize.term('slaCompactLabel', row.name, remaining.words, word)}
      ><span class="state-icon" part="icon" title=${word}>${stateIcon(status.state as SlaIndicator)}</span
      ><span class="time" aria-hidden="true">${ticking ? remaining.clock : word}</span></span
    >`;
  }
}
