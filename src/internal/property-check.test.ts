import { expect } from '@open-wc/testing';
import {
  checkChangedSettings,
  describeValue,
  isHttpBase,
  isTimeZone,
  isWellFormedString,
  oneOf,
  record,
  text,
} from './property-check.js';

function deeplyNested(): unknown {
  let value: unknown = [];
  for (let depth = 0; depth < 100_000; depth++) value = [value];
  return value;
}

const hostile = new Proxy(
  {},
  {
    getPrototypeOf: () => {
      throw new Error('trap');
    },
    ownKeys: () => {
      throw new Error('trap');
    },
  },
);

describe('property checks', () => {
  it('describes any value without throwing or walking into it', () => {
    expect(describeValue(42)).to.equal('the number 42');
    expect(describeValue(Number.NaN)).to.equal('the number NaN');
    expect(describeValue(10n)).to.equal('the bigint 10');
    expect(describeValue(Symbol('x'))).to.equal('a symbol');
    expect(describeValue(() => 1)).to.equal('a function');
    expect(describeValue(deeplyNested())).to.equal('an array');
    expect(describeValue(Object.create(null))).to.equal('an object without a prototype');
    expect(describeValue({})).to.equal('an object');
    expect(describeValue(hostile)).to.equal('an unreadable value');
    expect(describeValue('a\uD800b')).to.equal('"a\\uD800b"');
    expect(describeValue('x'.repeat(100))).to.equal(`"${'x'.repeat(40)}…"`);
  });

  it('tells well-formed strings from lone surrogates and non-strings', () => {
    expect(isWellFormedString('王建国 😀')).to.equal(true);
    expect(isWellFormedString('\uD800')).to.equal(false);
    expect(isWellFormedString('\uDC00x')).to.equal(false);
    expect(isWellFormedString(42)).to.equal(false);
  });

  it('checks words, text, records, time zones and API bases', () => {
    const layout = oneOf(['auto', 'tabs']);
    expect(layout.expected).to.equal('one of: auto, tabs');
    expect([layout.accepts('tabs'), layout.accepts('wide'), layout.accepts(['tabs'])]).to.deep.equal([
      true,
      false,
      false,
    ]);
    const zone = text('a time zone', isTimeZone, 64);
    expect(
      ['Asia/Shanghai', 'UTC', 'Mars/Base', '', 'x'.repeat(65)].map((value) => zone.accepts(value)),
    ).to.deep.equal([true, true, false, false, false]);
    const throwing = text('anything', () => {
      throw new Error('bad test');
    });
    expect(throwing.accepts('x')).to.equal(false);
    const rules = record('an object');
    expect([
      rules.accepts({}),
      rules.accepts(Object.create(null)),
      rules.accepts([]),
      rules.accepts(null),
    ]).to.deep.equal([true, true, false, false]);
    expect(
      ['', '/crm', 'https://crm.example/api', 'javascript:alert(1)', 'data:,x'].map(isHttpBase),
    ).to.deep.equal([true, true, true, false, false]);
  });

  it('reports each changed, unusable setting once and puts its default in its place', () => {
    const host: Record<string, unknown> = {
      layout: 'wide',
      timeZone: 'Asia/Shanghai',
      agentId: 7,
      untouched: 1,
    };
    const reports: string[][] = [];
    checkChangedSettings(
      host,
      new Set(['layout', 'timeZone', 'agentId']),
      [
        {
          property: 'layout',
          name: 'layout',
          rule: oneOf(['auto', 'tabs']),
          fallback: { value: 'auto', text: 'auto' },
        },
        {
          property: 'timeZone',
          name: 'time-zone',
          rule: text('a zone', isTimeZone),
          fallback: { value: undefined, text: 'none' },
        },
        {
          property: 'agentId',
          name: 'agent-id',
          rule: text('an id'),
          fallback: { value: undefined, text: 'the session' },
        },
      ],
      (name, message) => reports.push([name, message]),
    );
    expect(reports).to.deep.equal([
      ['layout', 'layout (layout) "wide" is not usable: expected one of: auto, tabs; using auto'],
      ['agent-id', 'agent-id (agentId) the number 7 is not usable: expected an id; using the session'],
    ]);
    expect(host).to.deep.equal({
      layout: 'auto',
      timeZone: 'Asia/Shanghai',
      agentId: undefined,
      untouched: 1,
    });
  });
});
