import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../calendars/cn.js';
import type { SlaTargetInput } from '../../services/sla/targets.js';
import './sla-countdown.js';
import type { CxSlaCountdown } from './sla-countdown.component.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/** Complaint handling as operators practise it: respond in 48 h, handle in 72 h, report back in 3 working days. */
const complaintPreset = (): SlaTargetInput[] => [
  {
    id: 'respond',
    label: 'Respond to complaint',
    kind: 'response',
    startedAt: ago(30 * HOUR),
    duration: 'PT48H',
  },
  {
    id: 'handle',
    label: 'Handle complaint',
    kind: 'resolution',
    startedAt: ago(30 * HOUR),
    duration: 'PT72H',
  },
  {
    id: 'report',
    label: 'Report result',
    kind: 'follow-up',
    startedAt: ago(30 * HOUR),
    duration: 'P3D',
    calendar: 'cn',
  },
];

/** The host's labels of the targets of `everyState`, in the agent's language. */
const STATE_LABELS = {
  en: {
    active: 'Resolution',
    warning: 'Response',
    paused: 'Network fault repair',
    pauseReason: 'waiting for customer',
    breached: 'First response',
    met: 'Acknowledge',
    'met-late': 'Call back',
    cancelled: 'On-site visit',
  },
  'zh-CN': {
    active: '解决',
    warning: '响应',
    paused: '网络故障修复',
    pauseReason: '等待客户回复',
    breached: '首次响应',
    met: '受理确认',
    'met-late': '回访',
    cancelled: '上门服务',
  },
};

const everyState = (lang: keyof typeof STATE_LABELS = 'en'): SlaTargetInput[] => {
  const labels = STATE_LABELS[lang];
  return [
    { id: 'active', label: labels.active, kind: 'resolution', startedAt: ago(2 * HOUR), duration: 'PT24H' },
    { id: 'warning', label: labels.warning, kind: 'response', startedAt: ago(40 * HOUR), duration: 'PT48H' },
    {
      id: 'paused',
      label: labels.paused,
      kind: 'resolution',
      startedAt: ago(5 * HOUR),
      duration: 'PT8H',
      pauses: [{ from: ago(HOUR), reason: labels.pauseReason }],
    },
    {
      id: 'breached',
      label: labels.breached,
      kind: 'first-response',
      startedAt: ago(3 * HOUR),
      duration: 'PT2H',
    },
    {
      id: 'met',
      label: labels.met,
      kind: 'response',
      startedAt: ago(6 * HOUR),
      duration: 'PT1H',
      metAt: ago(5.5 * HOUR),
    },
    {
      id: 'met-late',
      label: labels['met-late'],
      kind: 'follow-up',
      startedAt: ago(6 * HOUR),
      duration: 'PT1H',
      metAt: ago(4 * HOUR),
    },
    {
      id: 'cancelled',
      label: labels.cancelled,
      kind: 'resolution',
      startedAt: ago(6 * HOUR),
      duration: 'PT24H',
      cancelledAt: ago(HOUR),
    },
  ];
};

const { args, argTypes, template } = getStorybookHelpers<CxSlaCountdown>('cx-sla-countdown');
type Args = Partial<CxSlaCountdown> & Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Components/SLA countdown',
  component: 'cx-sla-countdown',
  args: { ...args, targets: complaintPreset(), 'ticket-id': 'story-complaint' },
  argTypes,
  render: (storyArgs) => template(storyArgs),
  parameters: {
    docs: {
      description: {
        component:
          'Time left on each SLA target of a ticket, in business time: working hours, Chinese public holidays and make-up working days (`import "cx-desk/calendars/cn"`), pauses, warning thresholds. Warning and breach events fire exactly once per target, even across reloads. The ticking time is a silent `role="timer"`; milestones are announced in a separate live region.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const shadow = (canvas: HTMLElement) => canvas.querySelector('cx-sla-countdown')!.shadowRoot!;

/** Every property as a control. */
export const Playground: Story = {};

/** The 48 h / 72 h / 3-working-days complaint preset. */
export const ComplaintPreset: Story = {
  args: { targets: complaintPreset(), 'ticket-id': 'story-complaint-preset' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('.target')).toHaveLength(3));
  },
};

/**
 * Every state: on track, at risk, paused, breached, met on time, met late, cancelled. Each state has
 * its word, icon and colour; the time and the bar keep the urgency band (a paused target keeps it).
 */
export const AllStates: Story = {
  args: { targets: everyState(), 'ticket-id': 'story-all-states' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('.target')).toHaveLength(7));
    const states = [...shadow(canvasElement).querySelectorAll('.target')].map((node) => node.className);
    await expect(states.join(' ')).toContain('breached');
    await expect(states.join(' ')).toContain('paused');
  },
};

