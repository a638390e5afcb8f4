// The state machine that walks a validated script. Every transition replaces one immutable state
// object; nothing throws — a refused transition returns the reason. The state is plain JSON, so a
// snapshot can be stored and resumed after a reload or a transfer.
import * as v from 'valibot';
import { evaluateCondition } from '../conditions/index.js';
import { checkAnswer, isAnswerValue, isBlankAnswer, type AnswerProblem } from './answers.js';
import { interpolate, resolveParams, type InterpolateOptions, type TextSegment } from './interpolate.js';
import type { ActionParam, AnswerValue, ScriptStep } from './model.js';
import { CompiledScript, validateScript, type ScriptIssue } from './validate.js';

/** Format tag of a stored snapshot. */
export const SNAPSHOT_FORMAT = 'cx-script-snapshot/1';

/** How a step was left. */
export type StepExit = 'next' | 'back' | 'skip' | 'finish';

/** One visit of a step: when it was entered and left, and the answer it had when left. */
export interface AuditEntry {
  stepId: string;
  enteredAt: number;
  leftAt?: number;
  answer?: AnswerValue;
  exit?: StepExit;
  skipReason?: string;
}

/** A skipped step of the final path, with the agent's reason. */
export interface SkippedStep {
  stepId: string;
  reason: string;
}

/** The runner's whole state: plain JSON, stored as is to resume later. */
export interface ScriptSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  scriptId: string;
  version: string;
  interactionId: string | null;
  status: 'running' | 'finished';
  /** Steps from the first to the current one (back pops the last). */
  path: string[];
  /** Every answer given, kept after back until overwritten (only those on the path count). */
  answers: Record<string, AnswerValue>;
  /** Skip reasons by step id, kept like answers. */
  skipped: Record<string, string>;
  /** Every visit, in order, including those undone by back. */
  audit: AuditEntry[];
  startedAt: number;
  finishedAt?: number;
}

/** What `finish` hands over (and the widget puts in `cx-script-complete`). */
export interface CompletionRecord {
  scriptId: string;
  version: string;
  interactionId: string | null;
  answers: Record<string, AnswerValue>;
  path: string[];
  skipped: SkippedStep[];
  audit: Array<AuditEntry & { leftAt: number }>;
  startedAt: number;
  finishedAt: number;
  outcome?: string;
}

/** Why a transition was refused. */
export type BlockCode =
  | 'finished'
  | 'answer-required'
  | 'answer-invalid'
  | 'confirm-required'
  | 'action-required'
  | 'gate-closed'
  | 'not-skippable'
  | 'reason-required'
  | 'at-start'
  | 'at-end'
  | 'not-at-end'
  | 'required-step-missing'
  | 'no-way-on'
  | 'wrong-step';

/** A refused transition: a stable code, the step concerned and an English message. */
export interface Blocker {
  code: BlockCode;
  stepId: string;
  message: string;
  problem?: AnswerProblem;
}

/** Outcome of a move: where it went, or why not. */
export type MoveResult = { ok: true; from: string; to: string } | { ok: false; blocker: Blocker };
/** Outcome of recording an answer. */
export type AnswerResult = { ok: true } | { ok: false; blocker: Blocker };
/** Outcome of finishing. */
export type FinishResult = { ok: true; record: CompletionRecord } | { ok: false; blockers: Blocker[] };
/** Outcome of creating or resuming a runner. */
export type RunnerResult = { ok: true; runner: ScriptRunner } | { ok: false; issues: ScriptIssue[] };

/** Data the runner reads for conditions and `{{…}}` placeholders. */
export interface RunnerContext {
  customer?: Record<string, unknown>;
  /** Host values for `{{vars.x}}` (declared variables' defaults apply when absent). */
  variables?: Record<string, unknown>;
  agent?: Record<string, unknown>;
}

/** Options of a runner. */
export interface RunnerOptions extends RunnerContext {
  interactionId?: string | null;
  /** Clock in epoch ms (injectable for tests). */
  now?: () => number;
}

