import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DEFAULT_PROHIBITED_PHRASES,
  MAX_INSERTED_LENGTH,
  ProhibitedPhrasesSchema,
  coachedPhrases,
  findProhibitedPhrases,
  formatValue,
  interpolate,
  interpolateToString,
  mergeProhibitedPhrases,
  prohibitedPhrasesFor,
  resolveParams,
  templatePaths,
  type TextSegment,
} from './index.js';
import * as v from 'valibot';

const scope = {
  customer: { name: '李雷', plan: { name: '5G 畅享 199' }, tags: ['vip', 'family'], blank: ' ', zero: 0 },
  answers: { reason: 'price', agreed: true, declined: false },
  vars: { x: 42 },
};

describe('script-engine: interpolate', () => {
  it('fills placeholders and merges adjacent text', () => {
    expect(interpolate('Hello {{customer.name}}, plan {{ customer.plan.name }}!', scope)).to.deep.equal([
      { text: 'Hello 李雷, plan 5G 畅享 199!' },
    ]);
    expect(interpolate('{{answers.reason}}/{{vars.x}}/{{customer.zero}}', scope)).to.deep.equal([
      { text: 'price/42/0' },
    ]);
    expect(interpolate('{{customer.tags}}', scope)).to.deep.equal([{ text: 'vip, family' }]);
    expect(interpolate('{{answers.agreed}} {{answers.declined}}', scope)).to.deep.equal([{ text: '✓ ✗' }]);
    expect(interpolate('', scope)).to.deep.equal([]);
    expect(interpolate('plain', scope)).to.deep.equal([{ text: 'plain' }]);
  });

  it('marks missing, empty and object values as missing, never "undefined"', () => {
    const segments = interpolate(
      'A {{customer.email}} B {{customer.plan}} C {{customer.blank}} D {{nothing}}',
      scope,
    );
    expect(segments).to.deep.equal([
      { text: 'A ' },
      { missing: 'customer.email' },
      { text: ' B ' },
      { missing: 'customer.plan' },
      { text: ' C ' },
      { missing: 'customer.blank' },
      { text: ' D ' },
      { missing: 'nothing' },
    ]);
    expect(interpolateToString('x {{customer.email}}', scope)).to.equal('x [customer.email]');
    expect(interpolateToString('x {{customer.email}}', scope, (path) => `<${path}>`)).to.equal(
      'x <customer.email>',
    );
    for (const value of [
      undefined,
      null,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      {},
      [],
      [null],
      () => 1,
      Symbol('s'),
    ]) {
      expect(interpolate('{{v}}', { v: value }), String(value)).to.deep.equal([{ missing: 'v' }]);
    }
  });

  it('treats hostile values as text: markup, nested placeholders, prototype paths, throwing getters', () => {
    const hostile = {
      customer: {
        name: '<img src=x onerror=alert(1)>{{answers.secret}}',
        get boom(): string {
          throw new Error('getter');
        },
      },
      answers: { secret: 'leaked' },
    };
    expect(interpolate('Hi {{customer.name}}', hostile)).to.deep.equal([
      { text: 'Hi <img src=x onerror=alert(1)>{{answers.secret}}' },
    ]);
    expect(interpolate('{{customer.boom}}', hostile)).to.deep.equal([{ missing: 'customer.boom' }]);
    expect(interpolate('{{customer.__proto__}}{{customer.constructor.name}}', hostile)).to.deep.equal([
      { missing: 'customer.__proto__' },
      { missing: 'customer.constructor.name' },
    ]);
    expect(interpolate(42 as unknown as string, scope)).to.deep.equal([]);
    const long = interpolate('{{v}}', { v: 'x'.repeat(5_000) }) as Array<{ text: string }>;
    expect(long[0]!.text).to.have.length(MAX_INSERTED_LENGTH);
    expect(long[0]!.text.endsWith('…')).to.equal(true);
  });

  it('leaves malformed placeholders as text', () => {
    expect(interpolate('{{ }} {{a b}} {{1x}} {customer.name} {{customer.name', scope)).to.deep.equal([
      { text: '{{ }} {{a b}} {{1x}} {customer.name} {{customer.name' },
    ]);
  });

  it('lists template paths once each', () => {
    expect(templatePaths('{{a.b}} {{c}} {{a.b}}')).to.deep.equal(['a.b', 'c']);
  });

  it('formats values for text', () => {
    expect(formatValue(12n)).to.equal('12');
    expect(formatValue(['a', {}, 2])).to.equal('a, 2');
    expect(formatValue('  ')).to.equal(undefined);
  });

  it('resolves action params, keeping the type of a whole placeholder', () => {
    expect(
      resolveParams(
        {
          n: '{{vars.x}}',
          flag: '{{answers.agreed}}',
          text: 'for {{customer.name}} {{customer.none}}',
          raw: 7,
          none: '{{customer.none}}',
          nil: null,
          list: '{{customer.tags}}',
        },
        scope,
      ),
    ).to.deep.equal({
      n: 42,
      flag: true,
      text: 'for 李雷 ',
      raw: 7,
      none: null,
      nil: null,
      list: 'vip, family',
    });
    expect(resolveParams(undefined, scope)).to.deep.equal({});
  });

  it('property: only text comes out, and text segments reproduce the input when nothing is missing', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })),
        (template, data) => {
          const segments: TextSegment[] = interpolate(template, { data });
          for (const segment of segments) {
            if ('text' in segment) expect(typeof segment.text).to.equal('string');
            else expect(typeof segment.missing).to.equal('string');
          }
          if (templatePaths(template).length === 0)
            expect(interpolateToString(template, {})).to.equal(template);
        },
      ),
    );
  });
});

