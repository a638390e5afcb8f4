import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import {
  sampleScript,
  type SampleLocale,
  type SampleName,
  type Script,
} from '../../services/script-engine/index.js';
import './script-prompter.js';
import type { CxScriptPrompter } from './script-prompter.component.js';

/** What a host would know about the caller (normally from `cx-customer-360` through the customer context). */
const customers: Record<SampleLocale, Record<string, unknown>> = {
  en: {
    id: 'C-20481',
    name: 'Emily Chen',
    msisdn: '138****5678',
    address: '88 Harbour Road, Block B',
    plan: { name: 'Unlimited 99', dataAllowance: '30 GB', monthlyFee: '99 CNY' },
    usage: { data: '31.2 GB' },
  },
  'zh-CN': {
    id: 'C-20482',
    name: '张伟',
    msisdn: '139****2046',
    address: '天河路 100 号',
    plan: { name: '畅享套餐 128', dataAllowance: '30 GB', monthlyFee: '128 元' },
    usage: { data: '31.2 GB' },
  },
};
const agents: Record<SampleLocale, Record<string, unknown>> = {
  en: { name: 'Wang Fang' },
  'zh-CN': { name: '王芳' },
};

interface StoryArgs {
  script?: unknown;
  src?: string;
  draft?: string;
  'interaction-id'?: string;
  'prohibited-phrases'?: string;
  variables?: Record<string, unknown>;
  customer?: Record<string, unknown>;
  agent?: Record<string, unknown>;
  piiFields?: Record<string, string>;
  locale?: SampleLocale;
}

/** Controls from custom-elements.json; none until `npm run analyze` has seen this component. */
function manifestArgTypes(): Meta<StoryArgs>['argTypes'] {
  try {
    return getStorybookHelpers<CxScriptPrompter>('cx-script-prompter')
      .argTypes as Meta<StoryArgs>['argTypes'];
  } catch {
    return {};
  }
}

function prompter(args: StoryArgs): TemplateResult {
  const locale = args.locale ?? 'en';
  return html`<div lang=${locale}>
    <cx-script-prompter
      .script=${args.script}
      src=${args.src ?? ''}
      .variables=${args.variables ?? { identityVerified: true }}
      .customer=${args.customer ?? customers[locale]}
      .agent=${args.agent ?? agents[locale]}
      .piiFields=${args.piiFields}
      .draft=${args.draft ?? ''}
      interaction-id=${args['interaction-id'] ?? ''}
      prohibited-phrases=${args['prohibited-phrases'] ?? '[]'}
    ></cx-script-prompter>
  </div>`;
}

