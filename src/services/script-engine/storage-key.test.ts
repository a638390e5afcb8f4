import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PROGRESS_KEY_PREFIX, decodeKeyPart, encodeKeyPart, progressKey } from './storage-key.js';

// Storage keys are made from ids a host gives (interaction ids from a telephony system, a CRM…).
// Any string must give a key, and two different ids must never share one.

/** Any UTF-16 code unit, so lone surrogate halves come up as often as anything else. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
/** The characters most likely to break an encoder. */
const tricky = fc.constantFrom(
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uD83D\uDCAC',
  '/',
  '%',
  '%u',
  'u',
  '%25',
  ' ',
  '',
);
const anyString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: codeUnit }),
  fc.string({ unit: tricky }),
  fc.string({ unit: fc.oneof(codeUnit, tricky) }),
);

describe('script-engine: storage keys', () => {
  it('encodes strings with lone surrogates, where encodeURIComponent throws', () => {
    expect(() => encodeURIComponent('I-\uD800')).to.throw(URIError);
    expect(encodeKeyPart('I-\uD800')).to.equal('I-%uD800');
    expect(encodeKeyPart('\uDC00x\uD83D\uDCAC')).to.equal('%uDC00x%F0%9F%92%AC');
    expect(progressKey('a/b', 'c')).to.equal(`${PROGRESS_KEY_PREFIX}/a%2Fb/c`);
  });

  it('never throws, for any string', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const part = encodeKeyPart(value);
        expect(part).to.be.a('string');
        expect(part).not.to.contain('/');
        // A key is plain ASCII, so it stores and reads back the same in every browser.
        expect(/^[\x21-\x7e]*$/.test(part), part).to.equal(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives each string back from its key part (so distinct strings give distinct parts)', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        expect(decodeKeyPart(encodeKeyPart(value))).to.equal(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives distinct keys for distinct interaction and script ids', () => {
    fc.assert(
      fc.property(anyString, anyString, anyString, anyString, (i1, s1, i2, s2) => {
        fc.pre(i1 !== i2 || s1 !== s2);
        expect(progressKey(i1, s1)).not.to.equal(progressKey(i2, s2));
      }),
      { numRuns: 2000 },
    );
    // Pairs that only differ where an encoder could merge them.
    const pairs: Array<[string, string]> = [
      ['\uD800', '%uD800'],
      ['\uD800', '%EF%BF%BD'],
      ['\uD800', '\uFFFD'],
      ['\uD800\uDC00', '\uDC00\uD800'],
      ['a/b', 'a%2Fb'],
    ];
    for (const [a, b] of pairs) expect(encodeKeyPart(a), `${a} vs ${b}`).not.to.equal(encodeKeyPart(b));
    expect(progressKey('a/b', 'c')).not.to.equal(progressKey('a', 'b/c'));
  });
});
