// Bad input never escapes the 360's properties and attributes: every wrong type or odd value is
// reported with one cx-error naming the setting, never thrown (no unhandled rejection from an
// update), replaced by the default, and the widget renders correctly again after a valid value.
import { expect } from '@open-wc/testing';
import type { CxErrorEvent } from '../../events/cx-error.js';
import type { CustomerDataSource } from '../../services/tmf/data-source.js';
import './customer-360.js';
import type { CxCustomer360 } from './customer-360.component.js';
import { sampleCustomer, sampleDataSource } from './customer-360.samples.js';
import { watchEscapes, type EscapeWatch } from '../../../test/support/escapes.js';
import { deepArray } from '../../../test/support/hostile.js';
import { nextFrame, text, waitFor } from '../../../test/support/dom.js';

const root = (el: CxCustomer360) => el.shadowRoot!;

/** Arrays nested 100,000 deep: `String()` of it overflows the stack. */

const BAD_VALUES: ReadonlyArray<[string, () => unknown]> = [
  ['a number', () => 42],
  ['NaN', () => Number.NaN],
  ['a boolean', () => true],
  ['an object', () => ({ nope: 1 })],
  ['an array', () => ['CUST-0001']],
  ['an object without a prototype', () => Object.create(null) as unknown],
  ['deeply nested arrays', () => deepArray(100_000)],
  ['a string with a lone surrogate', () => 'CUST-\uD800-0001'],
  ['a symbol', () => Symbol('bad')],
];

const SAMPLE_NAME = '王建国';

type Setting =
  | 'customerId'
  | 'apiBase'
  | 'tmfVersion'
  | 'agentId'
  | 'layout'
  | 'timeZone'
  | 'customerName'
  | 'alertRules'
  | 'data'
  | 'dataSource';

/** Each property, the name its cx-error gives (attribute or property), and a valid value that shows the customer. */
const PROPERTIES: ReadonlyArray<{
  property: Setting;
  name: string;
  valid: () => unknown;
  /** Values of the right type that are simply usable (an empty dictionary of alert thresholds). */
  usable?: readonly string[];
}> = [
  { property: 'customerId', name: 'customer-id', valid: () => 'CUST-S001' },
  { property: 'apiBase', name: 'api-base', valid: () => '/crm' },
  { property: 'tmfVersion', name: 'tmf-version', valid: () => 'v5' },
  { property: 'agentId', name: 'agent-id', valid: () => `agent-${Math.random()}` },
  { property: 'layout', name: 'layout', valid: () => 'tabs' },
  { property: 'timeZone', name: 'time-zone', valid: () => 'Asia/Shanghai' },
  { property: 'customerName', name: 'customer-name', valid: () => 'Wang Jianguo' },
  {
    property: 'alertRules',
    name: 'alertRules',
    valid: () => ({ portOutScore: 0.5 }),
    usable: ['an object without a prototype'],
  },
  { property: 'data', name: 'data', valid: () => sampleCustomer() },
  { property: 'dataSource', name: 'dataSource', valid: () => sampleDataSource() },
];

