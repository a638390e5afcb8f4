// Every widget in zh-CN: no raw code or English word an agent would read, and full-width
// punctuation next to Chinese text. Each widget's own tests go through every state and code of the
// reference backend; this one holds every widget of the manifest to the same rule.
import { expect } from '@open-wc/testing';
import { halfWidthPunctuation, readableTexts, untranslatedRuns } from '../support/language.js';
import { manifestElements } from '../support/manifest.js';
import { WIDGET_FIXTURES } from '../support/widget-fixtures.js';

const elements = await manifestElements();

describe('every widget reads in the agent’s language (zh-CN)', () => {
  after(() => {
    document.documentElement.lang = 'en';
  });

  for (const { tagName } of elements) {
    it(`<${tagName}> shows no raw code or English, and uses full-width punctuation`, async () => {
      const element = await WIDGET_FIXTURES[tagName]!({ lang: 'zh-CN' });
      const texts = readableTexts(element);
      expect(untranslatedRuns(texts), 'Latin words or codes in the zh-CN UI').to.deep.equal([]);
      expect(halfWidthPunctuation(texts), 'half-width punctuation beside Chinese').to.deep.equal([]);
    });
  }

  it('the check itself finds raw codes and half-width punctuation', () => {
    expect(
      untranslatedRuns(['套餐 mobile', '工单 TT-20261201-0001', '流量 10GB', '通话 30 min']),
    ).to.have.length(2);
    expect(halfWidthPunctuation(['核验方式:', '核验方式：', '(必答)', '（必答）'])).to.deep.equal([
      '核验方式:',
      '(必答)',
    ]);
  });
});
