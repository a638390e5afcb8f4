import { consume } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import * as v from 'valibot';
import { agentSessionContext, type AgentSession } from '../../context/agent-session.js';
import { customerContext } from '../../context/customer.js';
import { CxCustomerPiiRevealEvent } from '../../events/cx-customer-pii-reveal.js';
import { CxErrorEvent, type CxErrorDetail } from '../../events/cx-error.js';
import { CxScriptActionEvent } from '../../events/cx-script-action.js';
import { CxScriptCompleteEvent, type CxScriptCompleteDetail } from '../../events/cx-script-complete.js';
import { CxScriptPhraseWarningEvent } from '../../events/cx-script-phrase-warning.js';
import { CxScriptStepChangeEvent } from '../../events/cx-script-step-change.js';
import { announce } from '../../internal/announcer.js';
import { CxElement } from '../../internal/cx-element.js';
import { cssVars } from '../../internal/css-vars.js';
import { LocalizeController } from '../../internal/localize.js';
import { PiiRevealController, type PiiRevealWords } from '../../internal/pii-reveal.js';
import {
  scriptPrompterEn,
  scriptPrompterZhCN,
  type ScriptLoadFailure,
  type ScriptPrompterTerms,
} from '../../translations/script-prompter.js';
import {
  MAX_SCRIPT_SIZE,
  ProhibitedPhrasesSchema,
  ScriptRunner,
  checkAnswer,
  findProhibitedPhrases,
  formatValue,
  mergeProhibitedPhrases,
  prohibitedPhrasesFor,
  progressKey,
  redactAnswer,
  redactAnswers,
  redactParams,
  scriptPiiKind,
  validateScript,
  type AnswerProblem,
  type AnswerValue,
  type AskStep,
  type Blocker,
  type CompiledScript,
  type CompletionRecord,
  type MoveResult,
  type PhraseMatch,
  type ProhibitedPhrase,
  type ScriptIssue,
  type ScriptStep,
  type TextSegment,
} from '../../services/script-engine/index.js';
import { readPiiFields, redactText, type PiiKind } from '../../services/pii/index.js';
import type { Customer360 } from '../../services/tmf/customer360.js';
import { Transport, TransportError } from '../../services/transport.js';
import { customerScope } from './script-prompter.customer.js';
import { arrowLeftIcon, checkIcon, hourglassIcon } from './script-prompter.icons.js';
import { styles } from './script-prompter.styles.js';

/** This widget's terms, registered by its localize controller when the first element is created. */
const TERMS = { en: scriptPrompterEn, 'zh-cn': scriptPrompterZhCN };

/** Where the widget is: nothing yet, fetching `src`, could not fetch, invalid script, running, done. */
type Phase = 'empty' | 'loading' | 'load-error' | 'invalid' | 'running' | 'complete';

/** Most issues listed on screen; the rest are counted. */
const MAX_LISTED_ISSUES = 50;
/** A path longer than this shows its first step, a fold and the latest steps. */
const PATH_FOLD_AT = 12;
/** Latest steps shown under the fold. */
const PATH_TAIL = 8;
/** Upper bound of a fetched script's body, in characters (the engine's limit plus headroom). */
const MAX_FETCHED_SIZE = MAX_SCRIPT_SIZE * 2;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a wrong value is, for a `cx-error` message; never converts the value itself (that may throw). */
function typeOfValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A JSON attribute (`prohibited-phrases='[…]'`); unparsable text is kept so validation reports it. */
const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
  toAttribute: (value: unknown) => JSON.stringify(value),
};

/**
 * @tag cx-script-prompter
 * @summary Guided call / chat script: the current step with customer data filled in, typed inputs,
 * branching, compliance steps and gates that block finishing, actions handed to the host, phrase
 * coaching for the agent's reply, an audit trail, and progress kept per interaction across reloads.
 *
 * @fires {CxScriptStepChangeEvent} cx-script-step-change - The script started, resumed or moved to another step (next, back, skip).
 * @fires {CxScriptActionEvent} cx-script-action - The agent ran an action step; the host performs it with the full values of `detail.rawParams()` (`params` are masked, for logs) and may call `completeAction(result)`.
 * @fires {CxScriptCompleteEvent} cx-script-complete - The script finished with every required step and gate done; carries the audit record.
 * @fires {CxScriptPhraseWarningEvent} cx-script-phrase-warning - The draft reply contains a prohibited phrase (once per new finding).
 * @fires {CxCustomerPiiRevealEvent} cx-customer-pii-reveal - The agent asked to see a masked personal value the script filled in; cancelable (`preventDefault()` denies).
 * @fires {CxErrorEvent} cx-error - The script is invalid (code `invalid-data`), could not be loaded (`load-failed`), or a property is unusable (`invalid-property`).
 *
 * @cssprop [--cx-script-prompter-accent-color] - Accent of the current step and progress bar.
 * @cssprop [--cx-script-prompter-verbatim-color] - Colour marking a text to read word for word.
 * @cssprop [--cx-script-prompter-placeholder-color] - Colour of a missing-value chip.
 * @cssprop [--cx-script-prompter-mark-color] - Background of a prohibited phrase in the draft.
 * @cssprop [--cx-script-prompter-path-width] - Width of the path column on wide layouts (default 224px).
 *
 * @csspart base - The whole widget.
 * @csspart header - Script title and progress.
 * @csspart progress - The progress bar.
 * @csspart step - The current step.
 * @csspart step-heading - The current step's heading (receives focus on a step change).
 * @csspart step-text - The text to say or ask.
 * @csspart badge - A badge (verbatim, required).
 * @csspart placeholder - A missing value in a text.
 * @csspart input - An answer input.
 * @csspart problem - A validation or blocking message.
 * @csspart upcoming - What comes next.
 * @csspart controls - Back, skip, next and finish buttons.
 * @csspart button - Any button.
 * @csspart action - The action button of an action step.
 * @csspart gate - The status of a gate.
 * @csspart blockers - What still blocks finishing.
 * @csspart path - The path so far.
 * @csspart coach - Phrase coaching for the draft reply.
 * @csspart mark - A prohibited phrase in the draft.
 * @csspart issues - The list of what is wrong with an invalid script.
 * @csspart shortcuts - The keyboard shortcuts help.
 * @csspart complete - The summary once the script is complete.
 * @csspart pii - A personal value the script filled in (masked until revealed).
 * @csspart pii-toggle - The button that shows or hides a personal value.
 */
export class CxScriptPrompter extends CxElement {
  static override tagName = 'cx-script-prompter';
  static override styles = styles;

  /** The script to run, as an object (property only); takes precedence over `src`. */
  @property({ attribute: false }) script: unknown;

  /** URL of a script JSON, fetched with the session's transport (relative to its `api-base`) or fetch. */
  @property() src: string | undefined;

  /** Host values for `{{vars.*}}` placeholders and conditions (property only). */
  @property({ attribute: false }) variables: Record<string, unknown> | undefined;

  /** Customer data for `{{customer.*}}` (property only); default: the customer context of `cx-customer-360`. */
  @property({ attribute: false }) customer: Record<string, unknown> | undefined;

  /** Agent data for `{{agent.*}}`, e.g. `{ name }` (property only); `id` defaults to the session's agent. */
  @property({ attribute: false }) agent: Record<string, unknown> | undefined;

  /** Interaction whose progress is kept (and resumed after a reload or transfer); default: the session's. */
  @property({ attribute: 'interaction-id' }) interactionId: string | undefined;

  /** Extra `{ phrase, suggestion }` pairs (JSON in the attribute), added to the defaults of the script's language. */
  @property({ attribute: 'prohibited-phrases', converter: jsonAttribute }) prohibitedPhrases: unknown;

  /** The agent's reply being typed in the host's chat box; prohibited phrases in it are coached. */
  @property() draft: string | undefined;

