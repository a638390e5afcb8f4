import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  CONDITION_OPERATORS,
  ConditionSchema,
  MAX_CONDITION_DEPTH,
  conditionPaths,
  evaluateCondition,
  resolvePath,
  type Condition,
} from './index.js';

const scope = {
  answers: { score: 7, reason: 'price', tags: ['slow', 'billing'], blank: '  ', none: null, zero: 0 },
  customer: { name: 'Li Lei', plan: { name: '5G 畅享', gb: 30 }, since: '2019-04-01', extras: {} },
  vars: { flag: true },
};

function issuesOf(input: unknown): Array<{ path: string | null; message: string }> {
  const result = v.safeParse(ConditionSchema, input);
  return result.success
    ? []
    : result.issues.map((issue) => ({ path: v.getDotPath(issue), message: issue.message }));
}

describe('conditions: evaluateCondition', () => {
  const check = (condition: Condition): boolean => evaluateCondition(condition, scope);

  it('eq / ne compare same-typed values strictly', () => {
    expect(check({ path: 'answers.score', op: 'eq', value: 7 })).to.equal(true);
    expect(check({ path: 'answers.score', op: 'eq', value: '7' })).to.equal(false);
    expect(check({ path: 'answers.reason', op: 'eq', value: 'price' })).to.equal(true);
    expect(check({ path: 'answers.reason', op: 'ne', value: 'price' })).to.equal(false);
    expect(check({ path: 'answers.reason', op: 'ne', value: 'network' })).to.equal(true);
    expect(check({ path: 'answers.none', op: 'eq', value: null })).to.equal(true);
    expect(check({ path: 'vars.flag', op: 'eq', value: true })).to.equal(true);
  });

  it('ne of a missing value is true (the exact negation of eq)', () => {
    expect(check({ path: 'answers.missing', op: 'ne', value: 'x' })).to.equal(true);
    expect(check({ path: 'answers.missing', op: 'eq', value: 'x' })).to.equal(false);
  });

  it('orders numbers and strings, never mixed types', () => {
    expect(check({ path: 'answers.score', op: 'lt', value: 8 })).to.equal(true);
    expect(check({ path: 'answers.score', op: 'lt', value: 7 })).to.equal(false);
    expect(check({ path: 'answers.score', op: 'lte', value: 7 })).to.equal(true);
    expect(check({ path: 'answers.score', op: 'gt', value: 6 })).to.equal(true);
    expect(check({ path: 'answers.score', op: 'gt', value: 7 })).to.equal(false);
    expect(check({ path: 'answers.score', op: 'gte', value: 7 })).to.equal(true);
    expect(check({ path: 'answers.score', op: 'gte', value: 8 })).to.equal(false);
    expect(check({ path: 'customer.since', op: 'lt', value: '2020-01-01' })).to.equal(true);
    expect(check({ path: 'customer.since', op: 'gt', value: '2020-01-01' })).to.equal(false);
    expect(check({ path: 'customer.since', op: 'gte', value: '2019-04-01' })).to.equal(true);
    expect(check({ path: 'customer.since', op: 'lte', value: '2019-04-01' })).to.equal(true);
    for (const op of ['lt', 'lte', 'gt', 'gte'] as const) {
      expect(check({ path: 'answers.score', op, value: '7' }), op).to.equal(false);
      expect(check({ path: 'answers.reason', op, value: 1 }), op).to.equal(false);
      expect(check({ path: 'answers.missing', op, value: 1 }), op).to.equal(false);
      expect(evaluateCondition({ path: 'n', op, value: 1 }, { n: Number.NaN }), op).to.equal(false);
    }
  });

  it('in / nin match a value or any item of a list answer', () => {
    expect(check({ path: 'answers.reason', op: 'in', value: ['price', 'network'] })).to.equal(true);
    expect(check({ path: 'answers.reason', op: 'in', value: ['network'] })).to.equal(false);
    expect(check({ path: 'answers.reason', op: 'nin', value: ['network'] })).to.equal(true);
    expect(check({ path: 'answers.reason', op: 'nin', value: ['price'] })).to.equal(false);
    expect(check({ path: 'answers.tags', op: 'in', value: ['billing'] })).to.equal(true);
    expect(check({ path: 'answers.tags', op: 'in', value: ['roaming'] })).to.equal(false);
    expect(check({ path: 'answers.score', op: 'in', value: ['7'] })).to.equal(false);
    expect(check({ path: 'answers.score', op: 'in', value: 7 })).to.equal(false);
    expect(check({ path: 'answers.score', op: 'nin', value: 7 })).to.equal(false);
  });

  it('exists and empty, and their value:false inversions', () => {
    expect(check({ path: 'answers.zero', op: 'exists' })).to.equal(true);
    expect(check({ path: 'answers.none', op: 'exists' })).to.equal(false);
    expect(check({ path: 'answers.missing', op: 'exists' })).to.equal(false);
    expect(check({ path: 'answers.missing', op: 'exists', value: false })).to.equal(true);
    expect(check({ path: 'answers.blank', op: 'empty' })).to.equal(true);
    expect(check({ path: 'answers.none', op: 'empty' })).to.equal(true);
    expect(check({ path: 'customer.extras', op: 'empty' })).to.equal(true);
    expect(check({ path: 'answers.tags', op: 'empty' })).to.equal(false);
    expect(check({ path: 'answers.zero', op: 'empty' })).to.equal(false);
    expect(check({ path: 'answers.reason', op: 'empty' })).to.equal(false);
    expect(check({ path: 'answers.reason', op: 'empty', value: false })).to.equal(true);
    expect(evaluateCondition({ path: 'list', op: 'empty' }, { list: [] })).to.equal(true);
  });

  it('and / or / not combine', () => {
    const high = { path: 'answers.score', op: 'gte', value: 7 } as const;
    const price = { path: 'answers.reason', op: 'eq', value: 'price' } as const;
    const network = { path: 'answers.reason', op: 'eq', value: 'network' } as const;
    expect(check({ and: [high, price] })).to.equal(true);
    expect(check({ and: [high, network] })).to.equal(false);
    expect(check({ or: [network, price] })).to.equal(true);
    expect(check({ or: [network, { not: high }] })).to.equal(false);
    expect(check({ not: { and: [high, network] } })).to.equal(true);
  });

  it('compares lists item by item', () => {
    expect(evaluateCondition({ path: 'a', op: 'eq', value: [1, 2] }, { a: [1, 2] })).to.equal(true);
    expect(evaluateCondition({ path: 'a', op: 'eq', value: [1, 2] }, { a: [1, '2'] })).to.equal(false);
    expect(evaluateCondition({ path: 'a', op: 'eq', value: [1] }, { a: [1, 2] })).to.equal(false);
  });

  it('never reaches prototypes', () => {
    const probe = { a: {} };
    expect(resolvePath(probe, 'a.__proto__')).to.equal(undefined);
    expect(resolvePath(probe, 'a.constructor')).to.equal(undefined);
    expect(resolvePath(probe, 'a.constructor.name')).to.equal(undefined);
    expect(resolvePath(probe, 'a.toString')).to.equal(undefined);
    expect(resolvePath(probe, 'a.hasOwnProperty')).to.equal(undefined);
    expect(resolvePath({ prototype: 1 }, 'prototype')).to.equal(undefined);
    expect(resolvePath(probe, '')).to.equal(undefined);
    expect(resolvePath('text', 'length')).to.equal(undefined);
    expect(evaluateCondition({ path: 'a.constructor', op: 'exists' }, probe)).to.equal(false);
    expect(evaluateCondition({ path: '__proto__', op: 'exists' }, probe)).to.equal(false);
    // An own "__proto__" key (JSON.parse makes one) is still not followed.
    const parsed = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>;
    expect(evaluateCondition({ path: '__proto__.x', op: 'eq', value: 1 }, parsed)).to.equal(false);
  });

  it('reads own properties through arrays and null-prototype objects', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { k: 'v' });
    expect(resolvePath({ bare }, 'bare.k')).to.equal('v');
    expect(resolvePath({ list: ['a', 'b'] }, 'list.1')).to.equal('b');
  });

  it('never throws on malformed conditions or hostile scopes', () => {
    const malformed: unknown[] = [
      null,
      42,
      'eq',
      [],
      {},
      { and: 'x' },
      { or: null },
      { not: 5 },
      { path: 5, op: 'eq' },
      { path: 'a', op: 'matches', value: '.*' },
    ];
    for (const input of malformed) {
      expect(evaluateCondition(input as Condition, scope), JSON.stringify(input)).to.equal(false);
    }
    const hostile = {
      get trap(): never {
        throw new Error('must not be read');
      },
    };
    expect(evaluateCondition({ path: 'other', op: 'exists' }, hostile)).to.equal(false);
  });

  it('treats a too-deep condition as false instead of overflowing', () => {
    let deep: Condition = { path: 'vars.flag', op: 'eq', value: true };
    for (let i = 0; i < 10_000; i += 1) deep = { not: { not: deep } };
    expect(evaluateCondition(deep, scope)).to.equal(false);
    let shallow: Condition = { path: 'vars.flag', op: 'eq', value: true };
    for (let i = 0; i < 10; i += 1) shallow = { not: { not: shallow } };
    expect(evaluateCondition(shallow, scope)).to.equal(true);
  });

  it('property: not(c) is the negation of c; ne/nin negate eq/in', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.integer({ min: -3, max: 3 }),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(value, value, fc.array(value, { maxLength: 4 }), (actual, expected, list) => {
        const s = { x: actual };
        const eq: Condition = { path: 'x', op: 'eq', value: expected };
        expect(evaluateCondition({ not: eq }, s)).to.equal(!evaluateCondition(eq, s));
        expect(evaluateCondition({ path: 'x', op: 'ne', value: expected }, s)).to.equal(
          !evaluateCondition(eq, s),
        );
        expect(evaluateCondition({ path: 'x', op: 'nin', value: list }, s)).to.equal(
          !evaluateCondition({ path: 'x', op: 'in', value: list }, s),
        );
      }),
    );
  });

  it('property: any JSON-ish condition on any JSON scope returns a boolean without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (condition, data) => {
        const result = evaluateCondition(condition as Condition, { data });
        expect(typeof result).to.equal('boolean');
      }),
    );
  });
});

