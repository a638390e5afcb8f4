import { consume } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { agentSessionContext, type AgentSession } from '../../context/agent-session.js';
import { CxErrorEvent, type CxErrorDetail } from '../../events/cx-error.js';
import { CxSurveyErrorEvent } from '../../events/cx-survey-error.js';
import { CxSurveySubmitEvent } from '../../events/cx-survey-submit.js';
import { CxSurveySubmittedEvent } from '../../events/cx-survey-submitted.js';
import { announce } from '../../internal/announcer.js';
import { CxElement } from '../../internal/cx-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { lazy } from '../../services/lazy.js';
import {
  copyAnswer,
  copyAnswers,
  isAnswered,
  validateAnswers,
  visibleAnswers,
  visibleQuestions,
  type AnswerIssue,
} from '../../services/survey/answers.js';
import {
  scaleOf,
  type SurveyAnswer,
  type SurveyAnswers,
  type SurveyDefinition,
  type SurveyIssue,
  type SurveyQuestion,
  type SurveyValidation,
} from '../../services/survey/model.js';
import { getPreset, PRESET_NAMES } from '../../services/survey/presets.js';
import { scoreResponse } from '../../services/survey/scoring.js';
import { createResponseId } from '../../services/survey-outbox/response-id.js';
import type { DeliveryStatus, SurveyOutbox } from '../../services/survey-outbox/outbox.js';
import {
  surveyEn,
  surveyZhCN,
  type SurveyPhase,
  type SurveyTerms,
} from '../../translations/satisfaction-survey.js';
import type * as DeliveryModule from './delivery.js';
import { styles } from './satisfaction-survey.styles.js';

/** This widget's terms, registered by its localize controller when the first element is created. */
const TERMS = { en: surveyEn, 'zh-cn': surveyZhCN };

/** Where the widget is: answering (`idle`) or a submitted response's progress. */
export type SurveyStatus = 'idle' | SurveyPhase;

/** Keys of this widget's terms. */
type TermKey = keyof SurveyTerms;
/** What a term takes: nothing for a plain string, its parameters for a function. */
type TermArgs<K extends TermKey> = SurveyTerms[K] extends (...args: infer A) => unknown ? A : [];

/** How long answers rest before they are autosaved (ms). */
const AUTOSAVE_DELAY_MS = 400;

type Scalar = number | boolean | string;

/** One option of a radio group (scale point, yes / no, choice). */
interface RadioOption {
  readonly value: Scalar;
  /** Accessible name. */
  readonly name: string;
  /** What is drawn. */
  readonly face: TemplateResult | string;
}

/**
 * Parts a page loads only when it needs them, so a survey renders before they are fetched and parsed:
 * the outbox and drafts (IndexedDB, HTTP; loaded when the page is idle after a survey appears, or at
 * the first submit), and the definition validator with valibot (only for a host's own `survey`: the
 * presets are stored already validated). Replaceable in tests, to see a part fail to load.
 * @internal
 */
export const surveyParts = {
  delivery: lazy(() => import('./delivery.js')),
  validator: lazy(() => import('../../services/survey/validate.js')),
};

const DEFAULT_ENDPOINT = '/api/survey-responses';

/**
 * The properties checked before each update: the type (or the values) each takes, and its default,
 * which replaces a value it does not take (unset takes the default silently).
 */
const PROPERTY_RULES = [
  ['preset', 'string'],
  ['mode', ['customer', 'agent'], 'customer'],
  ['interactionId', 'string'],
  ['customerId', 'string'],
  ['agentId', 'string'],
  ['endpoint', 'string', DEFAULT_ENDPOINT],
  ['name', 'string'],
  ['disabled', 'boolean', false],
  ['hideSubmit', 'boolean', false],
  ['outbox', 'object'],
] as const;

type CheckedProperty = (typeof PROPERTY_RULES)[number][0];

/** Whether `value` is one that property `key` takes. */
function takes(key: CheckedProperty, value: unknown): boolean {
  const kind = PROPERTY_RULES.find((rule) => rule[0] === key)![1];
  if (typeof kind !== 'string') return (kind as readonly unknown[]).includes(value);
  try {
    return (
      typeof value === kind &&
      // An outbox is duck-typed (one from another copy of cx-desk on the page works too); an endpoint
      // is a path or an http(s) URL, never javascript:, data: or file:.
      (key === 'outbox'
        ? typeof (value as SurveyOutbox).enqueue === 'function'
        : key !== 'endpoint' || !/^(?!https?:)[a-z][\w+.-]*:/i.test(value as string))
    );
  } catch {
    return false; // a revoked proxy, a getter that throws
  }
}

/** A value described for a message without converting it (a symbol or a null-prototype object would throw). */
function describeValue(value: unknown): string {
  return typeof value === 'string'
    ? `"${value.slice(0, 40)}"`
    : Array.isArray(value)
      ? 'a list'
      : `${typeof value}`;
}

/** Delivery errors already reported as missing a term on this page: `language|code`. */
const missingTerms = new Set<string>();

/** One star, the same for every option: a template without bindings, cloned. */
const STAR_ICON = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <polygon
    points="12 2.5 14.9 8.6 21.5 9.3 16.5 13.8 17.9 20.4 12 17 6.1 20.4 7.5 13.8 2.5 9.3 9.1 8.6"
  ></polygon>
