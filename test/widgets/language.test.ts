// Every widget in zh-CN: no raw code or English word an agent would read, and full-width
// punctuation next to Chinese text. Each widget's own tests go through every state and code of the
// reference backend; this one holds every widget of the manifest to the same rule.
import { assertChineseOnly } from '../support/language.js';
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
      assertChineseOnly(element.shadowRoot!, { context: tagName });
    });
  }
});
