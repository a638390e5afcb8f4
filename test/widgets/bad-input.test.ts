// Every widget × every attribute and property of custom-elements.json, with wrong types, exotic
// strings and odd sizes (fast-check): see test/support/bad-input-suite.ts.
import { expect } from '@open-wc/testing';
import { runBadInputSuite } from '../support/bad-input-suite.js';
import { manifestElements } from '../support/manifest.js';
import { WIDGET_FIXTURES } from '../support/widget-fixtures.js';

const elements = await manifestElements();

describe('the shared bad-input suite', () => {
  it('has a valid fixture for every element of the manifest', () => {
    expect(elements.map((element) => element.tagName).sort()).to.deep.equal(
      Object.keys(WIDGET_FIXTURES).sort(),
    );
  });
});

for (const element of elements) {
  const create = WIDGET_FIXTURES[element.tagName];
  if (create) runBadInputSuite(element, create);
}
