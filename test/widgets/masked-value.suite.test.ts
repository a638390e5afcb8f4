// <cx-masked-value> in the shared widget suite (test/support/widget-suite.ts).
import type { CxMaskedValue } from '../../src/components/masked-value/masked-value.component.js';
import { runCxWidgetSuite } from '../support/widget-suite.js';

/** Presses the value's Show button, as an agent does. */
const show = async (el: HTMLElement): Promise<void> => {
  el.querySelector<HTMLElement>('button')!.click();
  await (el as CxMaskedValue).updateComplete;
};

await runCxWidgetSuite('cx-masked-value', {
  events: {
    'cx-masked-value-toggle': { fire: show },
    'cx-error': { fire: (el) => el.setAttribute('kind', 'passport') },
  },
  // No \`pii\` check here: the suite reads a widget's shadow tree, and a masked value's parts are its
  // light-DOM children (masked-value.test.ts holds every kind to it, before and after a reveal).
  use: show,
});
