import { expect } from '@open-wc/testing';
import {
  SCRIPT_PII_FIELDS,
  interpolate,
  personalParts,
  redactAnswers,
  redactParams,
  scriptPiiKind,
} from './index.js';

describe('script-engine: personal data', () => {
  it('knows the default personal fields and a host’s additions', () => {
    expect(scriptPiiKind('customer.msisdn')).to.equal('phone');
    expect(scriptPiiKind('customer.idNumber')).to.equal('idNumber');
    expect(scriptPiiKind('customer.name')).to.equal(undefined);
    expect(scriptPiiKind('answers.callback', { 'answers.callback': 'phone' })).to.equal('phone');
    expect(scriptPiiKind('customer.msisdn', { 'customer.msisdn': 'nonsense' as never })).to.equal('phone');
    expect(Object.isFrozen(SCRIPT_PII_FIELDS)).to.equal(true);
  });

  it('splits a filled-in value into text and personal values, by field or by what the text holds', () => {
    expect(personalParts('customer.msisdn', '+44 20 7946 0958')).to.deep.equal([
      { kind: 'phone', raw: '+44 20 7946 0958', masked: '+4420****0958', key: 'phone:+442079460958' },
    ]);
    const parts = personalParts('customer.note', 'call 13900001111 today');
    expect(parts[0]).to.equal('call ');
    expect(parts[1]).to.include({ kind: 'phone', raw: '13900001111', masked: '139****1111' });
    expect(parts[2]).to.equal(' today');
    expect(personalParts('customer.name', 'Li Na')).to.deep.equal(['Li Na']);
  });

  it('keeps inserted values apart (with their path) and says yes/no in words when asked', () => {
    const scope = { customer: { msisdn: '13812345678', ok: true } };
    expect(
      interpolate('Call {{customer.msisdn}} ({{customer.ok}}).', scope, {
        values: true,
        boolean: (v) => (v ? 'yes' : 'no'),
      }),
    ).to.deep.equal([
      { text: 'Call ' },
      { text: '13812345678', path: 'customer.msisdn' },
      { text: ' (' },
      { text: 'yes', path: 'customer.ok' },
      { text: ').' },
    ]);
    // The default is unchanged: one merged text.
    expect(interpolate('Call {{customer.msisdn}}.', scope)).to.deep.equal([{ text: 'Call 13812345678.' }]);
  });

  it('masks answers and action params for event details', () => {
    expect(
      redactAnswers(
        { callback: 'call 13700002222', channel: ['li.na@example.cn', 'x'], agreed: true, amount: 12 },
        {},
      ),
    ).to.deep.equal({
      callback: 'call 137****2222',
      channel: ['l***@example.cn', 'x'],
      agreed: true,
      amount: 12,
    });
    expect(redactAnswers({ code: '1234' }, { 'answers.code': 'account' })).to.deep.equal({ code: '****' });
    expect(
      redactParams(
        { to: '{{customer.msisdn}}', street: '{{customer.address}}', note: 'id {{customer.idNumber}}', n: 3 },
        { to: '13812345678', street: '天河路 100 号', note: 'id 110101199003071234', n: 3 },
      ),
    ).to.deep.equal({ to: '138****5678', street: '天河****', note: 'id 1101**********1234', n: 3 });
  });
});