  /**
   * More personal fields of the script's data, `path → kind` (`phone`, `idNumber`, `email`, `account`,
   * `address`), e.g. `{ 'answers.callback-number': 'phone' }` (property only). Added to the defaults
   * (`SCRIPT_PII_FIELDS`: `customer.msisdn`, `customer.idNumber`, `customer.email`, `customer.address`…).
   * Personal values are masked until the agent reveals them (`cx-customer-pii-reveal`, cancelable).
   */
  @property({ attribute: false }) piiFields: unknown;

  @consume({ context: agentSessionContext, subscribe: true })
  @state()
  private session: AgentSession | undefined;

  @consume({ context: customerContext, subscribe: true })
  @state()
  private customer360: Customer360 | undefined;

  @state() private phase: Phase = 'empty';
  @state() private issues: ScriptIssue[] = [];
  @state() private loadFailure: { reason: ScriptLoadFailure; status: string } = {
    reason: 'other',
    status: '',
  };
  @state() private skipOpen = false;
  @state() private skipError = false;
  @state() private completion: CompletionRecord | undefined;

  private readonly localize = new LocalizeController(this, TERMS);
  /**
   * Personal values the script fills in: masked, revealed everywhere at once after an audited reveal
   * whose path is the variable the value came from (`customer.msisdn`), else `script.<step id>`.
   */
  private readonly pii = new PiiRevealController(this, {
    words: () => this.revealWords(),
    lang: () => this.localize.lang(),
    kindOf: scriptPiiKind,
    parts: { value: 'pii', toggle: 'button pii-toggle' },
    event: ({ match, path }) =>
      new CxCustomerPiiRevealEvent({
        customerId: this.customerId(),
        field: match.kind,
        path: path || `script.${this.currentStepId ?? ''}`,
        masked: match.masked,
      }),
  });
  private compiled: CompiledScript | undefined;
  private runner: ScriptRunner | undefined;
  /** The interaction the current run is stored under. */
  private runInteraction: string | null = null;
  /** What the agent typed per step, as typed (a number or date being typed is not an answer yet). */
  private readonly rawInputs = new Map<string, string>();
  /** Answers typed that do not pass their step's rules. */
  private readonly inputProblems = new Map<string, AnswerProblem>();
  /** Steps whose problems are shown (after leaving the field or trying to go on). */
  private readonly touched = new Set<string>();
  /** Why the last move was refused, for the current step. */
  private blocked: Blocker | undefined;
  private phrases: ProhibitedPhrase[] = [];
  private phraseMatches: PhraseMatch[] = [];
  private seenFindings = new Set<string>();
  private pendingEvents: Event[] = [];
  private focusPending = false;
  private loadController: AbortController | undefined;
  private loadedSrc: string | undefined;
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  /** Step titles in the current language, by step id (the path list asks for each on every render). */
  private readonly titles = new Map<string, string>();
  private pathExpanded = false;
  /** The language and reveals the cached titles were made with. */
  private titlesKey = '';
  /** The customer reveals belong to: another customer starts masked again. */
  private revealCustomer = '';

  /** The id of the current step (undefined when no script runs). */
  get currentStepId(): string | undefined {
    return this.runner?.current.id;
  }

  /** What is wrong with the script (empty when it is valid or not loaded). */
  get scriptIssues(): readonly ScriptIssue[] {
    return this.issues;
  }

  /** The completion record once the script is complete; personal values in it are masked. */
  get completionRecord(): CompletionRecord | undefined {
    return this.completion ? this.redactRecord(this.completion) : undefined;
  }

  private get effectiveInteraction(): string | null {
    const own = typeof this.interactionId === 'string' ? this.interactionId.trim() : '';
    return own || this.session?.interactionId || null;
  }

  private get scriptLang(): string | undefined {
    return this.compiled?.script.locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.handlePageHide);
    document.addEventListener('visibilitychange', this.handlePageHide);
    // Reconnected after a fetch was aborted on disconnect: fetch again.
    if (this.hasUpdated && this.script === undefined && this.srcUrl && this.loadedSrc !== this.srcUrl) {
      this.requestUpdate('src');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.flushPersist();
    window.removeEventListener('pagehide', this.handlePageHide);
    document.removeEventListener('visibilitychange', this.handlePageHide);
    this.loadController?.abort();
    this.loadController = undefined;
    this.loadedSrc = undefined;
  }

  /** `src` when it is text (a wrong type is reported and read as unset). */
  private get srcUrl(): string | undefined {
    return typeof this.src === 'string' && this.src !== '' ? this.src : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.checkPropertyTypes(changed);
    if (changed.has('piiFields')) {
      const { fields, problem } = readPiiFields(this.piiFields);
      this.pii.fields = fields;
      this.titles.clear();
      if (problem)
        this.queueError({ code: 'invalid-property', path: 'piiFields', message: `piiFields: ${problem}` });
    }
    const customerKey = this.customerId();
    if (customerKey !== this.revealCustomer) {
      // Another customer: what was revealed for the last one is masked again.
      this.revealCustomer = customerKey;
      this.pii.reset();
    }
    if (changed.has('script') || changed.has('src')) {
      const src = this.srcUrl;
      if (this.script !== undefined && this.script !== null) {
        this.loadController?.abort();
        this.loadedSrc = undefined;
        this.begin(this.script);
      } else if (src && src !== this.loadedSrc) {
        void this.load(src);
      } else if (!src) {
        this.loadController?.abort();
        this.loadedSrc = undefined;
        this.reset('empty');
      }
    } else if (this.compiled && this.phase !== 'invalid') {
      const interaction = this.effectiveInteraction;
      if (interaction !== this.runInteraction) this.begin(this.compiled);
    }
    if (
      changed.has('variables') ||
      changed.has('customer') ||
      changed.has('agent') ||
      changed.has('session' as keyof CxScriptPrompter) ||
      changed.has('customer360' as keyof CxScriptPrompter)
    ) {
      this.runner?.setContext(this.context());
      this.titles.clear();
    }
    const phrasesChanged =
      changed.has('prohibitedPhrases') || changed.has('script') || changed.has('src') || !this.hasUpdated;
    if (phrasesChanged) this.phrases = this.phraseList(changed.has('prohibitedPhrases'));
    if (phrasesChanged || changed.has('draft')) this.coach();
  }

  /**
   * Reports a host value of the wrong type (once per change) with `cx-error`; the widget then reads it
   * as unset. The script itself is checked when it starts (see `begin`).
   */
  private checkPropertyTypes(changed: PropertyValues<this>): void {
    const check = (
      name: 'src' | 'interactionId' | 'draft' | 'variables' | 'customer' | 'agent',
      path: string,
      expected: 'text' | 'an object',
    ): void => {
      if (!changed.has(name)) return;
      const value: unknown = this[name];
      if (value === undefined || value === null) return;
      if (expected === 'text' ? typeof value === 'string' : isRecord(value)) return;
      this.queueError({
        code: 'invalid-property',
        path,
        message: `${path} must be ${expected}, not ${typeOfValue(value)}; it is ignored`,
      });
    };
    check('src', 'src', 'text');
    check('interactionId', 'interaction-id', 'text');
    check('draft', 'draft', 'text');
    check('variables', 'variables', 'an object');
    check('customer', 'customer', 'an object');
    check('agent', 'agent', 'an object');
  }

