import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { codeLabel, lookupCode, readableCode } from './code-terms.js';

describe('code terms', () => {
  afterEach(() => sinon.restore());

  it('turns a code into words', () => {
    expect(readableCode('network-quality')).to.equal('Network quality');
    expect(readableCode('inProgress')).to.equal('In progress');
    expect(readableCode('secondary_sim')).to.equal('Secondary sim');
    expect(readableCode('SMS')).to.equal('SMS');
    expect(readableCode('Major')).to.equal('Major');
    expect(readableCode('  ')).to.equal('  ');
  });

  it('uses the label when there is one, and warns once per page for each missing one', () => {
    const warn = sinon.stub(console, 'warn');
    const code = `made-up-${Math.random().toString(36).slice(2)}`;
    expect(codeLabel('cx-test', 'channel', 'hotline', 'en', 'Hotline')).to.equal('Hotline');
    for (let render = 0; render < 5; render++)
      expect(codeLabel('cx-test', 'channel', code, 'zh-CN', '')).to.match(/^Made up /);
    codeLabel('cx-test', 'channel', code, 'en', undefined);
    expect(warn.callCount).to.equal(2);
    expect(String(warn.firstCall.args[0])).to.contain(`zh-CN term for channel "${code}"`);
  });

  it('looks codes up exactly, then lower-cased, never on the prototype', () => {
    const table = { major: 'Major', inProgress: 'In progress' };
    expect(lookupCode(table, 'Major')).to.equal('Major');
    expect(lookupCode(table, 'inProgress')).to.equal('In progress');
    expect(lookupCode(table, 'constructor')).to.equal(undefined);
    expect(lookupCode(undefined, 'x')).to.equal(undefined);
  });
});
