import { expect } from '@open-wc/testing';
import { dateTimeFormat, numberFormat } from './intl-format.js';

describe('intl-format', () => {
  it('shares one formatter per locale and options, whatever the order of the options', () => {
    const a = dateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
    const b = dateTimeFormat('en', { timeZone: 'Asia/Shanghai', timeStyle: 'short', dateStyle: 'medium' });
    expect(a).to.be.instanceOf(Intl.DateTimeFormat);
    expect(b).to.equal(a);
    expect(a!.format(Date.parse('2026-11-23T02:00:00Z'))).to.contain('10:00');
    // An option left undefined is the option left out.
    expect(dateTimeFormat('en', { dateStyle: 'medium', timeZone: undefined })).to.equal(
      dateTimeFormat('en', { dateStyle: 'medium' }),
    );
    expect(dateTimeFormat('zh-CN', { dateStyle: 'medium' })).not.to.equal(
      dateTimeFormat('en', { dateStyle: 'medium' }),
    );
    expect(numberFormat('en', { maximumFractionDigits: 2 })).to.equal(
      numberFormat('en', { maximumFractionDigits: 2 }),
    );
    expect(numberFormat('en', { maximumFractionDigits: 2 })).not.to.equal(
      numberFormat('en', { maximumFractionDigits: 0 }),
    );
    expect(numberFormat('zh-CN', { style: 'currency', currency: 'CNY' })!.format(1280.5)).to.contain(
      '1,280.50',
    );
  });

  it('gives undefined for what Intl refuses, without throwing', () => {
    expect(dateTimeFormat('en', { timeZone: 'Mars/Olympus_Mons' })).to.equal(undefined);
    expect(dateTimeFormat('en', { timeZone: 'Mars/Olympus_Mons' })).to.equal(undefined);
    expect(numberFormat('en', { style: 'currency', currency: 'not a code' })).to.equal(undefined);
    expect(numberFormat('not a tag!')).to.equal(undefined);
  });

  it('keeps a bounded number of formatters', () => {
    const first = numberFormat('en', { minimumIntegerDigits: 1 });
    for (let digits = 2; digits <= 21; digits++)
      for (let fraction = 0; fraction <= 20; fraction++)
        numberFormat('en', { minimumIntegerDigits: digits, maximumFractionDigits: fraction });
    // The oldest was dropped: a new one is built (and works the same).
    const again = numberFormat('en', { minimumIntegerDigits: 1 });
    expect(again).not.to.equal(first);
    expect(again!.format(7)).to.equal('7');
  });
});