  protected override updated(): void {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const event of events) this.dispatchEvent(event);
    if (this.focusPending) {
      this.focusPending = false;
      this.renderRoot.querySelector<HTMLElement>('[data-focus-target]')?.focus();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Public methods (also what the keyboard and buttons call)

  /** Goes on to the next step (or finishes at an end); returns whether it moved. */
  next(): boolean {
    const runner = this.runner;
    if (!runner || runner.finished) return false;
    const step = runner.current;
    if (step.kind === 'end') return this.finish();
    const problem = this.inputProblems.get(step.id);
    if (problem) {
      this.touched.add(step.id);
      this.refuse({ code: 'answer-invalid', stepId: step.id, message: problem.message, problem });
      return false;
    }
    return this.settle(runner.next());
  }

  /** Goes back one step (later answers are kept until changed); returns whether it moved. */
  back(): boolean {
    if (!this.runner || this.runner.finished) return false;
    return this.settle(this.runner.back());
  }

  /** Skips the current step with a reason, where the script allows it; returns whether it moved. */
  skip(reason: string): boolean {
    if (!this.runner || this.runner.finished) return false;
    const result = this.runner.skip(reason);
    if (!result.ok && result.blocker.code === 'reason-required') {
      this.skipError = true;
      this.refuse(result.blocker);
      return false;
    }
    return this.settle(result);
  }

  /** Records an answer for the current question or confirmation; returns whether it was accepted. */
  answer(value: unknown): boolean {
    const runner = this.runner;
    if (!runner || runner.finished) return false;
    const step = runner.current;
    const problem = checkAnswer(step, value);
    if (problem) {
      if (step.kind === 'ask') this.inputProblems.set(step.id, problem);
      this.touched.add(step.id);
      this.requestUpdate();
      return false;
    }
    const result = step.kind === 'confirm' ? runner.confirm(value === true) : runner.answer(value);
    if (!result.ok) return false;
    this.inputProblems.delete(step.id);
    this.rawInputs.delete(step.id);
    this.blocked = undefined;
    this.persist();
    this.requestUpdate();
    return true;
  }

  /** Marks the current action step done with the host's result (e.g. a ticket id); returns whether it was recorded. */
  completeAction(result = 'done'): boolean {
    const runner = this.runner;
    if (!runner || runner.finished || runner.current.kind !== 'action') return false;
    const outcome = runner.completeAction(String(result));
    if (!outcome.ok) return false;
    this.blocked = undefined;
    this.persist();
    this.requestUpdate();
    return true;
  }

  /** Finishes at an end step, firing `cx-script-complete`; returns false with the blockers shown when it cannot. */
  finish(): boolean {
    const runner = this.runner;
    if (!runner || runner.finished) return false;
    const result = runner.finish();
    if (!result.ok) {
      const first = result.blockers[0];
      if (first) this.say(this.localize.term('scriptAnnounceBlocked', this.blockerText(first)));
      this.requestUpdate();
      return false;
    }
    this.completion = result.record;
    this.phase = 'complete';
    this.removeStored(this.runInteraction, result.record.scriptId);
    this.pendingEvents.push(new CxScriptCompleteEvent(completeDetail(this.redactRecord(result.record))));
    this.focusPending = true;
    this.say(this.localize.term('scriptAnnounceComplete'));
    return true;
  }

  /** Starts the script again from its first step, forgetting the stored progress of this interaction. */
  restart(): void {
    if (!this.compiled) return;
    this.removeStored(this.runInteraction, this.compiled.script.id);
    this.begin(this.compiled, { fresh: true, focus: true });
  }

  // ---------------------------------------------------------------------------------------------
  // Loading and starting

  private async load(src: string): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    this.loadedSrc = src;
    this.reset('loading');
    const transport = this.session?.services.transport ?? new Transport();
    let text: string;
    try {
      const response = await transport.get<string>(src, {
        responseType: 'text',
        signal: controller.signal,
        retries: 1,
      });
      text = typeof response.data === 'string' ? response.data : '';
    } catch (error) {
      if (controller.signal.aborted) return;
      const failure = error instanceof TransportError ? error : undefined;
      const detail =
        failure?.status !== undefined ? `HTTP ${failure.status}` : (failure?.code ?? String(error));
      const reason: ScriptLoadFailure =
        failure?.status !== undefined
          ? 'http'
          : failure?.code === 'timeout' || failure?.code === 'network'
            ? failure.code
            : 'other';
      this.failLoad(
        { reason, status: failure?.status === undefined ? '' : String(failure.status) },
        `the script at ${src} could not be loaded: ${detail}`,
      );
      return;
    }
    if (controller.signal.aborted) return;
    if (text.length > MAX_FETCHED_SIZE) {
      this.finishLoad({ tooLarge: text.length });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      this.failLoad({ reason: 'not-json', status: '' }, `the script at ${src} is not valid JSON`);
      return;
    }
    this.finishLoad(parsed);
  }

  private finishLoad(parsed: unknown): void {
    if (isRecord(parsed) && typeof parsed['tooLarge'] === 'number' && Object.keys(parsed).length === 1) {
      this.showIssues([
        {
          code: 'too-large',
          path: '',
          message: `script is ${parsed['tooLarge']} characters; the limit is ${MAX_SCRIPT_SIZE}`,
        },
      ]);
    } else {
      this.begin(parsed);
    }
    this.phrases = this.phraseList(false);
    this.coach();
    this.requestUpdate();
  }

  private failLoad(failure: { reason: ScriptLoadFailure; status: string }, message: string): void {
    this.reset('load-error');
    this.loadFailure = failure;
    this.queueError({ code: 'load-failed', path: 'src', message });
    this.requestUpdate();
  }

  private retryLoad(): void {
    const src = this.srcUrl;
    if (src) {
      this.loadedSrc = undefined;
      void this.load(src);
    }
  }

  private reset(phase: Phase): void {
    this.flushPersist();
    this.titles.clear();
    this.pathExpanded = false;
    this.phase = phase;
    this.compiled = undefined;
    this.runner = undefined;
    this.issues = [];
    this.completion = undefined;
    this.clearStepState();
  }

  private clearStepState(): void {
    this.rawInputs.clear();
    this.inputProblems.clear();
    this.touched.clear();
    this.blocked = undefined;
    this.skipOpen = false;
    this.skipError = false;
  }

  /** Shows what is wrong with the script; `invalid-property` when it is not an object at all. */
  private showIssues(
    issues: ScriptIssue[],
    code: 'invalid-data' | 'invalid-property' = 'invalid-data',
  ): void {
    this.reset('invalid');
    this.issues = issues;
    const listed = issues
      .slice(0, 5)
      .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
      .join('; ');
    this.queueError({
      code,
      path: code === 'invalid-property' ? 'script' : issues[0]?.path || 'script',
      message: `the script is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${listed}${issues.length > 5 ? '; …' : ''}`,
    });
  }

  /** Validates (once) and starts or resumes the run of this interaction. Never runs an invalid script. */
  private begin(input: unknown, options: { fresh?: boolean; focus?: boolean } = {}): void {
    this.flushPersist();
    let compiled: CompiledScript;
    if (input === this.compiled && this.compiled) {
      compiled = this.compiled;
    } else {
      const validation = validateScript(input);
      if (!validation.ok) {
        this.showIssues(validation.issues, isRecord(input) ? 'invalid-data' : 'invalid-property');
        return;
      }
      compiled = validation.script;
    }
    this.reset('running');
    this.compiled = compiled;
    const interaction = this.effectiveInteraction;
    this.runInteraction = interaction;
    const runOptions = { ...this.context(), interactionId: interaction };
    let runner: ScriptRunner | undefined;
    const stored = options.fresh ? undefined : this.readStored(interaction, compiled.script.id);
    if (stored !== undefined) {
      const resumed = ScriptRunner.resume(compiled, stored, runOptions);
      if (resumed.ok && !resumed.runner.finished) {
        runner = resumed.runner;
      } else {
        this.removeStored(interaction, compiled.script.id);
        this.queueError({
          code: 'invalid-data',
          severity: 'warning',
          path: 'interaction-id',
          message: `stored progress of script ${compiled.script.id} does not fit this version; starting again`,
        });
      }
    }
    if (!runner) {
      const started = ScriptRunner.start(compiled, runOptions);
      if (!started.ok) {
        this.showIssues(started.issues);
        return;
      }
      runner = started.runner;
    }
    this.runner = runner;
    this.persist();
    this.stepChanged(null, runner.current.id, options.focus === true);
  }

