// Shared by the outbox and survey tests: a hand-driven scheduler, a fetch that can play offline and
// counts POSTs, test databases, and waiting for background work. Sandboxes of the reference backend
// are in reference-backend.ts.
import { deleteDB } from 'idb';
import {
  SurveyOutbox,
  type DeliveryStatus,
  type OutboxScheduler,
  type SurveyOutboxOptions,
} from '../../src/services/survey-outbox/outbox.js';
import { Transport } from '../../src/services/transport.js';
import { endpointOf, newSandbox, uniqueName } from './reference-backend.js';

/** A fetch that fails like a dropped network while `offline` is set, and logs each POST's response id. */
export class TestNetwork {
  offline = false;
  readonly posts: string[] = [];

  readonly fetch: typeof fetch = (input, init) => {
    if (this.offline) return Promise.reject(new TypeError('Failed to fetch'));
    if (init?.method === 'POST' && typeof init.body === 'string') {
      this.posts.push((JSON.parse(init.body) as { responseId: string }).responseId);
    }
    return fetch(input, init);
  };

  /** A transport over this network. */
  transport(): Transport {
    return new Transport({ fetch: this.fetch });
  }

  /** How many times `responseId` was POSTed. */
  postsOf(responseId: string): number {
    return this.posts.filter((id) => id === responseId).length;
  }
}

/** Timers that fire only when the test says so. */
export class ManualScheduler implements OutboxScheduler {
  private next = 0;
  readonly timers = new Map<number, { callback: () => void; ms: number }>();

  setTimeout(callback: () => void, ms: number): unknown {
    this.next += 1;
    this.timers.set(this.next, { callback, ms });
    return this.next;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Delays of the pending timers. */
  get delays(): number[] {
    return [...this.timers.values()].map((timer) => timer.ms);
  }

  /** Fires every pending timer once. */
  fireAll(): void {
    const due = [...this.timers.values()];
    this.timers.clear();
    for (const timer of due) timer.callback();
  }
}

/** Deletes a test database (after its connections are closed). */
export function dropDatabase(name: string): Promise<void> {
  return deleteDB(name);
}

/**
 * Waits until `check` holds, polling every 10 ms (for work the outbox does in the background, over
 * the real HTTP path and IndexedDB: slow on a loaded machine, so the default wait is 8 s, inside
 * mocha's 10 s).
 */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 8_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** An outbox on a fresh sandbox of the reference backend: hand-driven retries, a switchable network. */
export interface OutboxHarness {
  /** The sandbox's base path. */
  sandbox: string;
  databaseName: string;
  network: TestNetwork;
  scheduler: ManualScheduler;
  /** What `isOnline()` answers. */
  online: { value: boolean };
  /** Where the harness' outboxes hear `online`. */
  onlineEvents: EventTarget;
  /** Every status the harness' outboxes reported, in order. */
  statuses: DeliveryStatus[];
  /** Opens an outbox on the harness (closed by `closeOutboxHarnesses`). */
  open(overrides?: Partial<SurveyOutboxOptions>): SurveyOutbox;
}

const openedOutboxes: SurveyOutbox[] = [];
const harnessDatabases: string[] = [];

/**
 * A harness named `label`: its outboxes deliver to a new sandbox over a `TestNetwork`, retry only when
 * the `ManualScheduler` says so (100 ms base, no jitter), and store in a database of their own.
 */
export function outboxHarness(label: string, defaults: Partial<SurveyOutboxOptions> = {}): OutboxHarness {
  const sandbox = newSandbox(label);
  const databaseName = `cx-test-${uniqueName(label)}`;
  harnessDatabases.push(databaseName);
  const network = new TestNetwork();
  const scheduler = new ManualScheduler();
  const online = { value: true };
  const onlineEvents = new EventTarget();
  const statuses: DeliveryStatus[] = [];
  return {
    sandbox,
    databaseName,
    network,
    scheduler,
    online,
    onlineEvents,
    statuses,
    open(overrides = {}) {
      const outbox = new SurveyOutbox({
        endpoint: endpointOf(sandbox),
        transport: network.transport(),
        databaseName,
        requestTimeoutMs: 3_000,
        retryBaseMs: 100,
        random: () => 0.5,
        scheduler,
        isOnline: () => online.value,
        onlineEvents,
        ...defaults,
        ...overrides,
      });
      outbox.subscribe((status) => statuses.push(status));
      openedOutboxes.push(outbox);
      return outbox;
    },
  };
}

/** Closes every outbox the harnesses opened and drops their databases (for `afterEach`). */
export async function closeOutboxHarnesses(): Promise<void> {
  await Promise.all(openedOutboxes.splice(0).map((outbox) => outbox.close()));
  await Promise.all(harnessDatabases.splice(0).map((name) => dropDatabase(name)));
}

/** Has `closeOutboxHarnesses` drop a test database of the test's own too. */
export function dropWithHarnesses(databaseName: string): void {
  harnessDatabases.push(databaseName);
}