const meta: Meta<StoryArgs> = {
  title: 'Components/Script prompter',
  component: 'cx-script-prompter',
  args: { script: sampleScript('greeting-identity'), locale: 'en' },
  argTypes: {
    ...manifestArgTypes(),
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    draft: { control: 'text' },
  },
  render: (args) => prompter(args),
  parameters: {
    docs: {
      description: {
        component:
          'Guided call / chat script. Shows the current step with the customer’s data filled in (a missing value is a visible chip, never "undefined"), typed inputs, what comes next, a progress bar and the path so far. Verbatim (compliance) texts, required steps and gates block finishing; actions go to the host as `cx-script-action`. Keyboard first: Enter next, Alt+← back, 1–9 pick an option. Progress is kept per `interaction-id` and resumed after a reload. Phrase coaching highlights prohibited phrases in the agent’s `draft` reply with a positive alternative.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<StoryArgs>;

const element = (canvas: HTMLElement): CxScriptPrompter => canvas.querySelector('cx-script-prompter')!;
const shadow = (canvas: HTMLElement): ShadowRoot => element(canvas).shadowRoot!;

/** Every property as a control. */
export const Playground: Story = {};

function sampleStory(name: SampleName, locale: SampleLocale): Story {
  return {
    name: `${name} (${locale})`,
    args: { script: sampleScript(name, locale), locale },
    play: async ({ canvasElement }) => {
      await waitFor(() => expect(shadow(canvasElement).querySelector('.step-heading')).not.toBeNull());
      await expect(shadow(canvasElement).querySelector('h2')?.textContent).toBe(
        sampleScript(name, locale).title,
      );
    },
  };
}

/** Greeting and identity check: recording notice read verbatim, verification method, branch on the result. */
export const GreetingIdentityEn = sampleStory('greeting-identity', 'en');
/** 问候与身份核验。 */
export const GreetingIdentityZh = sampleStory('greeting-identity', 'zh-CN');
/** Data-usage complaint: identity gate, usage from the customer’s data, branch on the issue. */
export const DataUsageComplaintEn = sampleStory('data-usage-complaint', 'en');
/** 流量使用投诉。 */
export const DataUsageComplaintZh = sampleStory('data-usage-complaint', 'zh-CN');
/** Bill dispute: month (pattern), item, amount (range), verbatim dispute notice, credit or ticket. */
export const BillDisputeEn = sampleStory('bill-dispute', 'en');
/** 账单争议。 */
export const BillDisputeZh = sampleStory('bill-dispute', 'zh-CN');
/** Network fault report: location, date, symptoms (several), optional device, then the open-ticket action. */
export const NetworkFaultEn = sampleStory('network-fault', 'en');
/** 网络故障报修。 */
export const NetworkFaultZh = sampleStory('network-fault', 'zh-CN');
/** Port-out retention: reason, eligible offer (apply-offer action) or the customer’s porting rights. */
export const PortOutRetentionEn = sampleStory('port-out-retention', 'en');
/** 携号转网挽留。 */
export const PortOutRetentionZh = sampleStory('port-out-retention', 'zh-CN');
/** Closing with a satisfaction survey invitation (skipped for customers who opted out). */
export const ClosingSurveyEn = sampleStory('closing-survey', 'en');
/** 结束语与满意度邀请。 */
export const ClosingSurveyZh = sampleStory('closing-survey', 'zh-CN');

/** Walks a few steps: a question with options, the verbatim recording notice on the path. */
export const MidScript: Story = {
  args: { script: sampleScript('greeting-identity') },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(el.currentStepId).toBe('greet'));
    el.next();
    el.next();
    await el.updateComplete;
    await expect(el.currentStepId).toBe('verification-method');
    await expect(shadow(canvasElement).querySelectorAll('label.choice')).toHaveLength(3);
  },
};

/** A verbatim compliance text: marked, read word for word, cannot be skipped. */
export const VerbatimStep: Story = {
  args: { script: sampleScript('bill-dispute') },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(el.currentStepId).toBe('identity-gate'));
    el.next();
    await el.updateComplete;
    el.answer('2026-10');
    el.next();
    await el.updateComplete;
    el.answer('roaming');
    el.next();
    await el.updateComplete;
    el.answer(128);
    el.next();
    await el.updateComplete;
    await expect(shadow(canvasElement).querySelector('blockquote.verbatim-text')).not.toBeNull();
  },
};

/** The identity gate is closed until the host says the caller is verified: an hourglass icon (inline SVG) and the words. */
export const GateClosed: Story = {
  args: { script: sampleScript('data-usage-complaint'), variables: { identityVerified: false } },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[part="gate"]')?.textContent).toContain('Waiting'),
    );
    await expect(shadow(canvasElement).querySelector('[part="gate"] svg.icon--hourglass')).not.toBeNull();
  },
};

/** The gate is open: a check icon (inline SVG, not a font glyph) and “Condition met”, in the same card as every step. */
export const GateOpen: Story = {
  args: { script: sampleScript('data-usage-complaint'), variables: { identityVerified: true } },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[part="gate"]')?.textContent).toContain('Condition met'),
    );
    await expect(shadow(canvasElement).querySelector('[part="gate"] svg.icon--check')).not.toBeNull();
    await expect(shadow(canvasElement).querySelector('[part~="step"]')?.className).toContain('step--gate');
  },
};

/** A confirm step keeps the step card (its checkbox label has a name of its own: `confirm__label`). */
export const ConfirmStep: Story = {
  args: { script: sampleScript('greeting-identity') },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(el.currentStepId).toBe('greet'));
    el.next();
    el.next();
    el.answer('service-password');
    el.next();
    el.answer(true);
    el.next();
    await el.updateComplete;
    await expect(el.currentStepId).toBe('identity-confirmed');
    const card = shadow(canvasElement).querySelector<HTMLElement>('[part~="step"]')!;
    await expect(getComputedStyle(card).borderInlineStartWidth).toBe('4px');
    await expect(shadow(canvasElement).querySelector('label.confirm__label')).not.toBeNull();
  },
};