const MAX_SKIP_REASON = 500;

const AuditEntrySchema = v.object({
  stepId: v.string(),
  enteredAt: v.pipe(v.number(), v.finite()),
  leftAt: v.optional(v.pipe(v.number(), v.finite())),
  answer: v.optional(v.custom<AnswerValue>(isAnswerValue, 'not an answer value')),
  exit: v.optional(v.picklist(['next', 'back', 'skip', 'finish'])),
  skipReason: v.optional(v.string()),
});
const SnapshotSchema = v.object({
  format: v.literal(SNAPSHOT_FORMAT, `format must be "${SNAPSHOT_FORMAT}"`),
  scriptId: v.string(),
  version: v.string(),
  interactionId: v.nullable(v.string()),
  status: v.picklist(['running', 'finished']),
  path: v.pipe(v.array(v.string()), v.minLength(1, 'path must not be empty')),
  answers: v.record(v.string(), v.custom<AnswerValue>(isAnswerValue, 'not an answer value')),
  skipped: v.record(v.string(), v.string()),
  audit: v.pipe(v.array(AuditEntrySchema), v.minLength(1, 'audit must not be empty')),
  startedAt: v.pipe(v.number(), v.finite()),
  finishedAt: v.optional(v.pipe(v.number(), v.finite())),
});

function freezeState(state: ScriptSnapshot): ScriptSnapshot {
  Object.freeze(state.path);
  Object.freeze(state.answers);
  Object.freeze(state.skipped);
  Object.freeze(state.audit);
  return Object.freeze(state);
}

function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A copy of a record without one key. */
function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}

function ownRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Walks one validated script for one interaction. Create with `ScriptRunner.start` or `.resume`. */
export class ScriptRunner {
  /** The compiled script this runner walks. */
  readonly compiled: CompiledScript;
  #state: ScriptSnapshot;
  #context: RunnerContext;
  #scopeCache: ScopeCache | undefined;
  readonly #now: () => number;

  private constructor(compiled: CompiledScript, state: ScriptSnapshot, options: RunnerOptions) {
    this.compiled = compiled;
    this.#state = freezeState(state);
    this.#now = options.now ?? Date.now;
    this.#context = { customer: options.customer, variables: options.variables, agent: options.agent };
  }

  /**
   * Validates the script (unless it is already compiled) and starts at its first step. An invalid
   * script gives its issues and no runner: a script never runs in part.
   */
  static start(script: unknown, options: RunnerOptions = {}): RunnerResult {
    const compiled = ScriptRunner.#compile(script);
    if (!compiled.ok) return compiled;
    const now = (options.now ?? Date.now)();
    const start = compiled.script.start.id;
    const state: ScriptSnapshot = {
      format: SNAPSHOT_FORMAT,
      scriptId: compiled.script.script.id,
      version: compiled.script.script.version,
      interactionId: options.interactionId ?? null,
      status: 'running',
      path: [start],
      answers: {},
      skipped: {},
      audit: [{ stepId: start, enteredAt: now }],
      startedAt: now,
    };
    return { ok: true, runner: new ScriptRunner(compiled.script, state, options) };
  }

