// Every widget of custom-elements.json has a story fixture and runs the shared widget suite
// (test/widgets/<name>.suite.test.ts calling runCxWidgetSuite; see test/support/widget-suite.ts), which
// holds it to every widget promise, the bad-input suite included.
import { expect } from '@open-wc/testing';
import { manifestElements } from '../support/manifest.js';
import { WIDGET_FIXTURES, WIDGET_STORIES } from '../support/widget-fixtures.js';

const elements = await manifestElements();
const tags = elements.map((element) => element.tagName).sort();

describe('the shared widget suite covers every widget', () => {
  it('has a valid fixture, built on its stories, for every element of the manifest', () => {
    expect(tags).to.deep.equal(Object.keys(WIDGET_FIXTURES).sort());
    expect(tags).to.deep.equal(Object.keys(WIDGET_STORIES).sort());
  });

  for (const tag of tags)
    it(`<${tag}> runs it (test/widgets/${tag.replace(/^cx-/, '')}.suite.test.ts)`, async () => {
      const file = `/test/widgets/${tag.replace(/^cx-/, '')}.suite.test.ts`;
      const response = await fetch(file);
      expect(response.status, file).to.equal(200);
      // Served as JavaScript (esbuild may change the quotes).
      expect(await response.text(), file).to.match(new RegExp(`runCxWidgetSuite\\(\\s*["']${tag}["']`));
    });
});