  private context(): {
    customer?: Record<string, unknown>;
    variables?: Record<string, unknown>;
    agent?: Record<string, unknown>;
  } {
    const customer = isRecord(this.customer) ? this.customer : customerScope(this.customer360);
    const agent = {
      ...(this.session?.agentId ? { id: this.session.agentId } : {}),
      ...(isRecord(this.agent) ? this.agent : {}),
    };
    return {
      customer: customer ?? {},
      variables: isRecord(this.variables) ? this.variables : {},
      agent,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Storage (per interaction and script; nothing is stored without an interaction id)

  private storageKey(interaction: string | null, scriptId: string): string | undefined {
    return interaction ? progressKey(interaction, scriptId) : undefined;
  }

  private readStored(interaction: string | null, scriptId: string): unknown {
    const key = this.storageKey(interaction, scriptId);
    if (!key) return undefined;
    try {
      const text = localStorage.getItem(key);
      return text === null ? undefined : (JSON.parse(text) as unknown);
    } catch {
      return undefined;
    }
  }

  /**
   * Stores the run after the step is on screen (write-behind): a long script's snapshot is tens of
   * kilobytes, and writing it must not delay the next step. Flushed at once when the element leaves
   * the page, the page is hidden, or another run starts.
   */
  private persist(): void {
    if (this.persistTimer !== undefined) return;
    this.persistTimer = setTimeout(() => this.flushPersist(), 0);
  }

  private flushPersist(): void {
    if (this.persistTimer !== undefined) clearTimeout(this.persistTimer);
    this.persistTimer = undefined;
    const runner = this.runner;
    if (!runner || runner.finished) return;
    const key = this.storageKey(this.runInteraction, runner.state.scriptId);
    if (!key) return;
    try {
      localStorage.setItem(key, JSON.stringify(runner.state));
    } catch {
      // Storage full or blocked: the run goes on, it just will not survive a reload.
    }
  }

  private readonly handlePageHide = (): void => {
    if (document.visibilityState === 'hidden' || this.persistTimer !== undefined) this.flushPersist();
  };

  private removeStored(interaction: string | null, scriptId: string): void {
    const key = this.storageKey(interaction, scriptId);
    if (!key) return;
    try {
      localStorage.removeItem(key);
    } catch {
      // Blocked storage: nothing was stored either.
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Moves

  private settle(result: MoveResult): boolean {
    if (!result.ok) {
      this.refuse(result.blocker);
      return false;
    }
    this.clearStepState();
    this.persist();
    this.stepChanged(result.from, result.to, true);
    return true;
  }

  private refuse(blocker: Blocker): void {
    this.blocked = blocker;
    this.say(this.localize.term('scriptAnnounceBlocked', this.blockerText(blocker)));
    this.requestUpdate();
  }

  private stepChanged(from: string | null, to: string, focus: boolean): void {
    const runner = this.runner!;
    this.pendingEvents.push(
      new CxScriptStepChangeEvent({
        scriptId: runner.state.scriptId,
        from,
        to,
        answers: redactAnswers(runner.answers(), this.pii.fields),
      }),
    );
    if (focus) {
      // Never take focus from the host page (e.g. its chat box); from inside the widget or nowhere, follow the step.
      const active = document.activeElement;
      this.focusPending = !active || active === document.body || this.matches(':focus-within');
      this.say(
        this.localize.term('scriptAnnounceStep', runner.state.path.length, this.stepTitle(runner.current)),
      );
    }
    this.requestUpdate();
  }

  private goBackTo(index: number): void {
    const runner = this.runner;
    if (!runner || runner.finished) return;
    const from = runner.current.id;
    let moved = false;
    while (runner.state.path.length - 1 > index) {
      if (!runner.back().ok) break;
      moved = true;
    }
    if (!moved) return;
    this.clearStepState();
    this.persist();
    this.stepChanged(from, runner.current.id, true);
  }

  private say(message: string): void {
    announce(message, 'polite', this.localize.lang());
  }

  private queueError(error: Omit<CxErrorDetail, 'source'>): void {
    this.pendingEvents.push(new CxErrorEvent({ ...error, source: CxScriptPrompter.tagName }));
  }

  // ---------------------------------------------------------------------------------------------
  // Phrase coaching

  private phraseList(report: boolean): ProhibitedPhrase[] {
    const locale = this.scriptLang ?? this.session?.locale ?? this.localize.lang();
    const defaults = prohibitedPhrasesFor(locale);
    if (this.prohibitedPhrases === undefined || this.prohibitedPhrases === null) return defaults;
    const parsed = v.safeParse(ProhibitedPhrasesSchema, this.prohibitedPhrases);
    if (!parsed.success) {
      if (report) {
        this.queueError({
          code: 'invalid-property',
          path: 'prohibited-phrases',
          message: `prohibited-phrases: ${parsed.issues[0]?.message ?? 'invalid'}; using the defaults`,
        });
      }
      return defaults;
    }
    return mergeProhibitedPhrases(defaults, parsed.output);
  }

  /** Finds prohibited phrases in the draft; a finding is new when its phrase has more occurrences than before. */
  private coach(): void {
    const draft = typeof this.draft === 'string' ? this.draft : '';
    this.phraseMatches = findProhibitedPhrases(draft, this.phrases);
    const keys = new Set<string>();
    const counts = new Map<string, number>();
    for (const match of this.phraseMatches) {
      const phrase = match.phrase.toLowerCase();
      const nth = (counts.get(phrase) ?? 0) + 1;
      counts.set(phrase, nth);
      // Keyed by phrase and occurrence, not index: typing before a phrase does not make it new.
      const key = `${phrase}\u0000${nth}`;
      keys.add(key);
      if (!this.seenFindings.has(key)) {
        this.pendingEvents.push(
          new CxScriptPhraseWarningEvent({
            phrase: match.phrase,
            suggestion: match.suggestion,
            index: match.index,
          }),
        );
        this.say(
          match.suggestion
            ? this.localize.term('scriptCoachInstead', match.text, match.suggestion)
            : this.localize.term('scriptCoachAvoid', match.text),
        );
      }
    }
    this.seenFindings = keys;
  }

  // ---------------------------------------------------------------------------------------------
  // Input handling

  private handleTextInput(step: AskStep, event: Event): void {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const raw = input.value;
    this.rawInputs.set(step.id, raw);
    let value: unknown = raw;
    if (step.input.type === 'number') {
      const badInput = 'validity' in input && input.validity.badInput;
      value = raw.trim() === '' && !badInput ? undefined : badInput ? Number.NaN : Number(raw);
    } else if (step.input.type === 'date' && raw === '') {
      value = undefined;
    }
    this.record(step, value);
    if (event.type === 'change') this.touched.add(step.id);
    this.requestUpdate();
  }

  private record(step: AskStep, value: unknown): void {
    const runner = this.runner;
    if (!runner) return;
    const problem = checkAnswer(step, value);
    if (problem) {
      this.inputProblems.set(step.id, problem);
      return;
    }
    this.inputProblems.delete(step.id);
    if (runner.answer(value).ok) {
      this.blocked = undefined;
      this.persist();
    }
  }

  private handleChoice(step: AskStep, value: string, checked: boolean): void {
    const runner = this.runner;
    if (!runner || step.input.type !== 'choice') return;
    if (step.input.multiple === true) {
      const current = runner.answerOf(step.id);
      const chosen = new Set(Array.isArray(current) ? current : []);
      if (checked) chosen.add(value);
      else chosen.delete(value);
      // Keep the options' order, whatever order they were ticked in.
      const ordered = step.input.options.map((option) => option.value).filter((item) => chosen.has(item));
      if (ordered.length === 0) {
        this.touched.add(step.id);
        this.inputProblems.set(step.id, { code: 'required', message: 'an answer is required' });
        if (step.input.required === false) {
          this.inputProblems.delete(step.id);
          runner.answer([]);
        }
        this.persist();
        this.requestUpdate();
        return;
      }
      this.record(step, ordered);
    } else {
      this.record(step, value);
    }
    this.requestUpdate();
  }

  private handleConfirm(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    if (!this.runner) return;
    this.runner.confirm(checked);
    this.blocked = undefined;
    this.persist();
    this.requestUpdate();
  }

  private handleAction(): void {
    const runner = this.runner;
    if (!runner || runner.current.kind !== 'action') return;
    const step = runner.current;
    const raw = Object.freeze(runner.actionParams());
    this.dispatchEvent(
      new CxScriptActionEvent({
        scriptId: runner.state.scriptId,
        stepId: step.id,
        action: step.action,
        params: redactParams(step.params, raw, this.pii.fields),
        rawParams: () => raw,
      }),
    );
    // A listener may have recorded its own result (e.g. a ticket id) through completeAction().
    if (runner.current.id === step.id && runner.answerOf(step.id) === undefined) this.completeAction('done');
    else this.requestUpdate();
  }

  /** Enter: next; Alt+←: back; 1–9: pick an option. Typing in text fields is left alone. */
  private handleKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.isComposing || event.keyCode === 229) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    const tag = target?.localName ?? '';
    const type = tag === 'input' ? (target as HTMLInputElement).type : '';
    const typing =
      tag === 'textarea' || tag === 'select' || (tag === 'input' && type !== 'radio' && type !== 'checkbox');
    if (event.key === 'ArrowLeft' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      // Also stops the browser's history back, which the same keys mean outside the widget.
      event.preventDefault();
      this.back();
      return;
    }
    if (event.key === 'Enter' && !event.altKey && !event.shiftKey) {
      if (tag === 'button' || tag === 'a' || tag === 'summary') return;
      if (tag === 'textarea' && !(event.ctrlKey || event.metaKey)) return;
      if (target?.dataset['role'] === 'skip-reason') {
        event.preventDefault();
        this.skip((target as HTMLInputElement).value);
        return;
      }
      event.preventDefault();
      this.next();
      return;
    }
    if (/^[1-9]$/.test(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey && !typing) {
      const step = this.runner?.current;
      if (step?.kind !== 'ask') return;
      const position = Number(event.key) - 1;
      if (step.input.type === 'choice') {
        const option = step.input.options[position];
        if (!option) return;
        event.preventDefault();
        const current = this.runner!.answerOf(step.id);
        const checked =
          step.input.multiple === true ? !(Array.isArray(current) && current.includes(option.value)) : true;
        this.handleChoice(step, option.value, checked);
      } else if (step.input.type === 'yes-no' && position < 2) {
        event.preventDefault();
        this.record(step, position === 0);
        this.requestUpdate();
      }
    }
  }

  private toggleSkip(open: boolean): void {
    this.skipOpen = open;
    this.skipError = false;
    this.focusPending = open;
  }

  private handleSkipSubmit(): void {
    const field = this.renderRoot.querySelector<HTMLInputElement>('[data-role="skip-reason"]');
    this.skip(field?.value ?? '');
  }

  // ---------------------------------------------------------------------------------------------
  // Text helpers

  private stepTitle(step: ScriptStep): string {
    const key = `${this.localize.lang()} ${this.pii.version}`;
    if (key !== this.titlesKey) {
      this.titles.clear();
      this.titlesKey = key;
    }
    let title = this.titles.get(step.id);
    if (title === undefined) {
      const label = step.title
        ? undefined
        : step.kind === 'action' || step.kind === 'confirm'
          ? step.label
          : undefined;
      title = step.title || (label ? this.plainText(label) : this.localize.term('scriptStepKind', step.kind));
      // A label filled in from answers changes as the agent goes: only fixed titles are kept.
      if (!label?.includes('{{')) this.titles.set(step.id, title);
    }
    return title;
  }

  /** A code through a term table of the agent's language, or a readable fallback (warned once). */
  private codeName(
    table: 'scriptActions' | 'scriptOutcomes' | 'scriptIssueCodes',
    fallback: 'scriptActionUnknown' | 'scriptOutcomeUnknown' | 'scriptIssueUnknown',
    code: string,
  ): string {
    return this.localize.codeLabel(table, code, (readable) => this.localize.term(fallback, readable));
  }

  private actionName(action: string): string {
    return this.codeName('scriptActions', 'scriptActionUnknown', action);
  }

  private outcomeName(outcome: string): string {
    return this.codeName('scriptOutcomes', 'scriptOutcomeUnknown', outcome);
  }

  private issueName(code: string): string {
    return this.codeName('scriptIssueCodes', 'scriptIssueUnknown', code);
  }

  private blockerText(blocker: Blocker): string {
    const runner = this.runner;
    switch (blocker.code) {
      case 'answer-required':
        return this.localize.term('scriptBlockAnswer');
      case 'answer-invalid':
        return blocker.problem
          ? this.problemText(runner?.compiled.step(blocker.stepId), blocker.problem)
          : blocker.message;
      case 'confirm-required':
        return this.localize.term('scriptBlockConfirm');
      case 'action-required':
        return this.localize.term('scriptBlockAction');
      case 'gate-closed': {
        const step = runner?.compiled.step(blocker.stepId);
        const text = step && step.kind === 'gate' ? this.plainText(step.text) : blocker.message;
        return this.localize.term('scriptBlockGate', text);
      }
      case 'required-step-missing': {
        const step = runner?.compiled.step(blocker.stepId);
        return this.localize.term('scriptBlockRequiredStep', step ? this.stepTitle(step) : blocker.stepId);
      }
      case 'reason-required':
        return this.localize.term('scriptSkipReasonNeeded');
      case 'not-skippable':
        return this.localize.term('scriptBlockNotSkippable');
      case 'at-start':
        return this.localize.term('scriptBlockAtStart');
      case 'no-way-on':
        return this.localize.term('scriptBlockNoWayOn');
      case 'finished':
        return this.localize.term('scriptBlockFinished');
      default:
        return this.localize.term('scriptBlockOther');
    }
  }

  private problemText(step: ScriptStep | undefined, problem: AnswerProblem): string {
    if (
      problem.code === 'pattern' &&
      step?.kind === 'ask' &&
      step.input.type === 'text' &&
      step.input.patternHint
    ) {
      return step.input.patternHint;
    }
    return this.localize.term(
      'scriptProblem',
      problem.code,
      problem.limit === undefined ? '' : String(problem.limit),
    );
  }

  /** A text of the script with its placeholders filled in, yes/no values in the script's language. */
  private segmentsOf(template: string | undefined): TextSegment[] {
    return this.runner?.render(template, { boolean: this.scriptBoolean, values: true }) ?? [];
  }

  /** Yes or No in the script's language (the text around it is), else in the agent's. */
  private readonly scriptBoolean = (value: boolean): string => {
    const language = this.scriptLang?.toLowerCase().split('-')[0];
    const terms: ScriptPrompterTerms | undefined =
      language === 'zh' ? scriptPrompterZhCN : language === 'en' ? scriptPrompterEn : undefined;
    if (terms) return value ? terms.scriptYes : terms.scriptNo;
    return this.localize.term(value ? 'scriptYes' : 'scriptNo');
  };

  /**
   * A template as one string, for labels, titles and announcements: missing values as their path in
   * brackets, personal values masked unless the agent revealed them.
   */
  private plainText(template: string): string {
    return this.segmentsOf(template)
      .map((segment) =>
        'missing' in segment
          ? `[${segment.missing}]`
          : segment.path === undefined
            ? segment.text
            : this.pii.shownText(segment.text, segment.path),
      )
      .join('');
  }

  /** The customer the script's data is about, for reveal events (empty when unknown). */
  private customerId(): string {
    const own = isRecord(this.customer) ? this.customer['id'] : undefined;
    if (typeof own === 'string' || typeof own === 'number') return String(own);
    return this.customer360?.profile?.id ?? this.session?.customerId ?? '';
  }

  /** The words of masked values and their reveal, in the agent's language. */
  private revealWords(): PiiRevealWords {
    const term = this.localize;
    const kinds = term.term('scriptPiiKinds') as unknown as Readonly<Record<PiiKind, string>> | undefined;
    return {
      kind: (kind) => kinds?.[kind] ?? kind,
      revealShort: term.term('scriptPiiShowShort'),
      hideShort: term.term('scriptPiiHideShort'),
      reveal: (label) => term.term('scriptPiiShow', label),
      hide: (label) => term.term('scriptPiiHide', label),
      denied: (label) => term.term('scriptPiiDenied', label),
      revealed: (label, value) => term.term('scriptPiiRevealed', label, value),
    };
  }

  /** The completion record with every personal value masked: what leaves the widget. */
  private redactRecord(record: CompletionRecord): CompletionRecord {
    const extra = this.pii.fields;
    return {
      ...copy(record),
      answers: redactAnswers(record.answers, extra),
      skipped: record.skipped.map((entry) => ({ stepId: entry.stepId, reason: redactText(entry.reason) })),
      audit: record.audit.map((entry) => ({
        ...copy(entry),
        ...(entry.answer !== undefined ? { answer: redactAnswer(entry.stepId, entry.answer, extra) } : {}),
        ...(entry.skipReason !== undefined ? { skipReason: redactText(entry.skipReason) } : {}),
      })),
    };
  }

  private answerText(step: ScriptStep | undefined, value: AnswerValue): string {
    if (step?.kind === 'ask') {
      if (step.input.type === 'yes-no' && typeof value === 'boolean')
        return this.localize.term(value ? 'scriptYes' : 'scriptNo');
      if (step.input.type === 'choice') {
        const label = (item: string) =>
          step.input.type === 'choice'
            ? (step.input.options.find((option) => option.value === item)?.label ?? item)
            : item;
        return Array.isArray(value) ? value.map(label).join(', ') : label(String(value));
      }
    }
    if (step?.kind === 'confirm' && value === true) return this.localize.term('scriptConfirmed');
    if (typeof value === 'boolean') return this.localize.term(value ? 'scriptYes' : 'scriptNo');
    return this.pii.shownText(formatValue(value) ?? '', `answers.${step?.id ?? ''}`);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    const content = (() => {
      switch (this.phase) {
        case 'loading':
          return html`<p class="status" role="status">${this.localize.term('scriptLoading')}</p>`;
        case 'load-error':
          return this.renderLoadError();
        case 'invalid':
          return this.renderIssues();
        case 'complete':
          return this.renderComplete();
        case 'running':
          return this.renderRunning();
        default:
          return html`<p class="status">${this.localize.term('scriptEmpty')}</p>`;
      }
    })();
    return html`<section
      class="prompter"
      part="base"
      aria-label=${this.localize.term('scriptRegionLabel')}
      aria-busy=${this.phase === 'loading' ? 'true' : 'false'}
    >
      ${content} ${this.renderCoach()}
    </section>`;
  }

  private renderLoadError(): TemplateResult {
    return html`<div class="error" part="problem" role="alert">
      <p>${this.localize.term('scriptLoadFailed', this.loadFailure.reason, this.loadFailure.status)}</p>
      <button type="button" part="button" @click=${this.retryLoad}>${this.localize.term('retry')}</button>
    </div>`;
  }

  private renderIssues(): TemplateResult {
    const issues = this.issues;
    return html`<div class="invalid" part="issues" role="alert">
      <h2 class="title">${this.localize.term('scriptInvalidTitle')}</h2>
      <p>${this.localize.term('scriptInvalidIntro', issues.length)}</p>
      <ol class="issues">
        ${issues.slice(0, MAX_LISTED_ISSUES).map(
          (issue) =>
            html`<li>
              <span class="issue-kind">${this.issueName(issue.code)}</span>
              ${issue.stepId ? html` <span class="issue-step">${this.localize.term('scriptIssueStep', issue.stepId)}</span>` : nothing}
              <span class="issue-message" lang="en">${issue.message}</span>
              ${issue.path ? html` <code class="issue-path">${this.localize.term('scriptIssueAt', issue.path)}</code>` : nothing}
            </li>`,
        )}
      </ol>
      ${issues.length > MAX_LISTED_ISSUES ? html`<p>${this.localize.term('scriptMoreIssues', issues.length - MAX_LISTED_ISSUES)}</p>` : nothing}
    </div>`;
  }

  /** Script text keeps its line breaks; the template's own whitespace around it does not count. */
  private renderLines(segments: TextSegment[]): TemplateResult {
    return html`<span class="lines">${this.renderSegments(segments, true)}</span>`;
  }

  /**
   * Filled-in text: missing values as a chip, personal values masked. Where the text is not inside a
   * control (`interactive`), each personal value has a button to show it.
   */
  private renderSegments(segments: TextSegment[], interactive = false): Array<TemplateResult | string> {
    return segments.map((segment) =>
      'missing' in segment
        ? html`<span class="placeholder" part="placeholder"
            ><span class="visually-hidden">${this.localize.term('scriptMissingValue')} </span
            >${segment.missing}</span
          >`
        : segment.path === undefined
          ? segment.text
          : this.pii.text(segment.text, segment.path, undefined, { button: interactive ? 'full' : 'none' }),
    );
  }

  private renderRunning(): TemplateResult {
    const runner = this.runner!;
    const script = runner.compiled.script;
    const step = runner.current;
    const position = runner.state.path.length;
    const { visited, remaining } = runner.progress();
    const total = visited + (Number.isFinite(remaining) ? remaining : 0);
    const progressText = this.localize.term('scriptProgress', visited, remaining);
    return html`<header class="header" part="header">
        <h2 class="title" lang=${script.locale}>${script.title}</h2>
        <div class="progress">
          <div
            class="bar"
            part="progress"
            role="progressbar"
            aria-valuemin="0"
            aria-valuemax=${total}
            aria-valuenow=${visited}
            aria-valuetext=${progressText}
            aria-label=${this.localize.term('scriptProgressLabel')}
          >
            <span ${cssVars({ '--_progress': (total > 0 ? visited / total : 0).toFixed(4) })}></span>
          </div>
          <span class="progress-text" aria-hidden="true">${progressText}</span>
        </div>
      </header>
      <div class="layout" @keydown=${this.handleKeydown}>
        <article
          class=${classMap({
            step: true,
            [`step--${step.kind}`]: true,
            'step--verbatim': step.kind === 'say' && step.verbatim === true,
          })}
          part="step"
          lang=${script.locale}
        >
          <h3 class="step-heading" part="step-heading" tabindex="-1" ?data-focus-target=${!this.skipOpen}>
            ${this.localize.term('scriptStepHeading', position, this.stepTitle(step))}
          </h3>
          ${this.renderBadges(step)} ${this.renderBody(step)} ${this.renderBlocked(step)}
          ${this.renderUpcoming(step)} ${this.renderControls(step)}
        </article>
        ${this.renderPath()}
      </div>
      ${this.renderShortcuts()}`;
  }

  private renderBadges(step: ScriptStep): TemplateResult | typeof nothing {
    const verbatim = step.kind === 'say' && step.verbatim === true;
    const required = step.kind !== 'end' && step.required === true;
    if (!verbatim && !required) return nothing;
    return html`<p class="badges">
      ${verbatim ? html`<span class="badge badge--verbatim" part="badge">${this.localize.term('scriptVerbatim')}</span>` : nothing}
      ${required ? html`<span class="badge badge--required" part="badge">${this.localize.term('scriptRequired')}</span>` : nothing}
    </p>`;
  }

  private renderBody(step: ScriptStep): TemplateResult {
    const runner = this.runner!;
    const text: string | undefined = step.text;
    const textPart =
      text === undefined
        ? nothing
        : step.kind === 'say' && step.verbatim === true
          ? html`<blockquote class="text verbatim-text" part="step-text" id="step-text">
              ${this.renderLines(this.segmentsOf(text))}
            </blockquote>`
          : html`<p class="text" part="step-text" id="step-text">
              ${this.renderLines(this.segmentsOf(text))}
            </p>`;
    switch (step.kind) {
      case 'ask':
        return html`${textPart}${this.renderInput(step)}`;
      case 'confirm':
        return html`${textPart}
          <label
            class=${classMap({
              confirm__label: true,
              'confirm__label--checked': runner.answerOf(step.id) === true,
            })}
          >
            <input
              type="checkbox"
              part="input"
              .checked=${live(runner.answerOf(step.id) === true)}
              @change=${this.handleConfirm}
            />
            <span>${this.renderSegments(this.segmentsOf(step.label))}</span>
          </label>`;
      case 'action': {
        const result = runner.answerOf(step.id);
        return html`${textPart}
        ${
          result === undefined
            ? html`<button type="button" class="action" part="button action" @click=${this.handleAction}>
                ${step.label ? this.renderSegments(this.segmentsOf(step.label)) : this.actionName(step.action)}
              </button>`
            : html`<p class="done" role="status">
                ${checkIcon}<span>${this.localize.term('scriptActionDone', String(result))}</span>
              </p>`
        }`;
      }
      case 'gate': {
        const open = runner.blocker() === null;
        return html`${textPart}
          <p
            class=${classMap({ gate__line: true, 'gate__line--open': open, 'gate__line--closed': !open })}
            part="gate"
            role="status"
          >
            ${open ? checkIcon : hourglassIcon}<span
              >${this.localize.term(open ? 'scriptGateOpen' : 'scriptGateClosed')}</span
            >
          </p>`;
      }
      default:
        return textPart as TemplateResult;
    }
  }

  private renderInput(step: AskStep): TemplateResult {
    const runner = this.runner!;
    const input = step.input;
    const problem = this.inputProblems.get(step.id);
    const shown = problem && this.touched.has(step.id) ? problem : undefined;
    const describedBy = shown ? 'input-problem' : undefined;
    const label = input.label ? this.renderSegments(this.segmentsOf(input.label)) : undefined;
    const answer = runner.answerOf(step.id);
    const optional =
      input.required === false
        ? html` <span class="optional">${this.localize.term('scriptOptional')}</span>`
        : nothing;
    const problemLine = shown
      ? html`<p class="problem" part="problem" id="input-problem">${this.problemText(step, shown)}</p>`
      : nothing;
    if (input.type === 'choice' || input.type === 'yes-no') {
      const options =
        input.type === 'choice'
          ? input.options.map((option) => ({ value: option.value, label: option.label }))
          : [
              { value: 'yes', label: this.localize.term('scriptYes') },
              { value: 'no', label: this.localize.term('scriptNo') },
            ];
      const multiple = input.type === 'choice' && input.multiple === true;
      const isChecked = (value: string): boolean =>
        input.type === 'yes-no'
          ? answer === (value === 'yes')
          : Array.isArray(answer)
            ? answer.includes(value)
            : answer === value;
      return html`<fieldset class="choices" aria-describedby=${ifDefined(describedBy)}>
          <legend class=${label ? 'label' : 'visually-hidden'}>
            ${label ?? this.plainText(step.text)}${optional}
          </legend>
          ${options.map(
            (option, index) =>
              html`<label class=${classMap({ choice: true, 'choice--checked': isChecked(option.value) })}>
                <input
                  type=${multiple ? 'checkbox' : 'radio'}
                  name="answer"
                  part="input"
                  .value=${option.value}
                  .checked=${live(isChecked(option.value))}
                  @change=${(event: Event) => {
                    const checked = (event.target as HTMLInputElement).checked;
                    if (input.type === 'yes-no') {
                      this.record(step, option.value === 'yes');
                      this.requestUpdate();
                    } else this.handleChoice(step, option.value, checked);
                  }}
                />
                ${index < 9 ? html`<kbd aria-hidden="true">${index + 1}</kbd>` : nothing}
                <span>${option.label}</span>
              </label>`,
          )}
        </fieldset>
        ${problemLine}`;
    }
    const raw = this.rawInputs.get(step.id) ?? (answer === undefined ? '' : String(answer));
    const common = {
      invalid: shown ? 'true' : 'false',
    };
    const labelText = label ?? this.plainText(step.text);
    let field: TemplateResult;
    if (input.type === 'text' && input.multiline === true) {
      field = html`<textarea
        id="answer"
        part="input"
        rows="3"
        maxlength=${ifDefined(input.maxLength)}
        aria-invalid=${common.invalid}
        aria-describedby=${ifDefined(describedBy)}
        ?required=${input.required !== false}
        .value=${live(raw)}
        @input=${(event: Event) => this.handleTextInput(step, event)}
        @change=${(event: Event) => this.handleTextInput(step, event)}
      ></textarea>`;
    } else {
      const type = input.type === 'text' ? 'text' : input.type;
      field = html`<input
        id="answer"
        part="input"
        type=${type}
        inputmode=${ifDefined(input.type === 'number' ? (input.integer ? 'numeric' : 'decimal') : undefined)}
        min=${ifDefined(input.type === 'number' || input.type === 'date' ? input.min : undefined)}
        max=${ifDefined(input.type === 'number' || input.type === 'date' ? input.max : undefined)}
        step=${ifDefined(input.type === 'number' ? (input.integer ? '1' : 'any') : undefined)}
        maxlength=${ifDefined(input.type === 'text' ? input.maxLength : undefined)}
        autocomplete="off"
        aria-invalid=${common.invalid}
        aria-describedby=${ifDefined(describedBy)}
        ?required=${input.required !== false}
        .value=${live(raw)}
        @input=${(event: Event) => this.handleTextInput(step, event)}
        @change=${(event: Event) => this.handleTextInput(step, event)}
      />`;
    }
    return html`<div class="field">
      <label for="answer" class=${label ? 'label' : 'visually-hidden'}>${labelText}${optional}</label>
      <span class="input-row"
        >${field}${input.type === 'number' && input.unit ? html`<span class="unit">${input.unit}</span>` : nothing}</span
      >
      ${input.type === 'text' && input.patternHint && !shown ? html`<p class="hint">${input.patternHint}</p>` : nothing}
      ${problemLine}
    </div>`;
  }

  private renderBlocked(step: ScriptStep): TemplateResult | typeof nothing {
    const blocked = this.blocked;
    if (
      !blocked ||
      blocked.stepId !== step.id ||
      blocked.code === 'answer-invalid' ||
      blocked.code === 'reason-required'
    )
      return nothing;
    return html`<p class="problem" part="problem" id="blocked">${this.blockerText(blocked)}</p>`;
  }

  private renderUpcoming(step: ScriptStep): TemplateResult | typeof nothing {
    if (step.kind === 'end') return nothing;
    const runner = this.runner!;
    const upcoming = runner.upcoming();
    const target = upcoming ? runner.compiled.step(upcoming) : undefined;
    const text = target
      ? target.kind === 'end'
        ? this.localize.term('scriptUpcomingFinish')
        : this.localize.term('scriptUpcoming', this.stepTitle(target))
      : this.localize.term('scriptUpcomingPending');
    return html`<p class="upcoming" part="upcoming">${text}</p>`;
  }

  private renderControls(step: ScriptStep): TemplateResult {
    const runner = this.runner!;
    const canBack = runner.state.path.length > 1;
    const canSkip =
      step.kind !== 'end' && step.kind !== 'gate' && step.skippable === true && step.required !== true;
    if (step.kind === 'end') {
      const blockers = runner.finishBlockers();
      const blocked = blockers.length > 0;
      return html`<div class="controls" part="controls">
          ${canBack ? html`<button type="button" part="button" @click=${() => this.back()}>${this.localize.term('scriptBack')}</button>` : nothing}
          <button
            type="button"
            class="primary"
            part="button"
            aria-disabled=${blocked ? 'true' : 'false'}
            aria-describedby=${ifDefined(blocked ? 'finish-blockers' : undefined)}
            @click=${() => this.finish()}
          >
            ${this.localize.term('scriptFinish')}
          </button>
        </div>
        ${
          blocked
            ? html`<div class="blockers" part="blockers" id="finish-blockers">
                <p>${this.localize.term('scriptFinishBlocked')}</p>
                <ul>
                  ${blockers.map((blocker) => html`<li>${this.blockerText(blocker)}</li>`)}
                </ul>
              </div>`
            : nothing
        }`;
    }
    return html`<div class="controls" part="controls">
        ${canBack ? html`<button type="button" part="button" @click=${() => this.back()}>${this.localize.term('scriptBack')}</button>` : nothing}
        ${
          canSkip
            ? html`<button
                type="button"
                part="button"
                aria-expanded=${this.skipOpen ? 'true' : 'false'}
                @click=${() => this.toggleSkip(!this.skipOpen)}
              >
                ${this.localize.term('scriptSkip')}
              </button>`
            : nothing
        }
        <button type="button" class="primary" part="button" @click=${() => this.next()}>
          ${this.localize.term('scriptNext')}
        </button>
      </div>
      ${
        canSkip && this.skipOpen
          ? html`<div class="skip">
              <label for="skip-reason">${this.localize.term('scriptSkipReason')}</label>
              <input
                id="skip-reason"
                data-role="skip-reason"
                part="input"
                maxlength="500"
                autocomplete="off"
                aria-invalid=${this.skipError ? 'true' : 'false'}
                aria-describedby=${ifDefined(this.skipError ? 'skip-problem' : undefined)}
                ?data-focus-target=${this.skipOpen}
              />
              ${this.skipError ? html`<p class="problem" part="problem" id="skip-problem">${this.localize.term('scriptSkipReasonNeeded')}</p>` : nothing}
              <span class="skip-buttons">
                <button type="button" part="button" @click=${this.handleSkipSubmit}>
                  ${this.localize.term('scriptSkipConfirm')}
                </button>
                <button type="button" part="button" @click=${() => this.toggleSkip(false)}>
                  ${this.localize.term('scriptSkipCancel')}
                </button>
              </span>
            </div>`
          : nothing
      }`;
  }

  private renderPath(): TemplateResult {
    const runner = this.runner!;
    const { path, skipped } = runner.state;
    const last = path.length - 1;
    // A long path shows its first step and the latest ones; the agent can open the rest.
    const folded = !this.pathExpanded && path.length > PATH_FOLD_AT;
    const shownFrom = folded ? path.length - PATH_TAIL : 1;
    const item = (id: string, index: number): TemplateResult => {
      const step = runner.compiled.step(id)!;
      const title = this.stepTitle(step);
      const wasSkipped = index < last && Object.prototype.hasOwnProperty.call(skipped, id);
      const current = index === last;
      // One template for past and current items: a step change turns one item into a link and adds
      // one, instead of re-creating the previous current item.
      return html`<li
        value=${index + 1}
        class=${classMap({ current, skipped: wasSkipped })}
        aria-current=${current ? 'step' : nothing}
      >
        <button
          type="button"
          class="path-step"
          aria-disabled=${current ? 'true' : nothing}
          @click=${() => {
            if (index < (this.runner?.state.path.length ?? 0) - 1) this.goBackTo(index);
          }}
        >
          ${title}
        </button>
        ${current ? html`<span class="visually-hidden">${this.localize.term('scriptCurrentStep')}</span>` : nothing}
      </li>`;
    };
    return html`<nav class="path" part="path" aria-label=${this.localize.term('scriptPath')}>
      <h3 class="path-title">${this.localize.term('scriptPath')}</h3>
      <ol lang=${runner.compiled.script.locale}>
        ${item(path[0]!, 0)}
        ${
          folded
            ? html`<li class="fold" value="2">
                <button type="button" class="path-step" @click=${this.handleExpandPath}>
                  ${this.localize.term('scriptPathShowAll', shownFrom - 1)}
                </button>
              </li>`
            : nothing
        }
        ${repeat(
          path.slice(shownFrom),
          // Keyed by position: a step change adds one item and drops one, the others stay as they are.
          (_, offset) => shownFrom + offset,
          (id, offset) => item(id, shownFrom + offset),
        )}
      </ol>
    </nav>`;
  }

  private handleExpandPath(): void {
    this.pathExpanded = true;
    this.requestUpdate();
  }

  private renderShortcuts(): TemplateResult {
    return html`<details class="shortcuts" part="shortcuts">
      <summary>${this.localize.term('scriptShortcuts')}</summary>
      <dl>
        <dt><kbd>Enter</kbd></dt>
        <dd>${this.localize.term('scriptShortcutNext')}</dd>
        <dt><kbd>Ctrl</kbd>+<kbd>Enter</kbd></dt>
        <dd>${this.localize.term('scriptShortcutNextMultiline')}</dd>
        <dt>
          <kbd>Alt</kbd>+<kbd
            >${arrowLeftIcon}<span class="visually-hidden"
              >${this.localize.term('scriptKeyLeftArrow')}</span
            ></kbd
          >
        </dt>
        <dd>${this.localize.term('scriptShortcutBack')}</dd>
        <dt><kbd>1</kbd>–<kbd>9</kbd></dt>
        <dd>${this.localize.term('scriptShortcutChoice')}</dd>
      </dl>
    </details>`;
  }

  private renderComplete(): TemplateResult {
    const record = this.completion!;
    const compiled = this.compiled;
    return html`<div class="complete" part="complete">
      <h2 class="title" tabindex="-1" data-focus-target>${this.localize.term('scriptComplete')}</h2>
      ${compiled ? html`<p lang=${compiled.script.locale}>${compiled.script.title}</p>` : nothing}
      ${record.outcome ? html`<p>${this.localize.term('scriptCompleteOutcome', this.outcomeName(record.outcome))}</p>` : nothing}
      <p>${this.localize.term('scriptCompleteSteps', record.path.length, record.skipped.length)}</p>
      <ol class="summary" lang=${ifDefined(compiled?.script.locale)}>
        ${record.path.map((id) => {
          const step = compiled?.step(id);
          const value = record.answers[id];
          const skip = record.skipped.find((entry) => entry.stepId === id);
          return html`<li>
            <span class="summary-step">${step ? this.stepTitle(step) : id}</span>${
              value !== undefined
                ? html`${this.localize.term('scriptSummarySeparator')}<span class="summary-answer"
                      >${this.answerText(step, value)}</span
                    >`
                : nothing
            }${skip ? html` <span class="summary-skip">${this.localize.term('scriptSummarySkipped', this.pii.shownText(skip.reason, ''))}</span>` : nothing}
          </li>`;
        })}
      </ol>
      <button type="button" part="button" @click=${() => this.restart()}>
        ${this.localize.term('scriptRestart')}
      </button>
    </div>`;
  }

  private renderCoach(): TemplateResult | typeof nothing {
    const matches = this.phraseMatches;
    const draft = typeof this.draft === 'string' ? this.draft : '';
    if (matches.length === 0) return nothing;
    const pieces: Array<TemplateResult | string> = [];
    let cursor = 0;
    for (const match of matches) {
      pieces.push(draft.slice(cursor, match.index));
      pieces.push(html`<mark part="mark">${draft.slice(match.index, match.index + match.length)}</mark>`);
      cursor = match.index + match.length;
    }
    pieces.push(draft.slice(cursor));
    const unique = new Map<string, PhraseMatch>();
    for (const match of matches)
      if (!unique.has(match.phrase.toLowerCase())) unique.set(match.phrase.toLowerCase(), match);
    return html`<aside class="coach" part="coach" aria-labelledby="coach-title">
      <h3 id="coach-title">${this.localize.term('scriptCoachTitle')}</h3>
      <p class="draft">
        <span class="draft-label">${this.localize.term('scriptCoachDraft')}</span>
        <span class="draft-text">${pieces}</span>
      </p>
      <ul class="suggestions">
        ${[...unique.values()].map(
          (match) =>
            html`<li>
              ${
                match.suggestion
                  ? this.localize.term('scriptCoachInstead', match.text, match.suggestion)
                  : this.localize.term('scriptCoachAvoid', match.text)
              }
            </li>`,
        )}
      </ul>
    </aside>`;
  }
}

function completeDetail(record: CompletionRecord): CxScriptCompleteDetail {
  const iso = (ms: number | undefined): string | null =>
    ms === undefined ? null : new Date(ms).toISOString();
  return {
    scriptId: record.scriptId,
    version: record.version,
    interactionId: record.interactionId,
    answers: copy(record.answers),
    path: [...record.path],
    skipped: record.skipped.map((entry) => ({ ...entry })),
    audit: record.audit.map((entry) => ({
      stepId: entry.stepId,
      enteredAt: iso(entry.enteredAt)!,
      leftAt: iso(entry.leftAt),
      ...(entry.answer !== undefined ? { answer: copy(entry.answer) } : {}),
    })),
    ...(record.outcome !== undefined ? { outcome: record.outcome } : {}),
  };
}
