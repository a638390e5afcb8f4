import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getSharedClock, type Clock, type ClockPrecision } from '../../services/clock.js';
import { observeVisibility } from '../visibility-observer.js';

/** What a ticking widget needs from its host: an element that updates. */
export type TickHost = ReactiveControllerHost & Element;

/** Options of a {@link TickController}; the functions are read each time ticking (re)starts. */
export interface TickOptions {
  /** The clock to tick on; default: the page's shared clock. */
  readonly clock?: () => Clock;
  /** How often the time shown changes; default: every second. */
  readonly precision?: () => ClockPrecision;
  /**
   * Called on every tick that is shown, after `now` has moved (the host's update is already asked
   * for): the place for work that must follow the time, e.g. a countdown's milestones.
   */
  readonly onTick?: (now: number) => void;
}

/**
 * The time a ticking widget (a countdown, a wrap-up timer) shows, on the page's shared clock, at the
 * cost of nothing per tick while nobody can see it:
 *
 * - it subscribes to the clock, at the host's precision, only while the host is in (or near) the
 *   viewport (see `observeVisibility`), so a queue of thousands ticks the handful on screen;
 * - in a hidden tab it skips the throttled minute ticks and catches up on the resync tick when the
 *   tab is shown again, so a hidden page does no rendering work;
 * - scrolling into view catches up at once.
 *
 * `now` is what the host renders; setting it (through a tick, `set` or `catchUp`) asks for an update.
 * Work that must happen on time whether or not anyone sees it (events at a deadline) belongs on an
 * alarm (`Clock.at`), not here.
 */
export class TickController implements ReactiveController {
  /** The time to show (corrected epoch ms): the clock's at the last tick, catch-up or `set`. */
  now: number;
  /** Whether the host is in (or near) the viewport, as last reported; false while disconnected. */
  visible = false;
  private unsubscribe: (() => void) | undefined;
  private stopObserving: (() => void) | undefined;

  constructor(
    private readonly host: TickHost,
    private readonly options: TickOptions = {},
  ) {
    this.now = Date.now(); // the clock's time once connected (the host's options may not be set yet)
    host.addController(this);
  }

  /** The clock ticks come from. */
  get clock(): Clock {
    return this.options.clock?.() ?? getSharedClock();
  }

  hostConnected(): void {
    this.set(this.clock.now());
    this.stopObserving = observeVisibility(this.host, (visible) => {
      this.visible = visible;
      this.sync();
      if (visible) this.set(this.clock.now());
    });
  }

  hostDisconnected(): void {
    this.stopObserving?.();
    this.stopObserving = undefined;
    this.visible = false;
    this.sync();
  }

  /** Shows `now`: the host updates when it differs from the time shown. */
  set(now: number): void {
    if (now === this.now) return;
    this.now = now;
    this.host.requestUpdate();
  }

  /** Shows the clock's time now (after the data or the clock changed). */
  catchUp(): void {
    this.set(this.clock.now());
  }

  /** Subscribes again with the current clock and precision (after either changed). */
  restart(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.sync();
  }

  /** Subscribed while visible and connected, unsubscribed otherwise. */
  private sync(): void {
    if (!this.visible || !this.host.isConnected) {
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      return;
    }
    if (this.unsubscribe) return;
    const clock = this.clock;
    this.unsubscribe = clock.subscribe((tick) => {
      // Nobody sees a hidden tab: no repaint until it is shown again (the resync tick).
      if (clock.hidden && !tick.resync) return;
      this.set(tick.now);
      this.options.onTick?.(tick.now);
    }, this.options.precision?.() ?? 'seconds');
  }
}
