// Bad input never escapes: a value of the wrong kind in any property or attribute of the survey never
// throws and never leaves an unhandled rejection; it is reported with cx-error naming the property
// (and, for a fixed set, the values it takes), the default is used, and a valid value shows the survey
// again. Ids in any Unicode key drafts and outbox records. And under all of it, no response is lost or
// doubled.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import type { CxErrorEvent } from '../../events/cx-error.js';
import { SurveyDraftStore } from '../../services/survey-outbox/drafts.js';
import { SurveyOutbox } from '../../services/survey-outbox/outbox.js';
import { dropDatabase, TestNetwork, until } from '../../../test/support/outbox.js';
import {
  endpointOf,
  newSandbox,
  setFaults,
  storedResponses,
  uniqueName,
} from '../../../test/support/reference-backend.js';
import { PRESET_ANSWERS } from '../../../test/support/survey-states.js';
import { PRESET_NAMES } from '../../services/survey/presets.js';
import { sharedOutbox } from './delivery.js';
import './satisfaction-survey.js';
import type { CxSatisfactionSurvey } from './satisfaction-survey.component.js';
import { escaped } from '../../../test/support/escapes.js';
import { deepArray } from '../../../test/support/hostile.js';

/** Every property and attribute the manifest lists for cx-satisfaction-survey. */
const PROPERTIES = [
  'survey',
  'preset',
  'mode',
  'interactionId',
  'customerId',
  'agentId',
  'endpoint',
  'name',
  'disabled',
  'hideSubmit',
  'outbox',
  'answers',
] as const;
type Property = (typeof PROPERTIES)[number];
const ATTRIBUTES: Record<string, Property> = {
  preset: 'preset',
  mode: 'mode',
  'interaction-id': 'interactionId',
  'customer-id': 'customerId',
  'agent-id': 'agentId',
  endpoint: 'endpoint',
  name: 'name',
  disabled: 'disabled',
  'hide-submit': 'hideSubmit',
};

/** Strings no text field expects: lone surrogates, controls, huge, every plane. */
const exoticString = fc.oneof(
  fc.constantFrom('\uD800', 'int-\uDC00', '\uDBFF\uDBFF', 'a\u0000b', '\u202Eevil', ' ', ''),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 10_000, max: 200_000 }).map((length) => 'x'.repeat(length)),
);

/** Values of the wrong kind for any property (never undefined or null: those mean "unset"). */
const wrongValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.bigInt(),
  fc.constant(Symbol('bad')),
  fc.constant(() => 'a function'),
  fc.object({ maxDepth: 2 }),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
  fc.constant(null).map(() => Object.assign(Object.create(null) as object, { id: 'csat', toString: 1 })),
  fc.integer({ min: 2_000, max: 12_000 }).map((depth) => deepArray(depth)),
  fc.constant(null).map(
    () =>
      new Proxy(
        {},
        {
          get() {
            throw new Error('hostile getter');
          },
          ownKeys() {
            throw new Error('hostile keys');
          },
        },
      ),
  ),
  fc.date(),
  fc.constant(new Map([['csat', 5]])),
  exoticString,
);

/** Whether `value` is answers the survey takes: question ids to numbers, booleans, strings or string lists. */
function isAnswers(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  try {
    return Object.values(value).every(
      (answer) =>
        ['number', 'boolean', 'string'].includes(typeof answer) ||
        (Array.isArray(answer) && answer.every((item) => typeof item === 'string')),
    );
  } catch {
    return false;
  }
}

/** Whether setting `property` to `value` must be reported. */
function mustReport(property: Property, value: unknown): boolean {
  switch (property) {
    case 'answers':
      return !isAnswers(value);
    case 'survey':
      return true; // nothing of the wrong kind is a valid definition
    case 'mode':
      return value !== 'customer' && value !== 'agent';
    case 'preset':
      return value !== '' && !(PRESET_NAMES as readonly unknown[]).includes(value); // '': no preset
    case 'disabled':
    case 'hideSubmit':
      return typeof value !== 'boolean';
    case 'endpoint':
      return typeof value !== 'string' || /^(?!https?:)[a-z][\w+.-]*:/i.test(value);
    case 'outbox':
      return true;
    default:
      return typeof value !== 'string';
  }
}

