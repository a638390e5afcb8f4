// The reference backend the test runner's dev server mounts (demo/backend/API.md): sandboxes of it,
// their fault switches and what they stored. A sandbox is named by its base path (`/sandbox/<name>`),
// which is also the `api-base` a widget is given; its fault rules affect only its own requests.
import { expect } from '@open-wc/testing';

let serial = 0;

/** A name unique to this run, usable as a sandbox, a database or an interaction id. */
export function uniqueName(label: string): string {
  serial += 1;
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${serial}`;
}

/** The base path of a fresh sandbox. */
export function newSandbox(label: string): string {
  return `/sandbox/${uniqueName(label)}`;
}

/** A fault rule of the reference backend (demo/backend/API.md, "Fault injection"). */
export interface FaultRule {
  mode: 'latency' | 'http500' | 'timeout' | 'malformed' | 'ack-lost';
  /** A substring of the path after the sandbox prefix; default all TMF and survey paths. */
  match?: string;
  latencyMs?: number;
  /** How many matching requests it affects; default unlimited. */
  times?: number;
}

/** Replaces the fault rules of the sandbox at `sandbox` (its base path); `[]` clears them. */
export async function setFaults(sandbox: string, rules: readonly FaultRule[]): Promise<void> {
  const response = await fetch(`${sandbox}/api/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules }),
  });
  expect(response.status, `PUT ${sandbox}/api/faults`).to.equal(200);
}

/** How many more requests the sandbox's counted fault rules will affect. */
export async function faultsLeft(sandbox: string): Promise<number> {
  const answer = await fetch(`${sandbox}/api/faults`);
  const body = (await answer.json()) as { rules: Array<{ remaining?: number }> };
  return body.rules.reduce((sum, rule) => sum + (rule.remaining ?? 0), 0);
}

/** The survey endpoint of a sandbox. */
export function endpointOf(sandbox: string): string {
  return `${sandbox}/api/survey-responses`;
}

/** The survey responses the server stored in the sandbox. */
export async function storedResponses(sandbox: string): Promise<Array<Record<string, unknown>>> {
  const answer = await fetch(endpointOf(sandbox));
  const body = (await answer.json()) as { items: Array<Record<string, unknown>> };
  return body.items;
}