describe('script-engine: phrase coaching', () => {
  it('finds Chinese phrases with their suggestions and positions', () => {
    const draft = '这个不可能，我也无法处理，不归我管。';
    const matches = findProhibitedPhrases(draft, prohibitedPhrasesFor('zh-CN'));
    expect(matches.map((m) => [m.phrase, m.index])).to.deep.equal([
      ['不可能', 2],
      ['无法', 8],
      ['不归我管', 13],
    ]);
    expect(matches[1]!.suggestion).to.equal('我会尽力帮助您');
    for (const match of matches)
      expect(draft.slice(match.index, match.index + match.length)).to.equal(match.phrase);
  });

  it('matches English case-insensitively, as whole words, with either apostrophe', () => {
    const draft = 'Sorry, that is IMPOSSIBLE and I can’t help — calm  down. Impossibles? not-my-problem';
    const matches = findProhibitedPhrases(draft, prohibitedPhrasesFor('en-GB'));
    expect(matches.map((m) => [m.phrase, m.text])).to.deep.equal([
      ['impossible', 'IMPOSSIBLE'],
      ["can't help", 'can’t help'],
      ['calm down', 'calm  down'],
    ]);
    expect(matches[0]!.index).to.equal(draft.indexOf('IMPOSSIBLE'));
  });

  it('prefers the earliest, then longest match and never overlaps', () => {
    const phrases = [
      { phrase: '无法', suggestion: 'A' },
      { phrase: '无法处理', suggestion: 'B' },
      { phrase: '处理', suggestion: 'C' },
    ];
    expect(findProhibitedPhrases('无法处理', phrases).map((m) => m.suggestion)).to.deep.equal(['B']);
    expect(findProhibitedPhrases('x 无法 y 无法', phrases).map((m) => m.index)).to.deep.equal([2, 7]);
  });

  it('treats regex characters in phrases literally and ignores junk input', () => {
    const phrases = [
      { phrase: 'a.b (c)?', suggestion: 's' },
      { phrase: '  ', suggestion: 'x' },
      null as never,
    ];
    expect(findProhibitedPhrases('axb c', phrases)).to.deep.equal([]);
    expect(findProhibitedPhrases('say a.b (c)? now', phrases)).to.have.length(1);
    expect(findProhibitedPhrases('', phrases)).to.deep.equal([]);
    expect(findProhibitedPhrases(undefined as never, phrases)).to.deep.equal([]);
    expect(findProhibitedPhrases('x', null as never)).to.deep.equal([]);
    expect(findProhibitedPhrases('no way', [{ phrase: 'no way' } as never])[0]!.suggestion).to.equal('');
  });

  it('defaults per locale, host-extendable and overridable', () => {
    expect(prohibitedPhrasesFor('zh')).to.deep.equal(DEFAULT_PROHIBITED_PHRASES['zh-CN']);
    expect(prohibitedPhrasesFor('zh-Hans-CN')).to.deep.equal(DEFAULT_PROHIBITED_PHRASES['zh-CN']);
    expect(prohibitedPhrasesFor(undefined)).to.deep.equal(DEFAULT_PROHIBITED_PHRASES.en);
    expect(prohibitedPhrasesFor('fr')).to.deep.equal(DEFAULT_PROHIBITED_PHRASES.en);
    for (const list of Object.values(DEFAULT_PROHIBITED_PHRASES)) {
      for (const entry of list) expect(entry.suggestion.length, entry.phrase).to.be.greaterThan(0);
    }
    const merged = mergeProhibitedPhrases(prohibitedPhrasesFor('en'), [
      { phrase: 'Impossible', suggestion: 'Let me find a way' },
      { phrase: 'whatever', suggestion: 'Let me look into it' },
    ]);
    expect(merged).to.have.length(DEFAULT_PROHIBITED_PHRASES.en.length + 1);
    expect(findProhibitedPhrases('impossible, whatever', merged).map((m) => m.suggestion)).to.deep.equal([
      'Let me find a way',
      'Let me look into it',
    ]);
  });

  it('validates a host list', () => {
    expect(v.safeParse(ProhibitedPhrasesSchema, [{ phrase: ' x ', suggestion: 'y' }]).output).to.deep.equal([
      { phrase: 'x', suggestion: 'y' },
    ]);
    expect(v.safeParse(ProhibitedPhrasesSchema, [{ phrase: '', suggestion: 'y' }]).success).to.equal(false);
    expect(v.safeParse(ProhibitedPhrasesSchema, 'x').success).to.equal(false);
  });

  it('coaches the defaults of a locale with a host list added, or alone when the list is not valid', () => {
    expect(coachedPhrases('zh-CN', undefined)).to.deep.equal({ phrases: prohibitedPhrasesFor('zh-CN') });
    const extra = [{ phrase: 'whatever', suggestion: 'Let me look into it' }];
    expect(coachedPhrases('en', extra).phrases).to.deep.equal(
      mergeProhibitedPhrases(prohibitedPhrasesFor('en'), extra),
    );
    const refused = coachedPhrases('en', [{ phrase: '', suggestion: 'y' }]);
    expect(refused.phrases).to.deep.equal(prohibitedPhrasesFor('en'));
    expect(refused.problem).to.equal('phrase must not be empty');
  });

  it('property: every match points at its text in the draft and matches do not overlap', () => {
    const phrases = [...prohibitedPhrasesFor('en'), ...prohibitedPhrasesFor('zh-CN')];
    const pieces = fc.constantFrom(
      'impossible',
      'Calm Down',
      '无法',
      '不可能',
      ' ',
      'x',
      '。',
      "can't help",
      'NO WAY',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const draft = parts.join('');
        let end = -1;
        for (const match of findProhibitedPhrases(draft, phrases)) {
          expect(match.index).to.be.at.least(end);
          expect(draft.slice(match.index, match.index + match.length)).to.equal(match.text);
          end = match.index + match.length;
        }
      }),
    );
  });
});
