// Shared by the outbox tests (not exported from the package): sandboxes of the reference backend,
// a hand-driven scheduler, and a fetch that can play offline and counts POSTs.
import { deleteDB } from 'idb';
import { Transport } from '../../transport.js';
import type { OutboxScheduler } from '../outbox.js';

let serial = 0;

/** A name unique to this run, usable as a sandbox and a database name. */
export function uniqueName(label: string): string {
  serial += 1;
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${serial}`;
}

/** A fault rule of the reference backend. */
export interface FaultRule {
  mode: 'latency' | 'http500' | 'timeout' | 'malformed' | 'ack-lost';
  match?: string;
  latencyMs?: number;
  times?: number;
}

/** Replaces the sandbox's fault rules. */
export async function setFaults(sandbox: string, rules: FaultRule[]): Promise<void> {
  const answer = await fetch(`/sandbox/${sandbox}/api/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules }),
  });
  if (!answer.ok) throw new Error(`faults: ${answer.status}`);
}

/** How many more requests the sandbox's counted fault rules will affect. */
export async function faultsLeft(sandbox: string): Promise<number> {
  const answer = await fetch(`/sandbox/${sandbox}/api/faults`);
  const body = (await answer.json()) as { rules: Array<{ remaining?: number }> };
  return body.rules.reduce((sum, rule) => sum + (rule.remaining ?? 0), 0);
}

/** What the server stored in the sandbox. */
export async function storedResponses(sandbox: string): Promise<Array<Record<string, unknown>>> {
  const answer = await fetch(`/sandbox/${sandbox}/api/survey-responses`);
  const body = (await answer.json()) as { items: Array<Record<string, unknown>> };
  return body.items;
}

/** The survey endpoint of a sandbox. */
export function endpointOf(sandbox: string): string {
  return `/sandbox/${sandbox}/api/survey-responses`;
}

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

/** Waits until `check` holds, polling every 10 ms (for work the outbox does in the background). */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 4_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