describe('cx-satisfaction-survey with bad input', () => {
  const outboxes: SurveyOutbox[] = [];
  const databases: string[] = [];
  afterEach(async () => {
    await Promise.all(outboxes.splice(0).map((outbox) => outbox.close()));
    await Promise.all(databases.splice(0).map((name) => dropDatabase(name)));
  });

  /** The valid values the survey goes back to after each bad one. */
  function restore(
    el: CxSatisfactionSurvey,
    outbox?: SurveyOutbox,
    endpoint = '/api/survey-responses',
  ): void {
    Object.assign(el, {
      survey: undefined,
      preset: 'csat',
      mode: 'customer',
      interactionId: undefined,
      customerId: 'C-1',
      agentId: 'A-1',
      endpoint,
      name: 'survey',
      disabled: false,
      hideSubmit: false,
      outbox,
      answers: {},
    });
  }

  /** Renders correctly: the CSAT preset, answerable, idle, no error shown. */
  async function expectHealthy(el: CxSatisfactionSurvey, what: string): Promise<void> {
    await el.updateComplete;
    const root = el.shadowRoot!;
    const scale = root.querySelector('[data-question="csat"] [role="radiogroup"]');
    expect(scale?.shadowRoot?.querySelectorAll('[role="radio"]').length, what).to.equal(5);
    expect(root.querySelector('[part="error"]'), what).to.equal(null);
    expect(root.querySelector('[part="submit"]:not([disabled])'), what).to.not.equal(null);
    expect(root.querySelector('[data-state]')?.getAttribute('data-state'), what).to.equal('idle');
    expect(el.getAttribute('mode'), what).to.equal('customer');
    expect(el.getAttribute('name'), what).to.equal('survey');
  }

  it('never throws or rejects on a wrong value in any property, reports it by name, and recovers', async function () {
    this.timeout(60_000);
    const el = await fixture<CxSatisfactionSurvey>(html`<cx-satisfaction-survey></cx-satisfaction-survey>`);
    const errors: Array<CxErrorEvent['detail']> = [];
    el.addEventListener('cx-error', (event) => errors.push((event as CxErrorEvent).detail));
    restore(el);
    await expectHealthy(el, 'before');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROPERTIES), wrongValue, async (property, value) => {
        errors.length = 0;
        const escapes = await escaped(async () => {
          expect(() => ((el as unknown as Record<string, unknown>)[property] = value)).to.not.throw();
          await el.updateComplete;
          // Still something an agent can read: the survey, an error state, or the empty state.
          expect(el.shadowRoot!.querySelector('section')?.textContent?.trim(), property).to.not.equal('');
        });
        expect(escapes, `${property}: escaped`).to.deep.equal([]);
        if (mustReport(property, value)) {
          const named = errors.filter(
            (error) => error.path === property || error.path?.startsWith(`${property}.`),
          );
          expect(named.length, `${property}: cx-error naming it`).to.be.greaterThan(0);
          expect(named[0]!.source).to.equal('cx-satisfaction-survey');
          if (property === 'mode') expect(named[0]!.message).to.contain('customer or agent');
          if (property === 'preset') expect(named[0]!.message).to.contain(PRESET_NAMES.join(', '));
        }
        const recovered = await escaped(async () => {
          restore(el);
          await expectHealthy(el, `${property}: after a valid value`);
        });
        expect(recovered).to.deep.equal([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on an odd string in any attribute, and recovers', async function () {
    this.timeout(60_000);
    const el = await fixture<CxSatisfactionSurvey>(html`<cx-satisfaction-survey></cx-satisfaction-survey>`);
    const errors: Array<CxErrorEvent['detail']> = [];
    el.addEventListener('cx-error', (event) => errors.push((event as CxErrorEvent).detail));
    restore(el);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(ATTRIBUTES)),
        exoticString,
        async (attribute, value) => {
          errors.length = 0;
          const escapes = await escaped(async () => {
            expect(() => el.setAttribute(attribute, value)).to.not.throw();
            await el.updateComplete;
          });
          expect(escapes, `${attribute}: escaped`).to.deep.equal([]);
          const property = ATTRIBUTES[attribute]!;
          if (property === 'mode' || (property === 'preset' && value !== '')) {
            expect(
              errors.some((error) => error.path === property),
              `${attribute}="${value}" reported`,
            ).to.equal(true);
          }
          el.removeAttribute('hide-submit');
          el.removeAttribute('disabled');
          restore(el);
          await expectHealthy(el, `${attribute}: after a valid value`);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keys drafts and responses by ids in any Unicode, lone surrogates included, without collisions', async function () {
    this.timeout(60_000);
    const sandbox = newSandbox('unicode-ids');
    const databaseName = `cx-test-${uniqueName('unicode-ids')}`;
    databases.push(databaseName);
    const outbox = new SurveyOutbox({ endpoint: endpointOf(sandbox), databaseName, onlineEvents: null });
    outboxes.push(outbox);
    const drafts = new SurveyDraftStore({ databaseName });
    const id = fc.oneof(
      fc.constantFrom('\uD800', '\uDBFF', 'int-\uDC00', '\uD83D\uDE00', 'a\u0000b'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 24 }),
    );
    // Two different ids never share a draft, whatever their code units.
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(id, { minLength: 2, maxLength: 4 }), async (ids) => {
        for (const [index, interactionId] of ids.entries())
          await drafts.save('csat', interactionId, { csat: index + 1 });
        for (const [index, interactionId] of ids.entries()) {
          expect((await drafts.load('csat', interactionId))?.answers).to.deep.equal({ csat: index + 1 });
          await drafts.clear('csat', interactionId);
        }
      }),
      { numRuns: 40 },
    );
    await drafts.close();

    // Through the element: autosaved and restored under a lone-surrogate id, sent with it unchanged.
    const interactionId = `\uD800${uniqueName('int')}`;
    const first = await fixture<CxSatisfactionSurvey>(
      html`<cx-satisfaction-survey preset="csat" .interactionId=${interactionId}></cx-satisfaction-survey>`,
    );
    const scale = first.shadowRoot!.querySelector('[role="radiogroup"]')!;
    scale.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')[2]!.click();
    await first.updateComplete;
    first.remove(); // a reload: the autosave is flushed on the way out
    await until(
      async () => (await new SurveyDraftStore().load('csat', interactionId)) !== undefined,
      'draft',
    );
    const other = await fixture<CxSatisfactionSurvey>(
      html`<cx-satisfaction-survey
        preset="csat"
        .interactionId=${'\uDBFF' + interactionId.slice(1)}
      ></cx-satisfaction-survey>`,
    );
    const second = await fixture<CxSatisfactionSurvey>(
      html`<cx-satisfaction-survey
        preset="csat"
        .interactionId=${interactionId}
        .customerId=${'\uDC00客户'}
        .outbox=${outbox}
      ></cx-satisfaction-survey>`,
    );
    await until(() => second.answers['csat'] === 3, 'restored');
    expect(other.answers, 'another id restores nothing').to.deep.equal({});
    const responseId = await second.submit();
    await until(() => second.status === 'sent', 'sent');
    const [stored] = await storedResponses(sandbox);
    expect(stored!['responseId']).to.equal(responseId);
    expect(stored!['meta']).to.include({ interactionId, customerId: '\uDC00客户' });
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('loses and doubles no response, whatever bad values arrive between submits', async function () {
    this.timeout(120_000);
    type Step =
      | { kind: 'submit'; preset: 'csat' | 'nps'; interactionId: string }
      | { kind: 'bad'; property: Property; value: unknown }
      | { kind: 'offline' }
      | { kind: 'online' }
      | { kind: 'http500' }
      | { kind: 'remount' };
    const step: fc.Arbitrary<Step> = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('submit' as const),
          preset: fc.constantFrom('csat' as const, 'nps' as const),
          interactionId: exoticString.map((text) => text.slice(0, 64)),
        }),
      },
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('bad' as const),
          property: fc.constantFrom(...PROPERTIES),
          value: wrongValue,
        }),
      },
      { weight: 1, arbitrary: fc.constant({ kind: 'offline' as const }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'online' as const }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'http500' as const }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'remount' as const }) },
    );

    const scenario = async (steps: Step[]) => {
      const sandbox = newSandbox('bad-proof');
      const databaseName = `cx-test-${uniqueName('bad-proof')}`;
      databases.push(databaseName);
      const network = new TestNetwork();
      const onlineEvents = new EventTarget();
      const outbox = new SurveyOutbox({
        endpoint: endpointOf(sandbox),
        transport: network.transport(),
        databaseName,
        requestTimeoutMs: 500,
        retryBaseMs: 20,
        retryMaxMs: 100,
        isOnline: () => !network.offline,
        onlineEvents,
      });
      outboxes.push(outbox);
      // Where a response goes when a bad `outbox` left the element on the page's outbox for the endpoint.
      const fallback = sharedOutbox(endpointOf(sandbox));
      const submitted = new Map<string, Record<string, unknown>>();
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const mount = () => {
        const el = document.createElement('cx-satisfaction-survey');
        host.replaceChildren(el);
        restore(el, outbox, endpointOf(sandbox));
        return el;
      };
      let el = mount();
      const escapes = await escaped(async () => {
        for (const item of steps) {
          switch (item.kind) {
            case 'submit': {
              if (el.status === 'sent' || el.status === 'declined') el.reset();
              el.preset = item.preset;
              el.interactionId = item.interactionId;
              await el.updateComplete;
              el.answers = PRESET_ANSWERS[item.preset];
              const answers = el.answers;
              const responseId = await el.submit();
              if (responseId) submitted.set(responseId, answers);
              break;
            }
            case 'bad':
              restore(el, outbox, endpointOf(sandbox));
              (el as unknown as Record<string, unknown>)[item.property] = item.value;
              await el.updateComplete;
              break;
            case 'offline':
              network.offline = true;
              break;
            case 'online':
              network.offline = false;
              onlineEvents.dispatchEvent(new Event('online'));
              break;
            case 'http500':
              await setFaults(sandbox, [{ mode: 'http500', times: 2 }]);
              break;
            case 'remount':
              el = mount();
              await el.updateComplete;
              break;
          }
        }
      });
      expect(escapes, 'escaped').to.deep.equal([]);
      // The network comes back for good: everything must drain.
      network.offline = false;
      await setFaults(sandbox, []);
      await until(
        async () => (await outbox.flush()).pending.length + (await fallback.flush()).pending.length === 0,
        'empty outboxes',
        8_000,
      );
      host.remove();
      expect(submitted.size, 'the first submit at least went through').to.be.greaterThan(0);
      const stored = await storedResponses(sandbox);
      expect(stored.map((item) => item['responseId']).sort(), 'each response stored once').to.deep.equal(
        [...submitted.keys()].sort(),
      );
      for (const item of stored)
        expect(item['answers']).to.deep.equal(submitted.get(item['responseId'] as string));
    };

    await fc.assert(
      fc.asyncProperty(
        fc
          .array(step, { minLength: 1, maxLength: 12 })
          .map((steps): Step[] => [{ kind: 'submit', preset: 'csat', interactionId: '\uD800int' }, ...steps]),
        scenario,
      ),
      { numRuns: 15 },
    );
  });
});
