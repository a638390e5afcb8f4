import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { agentSessionContext, type AgentSession } from '../../context/agent-session.js';
import type { CxErrorDetail } from '../../events/cx-error.js';
import { CxSurveyErrorEvent } from '../../events/cx-survey-error.js';
import { CxSurveySubmitEvent } from '../../events/cx-survey-submit.js';
import { CxSurveySubmittedEvent } from '../../events/cx-survey-submitted.js';
import { announce } from '../../internal/announcer.js';
import { DraftAutosaveController } from '../../internal/controllers/draft-autosave.js';
import { EventQueueController } from '../../internal/controllers/event-queue.js';
import { OutboxDeliveryController, type DeliveryNews } from '../../internal/controllers/outbox-delivery.js';
import { CxElement } from '../../internal/cx-element.js';
import { FormAssociated, type FormProblem, type FormValue } from '../../internal/form-associated.js';
import { LocalizeController, registerWidgetTerms } from '../../internal/localize.js';
import { isRecord } from '../../services/is-record.js';
import { lazy } from '../../services/lazy.js';
import * as answerRules from '../../services/survey/answers.js';
import type { AnswerIssue } from '../../services/survey/answers.js';
import type * as model from '../../services/survey/model.js';
import { presetValidation } from '../../services/survey/presets.js';
import { scoreResponse } from '../../services/survey/scoring.js';
import type { OutboxResponse } from '../../services/survey-outbox/database.js';
import type { SurveyOutbox } from '../../services/survey-outbox/outbox.js';
import { createResponseId } from '../../services/survey-outbox/response-id.js';
import { surveyEn, surveyZhCN, type SurveyPhase } from '../../translations/satisfaction-survey.js';
import { CxRatingScale, RATING_SCALE_TERMS } from '../rating-scale/rating-scale.component.js';
import { scaleOf, type OptionValue } from './satisfaction-survey.scale.js';
import { checkSurveyProperties, DEFAULT_ENDPOINT, takes } from './satisfaction-survey.settings.js';
import { styles } from './satisfaction-survey.styles.js';

/** This widget's terms, registered by its localize controller when the first element is created. */
const TERMS = { en: surveyEn, 'zh-cn': surveyZhCN };

/** Where the widget is: answering (`idle`) or a submitted response's progress. */
export type SurveyStatus = 'idle' | SurveyPhase;

type SurveyAnswers = model.SurveyAnswers;
type SurveyDefinition = model.SurveyDefinition;
type SurveyQuestion = model.SurveyQuestion;

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

/** The validity flag of an answer problem (a range problem is an underflow or an overflow; others are custom). */
const VALIDITY_FLAGS: Partial<Record<AnswerIssue['code'], keyof ValidityStateFlags>> = {
  required: 'valueMissing',
  'too-long': 'tooLong',
};

/** Delivery errors already reported as missing a term on this page: `language|code`. */
const missingTerms = new Set<string>();

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
 * @csspart scale - A rating, NPS, CES, yes-no or single-choice radio group (a `cx-rating-scale`).
 * @csspart option - One option of a radio group (also `option-checked`).
 * @csspart choices - The boxes of a multi-choice question.
 * @csspart text - A comment field.
 * @csspart error - An answer's error, or the list of definition problems.
 * @csspart actions - The submit and decline buttons.
 * @csspart submit - The submit button.
 * @csspart decline - The "customer declined" button.
 * @csspart status - The delivery status line (a polite live region; `data-state` names the state).
 */
export class CxSatisfactionSurvey extends FormAssociated(CxElement) {
  static override tagName = 'cx-satisfaction-survey';
  static override styles = styles;

  /** @internal The rating scale it renders, registered with it. */
  static override readonly dependencies = { 'cx-rating-scale': CxRatingScale };

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
  @state() private showErrors = false;
  @state() private note = '';

  private readonly localize = new LocalizeController(this, TERMS);
  private readonly events = new EventQueueController(this, { source: CxSatisfactionSurvey.tagName });