  /**
   * Resumes from a stored snapshot after checking it fits the script (same id and version, a path
   * the script allows, answers its inputs accept). A snapshot that does not fit gives issues.
   */
  static resume(script: unknown, snapshot: unknown, options: RunnerOptions = {}): RunnerResult {
    const compiled = ScriptRunner.#compile(script);
    if (!compiled.ok) return compiled;
    const parsed = v.safeParse(SnapshotSchema, snapshot);
    if (!parsed.success) {
      return {
        ok: false,
        issues: parsed.issues.map((issue) => ({
          code: 'schema',
          path: `snapshot${(issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('')}`,
          message: issue.message,
        })),
      };
    }
    const state = copyOf(parsed.output) as ScriptSnapshot;
    const issues = checkSnapshot(compiled.script, state, options);
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, runner: new ScriptRunner(compiled.script, state, options) };
  }

  static #compile(
    script: unknown,
  ): { ok: true; script: CompiledScript } | { ok: false; issues: ScriptIssue[] } {
    if (CompiledScript.isCompiled(script)) return { ok: true, script };
    return validateScript(script);
  }

  /** The current state (frozen; plain JSON). */
  get state(): ScriptSnapshot {
    return this.#state;
  }

  /** The current step. */
  get current(): ScriptStep {
    return this.compiled.step(this.#state.path[this.#state.path.length - 1]!)!;
  }

  /** True once `finish` succeeded. */
  get finished(): boolean {
    return this.#state.status === 'finished';
  }

  /** A copy of the state to store (JSON-serialisable); pass it to `resume` later. */
  snapshot(): ScriptSnapshot {
    return copyOf(this.#state);
  }

  /** Replaces the customer / variables / agent data used by conditions and placeholders. */
  setContext(context: RunnerContext): void {
    this.#context = { ...this.#context, ...context };
  }

  /** Answers of the steps on the current path (skipped ones excluded): what conditions see. A copy the caller may keep. */
  answers(): Record<string, AnswerValue> {
    const copy: Record<string, AnswerValue> = {};
    for (const [id, value] of Object.entries(this.#scoped().answers)) {
      copy[id] = Array.isArray(value) ? [...value] : value;
    }
    return copy;
  }

  /** The answer kept for a step (also after back), e.g. to prefill its input. */
  answerOf(stepId: string): AnswerValue | undefined {
    return Object.prototype.hasOwnProperty.call(this.#state.answers, stepId)
      ? this.#state.answers[stepId]
      : undefined;
  }

  /**
   * The scope conditions and placeholders read: `{ customer, answers, vars, agent, interaction }`.
   * Built once per state and context (both are replaced, never changed in place), and read-only.
   */
  scope(): Readonly<Record<string, unknown>> {
    return this.#scoped().scope;
  }

  #scoped(): ScopeCache {
    const cached = this.#scopeCache;
    if (cached?.state === this.#state && cached.context === this.#context) return cached;
    const answers = Object.freeze(effectiveAnswers(this.#state));
    const scope = Object.freeze({
      customer: ownRecord(this.#context.customer),
      answers,
      vars: Object.freeze({ ...this.compiled.variableDefaults, ...ownRecord(this.#context.variables) }),
      agent: ownRecord(this.#context.agent),
      interaction: Object.freeze({ id: this.#state.interactionId }),
    });
    this.#scopeCache = { state: this.#state, context: this.#context, answers, scope };
    return this.#scopeCache;
  }

  /** A text of the script with `{{…}}` filled in, as segments (missing values marked). */
  render(template: string | undefined, options?: InterpolateOptions): TextSegment[] {
    return template === undefined ? [] : interpolate(template, this.scope(), options);
  }

  /** The current action step's params with placeholders resolved (empty for other steps). */
  actionParams(): Record<string, ActionParam> {
    const step = this.current;
    return step.kind === 'action' ? resolveParams(step.params, this.scope()) : {};
  }

  /** Why the agent cannot go on from the current step right now, or null. */
  blocker(): Blocker | null {
    if (this.finished) return this.#block('finished', 'the script is finished');
    const step = this.current;
    const answer = this.#scoped().answers[step.id];
    switch (step.kind) {
      case 'ask': {
        if (answer === undefined) {
          return step.input.required === false
            ? null
            : this.#block('answer-required', 'this question needs an answer');
        }
        const problem = checkAnswer(step, answer);
        return problem === null ? null : { ...this.#block('answer-invalid', problem.message), problem };
      }
      case 'confirm':
        return answer === true ? null : this.#block('confirm-required', `tick "${step.label}" to go on`);
      case 'action':
        return answer === undefined
          ? this.#block('action-required', `the action "${step.action}" is not done yet`)
          : null;
      case 'gate':
        return evaluateCondition(step.condition, this.scope()) ? null : this.#block('gate-closed', step.text);
      case 'end':
        return this.#block('at-end', 'this is the end: finish the script');
      default:
        return null;
    }
  }

  /** The step `next()` would go to with the current answers, or null when blocked or at an end. */
  upcoming(): string | null {
    if (this.blocker() !== null) return null;
    return this.compiled.resolveNext(this.current.id, this.scope()) ?? null;
  }

  /** Steps visited so far on the path and the fewest still ahead to an end. */
  progress(): { visited: number; remaining: number } {
    return { visited: this.#state.path.length, remaining: this.compiled.distanceToEnd(this.current.id) };
  }

  /** Records an answer for the current ask / confirm step (a blank optional answer clears it). */
  answer(value: unknown): AnswerResult {
    if (this.finished) return { ok: false, blocker: this.#block('finished', 'the script is finished') };
    const step = this.current;
    if (step.kind !== 'ask' && step.kind !== 'confirm') {
      return { ok: false, blocker: this.#block('wrong-step', `a ${step.kind} step takes no answer`) };
    }
    const problem = checkAnswer(step, value);
    if (problem !== null)
      return { ok: false, blocker: { ...this.#block('answer-invalid', problem.message), problem } };
    const answers = isBlankAnswer(value)
      ? without(this.#state.answers, step.id)
      : {
          ...this.#state.answers,
          [step.id]: Array.isArray(value) ? [...(value as string[])] : (value as AnswerValue),
        };
    this.#replace({ answers, skipped: without(this.#state.skipped, step.id) });
    return { ok: true };
  }

  /** Ticks (or unticks) the current confirm step. */
  confirm(checked = true): AnswerResult {
    if (this.current.kind !== 'confirm') {
      return { ok: false, blocker: this.#block('wrong-step', 'the current step is not a confirmation') };
    }
    return checked ? this.answer(true) : this.#clearAnswer();
  }

  #clearAnswer(): AnswerResult {
    if (this.finished) return { ok: false, blocker: this.#block('finished', 'the script is finished') };
    this.#replace({ answers: without(this.#state.answers, this.current.id) });
    return { ok: true };
  }

  /** Marks the current action as done by the host, with an optional result (e.g. a ticket id). */
  completeAction(result = 'done'): AnswerResult {
    if (this.finished) return { ok: false, blocker: this.#block('finished', 'the script is finished') };
    const step = this.current;
    if (step.kind !== 'action')
      return { ok: false, blocker: this.#block('wrong-step', 'the current step is not an action') };
    const problem = checkAnswer(step, result);
    if (problem !== null)
      return { ok: false, blocker: { ...this.#block('answer-invalid', problem.message), problem } };
    this.#replace({
      answers: { ...this.#state.answers, [step.id]: result },
      skipped: without(this.#state.skipped, step.id),
    });
    return { ok: true };
  }

  /** Goes on to the step the rules choose, if nothing blocks the current one. */
  next(): MoveResult {
    const blocker = this.blocker();
    if (blocker !== null) return { ok: false, blocker };
    const from = this.current.id;
    const to = this.compiled.resolveNext(from, this.scope());
    if (to === undefined) return { ok: false, blocker: this.#block('no-way-on', 'no next rule applies') };
    this.#move(to, 'next');
    return { ok: true, from, to };
  }

  /** Skips the current step with a reason, where the step allows it, and goes on. */
  skip(reason: string): MoveResult {
    if (this.finished) return { ok: false, blocker: this.#block('finished', 'the script is finished') };
    const step = this.current;
    if (step.kind === 'end' || step.kind === 'gate' || step.skippable !== true || step.required === true) {
      return { ok: false, blocker: this.#block('not-skippable', 'this step cannot be skipped') };
    }
    const text = typeof reason === 'string' ? reason.trim() : '';
    if (text === '' || text.length > MAX_SKIP_REASON) {
      return {
        ok: false,
        blocker: this.#block('reason-required', `give a reason of 1–${MAX_SKIP_REASON} characters to skip`),
      };
    }
    const skipped = { ...this.#state.skipped, [step.id]: text };
    this.#replace({ skipped });
    const to = this.compiled.resolveNext(step.id, this.scope());
    if (to === undefined) return { ok: false, blocker: this.#block('no-way-on', 'no next rule applies') };
    this.#move(to, 'skip');
    return { ok: true, from: step.id, to };
  }

  /** Goes back one step; later answers are kept until overwritten. */
  back(): MoveResult {
    if (this.finished) return { ok: false, blocker: this.#block('finished', 'the script is finished') };
    const path = this.#state.path;
    if (path.length < 2) return { ok: false, blocker: this.#block('at-start', 'this is the first step') };
    const from = path[path.length - 1]!;
    const to = path[path.length - 2]!;
    const now = this.#now();
    const audit = this.#closeAudit(now, 'back');
    audit.push({ stepId: to, enteredAt: now });
    this.#replace({ path: path.slice(0, -1), audit });
    return { ok: true, from, to };
  }

  /** What stops the script from finishing now (empty when it can). */
  finishBlockers(): Blocker[] {
    if (this.finished) return [this.#block('finished', 'the script is finished')];
    if (this.current.kind !== 'end') return [this.#block('not-at-end', 'the script has not reached an end')];
    const blockers: Blocker[] = [];
    const onPath = new Set(this.#state.path);
    for (const id of this.compiled.requiredStepIds) {
      if (!onPath.has(id) || Object.prototype.hasOwnProperty.call(this.#state.skipped, id)) {
        blockers.push({
          code: 'required-step-missing',
          stepId: id,
          message: `required step "${id}" was not done`,
        });
      }
    }
    const scope = this.scope();
    for (const id of onPath) {
      const step = this.compiled.step(id)!;
      if (step.kind === 'gate' && !evaluateCondition(step.condition, scope)) {
        blockers.push({ code: 'gate-closed', stepId: id, message: step.text });
      }
    }
    return blockers;
  }

  /** Finishes at an end step and returns the completion record, unless something blocks it. */
  finish(): FinishResult {
    const blockers = this.finishBlockers();
    if (blockers.length > 0) return { ok: false, blockers };
    const now = this.#now();
    const audit = this.#closeAudit(now, 'finish');
    this.#replace({ audit, status: 'finished', finishedAt: now });
    return { ok: true, record: this.completionRecord()! };
  }

  /** The completion record of a finished script (null while running). */
  completionRecord(): CompletionRecord | null {
    const state = this.#state;
    if (state.status !== 'finished') return null;
    const end = this.current;
    const skipped: SkippedStep[] = [];
    const seen = new Set<string>();
    for (const id of state.path) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (Object.prototype.hasOwnProperty.call(state.skipped, id))
        skipped.push({ stepId: id, reason: state.skipped[id]! });
    }
    return copyOf({
      scriptId: state.scriptId,
      version: state.version,
      interactionId: state.interactionId,
      answers: this.answers(),
      path: [...state.path],
      skipped,
      audit: state.audit.map((entry) => ({ ...entry, leftAt: entry.leftAt ?? state.finishedAt! })),
      startedAt: state.startedAt,
      finishedAt: state.finishedAt!,
      ...(end.kind === 'end' && end.outcome !== undefined ? { outcome: end.outcome } : {}),
    });
  }

  #block(code: BlockCode, message: string): Blocker {
    return { code, stepId: this.current.id, message };
  }

  /** Copies the audit with the open entry (the current step) closed. */
  #closeAudit(now: number, exit: StepExit): AuditEntry[] {
    const audit = [...this.#state.audit];
    const last = audit[audit.length - 1]!;
    const closed: AuditEntry = { ...last, leftAt: now, exit };
    const answer = this.#scoped().answers[last.stepId];
    if (answer !== undefined && exit !== 'skip') closed.answer = Array.isArray(answer) ? [...answer] : answer;
    const reason = this.#state.skipped[last.stepId];
    if (exit === 'skip' && reason !== undefined) closed.skipReason = reason;
    audit[audit.length - 1] = closed;
    return audit;
  }

  #move(to: string, exit: StepExit): void {
    const now = this.#now();
    const audit = this.#closeAudit(now, exit);
    audit.push({ stepId: to, enteredAt: now });
    this.#replace({ path: [...this.#state.path, to], audit });
  }

  #replace(changes: Partial<ScriptSnapshot>): void {
    this.#state = freezeState({ ...this.#state, ...changes });
  }
}

interface ScopeCache {
  state: ScriptSnapshot;
  context: RunnerContext;
  answers: Readonly<Record<string, AnswerValue>>;
  scope: Readonly<Record<string, unknown>>;
}

/** Answers of the steps on the path, skipped ones excluded. */
function effectiveAnswers({ path, answers, skipped }: ScriptSnapshot): Record<string, AnswerValue> {
  const effective: Record<string, AnswerValue> = {};
  for (const id of path) {
    if (
      Object.prototype.hasOwnProperty.call(answers, id) &&
      !Object.prototype.hasOwnProperty.call(skipped, id)
    ) {
      effective[id] = answers[id]!;
    }
  }
  return effective;
}

/** Checks that a parsed snapshot fits the script and the options; returns what does not. */
function checkSnapshot(
  compiled: CompiledScript,
  state: ScriptSnapshot,
  options: RunnerOptions,
): ScriptIssue[] {
  const issues: ScriptIssue[] = [];
  const issue = (path: string, message: string): void => {
    issues.push({ code: 'schema', path: `snapshot.${path}`, message });
  };
  const script = compiled.script;
  if (state.scriptId !== script.id || state.version !== script.version) {
    issue(
      'scriptId',
      `snapshot is of script ${state.scriptId} ${state.version}, not ${script.id} ${script.version}`,
    );
    return issues;
  }
  if (options.interactionId != null && state.interactionId !== options.interactionId) {
    issue(
      'interactionId',
      `snapshot is of interaction ${String(state.interactionId)}, not ${options.interactionId}`,
    );
  }
  if (state.path[0] !== compiled.start.id) issue('path[0]', 'path must begin at the first step');
  state.path.forEach((id, i) => {
    if (compiled.step(id) === undefined) issue(`path[${i}]`, `step "${id}" does not exist`);
    else if (i > 0 && !compiled.successors(state.path[i - 1]!).includes(id)) {
      issue(`path[${i}]`, `step "${id}" cannot follow "${state.path[i - 1]}"`);
    }
  });
  for (const [id, value] of Object.entries(state.answers)) {
    const step = compiled.step(id);
    if (step === undefined) issue(`answers.${id}`, `step "${id}" does not exist`);
    else if (checkAnswer(step, value) !== null)
      issue(`answers.${id}`, `the answer does not fit step "${id}"`);
  }
  for (const [id, reason] of Object.entries(state.skipped)) {
    const step = compiled.step(id);
    if (step === undefined || step.kind === 'end' || step.skippable !== true || reason.trim() === '') {
      issue(`skipped.${id}`, `step "${id}" cannot be skipped`);
    }
  }
  state.audit.forEach((entry, i) => {
    if (compiled.step(entry.stepId) === undefined)
      issue(`audit[${i}].stepId`, `step "${entry.stepId}" does not exist`);
  });
  const last = state.audit[state.audit.length - 1]!;
  const current = state.path[state.path.length - 1];
  if (last.stepId !== current) issue('audit', 'the last audit entry must be the current step');
  if (state.status === 'running' && last.leftAt !== undefined)
    issue('audit', 'the current step must still be open');
  if (
    state.status === 'finished' &&
    (compiled.step(current ?? '')?.kind !== 'end' || state.finishedAt === undefined)
  ) {
    issue('status', 'a finished snapshot must end at an end step with finishedAt');
  }
  return issues;
}
