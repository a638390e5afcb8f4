import { consume } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { agentSessionContext, type AgentSession } from '../../context/agent-session.js';
import { customerContext } from '../../context/customer.js';
import { CxCustomerPiiRevealEvent } from '../../events/cx-customer-pii-reveal.js';
import { CxScriptActionEvent } from '../../events/cx-script-action.js';
import { CxScriptCompleteEvent } from '../../events/cx-script-complete.js';
import { CxScriptPhraseWarningEvent } from '../../events/cx-script-phrase-warning.js';
import { CxScriptStepChangeEvent } from '../../events/cx-script-step-change.js';
import { announce } from '../../internal/announcer.js';
import { EventQueueController } from '../../internal/controllers/event-queue.js';
import { CxElement } from '../../internal/cx-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { PiiRevealController } from '../../internal/pii-reveal.js';
import { anyText, checkChangedSettings, record, setting } from '../../internal/property-check.js';
import { isRecord } from '../../services/is-record.js';
import { readPiiFields } from '../../services/pii/index.js';
import {
  MAX_SCRIPT_SIZE,
  coachedPhrases,
  redactAnswers,
  redactParams,
  scriptPiiKind,
  validateScript,
  type AskStep,
  type Blocker,
  type CompletionRecord,
  type MoveResult,
  type ProhibitedPhrase,
  type ScriptIssue,
} from '../../services/script-engine/index.js';
import type { Customer360 } from '../../services/tmf/customer360.js';
import { Transport } from '../../services/transport.js';
import { scriptPrompterEn, scriptPrompterZhCN } from '../../translations/script-prompter.js';
import { MASKED_VALUE_TERMS, maskedValueWords } from '../masked-value/masked-value.component.js';
import { PhraseCoach, advice, coachTemplate } from './script-prompter.coach.js';
import { completionTemplate } from './script-prompter.complete.js';
import { customerScope } from './script-prompter.customer.js';
import { ScriptLoadError, loadScript, type LoadedScript } from './script-prompter.load.js';
import { headerTemplate, pathTemplate } from './script-prompter.path.js';
import { completeDetail, redactRecord } from './script-prompter.record.js';
import { shortcutsTemplate } from './script-prompter.shortcuts.js';
import { issuesTemplate, loadErrorTemplate } from './script-prompter.status.js';
import { stepTemplate } from './script-prompter.step.js';
import { styles } from './script-prompter.styles.js';
import { ScriptText } from './script-prompter.text.js';
import type { PrompterActions, RunView } from './script-prompter.view.js';
import { ScriptRunController } from './script-run-controller.js';

/** This widget's terms, registered by its localize controller when the first element is created. */
// The masked values' words are <cx-masked-value>'s own (one set of reveal words in every widget).
const TERMS = {
  en: { ...scriptPrompterEn, ...MASKED_VALUE_TERMS.en },
  'zh-cn': { ...scriptPrompterZhCN, ...MASKED_VALUE_TERMS['zh-cn'] },
};

/** Where the run is: no script, an invalid one, running, done (a load from `src` is its task's). */
type Phase = 'empty' | 'invalid' | 'running' | 'complete';

/**
 * The host values checked when they change (the script itself is checked when it starts, see `begin`):
 * an unusable one is reported with `cx-error` and read as unset.
 */
