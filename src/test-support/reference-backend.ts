// Test helpers for the reference backend the test runner's dev server mounts (demo/backend/API.md).
import { expect } from '@open-wc/testing';

/** The base path of a fresh sandbox: its fault rules affect only its own requests. */
export function sandbox(label: string): string {
  return `/sandbox/${label}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Replaces the fault rules of the sandbox at `base` (latency, 500, timeout, malformed…). */
export async function setFaults(base: string, rules: unknown[]): Promise<void> {
  const response = await fetch(`${base}/api/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules }),
  });
  expect(response.status).to.equal(200);
}