describe('cx-customer-360 bad input on properties and attributes', () => {
  let escapes: EscapeWatch;
  beforeEach(() => {
    document.documentElement.lang = 'en';
    escapes = watchEscapes();
  });
  afterEach(() => escapes.stop());

  /** A 360 showing the sample customer, pulled from a data source (pushed `data` for the data property). */
  async function showing(property: Setting): Promise<CxCustomer360> {
    const el = document.createElement('cx-customer-360');
    el.layout = 'tabs';
    el.agentId = `agent-bad-${Math.random()}`;
    if (property === 'data') el.data = sampleCustomer();
    else {
      el.dataSource = sampleDataSource() as CustomerDataSource;
      el.customerId = 'CUST-S001';
    }
    document.body.append(el);
    await waitFor(() => text(root(el).querySelector('.name')) === SAMPLE_NAME, 'the customer');
    return el;
  }

  for (const { property, name, valid, usable } of PROPERTIES) {
    it(`${property}: wrong types never throw, each is reported naming ${name}, and a valid value renders again`, async () => {
      const el = await showing(property);
      try {
        for (const [label, make] of BAD_VALUES) {
          const errors: Array<CxErrorEvent['detail']> = [];
          const listen = (event: CxErrorEvent) => errors.push(event.detail);
          el.addEventListener('cx-error', listen);
          let thrown: unknown;
          try {
            (el as unknown as Record<string, unknown>)[property] = make();
            await el.updateComplete;
            await nextFrame();
          } catch (error) {
            thrown = error;
          } finally {
            el.removeEventListener('cx-error', listen);
          }
          expect(thrown === undefined, `${label}: threw ${String(thrown)}`).to.equal(true);
          expect(escapes.problems, `${label}: unhandled rejection or uncaught error`).to.deep.equal([]);
          if (!usable?.includes(label)) {
            const naming = errors.filter(
              (error) => error.path === name || error.path?.startsWith(`${name}.`),
            );
            expect(
              naming.length,
              `${label}: one cx-error naming ${name} (got ${JSON.stringify(errors)})`,
            ).to.equal(1);
            expect(naming[0].source).to.equal('cx-customer-360');
            expect(naming[0].message).to.be.a('string').and.not.equal('');
          }
          (el as unknown as Record<string, unknown>)[property] = valid();
          await el.updateComplete;
          await waitFor(
            () => text(root(el).querySelector('.name')) === SAMPLE_NAME,
            `${label}: the customer again after a valid ${property}`,
          );
        }
        expect(root(el).querySelector('[role="tablist"]'), 'renders its tabs').to.exist;
      } finally {
        el.remove();
      }
    });
  }

  const ATTRIBUTES: ReadonlyArray<{
    attribute: string;
    property: Setting;
    bad: string;
    allowed: string;
    fallback: unknown;
    valid: string;
    check: (el: CxCustomer360) => boolean;
  }> = [
    {
      attribute: 'layout',
      property: 'layout',
      bad: 'wide',
      allowed: 'auto, tabs, disclosures',
      fallback: 'auto',
      valid: 'disclosures',
      check: (el) => root(el).querySelector('.disclosures') !== null,
    },
    {
      attribute: 'time-zone',
      property: 'timeZone',
      bad: 'Mars/Olympus_Mons',
      allowed: 'IANA time zone',
      fallback: undefined,
      valid: 'America/New_York',
      check: (el) => el.timeZone === 'America/New_York',
    },
    {
      attribute: 'tmf-version',
      property: 'tmfVersion',
      bad: 'v9',
      allowed: 'v4, v5',
      fallback: 'v4',
      valid: 'v5',
      check: (el) => el.tmfVersion === 'v5',
    },
  ];

  for (const { attribute, property, bad, allowed, fallback, valid, check } of ATTRIBUTES) {
    it(`${attribute}="${bad}": falls back to the default with one cx-error naming it and what it allows`, async () => {
      const el = await showing(property);
      const errors: Array<CxErrorEvent['detail']> = [];
      el.addEventListener('cx-error', (event) => errors.push(event.detail));
      try {
        el.setAttribute(attribute, bad);
        await el.updateComplete;
        await el.updateComplete;
        expect(errors.filter((error) => error.path === attribute)).to.have.length(1);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include({ code: 'invalid-property', source: 'cx-customer-360' });
        expect(errors[0].message).to.contain(attribute).and.contain(allowed).and.contain(bad);
        expect(el[property], 'the default').to.equal(fallback);
        expect(text(root(el).querySelector('.name'))).to.equal(SAMPLE_NAME);
        el.setAttribute(attribute, valid);
        await el.updateComplete;
        await waitFor(() => check(el), `${attribute}="${valid}" applied`);
        expect(errors).to.have.length(1);
        expect(text(root(el).querySelector('.name'))).to.equal(SAMPLE_NAME);
      } finally {
        el.remove();
      }
    });
  }

  it('reports each unusable alert threshold by name and keeps the usable ones', async () => {
    const el = await showing('alertRules');
    const errors: Array<CxErrorEvent['detail']> = [];
    el.addEventListener('cx-error', (event) => errors.push(event.detail));
    try {
      el.alertRules = { portOutScore: 0.99, repeatContactDays: 'seven', typo: 1 } as never;
      await el.updateComplete;
      expect(errors.map((error) => error.path)).to.have.members([
        'alertRules.repeatContactDays',
        'alertRules.typo',
      ]);
      // 0.99 is used: the sample's 82 % no longer raises the port-out badge.
      expect(root(el).querySelector('.alert[data-code="port-out-risk"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });
});
