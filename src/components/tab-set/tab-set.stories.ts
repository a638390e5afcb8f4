import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { CxTabSetSelectEvent } from '../../events/cx-tab-set-select.js';
import './tab-set.js';
import type { CxTabSet } from './tab-set.component.js';
import { hostSurface } from '../../../stories/host-surface.js';

type Args = Partial<CxTabSet> & Record<string, unknown>;

const TABS: ReadonlyArray<[value: string, label: string, text: string]> = [
  ['plan', 'Plan', '5G Unlimited 199, contract until June.'],
  ['usage', 'Usage', '38.2 of 60 GB used this cycle.'],
  ['bills', 'Bills', 'Last bill CNY 486.30, due on the 20th.'],
  ['tickets', 'Tickets', 'One open complaint about the network.'],
];

/** A tab set with its panels; the panel of the selected tab shows (the host's part, as in the 360). */
function tabSet(selected = 'plan', dir?: 'rtl'): TemplateResult {
  const show = (event: CxTabSetSelectEvent) => {
    const root = (event.currentTarget as HTMLElement).parentElement!;
    for (const panel of root.querySelectorAll<HTMLElement>('[role="tabpanel"]'))
      panel.hidden = panel.id !== `panel-${event.detail.value}`;
  };
  return html`<div dir=${dir ?? nothing}>
    <cx-tab-set aria-label="Customer sections" selected=${selected} @cx-tab-set-select=${show}>
      ${TABS.map(
        ([value, label]) =>
          html`<button type="button" id="tab-${value}" value=${value} aria-controls="panel-${value}">
            ${label}
          </button>`,
      )}
    </cx-tab-set>
    ${TABS.map(
      ([value, , text]) =>
        html`<div
          id="panel-${value}"
          role="tabpanel"
          aria-labelledby="tab-${value}"
          tabindex="0"
          ?hidden=${value !== selected}
        >
          <p>${text}</p>
        </div>`,
    )}
  </div>`;
}

const meta: Meta<Args> = {
  title: 'Components/Tab set',
  component: 'cx-tab-set',
  decorators: [hostSurface],
  args: { selected: 'plan' },
  render: (storyArgs) => tabSet((storyArgs.selected as string | undefined) ?? 'plan'),
  parameters: {
    docs: {
      description: {
        component:
          'The tab list of a WAI-ARIA tab set: one tab stop, ← / → between the tabs (mirrored right to left, wrapping), Home / End, and selection that follows focus. The tabs are the element’s children (buttons with a `value` and `aria-controls`); the host shows the panel of the tab in `cx-tab-set-select`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Every property as a control. */
export const Playground: Story = {};

/** Arrow keys move between the tabs and select as they go; the panel follows. */
export const Keyboard: Story = {
  render: () => tabSet('plan'),
  play: async ({ canvasElement }) => {
    const tabs = [...canvasElement.querySelectorAll<HTMLElement>('[role="tab"]')];
    await waitFor(() => expect(tabs[0].getAttribute('aria-selected')).toBe('true'));
    tabs[0].focus();
    tabs[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await waitFor(() => expect(tabs[1].getAttribute('aria-selected')).toBe('true'));
    await expect(canvasElement.querySelector<HTMLElement>('#panel-usage')!.hidden).toBe(false);
  },
};

/** Right to left: ← moves to the next tab. */
export const RightToLeft: Story = {
  render: () => tabSet('usage', 'rtl'),
};
