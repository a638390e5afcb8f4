// <cx-tab-set>: the APG tab list — one tab stop, arrows (mirrored right to left, wrapping), Home / End,
// selection that follows focus and clicks, one event per change, and tabs that come later.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CxErrorEvent } from '../../events/cx-error.js';
import type { CxTabSetSelectEvent } from '../../events/cx-tab-set-select.js';
import './tab-set.js';
import type { CxTabSet } from './tab-set.component.js';

const VALUES = ['plan', 'usage', 'bills', 'tickets'];

/** A tab set with four tabs and their panels (the host shows the selected one), in `dir`. */
async function tabSet(dir: 'ltr' | 'rtl' = 'ltr', selected?: string): Promise<CxTabSet> {
  const wrapper = await fixture<HTMLElement>(
    html`<div dir=${dir}>
      <cx-tab-set aria-label="Sections" selected=${selected ?? ''}>
        ${VALUES.map(
          (value) =>
            html`<button type="button" id="tab-${value}" value=${value} aria-controls="panel-${value}">
              ${value}
            </button>`,
        )}
      </cx-tab-set>
      ${VALUES.map(
        (value) =>
          html`<div id="panel-${value}" role="tabpanel" aria-labelledby="tab-${value}" tabindex="0">
            ${value}
          </div>`,
      )}
    </div>`,
  );
  const el = wrapper.querySelector('cx-tab-set')!;
  await el.updateComplete;
  return el;
}

/** Each tab as `value:selected/tabindex`, e.g. `plan:true/0`. */
const states = (el: CxTabSet) =>
  el.tabs().map((tab) => `${tab.getAttribute('value')}:${tab.getAttribute('aria-selected')}/${tab.tabIndex}`);

const focused = () => document.activeElement?.getAttribute('value');

describe('cx-tab-set', () => {
  it('is a tab list whose tabs have their role, whether they are selected, and one tab stop', async () => {
    const el = await tabSet('ltr', 'usage');
    expect(el.getAttribute('role')).to.equal('tablist');
    expect(el.tabs().map((tab) => tab.getAttribute('role'))).to.deep.equal(['tab', 'tab', 'tab', 'tab']);
    expect(states(el)).to.deep.equal(['plan:false/-1', 'usage:true/0', 'bills:false/-1', 'tickets:false/-1']);
    el.selected = 'no-such-tab';
    await el.updateComplete;
    expect(states(el)[0], 'an unknown value selects the first tab').to.equal('plan:true/0');
    await expect(el.parentElement).to.be.accessible();
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`moves with the arrows (${dir}), wraps, goes to the ends with Home and End, and selects as it goes`, async () => {
      const el = await tabSet(dir);
      const selected: string[] = [];
      el.addEventListener('cx-tab-set-select', (event: CxTabSetSelectEvent) =>
        selected.push(event.detail.value),
      );
      const next = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const previous = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
      el.tabs()[0].focus();
      const steps: Array<[string, string]> = [
        [next, 'usage'],
        [next, 'bills'],
        ['End', 'tickets'],
        [next, 'plan'],
        [previous, 'tickets'],
        ['Home', 'plan'],
        ['ArrowDown', 'plan'],
        ['ArrowUp', 'plan'],
      ];
      for (const [key, value] of steps) {
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(focused(), key).to.equal(value);
        expect(el.selected, key).to.equal(value);
        expect(
          states(el).filter((state) => state.endsWith('/0')),
          key,
        ).to.deep.equal([`${value}:true/0`]);
      }
      expect(selected).to.deep.equal(['usage', 'bills', 'tickets', 'plan', 'tickets', 'plan']);
    });
  }

  it('selects a clicked tab, once, and says nothing when the selected tab is clicked again', async () => {
    const el = await tabSet();
    const events: CxTabSetSelectEvent[] = [];
    el.addEventListener('cx-tab-set-select', (event) => events.push(event));
    el.tabs()[2].click();
    el.tabs()[2].click();
    await el.updateComplete;
    expect(events.map((event) => event.detail.value)).to.deep.equal(['bills']);
    expect(events[0].bubbles && events[0].composed).to.equal(true);
    expect(states(el)[2]).to.equal('bills:true/0');
  });

  it('takes in tabs added later', async () => {
    const el = await tabSet('ltr', 'plan');
    const tab = document.createElement('button');
    tab.value = 'offers';
    tab.textContent = 'offers';
    el.append(tab);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(states(el).at(-1)).to.equal('offers:false/-1');
    el.selected = 'offers';
    await el.updateComplete;
    expect(states(el).at(-1)).to.equal('offers:true/0');
  });

  it('reports a selected value it cannot use with cx-error and selects the first tab', async () => {
    const el = await tabSet('ltr', 'bills');
    const errors: Array<CxErrorEvent['detail']> = [];
    el.addEventListener('cx-error', (event) => errors.push(event.detail));
    (el as unknown as { selected: unknown }).selected = 42;
    await el.updateComplete;
    await el.updateComplete;
    expect(errors.map((error) => [error.code, error.path])).to.deep.equal([['invalid-property', 'selected']]);
    expect(states(el)[0]).to.equal('plan:true/0');
  });
});
