// Shared by the survey widget's tests: a survey put in each state it can show, through the real path
// — the reference backend and its fault switches, real IndexedDB, the parts loaded on demand — never
// by setting private fields.
import { fixture, html } from '@open-wc/testing';
import '../../src/components/satisfaction-survey/satisfaction-survey.js';
import {
  surveyParts,
  type CxSatisfactionSurvey,
} from '../../src/components/satisfaction-survey/satisfaction-survey.component.js';
import { lazy } from '../../src/services/lazy.js';
import { SurveyOutbox } from '../../src/services/survey-outbox/outbox.js';
import type { SurveyAnswers } from '../../src/services/survey/model.js';
import type { PresetName } from '../../src/services/survey/presets.js';
import { dropDatabase, ManualScheduler, TestNetwork, until } from './outbox.js';
import { endpointOf, newSandbox, setFaults, uniqueName } from './reference-backend.js';

/** Every state the survey shows for its delivery, and the two error states of its definition. */
export const SURVEY_STATES = [
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

/** A state the survey shows. */
export type SurveyState = (typeof SURVEY_STATES)[number];

/** A valid set of answers for each preset (what a customer could give). */
export const PRESET_ANSWERS: Record<PresetName, SurveyAnswers> = {
  csat: { csat: 4 },
  nps: { nps: 9 },
  ces: { ces: 6 },
  fcr: { resolved: true },
  'post-call': { csat: 2, resolved: false, reasons: ['network', 'waiting-time'], comment: '信号差' },
  tcsi: {
    'brand-image': 8,
    'expected-quality': 7,
    'perceived-quality': 6,
    'perceived-value': 7,
    satisfaction: 8,
    complaints: 5,
    loyalty: 9,
  },
};

/** A definition the validator refuses (a duplicate id, an unknown type, an empty choice list). */
export const INVALID_SURVEY = {
  id: 'broken',
  locale: 'en',
  title: 'Broken',
  questions: [
    { id: 'score', type: 'rating', title: 'Score', min: 5, max: 1 },
    { id: 'score', type: 'stars', title: 'Duplicate id and unknown type' },
    { id: 'why', type: 'multi-choice', title: 'Why?', choices: [] },
  ],
};

/** A survey in a state, and what to undo afterwards. */
export interface SurveyInState {
  el: CxSatisfactionSurvey;
  /** The element's container (carries `lang` and `data-cx-theme`). */
  container: HTMLElement;
  /** Closes outboxes, drops databases, puts the loaded-on-demand parts back. */
  cleanup(): Promise<void>;
}

/** Where a survey is mounted and what it shows. */
export interface SurveyStateOptions {
  preset?: PresetName;
  mode?: 'customer' | 'agent';
  lang?: string;
  theme?: 'light' | 'dark';
}

/**
 * Mounts a survey and brings it into `state` the way an agent would meet it: answered and submitted
 * over the reference backend with a fault switched on, offline, declined, or with a definition that
 * could not be loaded or is invalid.
 */
export async function surveyInState(
  state: SurveyState,
  { preset = 'post-call', mode = 'customer', lang = 'en', theme = 'light' }: SurveyStateOptions = {},
): Promise<SurveyInState> {
  const sandbox = newSandbox(`state-${state}`);
  const databaseName = `cx-test-${uniqueName(`state-${state}`)}`;
  const network = new TestNetwork();
  const online = { value: state !== 'queued-offline' };
  network.offline = !online.value;
  const real = { ...surveyParts };
  const outbox = new SurveyOutbox({
    endpoint: endpointOf(sandbox),
    transport: network.transport(),
    databaseName,
    requestTimeoutMs: 30_000,
    retryBaseMs: 100,
    random: () => 0.5,
    scheduler: new ManualScheduler(), // a failed attempt is retried only when a test says so
    isOnline: () => online.value,
    onlineEvents: null,
  });
  if (state === 'sending') await setFaults(sandbox, [{ mode: 'timeout', times: 1 }]);
  if (state === 'retrying') await setFaults(sandbox, [{ mode: 'http500', times: 1 }]);
  // The outbox's code still on its way (a first submit before the page was idle).
  if (state === 'saving') surveyParts.delivery = lazy(() => new Promise<never>(() => undefined));
  if (state === 'load-failed')
    surveyParts.validator = lazy(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );

  const container = await fixture<HTMLElement>(
    html`<div lang=${lang} data-cx-theme=${theme}>
      <cx-satisfaction-survey mode=${state === 'declined' ? 'agent' : mode}></cx-satisfaction-survey>
    </div>`,
  );
  // The theme's surface behind the survey, as a host page (or the widget itself) paints it.
  container.style.background = 'var(--cx-color-surface)';
  const el = container.querySelector('cx-satisfaction-survey')!;
  const cleanup = async () => {
    el.remove();
    Object.assign(surveyParts, real);
    await outbox.close();
    await dropDatabase(databaseName);
  };
  try {
    if (state === 'load-failed' || state === 'invalid') {
      el.survey =
        state === 'invalid'
          ? INVALID_SURVEY
          : { ...INVALID_SURVEY, questions: [{ id: 'q', type: 'nps', title: 'Q' }] };
      await el.updateComplete;
      return { el, container, cleanup };
    }
    el.preset = preset;
    if (state !== 'saving') el.outbox = outbox;
    await el.updateComplete;
    if (state === 'idle') return { el, container, cleanup };
    if (state === 'failed') await outbox.close(); // this device cannot store the response
    if (state === 'declined') {
      void el.decline();
    } else {
      el.answers = PRESET_ANSWERS[preset];
      void el.submit();
    }
    await until(() => el.status === state, `${state} (is ${el.status})`);
    await el.updateComplete;
    return { el, container, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** The element that shows the survey's state: its words and its colour. */
export function stateIndicator(el: CxSatisfactionSurvey): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[data-state]');
}
