import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DEFAULT_PII_FIELDS,
  PII_KINDS,
  findPii,
  hasPii,
  maskAccount,
  maskAddress,
  maskEmail,
  maskPii,
  piiFieldKind,
  piiKey,
  readPiiFields,
  redactDeep,
  redactText,
  type PiiMatch,
} from './pii.js';

const PHONE = '13812345678';
const ID_NUMBER = '110105199612271234';
const EMAIL = 'li.wei@example.cn';
const CARD = '6222021234567890123';

const matches = (text: string): PiiMatch[] =>
  findPii(text).filter((part): part is PiiMatch => typeof part !== 'string');

describe('PII service', () => {
  it('masks each kind so the raw value cannot be read back', () => {
    expect(maskPii('phone', PHONE)).to.equal('138****5678');
    expect(maskPii('idNumber', ID_NUMBER)).to.equal('1101**********1234');
    expect(maskEmail(EMAIL)).to.equal('l***@example.cn');
    expect(maskAccount(CARD)).to.equal('**** 0123');
    expect(maskAddress('上海市浦东新区世纪大道 100 号')).to.equal('上海****');
    for (const kind of PII_KINDS) expect(maskPii(kind, 'ab')).not.to.equal('ab');
  });

  it('finds phone numbers, ID numbers, e-mail addresses and account numbers in free text', () => {
    const text = `客户 ${PHONE} 身份证 ${ID_NUMBER}，邮箱 ${EMAIL}；卡号 6222 0212 3456 7890，座机 010-12345678，+86 139 8765 4321`;
    expect(matches(text).map((match) => [match.kind, match.raw])).to.deep.equal([
      ['phone', PHONE],
      ['idNumber', ID_NUMBER],
      ['email', EMAIL],
      ['account', '6222 0212 3456 7890'],
      ['phone', '010-12345678'],
      ['phone', '+86 139 8765 4321'],
    ]);
    const redacted = redactText(text);
    for (const raw of [PHONE, ID_NUMBER, EMAIL, '6222 0212 3456 7890', '010-12345678', '139 8765 4321'])
      expect(redacted).not.to.include(raw);
    expect(redacted).to.include('138****5678').and.to.include('客户');
  });

  it('leaves identifiers, dates, amounts and short numbers alone', () => {
    for (const text of [
      'TT-20261201-0001',
      'CUST-0002',
      'BILL-2026-11',
      '2026-12-01 10:30',
      '¥1234.56',
      'PRD-100023',
      'order 12345678',
      'P1 ticket',
    ])
      expect(hasPii(text), text).to.equal(false);
  });

  it('gives the same value the same key however it is written', () => {
    expect(piiKey('phone', '138 1234 5678')).to.equal(piiKey('phone', PHONE));
    expect(piiKey('phone', '+8613812345678')).to.equal(piiKey('phone', PHONE));
    expect(matches(`a ${PHONE} b 138-1234-5678`).map((m) => m.key)).to.deep.equal([
      'phone:13812345678',
      'phone:13812345678',
    ]);
  });

  it('keeps every character of free text that is not personal (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const parts = findPii(text);
        expect(parts.map((part) => (typeof part === 'string' ? part : part.raw)).join('')).to.equal(text);
        expect(() => redactText(text)).not.to.throw();
      }),
    );
  });

  it('never lets an embedded phone, ID number or e-mail through redactText (property)', () => {
    const filler = fc.string({ unit: fc.constantFrom('客', '户', ' ', '，', 'a', '：') });
    fc.assert(
      fc.property(filler, fc.constantFrom(PHONE, ID_NUMBER, EMAIL, CARD), filler, (before, raw, after) => {
        expect(redactText(`${before} ${raw} ${after}`)).not.to.include(raw);
      }),
    );
  });

  it('knows the personal fields of the view model, and a host can add its own', () => {
    expect(piiFieldKind('profile.identity.msisdn')).to.equal('phone');
    expect(piiFieldKind('products.3.serviceNumber')).to.equal('phone');
    expect(piiFieldKind('products[].serviceNumber')).to.equal('phone');
    expect(piiFieldKind('products.3.name')).to.equal(undefined);
    expect(
      piiFieldKind('tickets.0.extensions.x-vip-email', { 'tickets[].extensions.x-vip-email': 'email' }),
    ).to.equal('email');
    expect(Object.isFrozen(DEFAULT_PII_FIELDS)).to.equal(true);
    expect(readPiiFields({ 'a.b': 'email' })).to.deep.equal({ fields: { 'a.b': 'email' } });
    expect(readPiiFields({ 'a.b': 'nope' }).problem).to.match(/unknown kind for a\.b/);
    expect(readPiiFields(42).problem).to.match(/expected an object/);
    expect(readPiiFields(['products[].name']).problem).to.match(/expected an object/);
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys for you');
        },
      },
    );
    expect(() => readPiiFields(hostile)).not.to.throw();
    expect(readPiiFields(hostile)).to.deep.equal({ fields: {}, problem: 'unreadable (no keys for you)' });
  });

  it('redacts event details deeply, by field and inside strings, without touching the original', () => {
    const detail = {
      customerId: 'CUST-1',
      payload: { to: PHONE, note: `call ${PHONE} or mail ${EMAIL}` },
      products: [{ serviceNumber: '0215-5551234', name: 'Home' }],
      when: new Date(0),
    };
    const copy = redactDeep(detail);
    expect(JSON.stringify(copy))
      .not.to.include(PHONE)
      .and.not.to.include(EMAIL)
      .and.not.to.include('5551234');
    expect(copy.customerId).to.equal('CUST-1');
    expect(copy.when).to.equal(detail.when);
    expect(detail.payload.to).to.equal(PHONE);
    const cyclic: Record<string, unknown> = { phone: PHONE };
    cyclic.self = cyclic;
    expect(() => redactDeep(cyclic)).not.to.throw();
  });
});
