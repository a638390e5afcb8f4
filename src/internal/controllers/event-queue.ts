import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CxErrorEvent, type CxErrorDetail } from '../../events/cx-error.js';

/** What a widget's event queue needs from its host. */
export type EventQueueHost = ReactiveControllerHost & EventTarget;

/** Options of an {@link EventQueueController}. */
export interface EventQueueOptions {
  /** The tag named as `source` in every `cx-error` detail. */
  readonly source: string;
  /** Makes a `cx-error` detail safe to hand to a host (e.g. masks personal data); default: as is. */
  readonly safeDetail?: (detail: CxErrorDetail) => CxErrorDetail;
}

/**
 * The one way a widget fires events found while it works out its state (in `willUpdate`, a setter, a
 * load): they are queued and dispatched after the update that caused them has rendered, so a host's
 * listener sees the widget in its new state and may change it again without re-entering the update.
 * An event queued outside an update asks for one.
 */
export class EventQueueController implements ReactiveController {
  private pending: Event[] = [];

  constructor(
    private readonly host: EventQueueHost,
    private readonly options: EventQueueOptions,
  ) {
    host.addController(this);
  }

  /** Queues `event` for dispatch after the next render. */
  queue(event: Event): void {
    this.pending.push(event);
    this.host.requestUpdate();
  }

  /** Queues a `cx-error` with this widget as its `source` (its detail made safe first). */
  error(error: Omit<CxErrorDetail, 'source'>): void {
    const detail: CxErrorDetail = { ...error, source: this.options.source };
    const event = new CxErrorEvent(this.options.safeDetail ? this.options.safeDetail(detail) : detail);
    this.queue(event);
  }

  /** Whether anything waits to be dispatched. */
  get size(): number {
    return this.pending.length;
  }

  hostUpdated(): void {
    this.flush();
  }

  /** Dispatches what is queued, in order (also for events queued by a listener meanwhile). */
  flush(): void {
    while (this.pending.length) {
      const events = this.pending;
      this.pending = [];
      for (const event of events) this.host.dispatchEvent(event);
    }
  }
}
