import { consume } from '@lit/context';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { css, html, LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { expect, waitFor } from 'storybook/test';
import { agentSessionContext, type AgentSession } from '../../context/agent-session.js';
import { LocalizeController } from '../../internal/localize.js';
import './agent-session.js';
import type { CxAgentSession } from './agent-session.component.js';

/** Story-only consumer that shows what a widget inside the session receives. */
class SessionInspector extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: var(--cx-font-family);
      color: var(--cx-color-text);
      background: var(--cx-color-surface-sunken);
      border: 1px solid var(--cx-color-border);
      border-radius: var(--cx-radius-md);
      padding: var(--cx-space-md);
      max-width: 28rem;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--cx-space-2xs) var(--cx-space-md);
      margin: 0;
    }
    dt {
      color: var(--cx-color-text-muted);
    }
    dd {
      margin: 0;
      font-family: var(--cx-font-family-mono);
    }
  `;
  @consume({ context: agentSessionContext, subscribe: true })
  @state()
  session: AgentSession | undefined;
  private readonly localize = new LocalizeController(this);
  override render() {
    const session = this.session;
    return html`<p>
        ${session?.customerId ? this.localize.term('sessionCustomer', session.customerId) : this.localize.term('sessionNoCustomer')}
      </p>
      <dl>
        <dt>customerId</dt>
        <dd>${session?.customerId ?? '—'}</dd>
        <dt>interactionId</dt>
        <dd>${session?.interactionId ?? '—'}</dd>
        <dt>agentId</dt>
        <dd>${session?.agentId ?? '—'}</dd>
        <dt>apiBase</dt>
        <dd>${session?.apiBase || '(same origin)'}</dd>
        <dt>locale</dt>
        <dd>${session?.locale ?? '—'}</dd>
      </dl>`;
  }
}
if (!customElements.get('cx-story-session-inspector'))
  customElements.define('cx-story-session-inspector', SessionInspector);

const { args, argTypes, template } = getStorybookHelpers<CxAgentSession>('cx-agent-session');

/** Controls are keyed by attribute name (`customer-id`) or property name, as the helpers generate them. */
type SessionArgs = Partial<CxAgentSession> & Record<string, unknown>;

const meta: Meta<SessionArgs> = {
  title: 'Components/Agent session',
  component: 'cx-agent-session',
  args: {
    ...args,
    'customer-id': 'CUST-0001',
    'interaction-id': 'INT-20261122-0001',
    'agent-id': 'agent-007',
  },
  argTypes,
  render: (storyArgs) => template(storyArgs, html`<cx-story-session-inspector></cx-story-session-inspector>`),
  parameters: {
    docs: {
      description: {
        component:
          'Wrap the widgets of one interaction in `<cx-agent-session>`: they read the customer, interaction, agent, locale and shared services from it. It renders nothing of its own (`display: contents`). Every widget also works without it.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<SessionArgs>;

/** Every attribute and property as a control. */
export const Playground: Story = {};

/** No customer yet (before a call is answered). */
export const NoCustomer: Story = {
  args: { 'customer-id': '' },
  play: async ({ canvasElement }) => {
    const inspector = canvasElement.querySelector('cx-story-session-inspector')!;
    await waitFor(() => expect(inspector.shadowRoot?.textContent).toMatch(/No customer selected|未选择客户/));
  },
};

/** The next call: changing `customer-id` re-provides the session to every widget inside. */
export const CustomerChange: Story = {
  play: async ({ canvasElement }) => {
    const session = canvasElement.querySelector('cx-agent-session')!;
    const inspector = canvasElement.querySelector<SessionInspector>('cx-story-session-inspector')!;
    session.setAttribute('customer-id', 'CUST-0002');
    await waitFor(() => expect(inspector.session?.customerId).toBe('CUST-0002'));
  },
};

/** Chinese: the session follows the nearest `lang`. */
export const Chinese: Story = {
  render: (storyArgs) =>
    html`<div lang="zh-CN">
      ${template(storyArgs, html`<cx-story-session-inspector></cx-story-session-inspector>`)}
    </div>`,
  play: async ({ canvasElement }) => {
    const inspector = canvasElement.querySelector<SessionInspector>('cx-story-session-inspector')!;
    await waitFor(() => expect(inspector.session?.locale).toBe('zh-CN'));
    await waitFor(() => expect(inspector.shadowRoot?.textContent).toContain('客户 CUST-0001'));
  },
};

/** Two interactions side by side: each inner widget sees only its own session. */
export const TwoSessions: Story = {
  render: () =>
    html`<div style="display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))">
      <cx-agent-session customer-id="CUST-0001" interaction-id="INT-A"
        ><cx-story-session-inspector></cx-story-session-inspector
      ></cx-agent-session>
      <cx-agent-session customer-id="CUST-0002" interaction-id="INT-B"
        ><cx-story-session-inspector></cx-story-session-inspector
      ></cx-agent-session>
    </div>`,
  play: async ({ canvasElement }) => {
    const [first, second] = canvasElement.querySelectorAll<SessionInspector>('cx-story-session-inspector');
    await waitFor(() => expect(first!.session?.customerId).toBe('CUST-0001'));
    await expect(second!.session?.customerId).toBe('CUST-0002');
  },
};
