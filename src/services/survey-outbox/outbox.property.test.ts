// The reliability proof of issue 6: random sequences of submit, offline, online, server 500, timeout,
// page reload, lost acknowledgements and a second tab, against the real reference backend. At the end
// every submitted response is stored on the server exactly once and the outbox is empty.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createResponseId, SurveyOutbox } from './index.js';
import { dropDatabase, TestNetwork, until } from '../../../test/support/outbox.js';
import {
  endpointOf,
  type FaultRule,
  newSandbox,
  setFaults,
  storedResponses,
  uniqueName,
} from '../../../test/support/reference-backend.js';

type Command =
  | { kind: 'submit'; csat: number }
  | { kind: 'offline' }
  | { kind: 'online' }
  | { kind: 'http500'; times: number }
  | { kind: 'timeout' }
  | { kind: 'ack-lost'; times: number }
  | { kind: 'latency'; ms: number }
  | { kind: 'reload' }
  | { kind: 'second-tab' }
  | { kind: 'pause'; ms: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('submit' as const), csat: fc.integer({ min: 1, max: 5 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'offline' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'online' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('http500' as const), times: fc.integer({ min: 1, max: 3 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'timeout' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('ack-lost' as const), times: fc.integer({ min: 1, max: 2 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('latency' as const), ms: fc.integer({ min: 10, max: 80 }) }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'reload' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'second-tab' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('pause' as const), ms: fc.integer({ min: 0, max: 60 }) }),
  },
);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runScenario(commands: Command[]): Promise<void> {
  const sandbox = newSandbox('proof');
  const databaseName = `cx-test-${uniqueName('proof')}`;
  const network = new TestNetwork();
  const onlineEvents = new EventTarget();
  const submitted = new Map<string, number>();
  const open = () =>
    new SurveyOutbox({
      endpoint: endpointOf(sandbox),
      transport: network.transport(),
      databaseName,
      requestTimeoutMs: 150,
      retryBaseMs: 20,
      retryMaxMs: 100,
      isOnline: () => !network.offline,
      onlineEvents,
    });
  const fault = (rule: FaultRule) => setFaults(sandbox, [rule]);
  let page = open();
  const tabs: SurveyOutbox[] = [];
  void page.start();
  try {
    for (const step of commands) {
      switch (step.kind) {
        case 'submit': {
          const responseId = createResponseId();
          submitted.set(responseId, step.csat);
          await page.enqueue({ responseId, surveyId: 'post-call', answers: { csat: step.csat } });
          break;
        }
        case 'offline':
          network.offline = true;
          break;
        case 'online':
          network.offline = false;
          onlineEvents.dispatchEvent(new Event('online'));
          break;
        case 'http500':
          await fault({ mode: 'http500', times: step.times });
          break;
        case 'timeout':
          await fault({ mode: 'timeout', times: 1 });
          break;
        case 'ack-lost':
          await fault({ mode: 'ack-lost', times: step.times });
          break;
        case 'latency':
          await fault({ mode: 'latency', latencyMs: step.ms, times: 3 });
          break;
        case 'reload':
          await page.close();
          page = open();
          void page.start();
          break;
        case 'second-tab': {
          const tab = open();
          tabs.push(tab);
          void tab.start();
          break;
        }
        case 'pause':
          await pause(step.ms);
          break;
      }
    }

    // The network comes back for good; everything left must drain.
    network.offline = false;
    await setFaults(sandbox, []);
    onlineEvents.dispatchEvent(new Event('online'));
    await until(async () => (await page.flush()).pending.length === 0, 'an empty outbox', 8_000);
  } finally {
    await Promise.all([page, ...tabs].map((outbox) => outbox.close()));
  }

  const reopened = open();
  const left = await reopened.pending();
  await reopened.close();
  await dropDatabase(databaseName);
  expect(left, 'the outbox is empty').to.deep.equal([]);

  const stored = await storedResponses(sandbox);
  expect(stored.length, 'stored exactly once').to.equal(submitted.size);
  for (const item of stored) {
    const responseId = item['responseId'] as string;
    expect(submitted.has(responseId), `unexpected ${responseId}`).to.equal(true);
    expect(item['answers']).to.deep.equal({ csat: submitted.get(responseId) });
  }
  // Duplicates reached the server only where a fault or another tab made them necessary.
  for (const responseId of submitted.keys()) expect(network.postsOf(responseId)).to.be.greaterThan(0);
}

describe('survey outbox reliability proof', () => {
  it('stores every submitted response exactly once and empties the outbox, whatever happens', async function () {
    this.timeout(90_000);
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(command, { minLength: 1, maxLength: 14 })
          .map((steps) => [{ kind: 'submit', csat: 3 } as Command, ...steps]),
        runScenario,
      ),
      { numRuns: 25 },
    );
  });
});
