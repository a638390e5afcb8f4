import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  ScriptRunner,
  checkAnswer,
  progressKey,
  type AnswerProblem,
  type AskStep,
  type Blocker,
  type CompiledScript,
  type FinishResult,
  type MoveResult,
  type RunnerContext,
  type ScriptIssue,
} from '../../services/script-engine/index.js';
import { readStorage, removeStorage, writeStorage } from '../../services/safe-storage.js';

/**
 * How a run started (`discarded`: the stored progress did not fit this version of the script, so it
 * started again), or why it could not.
 */
export type RunStart =
  { ok: true; discarded: boolean } | { ok: false; discarded: boolean; issues: ScriptIssue[] };

/**
 * The script prompter's run as reactive state: the `ScriptRunner` of the current script and
 * interaction, and what the agent typed at its step. Every change goes through this controller, which
 * asks its host for one update — the widget never patches its view by hand.
 *
 * Progress is stored per interaction and script (nothing without an interaction id) behind the step:
 * a long script's snapshot is tens of kilobytes, and writing it must not delay the next step. The
 * write is flushed at once when the element leaves the page, the page is hidden or another run starts.
 */
export class ScriptRunController implements ReactiveController {
  #runner: ScriptRunner | undefined;
  /** The interaction the current run is stored under. */
  #interaction: string | null = null;
  #persistTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the agent typed per step, as typed (a number or date being typed is not an answer yet). */
  readonly #rawInputs = new Map<string, string>();
  /** Answers typed that do not pass their step's rules. */
  readonly #problems = new Map<string, AnswerProblem>();
  /** Steps whose problems are shown (after leaving the field or trying to go on). */
  readonly #touched = new Set<string>();
  /** Why the last move was refused, for the current step. */
  #blocked: Blocker | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.#handlePageHide);
    document.addEventListener('visibilitychange', this.#handlePageHide);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.#handlePageHide);
    document.removeEventListener('visibilitychange', this.#handlePageHide);
  }

  /** The runner of the current script (undefined when none runs). */
  get runner(): ScriptRunner | undefined {
    return this.#runner;
  }

  /** The runner while it can still change (not finished). */
  get active(): ScriptRunner | undefined {
    return this.#runner && !this.#runner.finished ? this.#runner : undefined;
  }

  /** The interaction the current run is stored under. */
  get interaction(): string | null {
    return this.#interaction;
  }

  /** Why the last move was refused, when it concerns the current step. */
  get blocked(): Blocker | undefined {
    return this.#blocked;
  }

  /** What is in a step's field: what the agent typed, else the answer. */
  rawInput(stepId: string): string | undefined {
    return this.#rawInputs.get(stepId);
  }

  /** The problem of a step's typed answer, also while it is not shown yet. */
  problem(stepId: string): AnswerProblem | undefined {
    return this.#problems.get(stepId);
  }

  /** The problem of a step's typed answer, once the agent left the field or tried to go on. */
  shownProblem(stepId: string): AnswerProblem | undefined {
    return this.#touched.has(stepId) ? this.#problems.get(stepId) : undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Starting and stopping

  /**
   * Starts `compiled` for `interaction`, resuming its stored progress unless `fresh`; stored progress
   * that does not fit this version of the script is dropped (`discarded`).
   */
  start(
    compiled: CompiledScript,
    interaction: string | null,
    context: RunnerContext,
    fresh = false,
  ): RunStart {
    this.stop();
    this.#interaction = interaction;
    const scriptId = compiled.script.id;
    const options = { ...context, interactionId: interaction };
    const stored = fresh ? undefined : readProgress(interaction, scriptId);
    let discarded = false;
    if (stored !== undefined) {
      const resumed = ScriptRunner.resume(compiled, stored, options);
      if (resumed.ok && !resumed.runner.finished) return this.#started(resumed.runner, false);
      forgetProgress(interaction, scriptId);
      discarded = true;
    }
    const started = ScriptRunner.start(compiled, options);
    return started.ok ? this.#started(started.runner, discarded) : { ...started, discarded };
  }

  #started(runner: ScriptRunner, discarded: boolean): RunStart {
    this.#runner = runner;
    this.persist();
    this.#changed();
    return { ok: true, discarded };
  }

  /** Ends the current run (its progress stored first) and forgets what was typed. */
  stop(): void {
    this.flush();
    this.#runner = undefined;
    this.clearStep();
  }

  /** Forgets the stored progress of the current run (a restart, a completed script). */
  forget(): void {
    if (this.#runner) forgetProgress(this.#interaction, this.#runner.state.scriptId);
  }

  /** New customer, variables or agent data for conditions and placeholders. */
  setContext(context: RunnerContext): void {
    if (!this.#runner) return;
    this.#runner.setContext(context);
    this.#changed();
  }

  // -------------------------------------------------------------------------------------------
  // Answers

  /** Answers the current question or confirmation; an answer that breaks its step's rules is shown. */
  answer(value: unknown): boolean {
    const runner = this.active;
    if (!runner) return false;
    const step = runner.current;
    const problem = checkAnswer(step, value);
    if (problem) {
      if (step.kind === 'ask') this.#problems.set(step.id, problem);
      this.#touched.add(step.id);
      this.#changed();
      return false;
    }
    const ok = this.#apply((run) =>
      step.kind === 'confirm' ? run.confirm(value === true) : run.answer(value),
    );
    if (!ok) return false;
    this.#problems.delete(step.id);
    this.#rawInputs.delete(step.id);
    return true;
  }

  /** Records what the agent chose or typed at an ask step; a value its rules refuse is kept as a problem. */
  record(step: AskStep, value: unknown, options: { raw?: string; touched?: boolean } = {}): void {
    if (options.raw !== undefined) this.#rawInputs.set(step.id, options.raw);
    if (options.touched) this.#touched.add(step.id);
    const problem = checkAnswer(step, value);
    if (problem) this.#problems.set(step.id, problem);
    else {
      this.#problems.delete(step.id);
      this.#apply((run) => run.answer(value));
    }
    this.#changed();
  }

  /** Every box of a multiple choice unticked: no answer, which only an optional step accepts. */
  recordNone(step: AskStep): void {
    this.#touched.add(step.id);
    if (step.input.required === false) {
      this.#problems.delete(step.id);
      this.#apply((run) => run.answer([]));
    } else this.#problems.set(step.id, { code: 'required', message: 'an answer is required' });
    this.#changed();
  }

  /** Ticks or unticks the current confirmation. */
  confirm(checked: boolean): void {
    this.#apply((run) => run.confirm(checked), true);
  }

  /** Marks the current action step done with the host's result. */
  completeAction(result: string): boolean {
    return this.active?.current.kind === 'action' && this.#apply((run) => run.completeAction(result));
  }

  // -------------------------------------------------------------------------------------------
  // Moves

  /** Moves with `move` (next, back, skip); a refused move is shown at the step. */
  move(move: (runner: ScriptRunner) => MoveResult): MoveResult | undefined {
    const runner = this.active;
    if (!runner) return undefined;
    const before = runner.state;
    const result = move(runner);
    if (result.ok) this.clearStep();
    else this.#blocked = result.blocker;
    this.#ran(runner, before);
    return result;
  }

  /** Goes back to the step at `index` of the path; the step it left, or undefined when it did not move. */
  backTo(index: number): string | undefined {
    const runner = this.active;
    if (!runner) return undefined;
    const from = runner.current.id;
    const before = runner.state;
    while (runner.state.path.length - 1 > index) {
      if (!runner.back().ok) break;
    }
    if (runner.state === before) return undefined;
    this.clearStep();
    this.#ran(runner, before);
    return from;
  }

  /** Shows why going on from the current step was refused (an answer that breaks the rules, at its field). */
  refuse(blocker: Blocker): void {
    if (blocker.code === 'answer-invalid') this.#touched.add(blocker.stepId);
    this.#blocked = blocker;
    this.#changed();
  }

  /** Finishes at an end step; a finished run's stored progress is forgotten. */
  finish(): FinishResult | undefined {
    const runner = this.active;
    if (!runner) return undefined;
    const before = runner.state;
    const result = runner.finish();
    if (result.ok) this.forget();
    this.#ran(runner, before);
    return result;
  }

  /** Forgets what was typed at the step (a move, a new run). */
  clearStep(): void {
    this.#rawInputs.clear();
    this.#problems.clear();
    this.#touched.clear();
    this.#blocked = undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Change and storage

  /** Runs an answer-like change; when it is taken, the refusal shown is cleared. */
  #apply(change: (runner: ScriptRunner) => { ok: boolean }, always = false): boolean {
    const runner = this.active;
    if (!runner) return false;
    const before = runner.state;
    const { ok } = change(runner);
    if (ok || always) this.#blocked = undefined;
    this.#ran(runner, before);
    return ok;
  }

  /** After a change of the runner: stored behind when its state changed, and rendered. */
  #ran(runner: ScriptRunner, before: object): void {
    if (runner.state !== before) this.persist();
    this.#changed();
  }

  /** The one place the run asks its host to render. */
  #changed(): void {
    this.host.requestUpdate();
  }

  /** Stores the run after the step is on screen (write-behind). */
  persist(): void {
    if (this.#persistTimer !== undefined) return;
    this.#persistTimer = setTimeout(() => this.flush(), 0);
  }

  /** Stores the run now, if a write is due. */
  flush(): void {
    if (this.#persistTimer !== undefined) clearTimeout(this.#persistTimer);
    this.#persistTimer = undefined;
    const runner = this.active;
    if (!runner || !this.#interaction) return;
    // Storage full or blocked: the run goes on, it just will not survive a reload.
    writeStorage(progressKey(this.#interaction, runner.state.scriptId), JSON.stringify(runner.state));
  }

  readonly #handlePageHide = (): void => {
    if (document.visibilityState === 'hidden' || this.#persistTimer !== undefined) this.flush();
  };
}

/** The stored progress of a script in an interaction, parsed (undefined when there is none). */
function readProgress(interaction: string | null, scriptId: string): unknown {
  const text = interaction ? readStorage(progressKey(interaction, scriptId)) : undefined;
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function forgetProgress(interaction: string | null, scriptId: string): void {
  if (interaction) removeStorage(progressKey(interaction, scriptId));
}