/** Level-1 incident: respond within 1 hour, round the clock. */
export const Level1Incident: Story = {
  args: {
    targets: [
      {
        id: 'l1',
        label: 'Level-1 incident: respond',
        kind: 'first-response',
        startedAt: ago(50 * MINUTE),
        duration: 'PT1H',
      },
    ],
    'ticket-id': 'story-level-1',
    'warn-at': '50%,PT15M',
  },
};

/** A target spanning the 2026 Spring Festival and the make-up Saturdays (2/14, 2/28), on the Chinese calendar. */
export const SpringFestival: Story = {
  args: {
    targets: [
      {
        id: 'report',
        label: 'Report result (3 working days)',
        kind: 'follow-up',
        startedAt: '2026-02-13T14:00:00+08:00',
        duration: 'P3D',
      },
      {
        id: 'handle',
        label: 'Handle (24 business hours)',
        kind: 'resolution',
        startedAt: '2026-02-13T14:00:00+08:00',
        duration: 'PT24H',
      },
    ],
    calendar: 'cn',
    'time-zone': 'Asia/Shanghai',
    'ticket-id': 'story-spring-festival',
    'show-wall-clock': true,
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).textContent).toMatch(/Feb 25, 2026|2026年2月25日/));
  },
};

/** A ticket from TMF621: pending periods pause the clock. */
export const FromTmfTicket: Story = {
  args: { targets: undefined, 'ticket-id': 'story-tmf' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cx-sla-countdown')!;
    el.ticket = {
      id: 'TT-0001-01',
      ticketType: 'complaint',
      status: 'inProgress',
      creationDate: ago(20 * HOUR),
      expectedResolutionDate: new Date(Date.now() + 10 * HOUR).toISOString(),
      statusChangeHistory: [
        { status: 'acknowledged', statusChangeDate: ago(20 * HOUR) },
        { status: 'pending', statusChangeDate: ago(10 * HOUR), statusChangeReason: 'waiting for customer' },
        { status: 'inProgress', statusChangeDate: ago(6 * HOUR) },
      ],
    };
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('.target')).toHaveLength(1));
  },
};

/** No targets. */
export const Empty: Story = {
  args: { targets: [] },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).textContent).toMatch(/No SLA targets|没有 SLA/));
  },
};

/** Bad input: each broken target shows what is wrong; the good one keeps counting. */
export const InvalidTargets: Story = {
  args: {
    'ticket-id': 'story-invalid',
    targets: [
      { id: 'ok', label: 'Valid target', startedAt: ago(HOUR), duration: 'PT4H' },
      { id: 'date', label: 'Unparsable date', startedAt: 'last Tuesday', duration: 'PT4H' },
      { id: 'order', label: 'Due before start', startedAt: ago(HOUR), dueAt: ago(2 * HOUR) },
      { id: 'calendar', label: 'Unknown calendar', startedAt: ago(HOUR), duration: 'PT4H', calendar: 'mars' },
    ] as SlaTargetInput[],
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('.invalid')).toHaveLength(3));
  },
};

/** Minutes precision: updates once a minute (WCAG 2.2.2). */
export const MinutesPrecision: Story = {
  args: { targets: complaintPreset(), precision: 'minutes', 'ticket-id': 'story-minutes' },
};

/** Chinese (the host's labels too). */
export const Chinese: Story = {
  args: { targets: everyState('zh-CN'), 'ticket-id': 'story-zh' },
  render: (storyArgs) => html`<div lang="zh-CN">${template(storyArgs)}</div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).textContent).toContain('已超时'));
  },
};

/** Dark theme, whatever the toolbar says. */
export const Dark: Story = {
  args: { targets: everyState(), 'ticket-id': 'story-dark' },
  render: (storyArgs) =>
    html`<div data-cx-theme="dark" class="story-dark-surface">${template(storyArgs)}</div>
      <style>
        .story-dark-surface {
          background: var(--cx-color-surface);
          padding: 16px;
        }
      </style>`,
};

/** One compact countdown per state, as in a ticket queue: the icon (its word as tooltip) and the time. */
const compactStates = (theme: 'light' | 'dark', lang = 'en') => {
  const rows: Array<[string, SlaTargetInput[] | 'unavailable']> = [
    ...everyState().map((target): [string, SlaTargetInput[]] => [target.id, [target]]),
    ['unavailable', 'unavailable'],
  ];
  return html`<div data-cx-theme=${theme} lang=${lang} class="story-states">
      <table>
        <caption>
          ${lang === 'en' ? 'Every state, compact' : '各状态（紧凑）'}
        </caption>
        <tbody>
          ${rows.map(
            ([state, targets]) =>
              html`<tr>
                <th scope="row">${state}</th>
                <td>
                  <cx-sla-countdown
                    variant="compact"
                    ticket-id=${`story-compact-${theme}-${lang}-${state}`}
                    ?unavailable=${targets === 'unavailable'}
                    .targets=${targets === 'unavailable' ? undefined : targets}
                  ></cx-sla-countdown>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <style>
      .story-states {
        background: var(--cx-color-surface);
        color: var(--cx-color-text);
        padding: 12px;
      }
      .story-states th {
        text-align: start;
        font-weight: 500;
        padding-inline-end: 16px;
      }
    </style>`;
};

/** Compact, every state: a breached ticket reads breached (red, stop-sign icon), a paused one paused. */
export const CompactStates: Story = {
  render: () => compactStates('light'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('cx-sla-countdown')).toHaveLength(8));
    const breached = canvasElement.querySelectorAll('cx-sla-countdown')[3]!.shadowRoot!;
    await waitFor(() => expect(breached.querySelector('.state-breached')).not.toBeNull());
  },
};