/** An action the host carried out: a check icon and the host's result (a ticket number). */
export const ActionDone: Story = {
  args: { script: sampleScript('closing-survey'), customer: { name: 'Emily Chen', surveyOptOut: false } },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(el.currentStepId).toBe('anything-else'));
    el.answer(false);
    el.next();
    el.answer(true);
    el.next();
    el.completeAction('SMS-20261123-0042');
    await el.updateComplete;
    await expect(shadow(canvasElement).querySelector('.done svg.icon--check')).not.toBeNull();
    await expect(shadow(canvasElement).querySelector('.done')?.textContent).toContain('SMS-20261123-0042');
  },
};

/** No customer data: every missing value shows as a chip with its name. */
export const MissingValues: Story = {
  args: { script: sampleScript('data-usage-complaint'), customer: {} },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(el.currentStepId).toBe('identity-gate'));
    el.next();
    await el.updateComplete;
    await expect(shadow(canvasElement).querySelector('[part="placeholder"]')?.textContent).toContain(
      'customer.name',
    );
  },
};

/** Phrase coaching: the agent’s draft reply with prohibited phrases highlighted and positive alternatives. */
export const PhraseCoaching: Story = {
  args: {
    script: sampleScript('data-usage-complaint'),
    draft: "I'm sorry, that is impossible. Calm down, there is nothing I can do about the charge.",
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('mark')).toHaveLength(3));
  },
};

/** 用语提示：草稿中的禁用语高亮，并给出积极的替代说法；主机可追加自己的词条。 */
export const PhraseCoachingZh: Story = {
  args: {
    script: sampleScript('data-usage-complaint', 'zh-CN'),
    locale: 'zh-CN',
    draft: '这个不可能给您退，我也没办法，这是规定。',
    'prohibited-phrases': JSON.stringify([{ phrase: '退不了', suggestion: '我帮您申请看看' }]),
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('mark')).toHaveLength(3));
  },
};

const invalidScript = (): Script => {
  const script = sampleScript('closing-survey');
  script.steps[1] = { kind: 'say', id: 'continue', text: 'Round and round.', next: 'continue' };
  script.steps[2] = {
    kind: 'say',
    id: 'survey-invite',
    text: 'Hello <img src=x onerror=alert(1)> {{answers.nowhere}}',
    next: 'nowhere',
  };
  return script;
};

/** Bad input: a readable list of what is wrong and where; nothing of the script runs. */
export const InvalidScript: Story = {
  args: { script: invalidScript() },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadow(canvasElement).querySelectorAll('[part="issues"] li').length).toBeGreaterThan(1),
    );
  },
};

/** After Finish: the outcome, the path with its answers, and Start again. */
export const Completed: Story = {
  args: { script: sampleScript('closing-survey'), customer: { name: 'Emily Chen', surveyOptOut: true } },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(el.currentStepId).toBe('anything-else'));
    el.answer(false);
    el.next();
    el.next();
    el.finish();
    await el.updateComplete;
    await expect(shadow(canvasElement).querySelector('[part="complete"]')).not.toBeNull();
  },
};

/** Finish is disabled and lists what still blocks it (a gate on the path closed again). */
export const FinishBlocked: Story = {
  args: { script: sampleScript('data-usage-complaint') },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(el.currentStepId).toBe('identity-gate'));
    el.next();
    el.next();
    el.next();
    el.answer('roaming');
    el.next();
    el.answer(false);
    el.next();
    el.variables = { identityVerified: false };
    await el.updateComplete;
    await expect(shadow(canvasElement).querySelector('[part="blockers"]')).not.toBeNull();
  },
};

/** 完成后的小结：结果、答案与跳过原因都用中文术语和全角标点（“结果：已建工单”“（已跳过：…）”）。 */
export const CompletedZh: Story = {
  args: { script: sampleScript('network-fault', 'zh-CN'), locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(el.currentStepId).toBe('identity-gate'));
    el.next();
    el.answer('天河路 100 号');
    el.next();
    el.answer('2026-11-20');
    el.next();
    el.answer(['no-signal']);
    el.next();
    el.skip('客户不清楚型号');
    el.next();
    el.completeAction('TT-2026-0042');
    el.next();
    el.finish();
    await el.updateComplete;
    const summary = shadow(canvasElement).querySelector('[part="complete"]')?.textContent ?? '';
    await expect(summary).toContain('结果：已建工单');
    await expect(summary).toContain('（已跳过：客户不清楚型号）');
  },
};

