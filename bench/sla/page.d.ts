// The API bench/sla/page.js puts on `window.bench`, for the harness's type checks.

export interface MountOptions {
  mode: 'shared' | 'naive-per-element' | 'naive-one-interval' | 'visible-only';
  n: number;
  precision: 'seconds' | 'minutes';
  seed: number;
  /** Rows in chunks skipped while off screen (default), or one flat list. */
  layout?: 'chunked' | 'flat';
  /** Every ticket's resolution target breached hours ago. */
  breached?: boolean;
  /** Whether the host sets `ticket-id` (default); without, every milestone shares one storage entry. */
  ticketIds?: boolean;
}

/** The widget's fired-milestone memory in localStorage. */
export interface Recorded {
  /** Entries (one per ticket). */
  entries: number;
  milestones: number;
  chars: number;
  /** localStorage writes of the memory since the page loaded. */
  writes: number;
}

export interface MountResult {
  mountMs: number;
  createMs: number;
  visibleRows: number;
  eventsAtMount: number;
  breachesAtMount: number;
  recorded: Recorded;
}

export interface Snapshot {
  renders: number;
  plantedRenders: number;
  events: number;
  visibility: DocumentVisibilityState;
  subscribers: number;
  alarms: number;
}

export interface EventReport {
  expected: number;
  fired: number;
  seenExpected: number;
  seenFired: number;
  lateMs: number[];
  missing: string[];
  duplicates: number;
  unexpected: string[];
}

export interface BenchPage {
  mount(options: MountOptions): Promise<MountResult>;
  plantMilestones(options: {
    from: number;
    to: number;
    seen: number;
    unseen: number;
  }): Promise<{ plantedAt: number; planted: number }>;
  snapshot(): Snapshot;
  queueCentre(): { x: number; y: number };
  eventReport(range: { from: number; to: number }): EventReport;
}

declare global {
  interface Window {
    bench: BenchPage;
  }
}