/** Compact, every state, dark. */
export const CompactStatesDark: Story = { render: () => compactStates('dark') };

/** Compact, every state, in Chinese. */
export const CompactStatesChinese: Story = { render: () => compactStates('light', 'zh-CN') };

/**
 * SLA unavailable: the ticket could not be loaded (the host sets `unavailable`, or `ticket` is not a
 * ticket, e.g. an error body). Never "no targets", which would tell the agent there is no deadline.
 */
export const Unavailable: Story = {
  render: () =>
    html`<div style="display: grid; gap: 12px">
      <cx-sla-countdown unavailable></cx-sla-countdown>
      <cx-sla-countdown variant="compact" unavailable></cx-sla-countdown>
      <div lang="zh-CN" style="display: grid; gap: 12px">
        <cx-sla-countdown unavailable></cx-sla-countdown>
        <cx-sla-countdown
          variant="compact"
          .ticket=${{ '@type': 'Error', code: '60', reason: 'Not found', status: '404' } as never}
        ></cx-sla-countdown>
      </div>
    </div>`,
  play: async ({ canvasElement }) => {
    const [first, , , last] = canvasElement.querySelectorAll('cx-sla-countdown');
    await waitFor(() => expect(first!.shadowRoot!.textContent).toContain('SLA unavailable'));
    await waitFor(() => expect(last!.shadowRoot!.textContent).toContain('SLA 暂不可用'));
  },
};

/** Personal data in labels (a phone number, an ID number, an e-mail) is masked on screen and in events. */
export const PersonalDataMasked: Story = {
  args: {
    'ticket-id': 'story-pii',
    targets: [
      {
        id: 'call',
        label: 'Call back 13812345678',
        kind: 'callback',
        startedAt: ago(3 * HOUR),
        duration: 'PT2H',
      },
      {
        id: 'verify',
        label: 'Verify ID 110101199003071234',
        kind: 'response',
        startedAt: ago(HOUR),
        duration: 'PT4H',
        pauses: [{ from: ago(30 * MINUTE), reason: 'customer to mail li.wei@example.cn' }],
      },
    ],
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).textContent).toContain('138****5678'));
    await expect(shadow(canvasElement).textContent).not.toContain('13812345678');
  },
};

const SUBJECTS = [
  '网络信号差',
  'Bill dispute',
  '流量超额',
  'Broadband down',
  '携号转网咨询',
  'Unknown charge',
  '宽带报装',
  'SIM replacement',
];

/** Compact, in a ticket queue of 50 rows. */
export const CompactInTable: Story = {
  render: () =>
    html`<table class="story-queue">
        <caption>
          Ticket queue
        </caption>
        <thead>
          <tr>
            <th scope="col">Ticket</th>
            <th scope="col">Subject</th>
            <th scope="col">SLA</th>
          </tr>
        </thead>
        <tbody>
          ${Array.from({ length: 50 }, (_, index) => {
            const started = ago(((index * 37) % 60) * HOUR + (index % 7) * 11 * MINUTE);
            const targets: SlaTargetInput[] = [
              {
                id: 'resolve',
                label: `TT-${1000 + index}`,
                kind: 'resolution',
                startedAt: started,
                duration: index % 3 === 0 ? 'PT48H' : 'PT72H',
              },
            ];
            return html`<tr>
              <td>TT-${1000 + index}</td>
              <td>${SUBJECTS[index % SUBJECTS.length]}</td>
              <td>
                <cx-sla-countdown
                  variant="compact"
                  ticket-id=${`story-queue-${index}`}
                  .targets=${targets}
                ></cx-sla-countdown>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      <style>
        .story-queue {
          border-collapse: collapse;
          font-family: var(--cx-font-family);
          color: var(--cx-color-text);
          font-size: var(--cx-font-size-sm);
        }
        .story-queue th,
        .story-queue td {
          border-block-end: 1px solid var(--cx-color-border);
          padding: 4px 12px;
          text-align: start;
        }
      </style>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('cx-sla-countdown')).toHaveLength(50));
  },
};
