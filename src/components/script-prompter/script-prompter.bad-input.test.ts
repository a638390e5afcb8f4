// Bad input never escapes: every property of <cx-script-prompter> takes wrong types and odd values
// without throwing (no exception out of a setter or an update, no unhandled rejection), reports each
// with `cx-error` (code `invalid-property`), and renders correctly again once the value is valid.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { sampleScript } from '../../services/script-engine/index.js';
import './script-prompter.js';
import type { CxScriptPrompter } from './script-prompter.component.js';
import { escaped } from '../../../test/support/escapes.js';
import { deepArray, deepObject } from '../../../test/support/hostile.js';
import { isolatePrompterTests } from '../../../test/support/page-state.js';

const FIXTURES = new URL('./test-fixtures/', import.meta.url).href;

let counter = 0;
const interaction = (): string => `I-BAD-${Date.now().toString(36)}-${++counter}`;
const root = (el: CxScriptPrompter): ShadowRoot => el.shadowRoot!;
const heading = (el: CxScriptPrompter): string =>
  root(el).querySelector('.step-heading')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const stepText = (el: CxScriptPrompter): string =>
  root(el).querySelector('[part~="step-text"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function nullObject(entries: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, entries);
}

/** Wrong types for a property that wants a string: anything but a string (or nothing). */
const NOT_STRINGS = (): unknown[] => [
  42,
  -1,
  1.5,
  Number.NaN,
  true,
  10n,
  Symbol('id'),
  { id: 'x' },
  nullObject({ id: 'x' }),
  [],
  ['I-1'],
  deepArray(20_000, 'bottom'),
  deepObject(5_000),
  () => 'I-1',
];
/** Wrong types for a property that wants a plain object. */
const NOT_OBJECTS = (): unknown[] => [
  42,
  Number.NaN,
  'name',
  '',
  false,
  10n,
  Symbol('scope'),
  [],
  [{ name: 'x' }],
  deepArray(20_000, 'bottom'),
  () => ({}),
];

interface PropertyCase {
  /** Starts an element that runs a script, using a valid value of the property. */
  mount: () => Promise<CxScriptPrompter>;
  /** Wrong values to try. */
  wrong: () => unknown[];
  /** A valid value, set after the wrong one. */
  valid: () => unknown;
  /** Asserts the element renders the valid value. */
  check: (el: CxScriptPrompter) => void | Promise<void>;
  /** Where the `cx-error` points (the attribute's name where there is one). */
  path: string;
}