  /** The definition: a host's `survey` once valibot is loaded and has checked it, or a preset in the nearest lang. */
  /** A host's survey, checked by the validator part (loaded on demand); a preset is shown at once. */
  private readonly definitionTask = new Task(this, {
    task: async ([survey]: readonly [unknown]) =>
      (surveyParts.validator.get() ?? (await surveyParts.validator.load())).validateSurvey(survey),
    args: () => [this.survey] as const,
    autoRun: false,
    // A result for a survey the host has since replaced by a preset is not shown.
    onComplete: (result) => {
      if (isSet(this.survey)) this.showDefinition(result);
    },
    // A part that cannot be fetched (offline, a blocked chunk): say so; Retry runs the task again.
    onError: (error) => {
      if (!isSet(this.survey)) return;
      this.showDefinition(
        { ok: false, issues: [{ path: '', message: `could not be loaded: ${(error as Error)?.message}` }] },
        'load-failed',
      );
    },
  });

  /** The preset and language shown (`''`: none), so a preset is looked up again only when either changes. */
  private presetShown: string | undefined;

  private readonly delivery = new OutboxDeliveryController<OutboxResponse>(this, {
    outbox: {
      get: () => this.chosenOutbox(),
      load: async () => (await surveyParts.delivery.load(), this.chosenOutbox()!),
    },
    onNews: (news) => this.handleDeliveryNews(news),
    openWhenIdle: true,
  });

  private readonly drafts = new DraftAutosaveController(this, {
    store: {
      get: () => surveyParts.delivery.get()?.sharedDraftStore(),
      load: async () => (await surveyParts.delivery.load()).sharedDraftStore(),
    },
    identity: () => {
      const interactionId = this.effectiveInteractionId;
      return this.definition && interactionId ? { formId: this.definition.id, interactionId } : undefined;
    },
    // Answers being filled in, never answers already handed over.
    snapshot: () => (this.delivery.phase === 'idle' ? this.answerState : undefined),
    restore: (draft) => this.restoreDraft(draft),
  });

  private readonly uid = `cxs${++instances}`;
  private definition: SurveyDefinition | undefined;
  private problems: model.SurveyIssue[] = [];
  private declined = false;
  private touched = new Set<string>();
  private startedAt = new Date().toISOString();
  /** Derived before each render: the answer problems, the first of which the form validity reports. */
  private issues: AnswerIssue[] = [];
  /** Derived before each render: whether the response is out of the form (the "done" panel shows). */
  private done = false;
  private wasDone = false;

  constructor() {
    super();
    registerWidgetTerms(RATING_SCALE_TERMS); // before the first scale is created in a render
    this.addEventListener('invalid', () => (this.showErrors = true));
  }

  /** The answers by question id (a copy); setting it replaces them. */
  get answers(): SurveyAnswers {
    return answerRules.copyAnswers(this.answerState);
  }
  set answers(value: SurveyAnswers | null | undefined) {
    // Only answer-shaped entries are kept (and copied): a host's object never leaks in, never throws.
    const { answers, dropped } = answerRules.pickAnswers(value);
    if (dropped > 0) {
      this.events.error({
        code: 'invalid-property',
        path: 'answers',
        message: `answers must map question ids to numbers, booleans, strings or string lists; ${dropped} value(s) ignored`,
        severity: 'warning',
      });
    }
    this.answerState = answers;
    this.drafts.edited(false);
  }

  /** The form value: the visible answers as JSON. */
  get value(): string {
    return JSON.stringify(
      this.definition ? answerRules.visibleAnswers(this.definition, this.answerState) : {},
    );
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
    const phase = this.delivery.phase;
    return phase === 'sent' && this.declined ? 'declined' : phase;
  }

  /** Id of the last submitted response. */
  get responseId(): string | undefined {
    return this.delivery.recordId;
  }

  /** Like `checkValidity()`, and shows the problems. */
  override reportValidity(): boolean {
    this.showErrors = true;
    return super.reportValidity();
  }

