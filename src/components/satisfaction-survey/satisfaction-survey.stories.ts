import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { lazy } from '../../services/lazy.js';
import { SurveyOutbox } from '../../services/survey-outbox/outbox.js';
import { Transport } from '../../services/transport.js';
import './satisfaction-survey.js';
import {
  surveyParts,
  type CxSatisfactionSurvey,
  type SurveyStatus,
} from './satisfaction-survey.component.js';

const { args, argTypes, template } = getStorybookHelpers<CxSatisfactionSurvey>('cx-satisfaction-survey');
type Args = Partial<CxSatisfactionSurvey> & Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Components/Satisfaction survey',
  component: 'cx-satisfaction-survey',
  // Property-only members get '' from the helpers; unset means "none" for them.
  args: { ...args, preset: 'post-call', survey: undefined, answers: undefined, outbox: undefined },
  argTypes,
  render: (storyArgs) => template(storyArgs),
  parameters: {
    docs: {
      description: {
        component:
          'CSAT, NPS, CES, first-contact resolution, reasons and comments, answered by the customer or read aloud by an agent (`mode="agent"`). A real form control (value, validation, reset). Each response is stored in an IndexedDB outbox before it is sent and retried until the server acknowledges it; partial answers are autosaved per interaction. Ratings are APG radio groups: Tab into a scale, arrows move and select, Home and End jump.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const surveyIn = (canvas: HTMLElement, index = 0) =>
  canvas.querySelectorAll<CxSatisfactionSurvey>('cx-satisfaction-survey')[index]!;
/** A question's radios, in the shadow root of its rating scale. */
const radios = (el: CxSatisfactionSurvey, questionId: string) => [
  ...(el
    .shadowRoot!.querySelector(`[data-question="${questionId}"] [role="radiogroup"]`)
    ?.shadowRoot?.querySelectorAll<HTMLElement>('[role="radio"]') ?? []),
];

/** How the story's pretend server behaves. */
type Server = 'acknowledges' | 'hangs' | 'fails' | 'offline' | 'broken-storage';

/**
 * A real SurveyOutbox kept in memory (no IndexedDB, so stories never leave responses behind) over a
 * pretend network, so every delivery state can be shown without a backend.
 */
function storyOutbox(server: Server): SurveyOutbox {
  const fetch: typeof globalThis.fetch = (_input, init) => {
    if (server === 'hangs') return new Promise<Response>(() => undefined);
    if (server === 'fails')
      return Promise.resolve(
        new Response('{"code":"500"}', { status: 500, headers: { 'content-type': 'application/json' } }),
      );
    const { responseId } = JSON.parse(String(init?.body)) as { responseId: string };
    return Promise.resolve(
      new Response(JSON.stringify({ responseId, status: 'created' }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };
  const outbox = new SurveyOutbox({
    endpoint: '/api/survey-responses',
    transport: new Transport({ fetch }),
    openDatabase: () => Promise.reject(new Error('stories keep the outbox in memory')),
    retryBaseMs: 3_600_000,
    isOnline: () => server !== 'offline',
    onlineEvents: null,
  });
  if (server === 'broken-storage') void outbox.close();
  return outbox;
}

/** Every state a survey shows: its delivery, and its definition's two error states. */
const STATES = [
  'idle',
  'saving',
  'sending',
  'sent',
  'queued-offline',
  'retrying',
  'failed',
  'declined',
  'load-failed',
  'invalid',
] as const;
type ShownState = (typeof STATES)[number];

const INVALID_SURVEY = {
  id: 'broken',
  locale: 'en',
  title: 'Broken',
  questions: [
    { id: 'score', type: 'rating', title: 'Score', min: 5, max: 1 },
    { id: 'score', type: 'stars', title: 'Duplicate id and unknown type' },
  ],
};

/** How each delivery state is reached over a pretend server. */
const SERVERS: Partial<Record<ShownState, Server>> = {
  sending: 'hangs',
  sent: 'acknowledges',
  'queued-offline': 'offline',
  retrying: 'fails',
  failed: 'broken-storage',
  declined: 'acknowledges',
};

/**
 * Brings a survey on the page into `state`: a definition that cannot be loaded or is invalid, or the
 * post-call survey answered and submitted over a pretend server (a held outbox part for `saving`).
 */
async function driveTo(el: CxSatisfactionSurvey, state: ShownState): Promise<void> {
  if (state === 'load-failed' || state === 'invalid') {
    const real = surveyParts.validator;
    if (state === 'load-failed')
      surveyParts.validator = lazy(() =>
        Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      );
    el.survey = INVALID_SURVEY;
    await el.updateComplete.finally(() => (surveyParts.validator = real));
    return;
  }
  el.preset = 'post-call';
  const server = SERVERS[state];
  if (server) el.outbox = storyOutbox(server);
  await el.updateComplete;
  if (state === 'idle') return;
  el.answers = { csat: 2, resolved: false, reasons: ['network'] };
  const real = surveyParts.delivery;
  // The outbox's code still on its way, for this element only: it asks for it at submit.
  if (state === 'saving') surveyParts.delivery = lazy(() => new Promise<never>(() => undefined));
  void (state === 'declined' ? el.decline() : el.submit());
  surveyParts.delivery = real;
  await waitFor(() => expect(el.status).toBe(state));
}

/** Renders one survey per language side by side. */
const bothLocales = (render: (lang: string) => TemplateResult) =>
  html`<div class="story-locales">
      <div lang="en">${render('en')}</div>
      <div lang="zh-CN">${render('zh-CN')}</div>
    </div>
    <style>
      .story-locales {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
        gap: 32px;
      }
    </style>`;

const presetStory = (preset: string, questions: number): Story => ({
  render: () =>
    bothLocales(
      (lang) =>
        html`<cx-satisfaction-survey
          preset=${preset}
          interaction-id=${`story-${preset}-${lang}`}
        ></cx-satisfaction-survey>`,
    ),
  play: async ({ canvasElement }) => {
    for (const index of [0, 1]) {
      await waitFor(() =>
        expect(surveyIn(canvasElement, index).shadowRoot!.querySelectorAll('[data-question]').length).toBe(
          questions,
        ),
      );
    }
  },
});

/** Fills in the post-call survey and submits it over the given pretend server. */
const submissionStory = (server: Server, expected: SurveyStatus, mode = 'customer'): Story => ({
  render: () =>
    html`<cx-satisfaction-survey
      preset="post-call"
      mode=${mode}
      .outbox=${storyOutbox(server)}
    ></cx-satisfaction-survey>`,
  play: async ({ canvasElement }) => {
    const el = surveyIn(canvasElement);
    await waitFor(() => expect(radios(el, 'csat')).toHaveLength(5));
    if (expected === 'declined') {
      await el.decline();
    } else {
      radios(el, 'csat')[1]!.click();
      radios(el, 'resolved')[1]!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLInputElement>('[data-question="reasons"] input')!.click();
      await el.submit();
    }
    await waitFor(() => expect(el.status).toBe(expected));
  },
});

/** Every property as a control. */
export const Playground: Story = {};

/** CSAT 1–5 stars, in English and Chinese. */
export const PresetCsat: Story = presetStory('csat', 1);
/** NPS 0–10. */
export const PresetNps: Story = presetStory('nps', 1);
/** Customer effort, 1–7. */
export const PresetCes: Story = presetStory('ces', 1);
/** First-contact resolution: yes or no. */
export const PresetFcr: Story = presetStory('fcr', 1);
/** After a call: CSAT, resolved, reasons (shown when CSAT ≤ 3), comment. */
export const PresetPostCall: Story = presetStory('post-call', 3);
/** The seven TCSI factors, 1–10. */
export const PresetTcsi: Story = presetStory('tcsi', 7);

/** Every question type and rating display: stars, faces, numbers, NPS, CES, yes-no, single, multi, text (several lines and one). */
export const EveryQuestionType: Story = {
  args: {
    preset: undefined,
    survey: {
      id: 'every-type',
      locale: 'en',
      title: 'Every question type',
      description: 'One of each, as a designer reference.',
      questions: [
        {
          id: 'stars',
          type: 'rating',
          title: 'Stars',
          required: true,
          minLabel: 'Poor',
          maxLabel: 'Excellent',
        },
        { id: 'faces', type: 'rating', title: 'Faces', display: 'faces' },
        { id: 'numbers', type: 'rating', title: 'Numbers 1–10', display: 'numbers', min: 1, max: 10 },
        { id: 'nps', type: 'nps', title: 'How likely are you to recommend us?' },
        { id: 'ces', type: 'ces', title: 'It was easy to get help.', scale: 5 },
        { id: 'fcr', type: 'yes-no', title: 'Was your issue resolved?', metric: 'fcr' },
        {
          id: 'channel',
          type: 'single-choice',
          title: 'How did you contact us?',
          choices: [
            { value: 'phone', label: 'Phone (10000 hotline)' },
            { value: 'chat', label: 'Online chat' },
            { value: 'store', label: 'In a store' },
          ],
        },
        {
          id: 'reasons',
          type: 'multi-choice',
          title: 'What could be better?',
          choices: [
            { value: 'network', label: 'Network quality' },
            { value: 'billing', label: 'Billing and charges' },
          ],
        },
        {
          id: 'comment',
          type: 'text',
          title: 'Anything else?',
          description: 'At most 200 characters.',
          maxLength: 200,
        },
        { id: 'line', type: 'text', title: 'What went best, in a few words?', multiline: false },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const el = surveyIn(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('[data-question]')).toHaveLength(10));
    radios(el, 'stars')[3]!.click();
    radios(el, 'faces')[4]!.click();
    radios(el, 'nps')[9]!.click();
    await waitFor(() => expect(JSON.parse(el.value)).toMatchObject({ stars: 4, faces: 5, nps: 9 }));
  },
};

/** A low score reveals the reason list. */
export const LowScoreAsksWhy: Story = {
  play: async ({ canvasElement }) => {
    const el = surveyIn(canvasElement);
    await waitFor(() => expect(radios(el, 'csat')).toHaveLength(5));
    radios(el, 'csat')[1]!.click();
    await waitFor(() => expect(el.shadowRoot!.querySelector('[data-question="reasons"]')).not.toBeNull());
  },
};

/** Agent-assisted follow-up call: the words to read, answers recorded for the customer, "customer declined". */
export const AgentMode: Story = {
  render: () =>
    bothLocales(
      (lang) =>
        html`<cx-satisfaction-survey
          preset="post-call"
          mode="agent"
          agent-id="A-1024"
          interaction-id=${`story-agent-${lang}`}
        ></cx-satisfaction-survey>`,
    ),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(
        surveyIn(canvasElement).shadowRoot!.querySelectorAll('[part="read-aloud"]').length,
      ).toBeGreaterThan(0),
    );
  },
};

/** Submitting with unanswered required questions: each shows its problem; the first gets focus. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = surveyIn(canvasElement);
    await waitFor(() => expect(radios(el, 'csat')).toHaveLength(5));
    await el.submit();
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('[part="error"]')).toHaveLength(2));
  },
};

/** Not submitted yet: the status line says so (muted grey). Every state has its own words and colour. */
export const StateIdle: Story = {
  play: async ({ canvasElement }) => {
    const el = surveyIn(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[data-state="idle"]')).not.toBeNull());
  },
};

/**
 * Submission at the first submit on a page whose outbox code is still being fetched: "Saving…" (the
 * response is not on its way yet), with the form held. The slow fetch is staged for this story only.
 */
export const StateSaving: Story = {
  render: () => html`<cx-satisfaction-survey preset="post-call"></cx-satisfaction-survey>`,
  play: async ({ canvasElement }) => {
    const el = surveyIn(canvasElement);
    await waitFor(() => expect(radios(el, 'csat')).toHaveLength(5));
    await driveTo(el, 'saving');
  },
};

/** Submission: the request is out. */
export const StateSending: Story = submissionStory('hangs', 'sending');
/** Submission: acknowledged by the server. */
export const StateSent: Story = submissionStory('acknowledges', 'sent');
/** Submission: no connection; saved on this device, sent when back online. */
export const StateSavedOffline: Story = submissionStory('offline', 'queued-offline');
/** Submission: the server failed; saved, retried with backoff. */
export const StateFailedRetrying: Story = submissionStory('fails', 'retrying');
/** Submission: this device could not store the response (the answers stay, retry offered). */
export const StateSaveFailed: Story = submissionStory('broken-storage', 'failed');
/** Agent mode: the customer declined, recorded like a response. */
export const StateDeclined: Story = submissionStory('acknowledges', 'declined', 'agent');

/** A definition with mistakes: every problem listed with its path; `cx-error` fired for each. */
export const InvalidDefinition: Story = {
  args: {
    preset: undefined,
    survey: {
      id: 'broken',
      locale: 'en',
      title: 'Broken',
      questions: [
        { id: 'score', type: 'rating', title: 'Score', min: 5, max: 1 },
        { id: 'score', type: 'stars', title: 'Duplicate id and unknown type' },
        {
          id: 'why',
          type: 'multi-choice',
          title: 'Why?',
          choices: [],
          visibleIf: { path: 'answers.later', op: 'lte', value: 3 },
        },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const el = surveyIn(canvasElement);
    await waitFor(() =>
      expect(el.shadowRoot!.querySelectorAll('[part="error"] li').length).toBeGreaterThan(1),
    );
  },
};

/**
 * A survey of the host's own whose validator part is `load` for this element only: `restoreWhen` puts
 * the real part back once the element has asked for it.
 */
function withStagedValidator(
  load: () => ReturnType<typeof surveyParts.validator.load>,
  restoreWhen: (restore: () => void, el: CxSatisfactionSurvey) => void,
): CxSatisfactionSurvey {
  const real = surveyParts.validator;
  surveyParts.validator = lazy(load);
  const el = document.createElement('cx-satisfaction-survey');
  el.survey = {
    id: 'custom',
    locale: 'en',
    title: 'Custom',
    questions: [{ id: 'q', type: 'nps', title: 'Q' }],
  };
  restoreWhen(() => (surveyParts.validator = real), el);
  return el;
}

/**
 * A host's survey while its validator is still being fetched (a slow network): after 300 ms it says
 * "Loading…", and the region is busy. The wait is staged for this story's element only.
 */
export const PartLoading: Story = {
  // The element asks for the part in its first update; later elements get the real one.
  render: () =>
    withStagedValidator(
      () => new Promise<never>(() => undefined),
      (restore) => requestAnimationFrame(restore),
    ),
  play: async ({ canvasElement }) => {
    const el = surveyIn(canvasElement);
    await waitFor(() =>
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-busy')).toBe('true'),
    );
    await waitFor(
      () =>
        expect(el.shadowRoot!.querySelector('.loading')!.checkVisibility({ visibilityProperty: true })).toBe(
          true,
        ),
      {
        timeout: 2000,
      },
    );
  },
};

/**
 * A host's survey whose validator could not be fetched (offline, a blocked file): what failed, and
 * Retry. The failure is staged for this story's element only.
 */
export const PartFailedToLoad: Story = {
  render: () =>
    withStagedValidator(
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      (restore, el) => void el.updateComplete.finally(restore),
    ),
  play: async ({ canvasElement }) => {
    const el = surveyIn(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part="error"] button')).not.toBeNull());
    await expect(el.shadowRoot!.textContent).toMatch(/could not be loaded|加载失败/);
  },
};

/** No survey and no preset. */
export const Empty: Story = {
  args: { preset: undefined },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(surveyIn(canvasElement).shadowRoot!.textContent).toMatch(/No survey|暂无/));
  },
};

/** A 320 px chat panel: the 11-point NPS scale and long labels wrap. */
export const ChatPanel320: Story = {
  render: () =>
    html`<div class="story-panel">
        <cx-satisfaction-survey preset="nps"></cx-satisfaction-survey>
        <cx-satisfaction-survey preset="post-call"></cx-satisfaction-survey>
      </div>
      <style>
        .story-panel {
          inline-size: 320px;
          display: grid;
          gap: 24px;
          padding: 12px;
          border: 1px solid var(--cx-color-border);
        }
      </style>`,
  play: async ({ canvasElement }) => {
    const el = surveyIn(canvasElement);
    await waitFor(() => expect(radios(el, 'nps')).toHaveLength(11));
    await expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(el.scrollWidth).toBeLessThanOrEqual(Math.ceil(el.getBoundingClientRect().width));
  },
};

/** Inside a host form: the answers travel as one JSON field; required questions block submission. */
export const InHostForm: Story = {
  render: () =>
    html`<form class="story-form" @submit=${(event: Event) => event.preventDefault()}>
        <cx-satisfaction-survey name="survey" preset="csat" hide-submit></cx-satisfaction-survey>
        <button>Save wrap-up</button>
      </form>
      <style>
        .story-form {
          display: grid;
          gap: 12px;
          justify-items: start;
        }
      </style>`,
  play: async ({ canvasElement }) => {
    const el = surveyIn(canvasElement);
    await waitFor(() => expect(el.validity.valueMissing).toBe(true));
  },
};

/** Every state a survey shows, each with its own words and token colour: light (English) and dark (Chinese). */
export const StatesLightAndDark: Story = {
  parameters: {
    // Twenty copies of one survey on one page (no host builds that) share their region's name; every
    // other rule applies, colour contrast of each state in both themes included.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
  render: () =>
    html`<div class="story-states">
        ${(['light', 'dark'] as const).map(
          (theme) =>
            html`<div
              data-cx-theme=${theme}
              lang=${theme === 'light' ? 'en' : 'zh-CN'}
              class="story-dark-surface"
            >
              ${STATES.map(
                (state) =>
                  html`<div>
                    <p class="story-state-name">${state}</p>
                    <cx-satisfaction-survey
                      data-story-state=${state}
                      mode=${state === 'declined' ? 'agent' : 'customer'}
                    ></cx-satisfaction-survey>
                  </div>`,
              )}
            </div>`,
        )}
      </div>
      <style>
        .story-states {
          display: grid;
          grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
          gap: 16px;
        }
        .story-states > div {
          display: grid;
          gap: 16px;
        }
        .story-state-name {
          margin: 0 0 4px;
          font:
            600 12px/1.5 ui-monospace,
            monospace;
        }
        .story-dark-surface {
          background: var(--cx-color-surface);
          color: var(--cx-color-text);
          padding: 16px;
        }
      </style>`,
  play: async ({ canvasElement }) => {
    const surveys = [...canvasElement.querySelectorAll<CxSatisfactionSurvey>('[data-story-state]')];
    for (const el of surveys) await driveTo(el, el.dataset['storyState'] as ShownState);
    for (const el of surveys) {
      const state = el.dataset['storyState'];
      await waitFor(() => expect(el.shadowRoot!.querySelector(`[data-state="${state}"]`)).not.toBeNull());
    }
  },
};

/** Dark theme, whatever the toolbar says. */
export const Dark: Story = {
  render: () =>
    html`<div data-cx-theme="dark" class="story-dark-surface">
        <cx-satisfaction-survey preset="post-call" mode="agent"></cx-satisfaction-survey>
      </div>
      <style>
        .story-dark-surface {
          background: var(--cx-color-surface);
          color: var(--cx-color-text);
          padding: 16px;
        }
      </style>`,
  play: async ({ canvasElement }) => {
    const el = surveyIn(canvasElement);
    await waitFor(() => expect(radios(el, 'csat')).toHaveLength(5));
    radios(el, 'csat')[2]!.click();
    await el.submit();
  },
};
