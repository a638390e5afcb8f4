import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CxTabSetSelectEvent } from '../../events/cx-tab-set-select.js';
import { EventQueueController } from '../../internal/controllers/event-queue.js';
import { RovingTabindexController } from '../../internal/controllers/roving-tabindex.js';
import { CxElement } from '../../internal/cx-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { checkChangedSettings, setting, text } from '../../internal/property-check.js';

const SETTINGS = [
  setting(
    'selected',
    'selected',
    text('the value of one of its tabs (text)', undefined, 256),
    undefined,
    'the first tab',
  ),
];

/** A tab's value: its `value` attribute, else its id. */
const valueOf = (tab: Element): string => tab.getAttribute('value') ?? tab.id;

/**
 * @tag cx-tab-set
 * @summary The tab list of a WAI-ARIA tab set: one tab stop (the selected tab), ← / → between the tabs
 * (mirrored right to left, wrapping), Home / End, and selection following focus. Its tabs are its
 * children, so they stay in the tree of the widget that holds them (with their panels, which they name
 * with `aria-controls`); the element makes each `role="tab"` with `aria-selected` and the roving
 * `tabindex`, and says which one the agent selected. The widget shows that tab's panel.
 *
 * @slot - The tabs: focusable elements (buttons), each with a `value` (or an id) and `aria-controls`
 * naming its panel.
 *
 * @fires {CxTabSetSelectEvent} cx-tab-set-select - The agent selected another tab (click, arrow keys, Home or End); `detail.value` is its value. `selected` has changed already.
 * @fires {CxErrorEvent} cx-error - A property or attribute has a value it cannot use (`invalid-property`, naming it and what it accepts; the default is used).
 */
export class CxTabSet extends CxElement {
  static override tagName = 'cx-tab-set';
  static override styles = css`
    :host {
      display: flex;
      overflow-x: auto;
      gap: var(--cx-space-3xs, 2px);
    }
  `;

  /** The value of the selected tab; default (and when no tab has it): the first tab. */
  @property() selected: string | undefined;

  private readonly localize = new LocalizeController(this);
  private readonly events = new EventQueueController(this, { source: CxTabSet.tagName });
  private readonly roving = new RovingTabindexController(this, {
    orientation: 'horizontal',
    wrap: true,
    direction: () => this.localize.dir(),
    items: () => this.tabs(),
    onMove: (index) => this.select(this.tabs()[index]),
  });

  constructor() {
    super();
    this.addEventListener('click', (event) => {
      const tab = this.tabOf(event);
      if (tab) this.select(tab);
    });
    this.addEventListener('keydown', (event) => {
      const tab = this.tabOf(event);
      const tabs = this.tabs();
      if (tab) this.roving.handleKeydown(event, tabs.indexOf(tab), tabs.length);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'tablist');
  }

  /** The tabs, in order: the element children. */
  tabs(): HTMLElement[] {
    return [...this.children].filter((child): child is HTMLElement => child instanceof HTMLElement);
  }

  /** The tab selected now: the one whose value is `selected`, else the first. */
  private current(tabs = this.tabs()): HTMLElement | undefined {
    return tabs.find((tab) => valueOf(tab) === this.selected) ?? tabs[0];
  }

  private tabOf(event: Event): HTMLElement | undefined {
    const path = event.composedPath();
    return this.tabs().find((tab) => path.includes(tab));
  }

  private select(tab: HTMLElement | undefined): void {
    if (!tab || tab === this.current()) return;
    this.selected = valueOf(tab);
    this.dispatchEvent(new CxTabSetSelectEvent({ value: this.selected }));
  }

  /** Gives every tab its role, whether it is selected, and the one tab stop. */
  private syncTabs(): void {
    const tabs = this.tabs();
    const current = this.current(tabs);
    tabs.forEach((tab, index) => {
      if (!tab.hasAttribute('role')) tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', tab === current ? 'true' : 'false');
      tab.tabIndex = this.roving.tabIndexOf(index, current ? tabs.indexOf(current) : 0);
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    checkChangedSettings(this, changed as Map<string, unknown>, SETTINGS, (path, message) =>
      this.events.error({ code: 'invalid-property', path, message }),
    );
  }

  protected override updated(): void {
    this.syncTabs();
  }

  protected override render(): TemplateResult {
    return html`<slot @slotchange=${this.syncTabs}></slot>`;
  }
}