  /**
   * Submits the answers: validates, fires `cx-survey-submit`, stores the response in the outbox, then
   * sends it. Resolves with the response id once stored, or undefined when blocked or cancelled.
   */
  async submit(): Promise<string | undefined> {
    if (!this.definition || this.isBusy || this.isDisabled) return undefined;
    const check = answerRules.validateAnswers(this.definition, this.answerState);
    if (!check.ok) {
      this.showErrors = true;
      await this.updateComplete;
      announce(
        this.localize.term('surveyProblemsAnnounce', check.issues.length),
        'polite',
        this.localize.lang(),
      );
      this.controlOf(check.issues[0]!.questionId)?.focus();
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
    this.touched = new Set();
    this.showErrors = false;
    this.delivery.reset();
    this.declined = false;
    this.note = '';
    this.startedAt = new Date().toISOString();
    this.drafts.edited(false);
    this.drafts.discard();
  }

  /** @internal Form reset. */
  override formResetCallback(): void {
    this.reset();
  }

  /** @internal Restores the answers the browser kept (back / forward navigation, autofill). */
  override formStateRestoreCallback(stateValue: FormValue): void {
    if (typeof stateValue !== 'string') return;
    try {
      const parsed: unknown = JSON.parse(stateValue);
      if (isRecord(parsed)) this.answers = parsed as SurveyAnswers;
    } catch {
      // A state this version did not write: keep the current answers.
    }
  }

  protected override formValue(): FormValue {
    return this.value;
  }

  /** The state the browser restores on reload (Firefox does on a plain reload): answers being filled in, never answers already handed over, which would come back to be sent again. */
  protected override formState(): FormValue {
    return this.isBusy ? null : JSON.stringify(this.answerState);
  }

  /** The first answer problem, anchored to its question's control. */
  protected override formProblem(): FormProblem | undefined {
    const first = this.issues[0];
    const status = this.status;
    if (!this.definition || !first || status === 'sent' || status === 'declined') return undefined;
    const question = this.definition.questions.find((candidate) => candidate.id === first.questionId)!;
    const below = Number(this.answerState[first.questionId]) < (first.limit ?? 0);
    const flag =
      first.code === 'range' ? (below ? 'rangeUnderflow' : 'rangeOverflow') : VALIDITY_FLAGS[first.code];
    return {
      flags: { [flag ?? 'customError']: true },
      message: `${question.title} ${this.problemText(first)}`,
      anchor: this.anchorOf(first.questionId),
    };
  }

  private get isBusy(): boolean {
    return this.delivery.handedOver;
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A value of the wrong kind is replaced by the default before anything reads (or reflects) it.
    checkSurveyProperties(this, changed as Map<string, unknown>, (error) => this.events.error(error));
    super.willUpdate(changed);
    if (isSet(this.survey)) {
      this.presetShown = undefined;
      if (changed.has('survey') || !this.hasUpdated) {
        // A host's survey waiting for the validator shows the loading state, not the survey before it.
        if (!surveyParts.validator.get()) {
          this.definition = undefined;
          this.problems = [];
        }
        void this.definitionTask.run();
      }
    } else {
      const lang = this.localize.lang();
      const shown = this.preset ? `${this.preset}|${lang}` : '';
      if (shown !== this.presetShown) {
        this.presetShown = shown;
        this.showDefinition(this.preset ? presetValidation(this.preset, lang) : undefined);
      }
    }
    this.issues = this.definition
      ? answerRules.validateAnswers(this.definition, this.answerState).issues
      : [];
    this.done = this.isBusy && this.delivery.phase !== 'saving';
  }

  /** Shows a looked-up definition (or its problems, each also reported as `cx-error`). */
  private showDefinition(
    result: model.SurveyValidation | undefined,
    code: CxErrorDetail['code'] = 'invalid-data',
  ): void {
    const previousId = this.definition?.id;
    this.definition = result?.ok ? result.survey : undefined;
    this.problems = result && !result.ok ? result.issues : [];
    for (const { path, message } of this.problems.slice(0, 20)) {
      // Paths start at the property (`survey.questions.2.type`), as in every cx-error.
      this.events.error(
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

  /** @internal Waits, besides the render, for a definition still loading and for the rating scales. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.definitionTask.status === TaskStatus.PENDING) {
      await this.definitionTask.taskComplete.catch(() => undefined);
      complete = await super.getUpdateComplete();
    }
    const scales = this.renderRoot.querySelectorAll<CxRatingScale>('cx-rating-scale');
    await Promise.all(Array.from(scales, (scale) => scale.updateComplete));
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The response has left the form: focus moves to the panel that says where it is.
    if (this.done && !this.wasDone) this.renderRoot.querySelector<HTMLElement>('.done')?.focus();
    this.wasDone = this.done;
  }

  /** The control a question's problem points at: its rating scale, first box, or text field. */
  private controlOf(questionId: string): HTMLElement | null {
    const question = `[data-question="${questionId}"]`;
    return this.renderRoot.querySelector<HTMLElement>(
      `${question} cx-rating-scale, ${question} input, ${question} textarea`,
    );
  }

  /** Where the validity message points: a rating scale's Tab stop, or the control itself. */
  private anchorOf(questionId: string): HTMLElement | null {
    const control = this.controlOf(questionId);
    if (!(control instanceof CxRatingScale)) return control;
    // A scale this render created draws its options right after it: point at them once it has.
    if (!control.hasUpdated) void control.updateComplete.then(() => this.syncFormState());
    return control.validityAnchor ?? control;
  }

  private restoreDraft(draft: Record<string, unknown>): void {
    if (this.delivery.phase !== 'idle') return;
    const known = new Set(this.definition?.questions.map((question) => question.id));
    const { answers } = answerRules.pickAnswers(draft);
    const restored = Object.fromEntries(Object.entries(answers).filter(([id]) => known.has(id)));
    if (Object.keys(restored).length === 0) return;
    this.answerState = restored;
    this.note = this.localize.term('surveyRestored');
  }

  // ---------------------------------------------------------------- answering

  private setAnswer(questionId: string, answer: model.SurveyAnswer | undefined, commit: boolean): void {
    if (this.isDisabled || this.isBusy) return;
    const next = Object.fromEntries(Object.entries(this.answerState).filter(([id]) => id !== questionId));
    if (answer !== undefined && answerRules.isAnswered(answer)) next[questionId] = answer;
    this.answerState = next;
    this.touched.add(questionId);
    this.note = '';
    // Edited after a failed hand-over: the answers are the form's again, and a new response.
    this.delivery.clearFailure();
    this.drafts.edited();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (commit) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private handleFormSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.submit();
  }

  /** A rating scale's choice, as the question's typed value (a number, yes / no, a choice). */
  private handleScaleChange(question: SurveyQuestion, values: readonly OptionValue[], event: Event): void {
    const chosen = (event.target as CxRatingScale).value;
    const value = values.find((candidate) => String(candidate) === chosen);
    if (value !== undefined) this.setAnswer(question.id, value, true);
    this.requestUpdate(); // the scale shows the survey's answer again, should the survey not take it
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
      this.delivery.phase === 'failed' && this.delivery.recordId
        ? this.delivery.recordId
        : createResponseId();
    const answers = declined ? {} : answerRules.visibleAnswers(survey, this.answerState);
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
      answers: answerRules.copyAnswers(answers),
      scores: { ...scores },
      meta: { ...meta },
    });
    if (!this.dispatchEvent(event)) return undefined;

    this.declined = declined;
    this.drafts.cancel();
    const record = { responseId, surveyId: survey.id, answers, scores, meta };
    if (!(await this.delivery.deliver(responseId, record))) return undefined;
    this.drafts.discard();
    await this.updateComplete;
    return responseId;
  }

  /** The host's outbox, or the page's for `endpoint` once the delivery part is loaded (else undefined). */
  private chosenOutbox(): SurveyOutbox | undefined {
    // Read at any time (a host may call submit() right after setting a property): checked again here.
    if (this.outbox && takes('outbox', this.outbox)) return this.outbox;
    const endpoint = takes('endpoint', this.endpoint) && this.endpoint ? this.endpoint : DEFAULT_ENDPOINT;
    return surveyParts.delivery.get()?.sharedOutbox(endpoint, this.session?.services.transport);
  }

  /** The delivery's news as the survey's events. */
  private handleDeliveryNews(news: DeliveryNews): void {
    const responseId = news.recordId;
    if (news.kind === 'queued' || news.kind === 'sent')
      this.dispatchEvent(new CxSurveySubmittedEvent({ responseId, status: news.kind }));
    else
      this.dispatchEvent(
        new CxSurveyErrorEvent({
          responseId,
          code: news.error?.code ?? 'unknown',
          message: news.error?.message ?? 'delivery failed',
          willRetry: news.kind === 'retrying',
        }),
      );
  }

  private handleRetryNow(): void {
    if (this.delivery.phase === 'failed') void this.send(this.declined);
    else this.delivery.retryNow();
  }

  // ---------------------------------------------------------------- rendering

  private problemText(issue: AnswerIssue): string {
    return this.localize.term('surveyProblem', issue.code, issue.limit);
  }

  protected override render(): TemplateResult {
    const label = this.definition?.title ?? this.localize.term('surveyRegionLabel');
    const loading =
      !this.definition && isSet(this.survey) && this.definitionTask.status === TaskStatus.PENDING;
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
        data-state=${this.definition ? this.status : nothing}
      >
        ${this.definition ? this.statusText() : nothing}
      </p>
    </section>`;
  }

  /** The delivery state in words: each state has its own, besides its own colour. */
  private statusText(): string {
    if (this.drafts.restoring) return this.localize.term('surveyRestoring');
    const status = this.status;
    if (status === 'idle') return this.note || this.localize.term('surveyPhase', 'idle');
    const failure = this.delivery.failure;
    const reason =
      (status === 'retrying' || status === 'failed') && failure ? ` ${this.failureText(failure.code)}` : '';
    return `${this.localize.term('surveyPhase', status)}${reason}`;
  }

  /** A delivery error in words; a code without a term gets the generic words and one warning per page. */
  private failureText(code: string): string {
    // Not a string for a code the table lacks (which may name an Object.prototype member).
    const term = this.localize.term as (key: 'surveyFailureReason', code: string) => unknown;
    const words = term.call(this.localize, 'surveyFailureReason', code);
    if (typeof words === 'string') return words;
    const lang = this.localize.lang();
    const key = `${lang}|${code}`;
    if (!missingTerms.has(key)) {
      missingTerms.add(key);
      console.warn(`[cx-desk] cx-satisfaction-survey: no ${lang} term for the delivery error "${code}"`);
    }
    return this.localize.term('surveyFailureUnknown');
  }

  private renderProblems(): TemplateResult {
    if (this.problems.length === 0) {
      return html`<p class="empty">${this.localize.term('surveyEmpty')}</p>`;
    }
    const loadFailed = isSet(this.survey) && this.definitionTask.status === TaskStatus.ERROR;
    // What the agent can do, in their language; what is wrong, for whoever set the survey up, in a
    // disclosure (the same as the cx-error details).
    return html`<div part="error" class="problems">
      <p class="problems-title" data-state=${loadFailed ? 'load-failed' : 'invalid'}>
        ${this.localize.term(loadFailed ? 'surveyLoadFailed' : 'surveyInvalid')}
      </p>
      <details>
        <summary>${this.localize.term('errorDetails')}</summary>
        <ul lang="en" translate="no">
          ${this.problems.map(({ path, message }) => html`<li>${path ? html`<code>${path}</code> ` : nothing}${message}</li>`)}
        </ul>
      </details>
      ${loadFailed ? this.secondaryButton('retry', () => void this.definitionTask.run()) : nothing}
    </div>`;
  }

  private renderBody(survey: SurveyDefinition): TemplateResult {
    const status = this.status;
    return html`<div class="head" lang=${survey.locale}>
        <h2 part="title" class="title">${survey.title}</h2>
        ${survey.description ? html`<p class="description">${survey.description}</p>` : nothing}
      </div>
      ${
        this.done
          ? html`<div class="done" tabindex="-1" role="group" aria-labelledby="${this.uid}-status">
              ${this.declined && status !== 'declined' ? html`<p>${this.localize.term('surveyDeclinedDone')}</p>` : nothing}
              ${
                this.responseId
                  ? html`<p class="reference">${this.localize.term('surveyResponseId', this.responseId)}</p>`
                  : nothing
              }
              ${
                status === 'retrying' || status === 'queued-offline'
                  ? this.secondaryButton('surveyRetryNow', this.handleRetryNow)
                  : nothing
              }
            </div>`
          : this.renderForm(survey)
      }`;
  }

  private renderForm(survey: SurveyDefinition): TemplateResult {
    const issues = new Map(this.issues.map((issue) => [issue.questionId, issue]));
    const disabled = this.isDisabled || this.status === 'saving';
    return html`<form
      part="form"
      novalidate
      aria-busy=${this.drafts.restoring ? 'true' : 'false'}
      @submit=${this.handleFormSubmit}
      @input=${stopHere}
      @change=${stopHere}
    >
      ${this.isAgent ? html`<p class="agent-intro">${this.localize.term('surveyAgentIntro')}</p>` : nothing}
      ${
        survey.questions.some((question) => question.required)
          ? html`<p class="required-note">${this.localize.term('surveyRequiredNote')}</p>`
          : nothing
      }
      ${answerRules.visibleQuestions(survey, this.answerState).map((question) => {
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
                ${this.localize.term('surveySubmit')}
              </button>`
        }
        ${
          this.isAgent
            ? this.secondaryButton('surveyDeclined', () => void this.decline(), disabled, 'decline')
            : nothing
        }
        ${this.status === 'failed' ? this.secondaryButton('surveyRetryNow', this.handleRetryNow, disabled) : nothing}
      </div>
    </form>`;
  }

  private secondaryButton(
    words: 'retry' | 'surveyRetryNow' | 'surveyDeclined',
    onClick: () => void,
    disabled = false,
    part?: string,
  ): TemplateResult {
    return html`<button
      part=${part ?? nothing}
      class="secondary"
      type="button"
      ?disabled=${disabled}
      @click=${onClick}
    >
      ${this.localize.term(words)}
    </button>`;
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
                ><span class="visually-hidden"> ${this.localize.term('surveyRequired')}</span>`
            : nothing
        }
      </p>
      ${question.description ? html`<p class="hint" id="${base}-desc">${question.description}</p>` : nothing}
      ${
        this.isAgent
          ? html`<p part="read-aloud" class="read-aloud" id="${base}-read">
              <span class="read-label" lang=${this.localize.lang()}
                >${this.localize.term('surveyReadAloud')}</span
              >
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
    if (question.type === 'multi-choice') {
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
    if (question.type === 'text') {
      const answer = this.answerState[question.id];
      const text = typeof answer === 'string' ? answer : '';
      // One template for the text area and the one-line field.
      const tag = question.multiline ? literal`textarea` : literal`input`;
      return staticHtml`<${tag}
          part="text"
          class="text"
          type=${question.multiline ? nothing : 'text'}
          rows=${question.multiline ? 3 : nothing}
          maxlength=${question.maxLength}
          placeholder=${question.placeholder ?? nothing}
          aria-labelledby="${base}-title"
          aria-describedby=${[describedBy, `${base}-count`].filter(Boolean).join(' ')}
          aria-invalid=${invalid ? 'true' : nothing}
          ?required=${question.required}
          ?disabled=${disabled}
          .value=${live(text)}
          @input=${(event: Event) =>
            this.setAnswer(question.id, (event.target as HTMLTextAreaElement).value, false)}
          @change=${() => this.dispatchEvent(new Event('change', { bubbles: true }))}
        ></${tag}>
        <p class="count" id="${base}-count" lang=${this.localize.lang()}>
          ${this.localize.term('surveyCharactersLeft', question.maxLength - text.length)}
        </p>`;
    }
    const { values, options } = scaleOf(
      question,
      this.localize.term('surveyYes'),
      this.localize.term('surveyNo'),
    );
    const answer = this.answerState[question.id];
    const display =
      question.type === 'rating'
        ? question.display
        : question.type === 'nps' || question.type === 'ces'
          ? 'numbers'
          : 'words';
    const { minLabel, maxLabel } = question as { minLabel?: string; maxLabel?: string };
    return html`<cx-rating-scale
      part="scale"
      exportparts="option, option-checked"
      role="radiogroup"
      display=${display}
      min-label=${minLabel ?? nothing}
      max-label=${maxLabel ?? nothing}
      aria-labelledby="${base}-title"
      aria-describedby=${describedBy || nothing}
      aria-invalid=${invalid ? 'true' : nothing}
      ?required=${question.required}
      ?disabled=${disabled}
      .options=${options}
      .value=${live(values.includes(answer as OptionValue) ? String(answer) : undefined)}
      @change=${(event: Event) => this.handleScaleChange(question, values, event)}
    ></cx-rating-scale>`;
  }

  /** The values of a radio question (a scale's points, yes and no, the choices) and their options. */
}

/** Native events of the inner controls stop at the form; the survey fires its own `input` / `change`. */
function stopHere(event: Event): void {
  event.stopPropagation();
}

/** Whether a property holds a value (undefined and null mean "not set"). */
function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** A set id, trimmed; undefined when blank or not a string (read before an update has checked it). */
function blankToUndefined(value: unknown): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed || undefined;
}