/** A code the terms do not know (a host's own action or outcome): a readable fallback, and one console warning naming the missing term. */
export const UnknownCodes: Story = {
  args: {
    script: {
      schemaVersion: 1,
      id: 'unknown-codes',
      version: '1.0.0',
      locale: 'en',
      title: 'Escalation',
      variables: [],
      steps: [
        {
          kind: 'action',
          id: 'escalate',
          action: 'escalate-to-vip-desk',
          text: 'Hand the call to the VIP desk.',
        },
        { kind: 'end', id: 'done', outcome: 'vip-handover' },
      ],
    } satisfies Script,
  },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[part~="action"]')?.textContent).toContain(
        'Run “Escalate to vip desk”',
      ),
    );
  },
};

/** An interaction id that is not well-formed Unicode (a lone surrogate, as a cut string gives): the script runs and keeps its progress. */
export const UnicodeInteractionId: Story = {
  args: { script: sampleScript('greeting-identity'), 'interaction-id': 'INT-\uD800-42' },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(el.currentStepId).toBe('greet'));
    el.next();
    await el.updateComplete;
    await expect(el.currentStepId).toBe('recording-notice');
  },
};

/** A wrong type from the host (`agent` as a number): reported with `cx-error` (`invalid-property`), read as unset — the script goes on with a visible missing-value chip. */
export const WrongPropertyType: Story = {
  args: { script: sampleScript('greeting-identity'), agent: 42 as unknown as Record<string, unknown> },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[part="placeholder"]')?.textContent).toContain(
        'agent.name',
      ),
    );
  },
};

/** What a script fills in about the caller: phone, ID number and e-mail. */
const personalDataScript = (): Script => ({
  schemaVersion: 1,
  id: 'read-back',
  version: '1.0.0',
  locale: 'en',
  title: 'Read back the contact details',
  variables: [],
  steps: [
    {
      kind: 'say',
      id: 'read-back',
      title: 'Contact details',
      text: 'I have your mobile number as {{customer.msisdn}}, your ID number as {{customer.idNumber}} and your e-mail as {{customer.email}}. Is that right?',
    },
    { kind: 'end', id: 'done' },
  ],
});
const personalCustomer = {
  id: 'C-20481',
  name: 'Emily Chen',
  msisdn: '13812345678',
  idNumber: '110101199003071234',
  email: 'emily.chen@example.cn',
};

/** Personal values masked until the agent asks to see one; each “Show …” fires the cancelable, audited `cx-customer-pii-reveal`. */
export const PersonalDataMasked: Story = {
  args: { script: personalDataScript(), customer: personalCustomer },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[part~="step-text"]')?.textContent).toContain(
        '138****5678',
      ),
    );
    await expect(shadow(canvasElement).textContent).not.toContain('13812345678');
  },
};

/** After a reveal: that value in full (everywhere in the widget), the others still masked. */
export const PersonalDataRevealed: Story = {
  args: { script: personalDataScript(), customer: personalCustomer },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part~="pii-toggle"]')).not.toBeNull());
    shadow(canvasElement).querySelector<HTMLButtonElement>('[part~="pii-toggle"]')!.click();
    await waitFor(() =>
      expect(shadow(canvasElement).querySelector('[part~="step-text"]')?.textContent).toContain(
        '13812345678',
      ),
    );
    await expect(shadow(canvasElement).querySelector('[part~="step-text"]')?.textContent).toContain(
      '1101**********1234',
    );
  },
};

/** Dark theme, whatever the toolbar says. */
export const Dark: Story = {
  args: { script: sampleScript('port-out-retention'), draft: 'There is no way to keep your number.' },
  render: (args) =>
    html`<div data-cx-theme="dark" class="story-dark-surface">${prompter(args)}</div>
      <style>
        .story-dark-surface {
          background: var(--cx-color-surface);
          padding: 16px;
        }
      </style>`,
};

/** 320 px wide, as in a narrow CRM side panel: one column, nothing cut off. */
export const Narrow320: Story = {
  args: { script: sampleScript('network-fault', 'zh-CN'), locale: 'zh-CN' },
  render: (args) => html`<div style="inline-size: 320px">${prompter(args)}</div>`,
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(el.currentStepId).toBe('identity-gate'));
    await expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(el.scrollWidth).toBeLessThanOrEqual(320);
  },
};