</svg>`;

let instances = 0;

/**
 * @tag cx-satisfaction-survey
 * @summary A satisfaction survey (CSAT, NPS, CES, first-contact resolution, reasons, comments) for
 * customers or read aloud by an agent; a form control whose submitted responses are never lost.
 *
 * Every state it shows says so in words and in its own token colour (text and bar, light and dark),
 * on the element with `data-state`: `idle` "Not submitted yet" (text-muted) · `saving` (info mixed
 * with text-muted) · `sending` (info) · `sent` (success) · `queued-offline` "Saved offline" (warning)
 * · `retrying` (warning mixed with danger) · `failed` (danger) · `declined` (text) · `load-failed`
 * and `invalid`, the definition's error states (danger mixed with text, and with text-muted), whose
 * technical details (paths, the browser's error) sit in a disclosure and in `cx-error`.
 *
 * A property of the wrong kind (a number as an id, an object as `mode`, a `javascript:` endpoint…)
 * never throws: it is reported with `cx-error` (`path` names the property; a fixed set lists its
 * values) and its default is used until a valid value comes.
 *
 * @fires {CxSurveySubmitEvent} cx-survey-submit - Before a response is saved and sent; cancelable (the host then sends it itself).
 * @fires {CxSurveySubmittedEvent} cx-survey-submitted - The response is safe: `queued` once stored on this device but not yet acknowledged, `sent` when the server acknowledged it.
 * @fires {CxSurveyErrorEvent} cx-survey-error - A delivery attempt failed; the response stays in the outbox and is retried (`willRetry`).
 * @fires {CxErrorEvent} cx-error - The survey definition, preset or mode is invalid, or a property got a value it does not take (named in `path`; the default is used instead).
 * @fires {Event} input - An answer changed (also each keystroke in a comment).
 * @fires {Event} change - An answer was committed (a rating chosen, a box ticked, a comment left).
 *
 * @cssprop [--cx-satisfaction-survey-accent-color] - Selected ratings and the submit button.
 * @cssprop [--cx-satisfaction-survey-star-color] - Filled stars.
 * @cssprop [--cx-satisfaction-survey-gap] - Space between questions.
 * @cssprop [--cx-satisfaction-survey-option-size] - Size of one rating option (min 24 px target).
 * @cssprop [--cx-satisfaction-survey-read-aloud-background] - Background of the agent's read-aloud text.
 *
 * @csspart form - The survey form.
 * @csspart title - The survey title.
 * @csspart question - One question (also `question-{type}`).
 * @csspart legend - A question's text.
 * @csspart read-aloud - Words the agent reads (agent mode).
 * @csspart scale - A rating, NPS, CES, yes-no or single-choice radio group.
 * @csspart option - One option of a radio group (also `option-checked`).
 * @csspart choices - The boxes of a multi-choice question.
 * @csspart text - A comment field.
 * @csspart error - An answer's error, or the list of definition problems.
 * @csspart actions - The submit and decline buttons.
 * @csspart submit - The submit button.
 * @csspart decline - The "customer declined" button.
 * @csspart status - The delivery status line (a polite live region; `data-state` names the state).
 */
export class CxSatisfactionSurvey extends CxElement {
  static override tagName = 'cx-satisfaction-survey';
  static override styles = styles;
  /** Takes part in a host `<form>`: value, validation, reset, state restore. */
  static formAssociated = true;

  /** The survey definition (property only); validated, wins over `preset`. */
  @property({ attribute: false }) survey: unknown;

  /** A built-in survey: `csat`, `nps`, `ces`, `fcr`, `post-call` or `tcsi`, in the nearest `lang`. */
  @property() preset: string | undefined;

  /** `customer` (the customer answers) or `agent` (an agent reads the questions and records the answers). */
  @property({ reflect: true }) mode: 'customer' | 'agent' = 'customer';

  /** Interaction the response belongs to; keys the autosaved draft (default: from `cx-agent-session`). */
  @property({ attribute: 'interaction-id' }) interactionId: string | undefined;

  /** Customer who answers (default: from `cx-agent-session`). */
  @property({ attribute: 'customer-id' }) customerId: string | undefined;

  /** Agent recording or inviting the response (default: from `cx-agent-session`). */
  @property({ attribute: 'agent-id' }) agentId: string | undefined;

  /** URL the responses are POSTed to, resolved against the session's API base. */
  @property() endpoint = '/api/survey-responses';

  /** Name of the form field whose value is the answers as JSON. */
  @property({ reflect: true }) name: string | undefined;

  /** Disables every answer and the buttons. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Hides the built-in submit button (when a host form or script submits). */
  @property({ type: Boolean, attribute: 'hide-submit' }) hideSubmit = false;

  /** A survey outbox to use instead of the page's shared one for `endpoint` (property only; the host starts it). */
  @property({ attribute: false }) outbox: SurveyOutbox | undefined;

  @consume({ context: agentSessionContext, subscribe: true })
  @state()
  private session: AgentSession | undefined;

  @state() private answerState: SurveyAnswers = {};
  @state() private phase: SurveyStatus = 'idle';
  @state() private showErrors = false;
  @state() private restoring = false;
  @state() private formDisabled = false;
  @state() private note = '';
  /** The definition's part could not be fetched (shown with a Retry button). */
  @state() private loadFailed = false;

  private readonly internals: ElementInternals;
  private readonly localize = new LocalizeController(this, TERMS);
  private readonly uid = `cxs${++instances}`;
  private definition: SurveyDefinition | undefined;
  private problems: SurveyIssue[] = [];
  private pendingErrors: CxErrorDetail[] = [];
  private definitionKey = '';
  /** Bumped whenever the definition is looked up again, so a late load never shows a stale survey. */
  private definitionRequest = 0;
  /** Set while a host's definition waits for the validator to load. */
  private definitionPending: Promise<void> | undefined;
  private draftKey = '';
  private currentResponseId: string | undefined;
  private failure: { code: string; message: string } | undefined;
  private declined = false;
  private queuedReported = false;
  /** Whether the outbox has reported on the current response since it was handed over. */
  private statusSeen = false;
  private touched = new Set<string>();
  /** Bumped by every answer change, so a draft that arrives late never overwrites newer answers. */
  private edits = 0;
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | undefined;
  private cancelIdle: (() => void) | undefined;
  private pendingFocus: { questionId: string; index: number } | undefined;
  /** The answer problems the last render found, reused for the form validity. */
  private renderedIssues: AnswerIssue[] | undefined;
  private startedAt = new Date().toISOString();

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', this.handleInvalid);
  }

  /** The answers by question id (a copy); setting it replaces them. */
  get answers(): SurveyAnswers {
    return copyAnswers(this.answerState);
  }
  set answers(value: SurveyAnswers | null | undefined) {
    // Only answer-shaped entries are kept (and copied): a host's object never leaks in, never throws.
    const kept: SurveyAnswers = {};
    let dropped = 0;
    try {
      if (isPlainObject(value)) {
        for (const [id, answer] of Object.entries(value)) {
          if (isAnswerShape(answer)) kept[id] = copyAnswer(answer);
          else dropped += 1;
        }
      } else if (value !== null && value !== undefined) dropped += 1;
    } catch {
      dropped += 1; // a getter that throws, a revoked proxy
    }
    if (dropped > 0) {
      this.queueError({
        code: 'invalid-property',
        path: 'answers',
        message: `answers must map question ids to numbers, booleans, strings or string lists; ${dropped} value(s) ignored`,
        severity: 'warning',
      });
    }
    this.answerState = kept;
    this.edits += 1;
  }

  /** The form value: the visible answers as JSON. */
  get value(): string {
    return JSON.stringify(this.definition ? visibleAnswers(this.definition, this.answerState) : {});
  }

  /** The validated survey being shown, or undefined (empty or invalid). */
  get definitionShown(): SurveyDefinition | undefined {
    return this.definition;
  }

  /**
   * Progress of the last response: `idle`, `saving` (at a first submit, while the outbox's code is
   * still being fetched), `sending` (handed to the outbox, which stores it before it POSTs), `sent`,
   * `queued-offline`, `retrying`, `failed` (this device could not store it; the answers stay),
   * `declined`.
   */
  get status(): SurveyStatus {
    return this.phase;
  }

  /** Id of the last submitted response. */
  get responseId(): string | undefined {
    return this.currentResponseId;
  }

  /** The form this survey belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The survey's validity (required questions unanswered, values out of range). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message of the first problem, in the user's language. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the survey takes part in form validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** The type of form control, for FormData consumers. */
  get type(): string {
    return CxSatisfactionSurvey.tagName;
  }

  /** Whether the answers are valid (fires `invalid` when not). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and shows the problems. */
  reportValidity(): boolean {
    this.showErrors = true;
    return this.internals.reportValidity();
  }

  /**
   * Submits the answers: validates, fires `cx-survey-submit`, stores the response in the outbox, then
   * sends it. Resolves with the response id once stored, or undefined when blocked or cancelled.
   */
  async submit(): Promise<string | undefined> {
    if (!this.definition || this.isBusy || this.isDisabled) return undefined;
    const check = validateAnswers(this.definition, this.answerState);
    if (!check.ok) {
      this.showErrors = true;
      await this.updateComplete;
      announce(this.term('surveyProblemsAnnounce', check.issues.length), 'polite', this.localize.lang());
      this.focusQuestion(check.issues[0]!.questionId);
      return undefined;
    }
    return this.send(false);
  }

  /** Agent mode: records that the customer declined the survey (stored and sent like an answer). */
  async decline(): Promise<string | undefined> {
    if (!this.isAgent || !this.definition || this.isBusy || this.isDisabled) return undefined;
    return this.send(true);
  }

  /** Clears every answer, the draft and the status (also what a host form's reset does). */
  reset(): void {
    this.answerState = {};
    this.edits += 1;
    this.touched = new Set();
    this.showErrors = false;
    this.stopWatching();
    this.phase = 'idle';
    this.currentResponseId = undefined;
    this.failure = undefined;
    this.declined = false;
    this.note = '';
    this.startedAt = new Date().toISOString();
    this.cancelAutosave();
    const draft = this.draftIdentity();
    if (draft) withDrafts((drafts) => drafts.clear(draft.surveyId, draft.interactionId));
  }

  /** @internal Form reset. */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal Restores the answers the browser kept (back / forward navigation, autofill). */
  formStateRestoreCallback(stateValue: string | File | FormData | null): void {
    if (typeof stateValue !== 'string') return;
    try {
      const parsed: unknown = JSON.parse(stateValue);
      if (isPlainObject(parsed)) this.answers = parsed as SurveyAnswers;
    } catch {
      // A state this version did not write: keep the current answers.
    }
  }

  /** @internal Disabled by an ancestor fieldset or form. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('pagehide', this.flushAutosave);
    const responseId = this.currentResponseId;
    if (responseId && !this.unsubscribe && this.isPending) {
      void this.deliveryOutbox().then((outbox) => {
        if (this.isConnected && !this.unsubscribe && this.currentResponseId === responseId && this.isPending)
          this.watch(responseId, outbox);
      }, noop);
    }
    // Once the page is idle, fetch the delivery part and open the page's outbox for this endpoint: it
    // replays what an earlier page left unsent, and a submit later only has to write one record.
    this.cancelIdle = whenIdle(() => {
      this.cancelIdle = undefined;
      if (this.isConnected) void this.deliveryOutbox().catch(noop); // tried again at submit
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('pagehide', this.flushAutosave);
    this.flushAutosave();
    this.stopWatching();
    this.cancelIdle?.();
    this.cancelIdle = undefined;
  }

  private get isBusy(): boolean {
    return this.phase !== 'idle' && this.phase !== 'failed';
  }

  private get isPending(): boolean {
    return (
      this.phase === 'saving' ||
      this.phase === 'sending' ||
      this.phase === 'retrying' ||
      this.phase === 'queued-offline'
    );
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private get isAgent(): boolean {
    return this.mode === 'agent';
  }

  private get effectiveInteractionId(): string | undefined {
    return blankToUndefined(this.interactionId) ?? this.session?.interactionId;
  }

  private draftIdentity(): { surveyId: string; interactionId: string } | undefined {
    const interactionId = this.effectiveInteractionId;
    return this.definition && interactionId ? { surveyId: this.definition.id, interactionId } : undefined;
  }

  // update(), not willUpdate(): the localize controller forgets the old lang only after willUpdate.
  protected override update(changed: PropertyValues<this>): void {
    this.prepare(changed);
    super.update(changed);
  }

  private prepare(changed: PropertyValues<this>): void {
    // A value of the wrong kind is replaced before anything reads (or reflects) it.
    for (const [key, kind, fallback] of PROPERTY_RULES) {
      const value: unknown = this[key];
      if (!changed.has(key) || value === fallback || takes(key, value)) continue;
      if (value !== undefined && value !== null) {
        this.queueError({
          code: typeof value === 'string' ? 'unknown-value' : 'invalid-property',
          path: key,
          message: `${key} must be ${typeof kind !== 'string' ? kind.join(' or ') : key === 'preset' ? `one of ${PRESET_NAMES.join(', ')}` : `a ${kind}`}; ${describeValue(value)} is replaced by the default`,
          severity: 'warning',
        });
      }
      (this as Record<CheckedProperty, unknown>)[key] = fallback;
    }
    // Reflected now, not after the render: the attribute is what tells the browser, and the browser
    // answers with formDisabledCallback (which folds in a disabled fieldset) before this render.
    if (changed.has('disabled')) this.toggleAttribute('disabled', this.disabled);
    // The preset's language follows the nearest lang, so it is looked at on every update (cheap: cached).
    const presetLanguage = this.survey === undefined || this.survey === null ? this.localize.lang() : '';
    const key = `${presetLanguage}\u0000${this.preset ?? ''}`;
    if (changed.has('survey') || key !== this.definitionKey) {
      this.definitionKey = key;
      this.loadDefinition(presetLanguage);
    }
    const draft = this.draftIdentity();
    const draftKey = draft ? `${draft.surveyId}\u0000${draft.interactionId}` : '';
    if (draftKey !== this.draftKey) {
      this.draftKey = draftKey;
      if (draft) void this.restoreDraft(draft.surveyId, draft.interactionId);
    }
  }

  /**
   * Looks the definition up: a host's `survey` validated, or a preset in `language`. A host's survey
   * waits for the validator the first time (valibot, fetched on demand); `updateComplete` waits too.
   */
  private loadDefinition(language: string): void {
    const previousId = this.definition?.id;
    const request = ++this.definitionRequest;
    this.definitionPending = undefined;
    const survey = this.survey;
    if (survey !== undefined && survey !== null) {
      const module = surveyParts.validator.get();
      if (module) this.showDefinition(module.validateSurvey(survey), previousId);
      else
        this.waitForDefinition(request, previousId, async () =>
          (await surveyParts.validator.load()).validateSurvey(survey),
        );
    } else if (this.preset) {
      const preset = getPreset(this.preset, language);
      this.showDefinition(
        preset
          ? { ok: true, survey: preset }
          : {
              ok: false,
              issues: [
                {
                  path: 'preset',
                  message: `There is no preset survey called ${describeValue(this.preset)}; use ${PRESET_NAMES.join(', ')}.`,
                },
              ],
            },
        previousId,
      );
    } else {
      this.showDefinition(undefined, previousId);
    }
  }

  private waitForDefinition(
    request: number,
    previousId: string | undefined,
    load: () => Promise<SurveyValidation>,
  ): void {
    this.definition = undefined;
    this.problems = [];
    const pending = load().then(
      (result) => {
        if (request === this.definitionRequest) this.showDefinition(result, previousId);
      },
      (error: unknown) => {
        if (request !== this.definitionRequest) return;
        // A part that cannot be fetched (offline, a blocked chunk): say so; Retry looks it up again.
        this.loadFailed = true;
        this.showDefinition(
          { ok: false, issues: [{ path: '', message: `could not be loaded: ${(error as Error)?.message}` }] },
          previousId,
          'load-failed',
        );
      },
    );
    this.definitionPending = pending.finally(() => {
      if (request === this.definitionRequest) {
        this.definitionPending = undefined;
        this.requestUpdate();
      }
    });
  }

  /** Shows a looked-up definition (or its problems, each also reported as `cx-error`). */
  private showDefinition(
    result: SurveyValidation | undefined,
    previousId: string | undefined,
    code: CxErrorDetail['code'] = 'invalid-data',
  ): void {
    if (code !== 'load-failed') this.loadFailed = false;
    this.definition = result?.ok ? result.survey : undefined;
    this.problems = result && !result.ok ? result.issues : [];
    for (const { path, message } of this.problems.slice(0, 20)) {
      // Paths start at the property (`survey.questions.2.type`), as in every cx-error.
      this.queueError(
        path === 'preset'
          ? { code: 'unknown-value', path, message }
          : { code, path: path ? `survey.${path}` : 'survey', message },
      );
    }
    if (this.definition?.id !== previousId) {
      this.showErrors = false;
      this.touched = new Set();
    }
    this.requestUpdate();
  }

  /** Looks the definition up again after a part failed to load. */
  private handleRetryLoad(): void {
    this.definitionKey = '';
    this.requestUpdate();
  }

  /** @internal Waits, besides the render, for a definition that is still loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.definitionPending) {
      await this.definitionPending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private async restoreDraft(surveyId: string, interactionId: string): Promise<void> {
    const editsBefore = this.edits;
    this.restoring = true;
    try {
      const { sharedDraftStore } = await surveyParts.delivery.load();
      const draft = await sharedDraftStore().load(surveyId, interactionId);
      const stillSame = this.draftIdentity();
      if (
        !draft ||
        this.edits !== editsBefore ||
        this.phase !== 'idle' ||
        stillSame?.surveyId !== surveyId ||
        stillSame.interactionId !== interactionId
      )
        return;
      const known = new Set(this.definition?.questions.map((question) => question.id));
      const restored: SurveyAnswers = {};
      for (const [id, answer] of Object.entries(draft.answers)) {
        if (known.has(id) && isAnswerShape(answer)) restored[id] = answer;
      }
      if (Object.keys(restored).length === 0) return;
      this.answerState = restored;
      this.note = this.term('surveyRestored');
    } catch {
      // A draft that cannot be read is only a convenience lost.
    } finally {
      this.restoring = false;
    }
  }

  protected override updated(): void {
    this.syncForm();
    if (this.pendingFocus) {
      const { questionId, index } = this.pendingFocus;
      this.pendingFocus = undefined;
      this.renderRoot
        .querySelector<HTMLElement>(`[data-question="${questionId}"] [data-index="${index}"]`)
        ?.focus();
    }
    const errors = this.pendingErrors;
    this.pendingErrors = [];
    for (const error of errors) this.dispatchEvent(new CxErrorEvent({ ...error }));
  }

  /** Form value, restore state and validity, anchored to the first invalid control. */
  private syncForm(): void {
    const survey = this.definition;
    // The state the browser restores on reload (Firefox does on a plain reload): answers being
    // filled in, never answers already handed over, which would come back to be sent again.
    const handedOver = this.phase !== 'idle' && this.phase !== 'failed';
    this.internals.setFormValue(this.value, handedOver ? null : JSON.stringify(this.answerState));
    if (!survey || this.phase === 'sent' || this.phase === 'declined') {
      this.internals.setValidity({});
      return;
    }
    const first = (this.renderedIssues ?? validateAnswers(survey, this.answerState).issues)[0];
    this.renderedIssues = undefined;
    if (!first) {
      this.internals.setValidity({});
      return;
    }
    const question = survey.questions.find((candidate) => candidate.id === first.questionId)!;
    const anchor = this.controlOf(first.questionId);
    const message = `${question.title} ${this.problemText(first)}`;
    const flags: ValidityStateFlags =
      first.code === 'required'
        ? { valueMissing: true }
        : first.code === 'too-long'
          ? { tooLong: true }
          : first.code === 'range'
            ? Number(this.answerState[first.questionId]) < (first.limit ?? 0)
              ? { rangeUnderflow: true }
              : { rangeOverflow: true }
            : { customError: true };
    this.internals.setValidity(flags, message, anchor ?? undefined);
  }

  private controlOf(questionId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(
      `[data-question="${questionId}"] [tabindex="0"], [data-question="${questionId}"] input, [data-question="${questionId}"] textarea`,
    );
  }

  private focusQuestion(questionId: string): void {
    this.controlOf(questionId)?.focus();
  }

  /** A term of this widget in the user's language (the localize controller keeps each language's data). */
  private term<K extends TermKey>(key: K, ...args: TermArgs<K>): string {
    return (this.localize.term as (name: string, ...values: unknown[]) => string)(key, ...args);
  }

  private queueError(error: Omit<CxErrorDetail, 'source'>): void {
    this.pendingErrors.push({ ...error, source: CxSatisfactionSurvey.tagName });
  }

  // ---------------------------------------------------------------- answering

  private setAnswer(questionId: string, answer: SurveyAnswer | undefined, commit: boolean): void {
    if (this.isDisabled || this.isBusy) return;
    const next = Object.fromEntries(Object.entries(this.answerState).filter(([id]) => id !== questionId));
    if (answer !== undefined && isAnswered(answer)) next[questionId] = answer;
    this.answerState = next;
    this.edits += 1;
    this.touched.add(questionId);
    this.note = '';
    if (this.phase === 'failed') this.phase = 'idle';
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (commit) this.dispatchEvent(new Event('change', { bubbles: true }));
    this.scheduleAutosave();
  }

  private scheduleAutosave(): void {
    if (!this.draftIdentity()) return;
    this.cancelAutosave();
    this.autosaveTimer = setTimeout(this.flushAutosave, AUTOSAVE_DELAY_MS);
  }

  private cancelAutosave(): void {
    if (this.autosaveTimer !== undefined) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
  }

  private readonly flushAutosave = (): void => {
    if (this.autosaveTimer === undefined) return;
    this.cancelAutosave();
    const draft = this.draftIdentity();
    if (!draft || this.phase !== 'idle') return;
    const answers = this.answerState;
    withDrafts((drafts) => drafts.save(draft.surveyId, draft.interactionId, answers));
  };

  private readonly handleInvalid = (): void => {
    this.showErrors = true;
  };

  /** Native events of the inner controls stop here; the host fires its own `input` / `change`. */
  private handleInnerEvent(event: Event): void {
    event.stopPropagation();
  }

  private handleFormSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.submit();
  }

  private handleRadioKey(
    event: KeyboardEvent,
    question: SurveyQuestion,
    options: readonly RadioOption[],
  ): void {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[role="radio"]');
    if (!target || this.isDisabled || this.isBusy) return;
    const index = Number(target.dataset['index']);
    const count = options.length;
    const forward = this.localize.dir() === 'rtl' ? -1 : 1;
    const next = {
      ArrowRight: index + forward,
      ArrowDown: index + 1,
      ArrowLeft: index - forward,
      ArrowUp: index - 1,
      Home: 0,
      End: count - 1,
      ' ': index,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    // The APG radio group wraps around at both ends.
    this.selectOption(question, options, (next + count) % count);
  }

  private selectOption(
    question: SurveyQuestion,
    options: readonly RadioOption[],
    index: number,
    moveFocus = true,
  ): void {
    const option = options[index];
    if (!option) return;
    // Keys move focus with the selection; a click has focused the option already (focusing again
    // would force a style and layout pass per click).
    if (moveFocus) this.pendingFocus = { questionId: question.id, index };
    this.setAnswer(question.id, option.value, true);
    this.requestUpdate();
  }

  private toggleChoice(questionId: string, value: string, checked: boolean): void {
    const current = this.answerState[questionId];
    const list = Array.isArray(current) ? current.filter((item) => item !== value) : [];
    if (checked) list.push(value);
    this.setAnswer(questionId, list, true);
  }

  // ---------------------------------------------------------------- submitting

  private async send(declined: boolean): Promise<string | undefined> {
    const survey = this.definition!;
    const responseId =
      this.phase === 'failed' && this.currentResponseId ? this.currentResponseId : createResponseId();
    const answers = declined ? {} : visibleAnswers(survey, this.answerState);
    const scores = declined ? {} : scoreResponse(survey, this.answerState);
    const session = this.session;
    const meta = {
      interactionId: this.effectiveInteractionId ?? null,
      customerId: blankToUndefined(this.customerId) ?? session?.customerId ?? null,
      agentId: blankToUndefined(this.agentId) ?? session?.agentId ?? null,
      mode: this.isAgent ? 'agent' : 'customer',
      locale: survey.locale,
      declined,
      startedAt: this.startedAt,
      submittedAt: new Date().toISOString(),
    };
    const event = new CxSurveySubmitEvent({
      responseId,
      surveyId: survey.id,
      answers: copyAnswers(answers),
      scores: { ...scores },
      meta: { ...meta },
    });
    if (!this.dispatchEvent(event)) return undefined;

    this.currentResponseId = responseId;
    this.declined = declined;
    this.queuedReported = false;
    this.failure = undefined;
    this.cancelAutosave();
    this.statusSeen = false;
    try {
      let outbox = this.readyOutbox();
      if (!outbox) {
        // The outbox's code is still being fetched (a first submit before the page was idle): the
        // response is being saved, not yet on its way.
        this.phase = 'saving';
        outbox = await this.deliveryOutbox();
        if (this.currentResponseId !== responseId) return undefined; // reset while the part loaded
      }
      // Handed to the outbox, the response is on its way: the outbox writes it to IndexedDB before it
      // POSTs anything, so the sending state is shown now rather than after the write; should the
      // write fail, the form comes back with the answers (status `failed`). The returned promise still
      // waits for the write.
      this.phase = 'sending';
      void this.updateComplete.then(() => {
        if (this.currentResponseId === responseId && this.phase !== 'failed')
          this.renderRoot.querySelector<HTMLElement>('.done')?.focus();
      });
      this.watch(responseId, outbox);
      const status = await outbox.enqueue({ responseId, surveyId: survey.id, answers, scores, meta });
      // The subscription has normally seen the status already; apply it only if it has not.
      if (!this.statusSeen && this.currentResponseId === responseId)
        this.applyStatus(outbox.statusOf(responseId) ?? status);
    } catch (error) {
      this.stopWatching();
      const message = error instanceof Error ? error.message : String(error);
      this.failure = { code: 'storage', message };
      this.phase = 'failed';
      this.dispatchEvent(new CxSurveyErrorEvent({ responseId, code: 'storage', message, willRetry: false }));
      return undefined;
    }
    const draft = this.draftIdentity();
    if (draft) withDrafts((drafts) => drafts.clear(draft.surveyId, draft.interactionId));
    await this.updateComplete;
    return responseId;
  }

  /** The host's outbox, or the page's for `endpoint` (fetching the delivery part first if needed). */
  private async deliveryOutbox(): Promise<SurveyOutbox> {
    return this.readyOutbox() ?? (await surveyParts.delivery.load(), this.readyOutbox()!);
  }

  /** The outbox to use now, or undefined while the delivery part is not loaded. */
  private readyOutbox(): SurveyOutbox | undefined {
    // Read at any time (a host may call submit() right after setting a property): checked again here.
    if (this.outbox && takes('outbox', this.outbox)) return this.outbox;
    const endpoint = takes('endpoint', this.endpoint) && this.endpoint ? this.endpoint : DEFAULT_ENDPOINT;
    return surveyParts.delivery.get()?.sharedOutbox(endpoint, this.session?.services.transport);
  }

  private watch(responseId: string, outbox: SurveyOutbox): void {
    this.stopWatching();
    this.unsubscribe = outbox.subscribe((status) => {
      if (status.responseId !== responseId) return;
      this.statusSeen = true;
      this.applyStatus(status);
    });
  }

  private stopWatching(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private applyStatus(status: DeliveryStatus): void {
    if (status.responseId !== this.currentResponseId) return;
    const previous = this.phase;
    switch (status.state) {
      case 'queued':
      case 'sending':
        // "queued" while another tab sends it, or just stored: either way it is on its way.
        if (previous === 'saving' || previous === 'sending') this.phase = 'sending';
        else if (previous === 'retrying' || previous === 'queued-offline') this.phase = 'sending';
        break;
      case 'sent':
        this.phase = this.declined ? 'declined' : 'sent';
        this.stopWatching();
        if (previous !== 'sent' && previous !== 'declined') {
          this.dispatchEvent(new CxSurveySubmittedEvent({ responseId: status.responseId, status: 'sent' }));
        }
        break;
      case 'queued-offline':
      case 'retrying':
        this.phase = status.state;
        if (status.error) this.failure = { code: status.error.code, message: status.error.message };
        if (!this.queuedReported) {
          this.queuedReported = true;
          this.dispatchEvent(new CxSurveySubmittedEvent({ responseId: status.responseId, status: 'queued' }));
        }
        if (status.state === 'retrying') {
          this.dispatchEvent(
            new CxSurveyErrorEvent({
              responseId: status.responseId,
              code: status.error?.code ?? 'unknown',
              message: status.error?.message ?? 'delivery failed',
              willRetry: true,
            }),
          );
        }
        break;
    }
  }

  private handleRetryNow(): void {
    if (this.phase === 'failed') {
      void this.send(this.declined);
      return;
    }
    this.deliveryOutbox()
      .then((outbox) => outbox.flush())
      .catch(noop);
  }

  // ---------------------------------------------------------------- rendering

  private problemText(issue: AnswerIssue): string {
    return this.term('surveyProblem', issue.code, issue.limit);
  }

  protected override render(): TemplateResult {
    const label = this.definition?.title ?? this.term('surveyRegionLabel');
    const loading = !this.definition && this.definitionPending !== undefined;
    return html`<section class="survey" aria-label=${label} aria-busy=${loading ? 'true' : 'false'}>
      ${
        this.definition
          ? this.renderBody(this.definition)
          : loading
            ? html`<p class="loading">${this.localize.term('loading')}</p>`
            : this.renderProblems()
      }
      <p
        part="status"
        role="status"
        class="status"
        id="${this.uid}-status"
        data-state=${this.definition ? this.phase : nothing}
      >
        ${this.definition ? this.statusText() : nothing}
      </p>
    </section>`;
  }

  /** The delivery state in words: each state has its own, besides its own colour. */
  private statusText(): string {
    if (this.restoring) return this.term('surveyRestoring');
    if (this.phase === 'idle') return this.note || this.term('surveyPhase', 'idle');
    const words = this.term('surveyPhase', this.phase);
    const reason =
      (this.phase === 'retrying' || this.phase === 'failed') && this.failure
        ? ` ${this.failureText(this.failure.code)}`
        : '';
    return `${words}${reason}`;
  }

  /** A delivery error in words; a code without a term gets the generic words and one warning per page. */
  private failureText(code: string): string {
    // Not a string for a code the table lacks (which may name an Object.prototype member).
    const words: unknown = this.term('surveyFailureReason', code);
    if (typeof words === 'string') return words;
    const lang = this.localize.lang();
    const key = `${lang}|${code}`;
    if (!missingTerms.has(key)) {
      missingTerms.add(key);
      console.warn(`[cx-desk] cx-satisfaction-survey: no ${lang} term for the delivery error "${code}"`);
    }
    return this.term('surveyFailureUnknown');
  }

  private renderProblems(): TemplateResult {
    if (this.problems.length === 0) {
      return html`<p class="empty">${this.term('surveyEmpty')}</p>`;
    }
    // What the agent can do, in their language; what is wrong, for whoever set the survey up, in a
    // disclosure (the same as the cx-error details).
    return html`<div part="error" class="problems">
      <p class="problems-title" data-state=${this.loadFailed ? 'load-failed' : 'invalid'}>
        ${this.term(this.loadFailed ? 'surveyLoadFailed' : 'surveyInvalid')}
      </p>
      <details>
        <summary>${this.localize.term('errorDetails')}</summary>
        <ul lang="en" translate="no">
          ${this.problems.map(({ path, message }) => html`<li>${path ? html`<code>${path}</code> ` : nothing}${message}</li>`)}
        </ul>
      </details>
      ${
        this.loadFailed
          ? html`<button type="button" class="secondary" @click=${this.handleRetryLoad}>
              ${this.localize.term('retry')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderBody(survey: SurveyDefinition): TemplateResult {
    const done = this.phase !== 'idle' && this.phase !== 'failed' && this.phase !== 'saving';
    const hasRequired = survey.questions.some((question) => question.required);
    return html`<div class="head" lang=${survey.locale}>
        <h2 part="title" class="title">${survey.title}</h2>
        ${survey.description ? html`<p class="description">${survey.description}</p>` : nothing}
      </div>
      ${
        done
          ? html`<div class="done" tabindex="-1" role="group" aria-labelledby="${this.uid}-status">
              ${this.declined && this.phase !== 'declined' ? html`<p>${this.term('surveyDeclinedDone')}</p>` : nothing}
              ${
                this.currentResponseId
                  ? html`<p class="reference">${this.term('surveyResponseId', this.currentResponseId)}</p>`
                  : nothing
              }
              ${
                this.phase === 'retrying' || this.phase === 'queued-offline'
                  ? html`<button type="button" class="secondary" @click=${this.handleRetryNow}>
                      ${this.term('surveyRetryNow')}
                    </button>`
                  : nothing
              }
            </div>`
          : this.renderForm(survey, hasRequired)
      }`;
  }

  private renderForm(survey: SurveyDefinition, hasRequired: boolean): TemplateResult {
    const questions = visibleQuestions(survey, this.answerState);
    const issues = new Map<string, AnswerIssue>();
    this.renderedIssues = validateAnswers(survey, this.answerState).issues;
    for (const issue of this.renderedIssues) issues.set(issue.questionId, issue);
    const disabled = this.isDisabled || this.phase === 'saving';
    return html`<form
      part="form"
      novalidate
      aria-busy=${this.restoring ? 'true' : 'false'}
      @submit=${this.handleFormSubmit}
      @input=${this.handleInnerEvent}
      @change=${this.handleInnerEvent}
    >
      ${this.isAgent ? html`<p class="agent-intro">${this.term('surveyAgentIntro')}</p>` : nothing}
      ${hasRequired ? html`<p class="required-note">${this.term('surveyRequiredNote')}</p>` : nothing}
      ${questions.map((question) => {
        const issue = issues.get(question.id);
        const shown =
          issue && (this.showErrors || (this.touched.has(question.id) && issue.code !== 'required'));
        return this.renderQuestion(survey, question, shown ? issue : undefined, disabled);
      })}
      <div part="actions" class="actions">
        ${
          this.hideSubmit
            ? nothing
            : html`<button part="submit" class="primary" type="submit" ?disabled=${disabled}>
                ${this.term('surveySubmit')}
              </button>`
        }
        ${
          this.isAgent
            ? html`<button
                part="decline"
                class="secondary"
                type="button"
                ?disabled=${disabled}
                @click=${() => void this.decline()}
              >
                ${this.term('surveyDeclined')}
              </button>`
            : nothing
        }
        ${
          this.phase === 'failed'
            ? html`<button
                type="button"
                class="secondary"
                ?disabled=${disabled}
                @click=${this.handleRetryNow}
              >
                ${this.term('surveyRetryNow')}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  private renderQuestion(
    survey: SurveyDefinition,
    question: SurveyQuestion,
    issue: AnswerIssue | undefined,
    disabled: boolean,
  ): TemplateResult {
    const base = `${this.uid}-${question.id}`;
    const describedBy = [
      question.description ? `${base}-desc` : '',
      this.isAgent ? `${base}-read` : '',
      issue ? `${base}-error` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<div
      part="question question-${question.type}"
      class="question"
      data-question=${question.id}
      lang=${survey.locale}
    >
      <p part="legend" class="legend" id="${base}-title">
        ${question.title}${
          question.required
            ? html`<span class="asterisk" aria-hidden="true"> *</span
                ><span class="visually-hidden"> ${this.term('surveyRequired')}</span>`
            : nothing
        }
      </p>
      ${question.description ? html`<p class="hint" id="${base}-desc">${question.description}</p>` : nothing}
      ${
        this.isAgent
          ? html`<p part="read-aloud" class="read-aloud" id="${base}-read">
              <span class="read-label" lang=${this.localize.lang()}>${this.term('surveyReadAloud')}</span>
              <span>${question.readAloud ?? question.title}</span>
            </p>`
          : nothing
      }
      ${this.renderControl(question, base, describedBy, issue !== undefined, disabled)}
      ${
        issue
          ? html`<p part="error" class="error" id="${base}-error" lang=${this.localize.lang()}>
              ${this.problemText(issue)}
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderControl(
    question: SurveyQuestion,
    base: string,
    describedBy: string,
    invalid: boolean,
    disabled: boolean,
  ): TemplateResult {
    switch (question.type) {
      case 'multi-choice': {
        const picked = this.answerState[question.id];
        const selected = new Set(Array.isArray(picked) ? picked : []);
        return html`<div
          part="choices"
          class="choices"
          role="group"
          aria-labelledby="${base}-title"
          aria-describedby=${describedBy || nothing}
        >
          ${question.choices.map(
            (choice, index) =>
              html`<label class="choice">
                <input
                  type="checkbox"
                  data-index=${index}
                  .checked=${live(selected.has(choice.value))}
                  ?disabled=${disabled}
                  aria-invalid=${invalid ? 'true' : nothing}
                  @change=${(event: Event) =>
                    this.toggleChoice(question.id, choice.value, (event.target as HTMLInputElement).checked)}
                />
                <span>${choice.label}</span>
              </label>`,
          )}
        </div>`;
      }
      case 'text': {
        const text =
          typeof this.answerState[question.id] === 'string' ? (this.answerState[question.id] as string) : '';
        const left = question.maxLength - text.length;
        const described = [describedBy, `${base}-count`].filter(Boolean).join(' ');
        const onInput = (event: Event) =>
          this.setAnswer(question.id, (event.target as HTMLTextAreaElement).value, false);
        const onChange = () => this.dispatchEvent(new Event('change', { bubbles: true }));
        return html`${
            question.multiline
              ? html`<textarea
                  part="text"
                  class="text"
                  rows="3"
                  maxlength=${question.maxLength}
                  placeholder=${question.placeholder ?? nothing}
                  aria-labelledby="${base}-title"
                  aria-describedby=${described}
                  aria-invalid=${invalid ? 'true' : nothing}
                  ?required=${question.required}
                  ?disabled=${disabled}
                  .value=${live(text)}
                  @input=${onInput}
                  @change=${onChange}
                ></textarea>`
              : html`<input
                  part="text"
                  class="text"
                  type="text"
                  maxlength=${question.maxLength}
                  placeholder=${question.placeholder ?? nothing}
                  aria-labelledby="${base}-title"
                  aria-describedby=${described}
                  aria-invalid=${invalid ? 'true' : nothing}
                  ?required=${question.required}
                  ?disabled=${disabled}
                  .value=${live(text)}
                  @input=${onInput}
                  @change=${onChange}
                />`
          }
          <p class="count" id="${base}-count" lang=${this.localize.lang()}>
            ${this.term('surveyCharactersLeft', left)}
          </p>`;
      }
      default:
        return this.renderRadioGroup(
          question,
          this.optionsOf(question),
          base,
          describedBy,
          invalid,
          disabled,
        );
    }
  }

  private optionsOf(question: SurveyQuestion): RadioOption[] {
    const scale = scaleOf(question);
    if (scale) {
      const points = scale.max - scale.min + 1;
      const display = question.type === 'rating' ? question.display : 'numbers';
      const { minLabel, maxLabel } = question as { minLabel?: string; maxLabel?: string };
      return Array.from({ length: points }, (_, index) => {
        const value = scale.min + index;
        const end = index === 0 ? minLabel : index === points - 1 ? maxLabel : undefined;
        let name: string;
        let face: TemplateResult | string;
        if (display === 'stars') {
          name = this.term('surveyStars', index + 1, points);
          face = STAR_ICON;
        } else if (display === 'faces') {
          name = this.term('surveyFace', index, points);
          face = faceIcon(index, points);
        } else {
          name = String(value);
          face = String(value);
        }
        return {
          value,
          name: end && end !== name ? `${name}${this.term('surveyListSeparator')}${end}` : name,
          face,
        };
      });
    }
    if (question.type === 'yes-no') {
      const yes = question.yesLabel ?? this.term('surveyYes');
      const no = question.noLabel ?? this.term('surveyNo');
      return [
        { value: true, name: yes, face: yes },
        { value: false, name: no, face: no },
      ];
    }
    if (question.type === 'single-choice') {
      return question.choices.map((choice) => ({
        value: choice.value,
        name: choice.label,
        face: choice.label,
      }));
    }
    return [];
  }

  private renderRadioGroup(
    question: SurveyQuestion,
    options: readonly RadioOption[],
    base: string,
    describedBy: string,
    invalid: boolean,
    disabled: boolean,
  ): TemplateResult {
    const answer = this.answerState[question.id];
    const checkedIndex = options.findIndex((option) => option.value === answer);
    const focusIndex = checkedIndex >= 0 ? checkedIndex : 0;
    const display =
      question.type === 'rating'
        ? question.display
        : question.type === 'nps' || question.type === 'ces'
          ? 'numbers'
          : 'words';
    const { minLabel, maxLabel } = question as { minLabel?: string; maxLabel?: string };
    return html`<div
        part="scale"
        class="scale ${display}"
        role="radiogroup"
        aria-labelledby="${base}-title"
        aria-describedby=${describedBy || nothing}
        aria-required=${question.required ? 'true' : 'false'}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-disabled=${disabled ? 'true' : nothing}
        @click=${(event: Event) => {
          const target = (event.target as Element).closest<HTMLElement>('[role="radio"]');
          if (target && !disabled)
            this.selectOption(question, options, Number(target.dataset['index']), false);
        }}
        @keydown=${(event: KeyboardEvent) => this.handleRadioKey(event, question, options)}
      >
        ${options.map((option, index) => {
          const checked = index === checkedIndex;
          // Stars light up to the chosen one, as a rating reads.
          const lit = display === 'stars' && checkedIndex >= 0 && index <= checkedIndex;
          return html`<span
            part=${checked ? 'option option-checked' : 'option'}
            class="option ${lit ? 'lit' : ''}"
            role="radio"
            data-index=${index}
            aria-checked=${checked ? 'true' : 'false'}
            aria-label=${option.name === option.face ? nothing : option.name}
            tabindex=${disabled ? '-1' : index === focusIndex ? '0' : '-1'}
            >${option.face}</span
          >`;
        })}
      </div>
      ${
        minLabel || maxLabel
          ? html`<div class="ends" aria-hidden="true">
              <span>${minLabel ?? ''}</span><span>${maxLabel ?? ''}</span>
            </div>`
          : nothing
      }`;
  }
}

function faceIcon(index: number, points: number): TemplateResult {
  const mood = points <= 1 ? 0 : (index / (points - 1)) * 2 - 1; // -1 (sad) … 1 (happy)
  const mouth = `M7.5 15.5 Q12 ${15.5 + mood * 3.5} 16.5 15.5`;
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <circle cx="12" cy="12" r="9.5"></circle>
    <circle class="eye" cx="9" cy="10" r="1.1"></circle>
    <circle class="eye" cx="15" cy="10" r="1.1"></circle>
    <path d=${mouth}></path>
  </svg>`;
}

/** Ignores a failure that is handled elsewhere (retried later, or only a convenience). */
function noop(): void {
  // nothing to do
}

/** Runs `task` on the page's draft store once the delivery part is loaded; a draft lost is only a convenience lost. */
function withDrafts(
  task: (drafts: ReturnType<typeof DeliveryModule.sharedDraftStore>) => Promise<unknown>,
): void {
  const loaded = surveyParts.delivery.get();
  // Synchronously when loaded (a draft saved at pagehide must not wait for a fetch).
  (loaded
    ? task(loaded.sharedDraftStore())
    : surveyParts.delivery.load().then((part) => task(part.sharedDraftStore()))
  ).catch(noop);
}

/** Runs `callback` when the page is idle (at most 2 s later); returns the function that cancels it. */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 50);
  return () => clearTimeout(handle);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAnswerShape(value: unknown): value is SurveyAnswer {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return true;
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** A set id, trimmed; undefined when blank or not a string (read before an update has checked it). */
function blankToUndefined(value: unknown): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed || undefined;
}
