import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { PII_KINDS, type PiiKind } from '../../services/pii/index.js';
import './masked-value.js';
import type { CxMaskedValue } from './masked-value.component.js';
import { hostSurface } from '../../../stories/host-surface.js';

const { args, argTypes } = getStorybookHelpers<CxMaskedValue>('cx-masked-value');
type Args = Partial<CxMaskedValue> & Record<string, unknown>;

/** One value of each kind (sample data, not a real person's). */
const SAMPLES: Readonly<Record<PiiKind, string>> = {
  phone: '13812345678',
  idNumber: '110101199003071234',
  email: 'li.wei@example.cn',
  account: '6222020200112233445',
  address: '上海市浦东新区世纪大道100号',
};

function value(kind: PiiKind, options: Partial<CxMaskedValue> = {}): TemplateResult {
  return html`<cx-masked-value
    kind=${kind}
    .raw=${SAMPLES[kind]}
    .label=${options.label}
    button=${options.button ?? 'inline'}
    ?revealed=${options.revealed ?? false}
    ?denied=${options.denied ?? false}
  ></cx-masked-value>`;
}

const meta: Meta<Args> = {
  title: 'Components/Masked value',
  component: 'cx-masked-value',
  decorators: [hostSurface],
  args: { ...args, kind: 'phone', label: 'Mobile', button: 'full' },
  argTypes,
  render: (storyArgs) =>
    html`<p>
      ${value((storyArgs.kind as PiiKind | undefined) ?? 'phone', storyArgs as Partial<CxMaskedValue>)}
    </p>`,
  parameters: {
    docs: {
      description: {
        component:
          'One personal value (phone number, ID number, e-mail, account, address), masked until the agent asks to see it. The button asks first: `cx-masked-value-toggle` is cancelable, so a widget (or host) can audit the reveal or refuse it (`denied`). The value and its button are the element’s own children, so the widget around it styles them and names their CSS parts; the value is a property, never an attribute, so it is not in the page’s markup until it is shown.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Every property as a control. */
export const Playground: Story = {};

/** Each kind of value, masked the way agents know it. */
export const EveryKind: Story = {
  render: () =>
    html`<dl>
      ${PII_KINDS.map(
        (kind) =>
          html`<dt>${kind}</dt>
            <dd>${value(kind)}</dd>`,
      )}
    </dl>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('.pii-value')).toHaveLength(5));
    await expect(canvasElement.textContent).not.toContain(SAMPLES.phone);
  },
};

/** Inside running text the button says "Show"; its accessible name says what it shows. */
export const InRunningText: Story = {
  render: () => html`<p>Customer asked to be called back on ${value('phone')} after 18:00.</p>`,
};

/** The agent pressed Show and nobody refused: the value in full, and "Hide". */
export const Revealed: Story = {
  render: () => html`<p>${value('phone', { label: 'Mobile', button: 'full' })}</p>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('button')).not.toBeNull());
    canvasElement.querySelector('button')!.click();
    await waitFor(() => expect(canvasElement.querySelector('.pii-value')?.textContent).toBe(SAMPLES.phone));
  },
};

/** The host refused the reveal: the value stays masked and the agent is told why nothing happened. */
export const Denied: Story = {
  render: () => html`<p>${value('idNumber', { label: 'ID number', button: 'full', denied: true })}</p>`,
};

/** Inside a control's label there is no button: the value shows as the agent revealed it elsewhere. */
export const InsideAControl: Story = {
  render: () => html`<button type="button">Send SMS to ${value('phone', { button: 'none' })}</button>`,
};

/** Simplified Chinese. */
export const Chinese: Story = {
  render: () => html`<p lang="zh-CN">手机：${value('phone')} 邮箱：${value('email')}</p>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('button')?.textContent?.trim()).toBe('显示'));
  },
};
