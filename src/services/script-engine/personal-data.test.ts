import { expect } from '@open-wc/testing';
import { SCRIPT_PII_FIELDS, interpolate, redactAnswers, redactParams, scriptPiiKind } from './index.js';

describe('script-engine: personal data', () => {
  it('knows the default personal fields and a host’s additions', () => {
    expect(scriptPiiKind('customer.msisdn')).to.equal('phone');
    expect(scriptPiiKind('customer.idNumber')).to.equal('idNumber');
    expect(scriptPiiKind('customer.name')).to.equal(undefined);
    expect(scriptPiiKind('answers.callback', { 'answers.callback': 'phone' })).to.equal('phone');
    expect(scriptPiiKind('customer.msisdn', { 'customer.msisdn': 'nonsense' as never })).to.equal('phone');
    expect(Object.isFrozen(SCRIPT_PII_FIELDS)).to.equal(true);
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
