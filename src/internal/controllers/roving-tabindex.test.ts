import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import fc from 'fast-check';
import { RovingTabindexController, rovingTarget } from './roving-tabindex.js';

describe('rovingTarget', () => {
  it('moves with the arrows of its orientation, mirrored right-to-left, and wraps', () => {
    const horizontal = { orientation: 'horizontal' } as const;
    expect(rovingTarget('ArrowRight', 0, 3, horizontal)).to.equal(1);
    expect(rovingTarget('ArrowLeft', 0, 3, horizontal)).to.equal(2);
    expect(rovingTarget('ArrowRight', 2, 3, horizontal)).to.equal(0);
    expect(rovingTarget('ArrowRight', 0, 3, { ...horizontal, rtl: true })).to.equal(2);
    expect(rovingTarget('ArrowLeft', 0, 3, { ...horizontal, rtl: true })).to.equal(1);
    expect(rovingTarget('ArrowDown', 0, 3, horizontal)).to.equal(undefined);
    expect(rovingTarget('ArrowDown', 0, 3, { orientation: 'vertical' })).to.equal(1);
    expect(rovingTarget('ArrowRight', 0, 3, { orientation: 'vertical' })).to.equal(undefined);
    expect(rovingTarget('ArrowUp', 0, 3, { orientation: 'both', rtl: true })).to.equal(2);
    expect(rovingTarget('Home', 2, 3, horizontal)).to.equal(0);
    expect(rovingTarget('End', 0, 3, horizontal)).to.equal(2);
    expect(rovingTarget('ArrowRight', 2, 3, { ...horizontal, wrap: false })).to.equal(2);
    expect(rovingTarget(' ', 1, 3, { ...horizontal, selectKeys: [' '] })).to.equal(1);
    expect(rovingTarget(' ', 1, 3, horizontal)).to.equal(undefined);
    expect(rovingTarget('ArrowRight', 0, 0, horizontal)).to.equal(undefined);
  });

  it('always lands on an item, whatever the key, index and count', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', ' ', 'a'),
        fc.integer({ min: -5, max: 50 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('horizontal', 'vertical', 'both'),
        fc.boolean(),
        fc.boolean(),
        (key, index, count, orientation, rtl, wrap) => {
          const next = rovingTarget(key, index, count, { orientation, rtl, wrap, selectKeys: [' '] });
          if (next !== undefined) expect(next).to.be.within(0, count - 1);
        },
      ),
    );
  });
});

class RovingHost extends LitElement {
  static override properties = { active: { type: Number } };
  active = 0;
  override dir = 'ltr';
  readonly roving = new RovingTabindexController(this, {
    orientation: 'horizontal',
    direction: () => this.dir,
    items: () => [...(this.renderRoot.querySelectorAll<HTMLElement>('button') ?? [])],
    onMove: (index) => (this.active = index),
  });

  override render() {
    return html`${[0, 1, 2].map(
      (index) =>
        html`<button
          tabindex=${this.roving.tabIndexOf(index, this.active)}
          @keydown=${(event: KeyboardEvent) => this.roving.handleKeydown(event, index, 3)}
        >
          ${index}
        </button>`,
    )}`;
  }
}
customElements.define('cx-test-roving-host', RovingHost);

describe('RovingTabindexController', () => {
  it('keeps one tab stop, moves it with the keys and moves focus after the render', async () => {
    const host = await fixture<RovingHost>(html`<cx-test-roving-host></cx-test-roving-host>`);
    const buttons = () => [...host.shadowRoot!.querySelectorAll('button')];
    expect(buttons().map((button) => button.tabIndex)).to.deep.equal([0, -1, -1]);
    buttons()[0]!.focus();
    const event = new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true });
    buttons()[0]!.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(true);
    await host.updateComplete;
    await host.updateComplete;
    expect(host.active).to.equal(2);
    expect(buttons().map((button) => button.tabIndex)).to.deep.equal([-1, -1, 0]);
    expect(host.shadowRoot!.activeElement).to.equal(buttons()[2]);
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    buttons()[2]!.dispatchEvent(tab);
    expect(tab.defaultPrevented, 'Tab leaves the set').to.equal(false);
    const ctrl = new KeyboardEvent('keydown', {
      key: 'Home',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    buttons()[2]!.dispatchEvent(ctrl);
    expect(ctrl.defaultPrevented, 'a modified key is the host page’s').to.equal(false);
  });
});