async function mountWith(setup: (el: CxScriptPrompter) => void, lang = 'en'): Promise<CxScriptPrompter> {
  const el = document.createElement('cx-script-prompter');
  el.setAttribute('interaction-id', interaction());
  el.variables = { identityVerified: true, operatorName: 'Telco' };
  el.customer = { id: 'C-1', name: 'Li Na' };
  el.agent = { name: 'Wang Fang' };
  el.script = sampleScript('greeting-identity');
  setup(el);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const runsGreeting = (el: CxScriptPrompter): void => {
  expect(heading(el)).to.equal('Step 1: Greeting');
  expect(stepText(el)).to.equal(
    'Good day, thank you for calling Telco. My name is Wang Fang, how may I help you?',
  );
};

const CASES: Record<string, PropertyCase> = {
  script: {
    mount: () => mountWith(() => undefined),
    wrong: () => [
      42,
      Number.NaN,
      'greeting-identity',
      true,
      10n,
      Symbol('s'),
      [],
      [[[]]],
      deepArray(20_000, 'bottom'),
      () => 1,
    ],
    valid: () => sampleScript('greeting-identity'),
    check: runsGreeting,
    path: 'script',
  },
  src: {
    mount: () =>
      mountWith((el) => {
        el.script = undefined;
        el.src = `${FIXTURES}network-fault.en.json`;
      }),
    wrong: NOT_STRINGS,
    valid: () => `${FIXTURES}network-fault.en.json?again=${++counter}`,
    check: async (el) => {
      await waitUntil(() => el.currentStepId === 'identity-gate', 'the script at src did not run', {
        timeout: 5000,
      });
      await el.updateComplete;
      expect(heading(el)).to.equal('Step 1: Identity check');
    },
    path: 'src',
  },
  variables: {
    mount: () => mountWith(() => undefined),
    wrong: NOT_OBJECTS,
    valid: () => ({ operatorName: 'Telco' }),
    check: runsGreeting,
    path: 'variables',
  },
  customer: {
    mount: () => mountWith(() => undefined),
    wrong: NOT_OBJECTS,
    valid: () => ({ name: 'Li Na' }),
    check: (el) => {
      runsGreeting(el);
      expect(el.currentStepId).to.equal('greet');
    },
    path: 'customer',
  },
  agent: {
    mount: () => mountWith(() => undefined),
    wrong: NOT_OBJECTS,
    valid: () => ({ name: 'Wang Fang' }),
    check: runsGreeting,
    path: 'agent',
  },
  interactionId: {
    mount: () => mountWith(() => undefined),
    wrong: NOT_STRINGS,
    valid: () => interaction(),
    check: runsGreeting,
    path: 'interaction-id',
  },
  prohibitedPhrases: {
    mount: () =>
      mountWith((el) => {
        el.prohibitedPhrases = [{ phrase: 'no chance', suggestion: 'let me check' }];
      }),
    wrong: () => [
      // An empty list is a valid list of extra phrases.
      ...NOT_STRINGS().filter((value) => !(Array.isArray(value) && value.length === 0)),
      'not json',
      [{ phrase: 42 }],
      [nullObject({ phrase: 'x', suggestion: 42 })],
      nullObject(),
    ],
    valid: () => [{ phrase: 'no chance', suggestion: 'let me check' }],
    check: async (el) => {
      runsGreeting(el);
      el.draft = 'No chance, that is impossible.';
      await el.updateComplete;
      expect([...root(el).querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal([
        'No chance',
        'impossible',
      ]);
    },
    path: 'prohibited-phrases',
  },
  piiFields: {
    mount: () => mountWith(() => undefined),
    wrong: () => [...NOT_OBJECTS(), { 'customer.note': 'not-a-kind' }, nullObject({ 'customer.x': 42 })],
    valid: () => ({ 'customer.note': 'phone' }),
    check: runsGreeting,
    path: 'piiFields',
  },
  draft: {
    mount: () =>
      mountWith((el) => {
        el.draft = 'That is impossible.';
      }),
    wrong: NOT_STRINGS,
    valid: () => 'That is impossible.',
    check: (el) => {
      runsGreeting(el);
      expect(root(el).querySelector('mark')?.textContent).to.equal('impossible');
    },
    path: 'draft',
  },
};

const describeValue = (value: unknown): string => {
  if (typeof value === 'symbol' || typeof value === 'bigint' || typeof value === 'function')
    return typeof value;
  if (Array.isArray(value)) return `array(${value.length})`;
  if (typeof value === 'object' && value !== null)
    return Object.getPrototypeOf(value) === null ? 'null-prototype object' : 'object';
  return JSON.stringify(value) ?? String(value);
};

async function tryWrongValue(
  name: string,
  testCase: PropertyCase,
  value: unknown,
  options: { axe?: boolean } = {},
): Promise<void> {
  const el = await testCase.mount();
  await testCase.check(el);
  const errors: CustomEvent[] = [];
  el.addEventListener('cx-error', (event) => errors.push(event));
  const label = `${name} = ${describeValue(value)}`;
  const problems = await escaped(async () => {
    (el as unknown as Record<string, unknown>)[name] = value;
    await el.updateComplete;
  });
  expect(problems, label).to.deep.equal([]);
  const reported = errors.map((event) => event.detail as { code: string; path: string });
  expect(
    reported.some((detail) => detail.code === 'invalid-property' && detail.path === testCase.path),
    `${label}: cx-error invalid-property at ${testCase.path}; got ${JSON.stringify(reported)}`,
  ).to.equal(true);
  expect(root(el).querySelector('[part="base"]'), `${label}: still renders`).to.not.equal(null);
  const recovered = await escaped(async () => {
    (el as unknown as Record<string, unknown>)[name] = testCase.valid();
    await el.updateComplete;
    await testCase.check(el);
  });
  expect(recovered, `${label}, then a valid value`).to.deep.equal([]);
  if (options.axe) await expect(el).to.be.accessible();
}

describe('cx-script-prompter: bad input', () => {
  isolatePrompterTests();

  for (const [name, testCase] of Object.entries(CASES)) {
    it(`${name}: wrong types never throw, report cx-error and the element recovers`, async function () {
      this.timeout(60_000);
      let first = true;
      for (const value of testCase.wrong()) {
        await tryWrongValue(name, testCase, value, { axe: first });
        first = false;
      }
    });
  }

  it('any property, any wrong value (property-based)', async function () {
    this.timeout(120_000);
    const names = Object.keys(CASES);
    const wrongFor = (name: string, value: unknown): boolean => {
      if (value === undefined || value === null) return false;
      if (name === 'src' || name === 'interactionId' || name === 'draft') return typeof value !== 'string';
      if (name === 'prohibitedPhrases') return !Array.isArray(value) || value.length > 0;
      return typeof value !== 'object' || Array.isArray(value);
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.oneof(
          fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true, maxDepth: 4 }),
          fc.integer().map((depth) => deepArray(1_000 + Math.abs(depth % 20_000), 'bottom')),
        ),
        async (name, value) => {
          fc.pre(wrongFor(name, value));
          await tryWrongValue(name, CASES[name]!, value);
        },
      ),
      { numRuns: 40 },
    );
  });

  describe('ids with any Unicode', () => {
    for (const id of ['I-\uD800', '\uDC00', 'I-\uD83D', '\uD83D\uDCAC/%u00/\u0000']) {
      it(`keeps working with the interaction id ${JSON.stringify(id)}, and resumes after a reload`, async () => {
        const errors: CustomEvent[] = [];
        const problems = await escaped(async () => {
          const el = await mountWith((element) => {
            element.setAttribute('interaction-id', id);
            element.addEventListener('cx-error', (event) => errors.push(event));
          });
          runsGreeting(el);
          const changes: CustomEvent[] = [];
          el.addEventListener('cx-script-step-change', (event) => changes.push(event));
          expect(el.next()).to.equal(true);
          await el.updateComplete;
          expect(heading(el)).to.equal('Step 2: Recording notice');
          expect(changes).to.have.length(1);
          el.remove(); // stores the progress
          const again = await mountWith((element) => element.setAttribute('interaction-id', id));
          expect(again.currentStepId, 'resumed from storage').to.equal('recording-notice');
        });
        expect(problems).to.deep.equal([]);
        expect(errors.map((event) => (event.detail as { code: string }).code)).to.deep.equal([]);
      });
    }
  });
});