const SETTINGS = [
  setting('src', 'src', anyText, undefined, 'no script address'),
  setting('interactionId', 'interaction-id', anyText, undefined, 'no interaction'),
  setting('draft', 'draft', anyText, undefined, 'no draft'),
  setting('variables', 'variables', record('an object of values'), undefined, 'no variables'),
  setting('customer', 'customer', record('an object (the customer)'), undefined, "the session's customer"),
  setting('agent', 'agent', record('an object (the agent)'), undefined, "the session's agent"),
];

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
  @state() private skipOpen = false;
  @state() private skipError = false;
  @state() private completion: CompletionRecord | undefined;
  /** Whether the agent unfolded a long path. */
  @state() private pathExpanded = false;

  private readonly localize = new LocalizeController(this, TERMS);
  private readonly events = new EventQueueController(this, { source: CxScriptPrompter.tagName });
  /** The runner and what was typed at its step: every change of the run renders through it. */
  private readonly run = new ScriptRunController(this);
  /**
   * Personal values the script fills in: masked, revealed everywhere at once after an audited reveal
   * whose path is the variable the value came from (`customer.msisdn`), else `script.<step id>`.
   */
  private readonly pii: PiiRevealController = new PiiRevealController(this, {
    words: () => maskedValueWords(this.localize),
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
  private readonly text: ScriptText = new ScriptText(this.localize, this.pii, () => this.run.runner);
  /**
   * The script at `src`, fetched with the session's transport (or fetch) whenever `src` changes and no
   * `script` is set; a newer `src`, a `script` or leaving the page aborts a load under way.
   */
  private readonly loadTask = new Task(this, {
    args: () => [this.fromSrc ? this.srcUrl : undefined] as const,
    task: ([src], { signal }) =>
      src ? loadScript(src, this.session?.services.transport ?? new Transport(), signal) : initialState,
    onError: (error) =>
      this.events.error({
        code: 'load-failed',
        path: 'src',
        message: error instanceof ScriptLoadError ? error.message : 'the script could not be loaded',
      }),
  });
  private readonly coach = new PhraseCoach();
  private phrases: ProhibitedPhrase[] = [];
  private focusPending = false;
  /** The loaded script the run was last started from: a new load starts again. */
  private startedLoad: LoadedScript | undefined;
  /** A load cut short by leaving the page: loaded again on return. */
  private loadCut = false;
  /** The customer reveals belong to: another customer starts masked again. */
  private revealCustomer = '';
  /** The running script as its parts show it (see `willUpdate`). */
  private view: RunView | undefined;

  /** The id of the current step (undefined when no script runs). */
  get currentStepId(): string | undefined {
    return this.run.runner?.current.id;
  }

  /** What is wrong with the script (empty when it is valid or not loaded). */
  get scriptIssues(): readonly ScriptIssue[] {
    return this.issues;
  }

  /** The completion record once the script is complete; personal values in it are masked. */
  get completionRecord(): CompletionRecord | undefined {
    return this.completion ? redactRecord(this.completion, this.pii.fields) : undefined;
  }

  private get effectiveInteraction(): string | null {
    const own = typeof this.interactionId === 'string' ? this.interactionId.trim() : '';
    return own || this.session?.interactionId || null;
  }

  /** `src` when it is text (a wrong type is reported and read as unset). */
  private get srcUrl(): string | undefined {
    return typeof this.src === 'string' && this.src !== '' ? this.src : undefined;
  }

  /** Whether the script comes from `src` (no `script` is set). */
  private get fromSrc(): boolean {
    return (this.script === undefined || this.script === null) && this.srcUrl !== undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loadCut) {
      this.loadCut = false;
      void this.loadTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.loadTask.status === TaskStatus.PENDING) {
      this.loadTask.abort();
      this.loadCut = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    checkChangedSettings(this, changed as Map<string, unknown>, SETTINGS, (path, message) =>
      this.events.error({ code: 'invalid-property', path, message }),
    );
    if (changed.has('piiFields')) {
      const { fields, problem } = readPiiFields(this.piiFields);
      this.pii.fields = fields;
      if (problem)
        this.events.error({ code: 'invalid-property', path: 'piiFields', message: `piiFields: ${problem}` });
    }
    const customerKey = this.customerId();
    if (customerKey !== this.revealCustomer) {
      // Another customer: what was revealed for the last one is masked again.
      this.revealCustomer = customerKey;
      this.pii.reset();
    }
    const loaded =
      this.fromSrc && this.loadTask.status === TaskStatus.COMPLETE ? this.loadTask.value : undefined;
    let scriptChanged = true;
    if (changed.has('script') || changed.has('src')) {
      // A script set runs at once; a `src` is loaded by the task (after this update's willUpdate).
      if (this.script !== undefined && this.script !== null) this.begin(this.script);
      else this.reset('empty');
    } else if (loaded && loaded !== this.startedLoad) {
      this.startedLoad = loaded;
      if ('tooLarge' in loaded) {
        const message = `script is ${loaded.tooLarge} characters; the limit is ${MAX_SCRIPT_SIZE}`;
        this.showIssues([{ code: 'too-large', path: '', message }]);
      } else this.begin(loaded.script);
    } else {
      scriptChanged = false;
      const compiled = this.run.runner?.compiled;
      if (compiled && this.phase !== 'invalid' && this.effectiveInteraction !== this.run.interaction)
        this.begin(compiled);
    }
    if (
      changed.has('variables') ||
      changed.has('customer') ||
      changed.has('agent') ||
      changed.has('session' as keyof CxScriptPrompter) ||
      changed.has('customer360' as keyof CxScriptPrompter)
    ) {
      this.run.setContext(this.context());
    }
    const phrasesChanged = scriptChanged || changed.has('prohibitedPhrases') || !this.hasUpdated;
    if (phrasesChanged) this.phrases = this.phraseList(changed.has('prohibitedPhrases'));
    if (phrasesChanged || changed.has('draft')) this.coachDraft();
    this.view = this.phase === 'running' ? this.runView() : undefined;
  }

  /** The running script's step, form and progress, for the parts that show them. */
  private runView(): RunView | undefined {
    const runner = this.run.runner;
    if (!runner) return undefined;
    const step = runner.current;
    const answer = runner.answerOf(step.id);
    return {
      localize: this.localize,
      text: this.text,
      runner,
      step,
      locale: runner.compiled.script.locale,
      progress: runner.progress(),
      raw: this.run.rawInput(step.id) ?? (answer === undefined ? '' : String(answer)),
      problem: this.run.shownProblem(step.id),
      blocked: this.run.blocked,
      finishBlockers: step.kind === 'end' ? runner.finishBlockers() : [],
      skip: { open: this.skipOpen, error: this.skipError },
      pathExpanded: this.pathExpanded,
      on: this.on,
    };
  }

  protected override updated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    this.renderRoot.querySelector<HTMLElement>('[data-focus-target]')?.focus();
  }

  // ---------------------------------------------------------------------------------------------
  // Public methods (also what the keyboard and buttons call)

  /** Goes on to the next step (or finishes at an end); returns whether it moved. */
  next(): boolean {
    const step = this.run.active?.current;
    if (!step) return false;
    if (step.kind === 'end') return this.finish();
    const problem = this.run.problem(step.id);
    if (problem) {
      this.refuse({ code: 'answer-invalid', stepId: step.id, message: problem.message, problem });
      return false;
    }
    return this.settle(this.run.move((runner) => runner.next()));
  }

  /** Goes back one step (later answers are kept until changed); returns whether it moved. */
  back(): boolean {
    return this.settle(this.run.move((runner) => runner.back()));
  }

  /** Skips the current step with a reason, where the script allows it; returns whether it moved. */
  skip(reason: string): boolean {
    const result = this.run.move((runner) => runner.skip(reason));
    if (result?.ok === false && result.blocker.code === 'reason-required') this.skipError = true;
    return this.settle(result);
  }

  /** Records an answer for the current question or confirmation; returns whether it was accepted. */
  answer(value: unknown): boolean {
    return this.run.answer(value);
  }

  /** Marks the current action step done with the host's result (e.g. a ticket id); returns whether it was recorded. */
  completeAction(result = 'done'): boolean {
    return this.run.active?.current.kind === 'action' && this.run.completeAction(String(result));
  }

  /** Finishes at an end step, firing `cx-script-complete`; returns false with the blockers shown when it cannot. */
  finish(): boolean {
    const result = this.run.finish();
    if (!result) return false;
    if (!result.ok) {
      const first = result.blockers[0];
      if (first) this.say(this.localize.term('scriptAnnounceBlocked', this.text.blockerText(first)));
      return false;
    }
    this.completion = result.record;
    this.phase = 'complete';
    this.events.queue(
      new CxScriptCompleteEvent(completeDetail(redactRecord(result.record, this.pii.fields))),
    );
    this.focusPending = true;
    this.say(this.localize.term('scriptAnnounceComplete'));
    return true;
  }

  /** Starts the script again from its first step, forgetting the stored progress of this interaction. */
  restart(): void {
    const compiled = this.run.runner?.compiled;
    if (!compiled) return;
    this.run.forget();
    this.begin(compiled, { fresh: true, focus: true });
  }

  // ---------------------------------------------------------------------------------------------
  // Starting

  private reset(phase: Phase): void {
    this.run.stop();
    this.pathExpanded = false;
    this.phase = phase;
    this.issues = [];
    this.completion = undefined;
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
    this.events.error({
      code,
      path: code === 'invalid-property' ? 'script' : issues[0]?.path || 'script',
      message: `the script is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${listed}${issues.length > 5 ? '; …' : ''}`,
    });
  }

  /** Validates (once) and starts or resumes the run of this interaction. Never runs an invalid script. */
  private begin(input: unknown, options: { fresh?: boolean; focus?: boolean } = {}): void {
    let compiled = this.run.runner?.compiled;
    if (!compiled || input !== compiled) {
      const validation = validateScript(input);
      if (!validation.ok) {
        this.showIssues(validation.issues, isRecord(input) ? 'invalid-data' : 'invalid-property');
        return;
      }
      compiled = validation.script;
    }
    this.reset('running');
    const started = this.run.start(compiled, this.effectiveInteraction, this.context(), options.fresh);
    if (started.discarded) {
      this.events.error({
        code: 'invalid-data',
        severity: 'warning',
        path: 'interaction-id',
        message: `stored progress of script ${compiled.script.id} does not fit this version; starting again`,
      });
    }
    if (!started.ok) {
      this.showIssues(started.issues);
      return;
    }
    this.stepChanged(null, this.run.runner!.current.id, options.focus === true);
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
  // Moves

  private settle(result: MoveResult | undefined): boolean {
    if (!result) return false;
    if (!result.ok) {
      this.say(this.localize.term('scriptAnnounceBlocked', this.text.blockerText(result.blocker)));
      return false;
    }
    this.stepChanged(result.from, result.to, true);
    return true;
  }

  private refuse(blocker: Blocker): void {
    this.run.refuse(blocker);
    this.say(this.localize.term('scriptAnnounceBlocked', this.text.blockerText(blocker)));
  }

  private stepChanged(from: string | null, to: string, focus: boolean): void {
    const runner = this.run.runner!;
    this.skipOpen = false;
    this.skipError = false;
    this.events.queue(
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
        this.localize.term(
          'scriptAnnounceStep',
          runner.state.path.length,
          this.text.stepTitle(runner.current),
        ),
      );
    }
  }

  private goBackTo(index: number): void {
    const runner = this.run.active;
    if (!runner || index >= runner.state.path.length - 1) return;
    const from = this.run.backTo(index);
    if (from !== undefined) this.stepChanged(from, runner.current.id, true);
  }

  private say(message: string): void {
    announce(message, 'polite', this.localize.lang());
  }

  // ---------------------------------------------------------------------------------------------
  // Phrase coaching

  private phraseList(report: boolean): ProhibitedPhrase[] {
    const locale = this.run.runner?.compiled.script.locale ?? this.session?.locale ?? this.localize.lang();
    const { phrases, problem } = coachedPhrases(locale, this.prohibitedPhrases);
    if (problem && report) {
      this.events.error({
        code: 'invalid-property',
        path: 'prohibited-phrases',
        message: `prohibited-phrases: ${problem}; using the defaults`,
      });
    }
    return phrases;
  }

  /** Coaches the draft: each new finding is announced and fired as `cx-script-phrase-warning`. */
  private coachDraft(): void {
    const draft = typeof this.draft === 'string' ? this.draft : '';
    for (const match of this.coach.check(draft, this.phrases)) {
      this.events.queue(
        new CxScriptPhraseWarningEvent({
          phrase: match.phrase,
          suggestion: match.suggestion,
          index: match.index,
        }),
      );
      this.say(advice(this.localize, match));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Input handling

  /** What the parts call when the agent acts. */
  private readonly on: PrompterActions = {
    back: () => this.back(),
    next: () => this.next(),
    finish: () => this.finish(),
    restart: () => this.restart(),
    retry: () => void this.loadTask.run(),
    toggleSkip: (open) => {
      this.skipOpen = open;
      this.skipError = false;
      this.focusPending = open;
    },
    submitSkip: () =>
      this.skip(this.renderRoot.querySelector<HTMLInputElement>('[data-role="skip-reason"]')?.value ?? ''),
    goBackTo: (index) => this.goBackTo(index),
    expandPath: () => (this.pathExpanded = true),
    confirm: (event) => this.run.confirm((event.target as HTMLInputElement).checked),
    action: () => this.handleAction(),
    text: (step, event) => this.handleTextInput(step, event),
    choice: (step, value, checked) => this.handleChoice(step, value, checked),
    keydown: (event) => this.handleKeydown(event),
  };

  private handleTextInput(step: AskStep, event: Event): void {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const raw = input.value;
    let value: unknown = raw;
    if (step.input.type === 'number') {
      const badInput = 'validity' in input && input.validity.badInput;
      value = raw.trim() === '' && !badInput ? undefined : badInput ? Number.NaN : Number(raw);
    } else if (step.input.type === 'date' && raw === '') {
      value = undefined;
    }
    this.run.record(step, value, { raw, touched: event.type === 'change' });
  }

  /** An option ticked or unticked (a yes / no answer is its option's value, `yes` or `no`). */
  private handleChoice(step: AskStep, value: string, checked: boolean): void {
    const input = step.input;
    if (input.type === 'yes-no') this.run.record(step, value === 'yes');
    if (input.type !== 'choice') return;
    if (input.multiple !== true) {
      this.run.record(step, value);
      return;
    }
    const current = this.run.runner?.answerOf(step.id);
    const chosen = new Set(Array.isArray(current) ? current : []);
    if (checked) chosen.add(value);
    else chosen.delete(value);
    // Keep the options' order, whatever order they were ticked in.
    const ordered = input.options.map((option) => option.value).filter((item) => chosen.has(item));
    if (ordered.length === 0) this.run.recordNone(step);
    else this.run.record(step, ordered);
  }

  private handleAction(): void {
    const runner = this.run.active;
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
      event.preventDefault();
      if (target?.dataset['role'] === 'skip-reason') this.skip((target as HTMLInputElement).value);
      else this.next();
      return;
    }
    if (/^[1-9]$/.test(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey && !typing) {
      const step = this.run.runner?.current;
      if (step?.kind !== 'ask') return;
      const position = Number(event.key) - 1;
      if (step.input.type === 'choice') {
        const option = step.input.options[position];
        if (!option) return;
        event.preventDefault();
        const current = this.run.runner!.answerOf(step.id);
        const checked =
          step.input.multiple === true ? !(Array.isArray(current) && current.includes(option.value)) : true;
        this.handleChoice(step, option.value, checked);
      } else if (step.input.type === 'yes-no' && position < 2) {
        event.preventDefault();
        this.handleChoice(step, position === 0 ? 'yes' : 'no', true);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Data helpers

  /** The customer the script's data is about, for reveal events (empty when unknown). */
  private customerId(): string {
    const own = isRecord(this.customer) ? this.customer['id'] : undefined;
    if (typeof own === 'string' || typeof own === 'number') return String(own);
    return this.customer360?.profile?.id ?? this.session?.customerId ?? '';
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    const loading = this.fromSrc && this.loadTask.status === TaskStatus.PENDING;
    const content = this.fromSrc
      ? this.loadTask.render({
          initial: () => this.renderRun(),
          pending: () => html`<p class="status" role="status">${this.localize.term('scriptLoading')}</p>`,
          complete: () => this.renderRun(),
          error: (error) =>
            loadErrorTemplate(
              this.localize,
              error instanceof ScriptLoadError ? error : { reason: 'other', status: '' },
              this.on.retry,
            ),
        })
      : this.renderRun();
    return html`<section
      class="prompter"
      part="base"
      aria-label=${this.localize.term('scriptRegionLabel')}
      aria-busy=${loading ? 'true' : 'false'}
    >
      ${content}
      ${coachTemplate(this.localize, typeof this.draft === 'string' ? this.draft : '', this.coach.matches)}
    </section>`;
  }

  /** The run: no script, an invalid one, the current step, or the summary once complete. */
  private renderRun(): TemplateResult {
    const view = this.view;
    switch (this.phase) {
      case 'invalid':
        return issuesTemplate(this.localize, this.text, this.issues);
      case 'complete':
        return completionTemplate({
          localize: this.localize,
          text: this.text,
          pii: this.pii,
          record: this.completion!,
          compiled: this.run.runner?.compiled,
          restart: this.on.restart,
        });
      default:
        if (!view) return html`<p class="status">${this.localize.term('scriptEmpty')}</p>`;
        return html`${headerTemplate(view)}
          <div class="layout" @keydown=${this.on.keydown}>${stepTemplate(view)} ${pathTemplate(view)}</div>
          ${shortcutsTemplate(this.localize)}`;
    }
  }
}