describe('conditions: ConditionSchema', () => {
  it('accepts every well-formed shape', () => {
    const valid: Condition[] = [
      { path: 'answers.score', op: 'gte', value: 9 },
      { path: 'answers.reason', op: 'in', value: ['price', null, 3, true] },
      { path: 'answers.reason', op: 'exists' },
      { path: 'answers.reason', op: 'empty', value: false },
      { path: 'vars.x', op: 'eq', value: null },
      { and: [{ path: 'a', op: 'eq', value: 1 }, { or: [{ not: { path: 'b', op: 'exists' } }] }] },
    ];
    for (const condition of valid) expect(issuesOf(condition), JSON.stringify(condition)).to.deep.equal([]);
    for (const op of CONDITION_OPERATORS) {
      const value = op === 'in' || op === 'nin' ? [1] : op === 'exists' || op === 'empty' ? undefined : 1;
      const condition = value === undefined ? { path: 'a', op } : { path: 'a', op, value };
      expect(issuesOf(condition), op).to.deep.equal([]);
    }
  });

  it('reports mistakes at their own path', () => {
    const issues = issuesOf({
      and: [{ path: 'a', op: 'eq', value: 1 }, { or: [{ path: 'b', op: 'like' }] }],
    });
    expect(issues).to.have.length(1);
    expect(issues[0]!.path).to.equal('and.1.or.0.op');
    expect(issues[0]!.message).to.contain('op must be one of');
  });

  it('rejects wrong values per operator', () => {
    const cases: Array<[unknown, string]> = [
      [{ path: 'a', op: 'in', value: 'x' }, 'array'],
      [{ path: 'a', op: 'in', value: [{}] }, ''],
      [{ path: 'a', op: 'lt', value: true }, 'number or string'],
      [{ path: 'a', op: 'lt', value: Number.POSITIVE_INFINITY }, 'number or string'],
      [{ path: 'a', op: 'eq' }, 'needs a string'],
      [{ path: 'a', op: 'eq', value: [1] }, 'needs a string'],
      [{ path: 'a', op: 'exists', value: 1 }, 'no value'],
    ];
    for (const [input, message] of cases) {
      const issues = issuesOf(input);
      expect(issues.length, JSON.stringify(input)).to.be.greaterThan(0);
      expect(issues[0]!.message, JSON.stringify(input)).to.contain(message);
    }
    expect(issuesOf({ path: 'a', op: 'lt', value: true })[0]!.path).to.equal('value');
  });

  it('rejects bad paths, unknown keys, ambiguous and empty groups', () => {
    expect(issuesOf({ path: '', op: 'exists' })[0]!.message).to.contain('empty');
    expect(issuesOf({ path: 'a..b', op: 'exists' })[0]!.message).to.contain('dot-separated');
    expect(issuesOf({ path: 'a b', op: 'exists' })[0]!.message).to.contain('dot-separated');
    expect(issuesOf({ path: 'a.__proto__', op: 'exists' })[0]!.message).to.contain('__proto__');
    expect(issuesOf({ path: 'x'.repeat(201), op: 'exists' })[0]!.message).to.contain('longer');
    expect(issuesOf({ path: 'a', op: 'eq', value: 1, vlaue: 2 })).to.have.length.greaterThan(0);
    expect(issuesOf({ and: [], or: [] })).to.have.length.greaterThan(0);
    expect(issuesOf({ and: [] })[0]!.message).to.contain('at least one');
    expect(issuesOf({ or: [] })[0]!.message).to.contain('at least one');
    expect(issuesOf(null)).to.have.length.greaterThan(0);
    expect(issuesOf('a == 1')).to.have.length.greaterThan(0);
  });

  it('rejects nesting deeper than the limit without overflowing the stack', () => {
    let deep: unknown = { path: 'a', op: 'exists' };
    for (let i = 0; i < 100_000; i += 1) deep = { not: deep };
    expect(issuesOf(deep)[0]!.message).to.contain('nested deeper');
    let limit: unknown = { path: 'a', op: 'exists' };
    for (let i = 1; i < MAX_CONDITION_DEPTH; i += 1) limit = { not: limit };
    expect(issuesOf(limit)).to.deep.equal([]);
    expect(issuesOf({ not: limit })[0]!.message).to.contain('nested deeper');
  });
});

describe('conditions: conditionPaths', () => {
  it('lists every path once, in first-use order', () => {
    const condition: Condition = {
      and: [
        { path: 'answers.a', op: 'exists' },
        { or: [{ path: 'vars.b', op: 'eq', value: 1 }, { not: { path: 'answers.a', op: 'empty' } }] },
        { path: 'customer.plan.name', op: 'ne', value: 'x' },
      ],
    };
    expect(conditionPaths(condition)).to.deep.equal(['answers.a', 'vars.b', 'customer.plan.name']);
    expect(conditionPaths({ path: 'x', op: 'exists' })).to.deep.equal(['x']);
    expect(conditionPaths(null as unknown as Condition)).to.deep.equal([]);
  });
});
