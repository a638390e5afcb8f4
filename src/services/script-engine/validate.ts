// Validation: the shape (valibot), then everything a shape cannot say — duplicate and dangling ids,
// references in templates and conditions, unreachable steps, loops with no way out, markup, unsafe
// patterns. Only a script with no issue is compiled; a runner accepts nothing else.
import * as v from 'valibot';
import { conditionPaths, evaluateCondition, type Condition } from '../conditions/index.js';
import { templatePaths } from './interpolate.js';
import {
  DEFAULT_TEXT_MAX_LENGTH,
  MAX_SCRIPT_SIZE,
  ScriptSchema,
  type Script,
  type ScriptStep,
} from './model.js';

/** Stable codes of validation issues (a widget can localise on them). */
export type ScriptIssueCode =
  | 'schema'
  | 'too-large'
  | 'duplicate-id'
  | 'duplicate-value'
  | 'unknown-step'
  | 'unknown-reference'
  | 'no-next'
  | 'no-default-rule'
  | 'no-end'
  | 'unreachable'
  | 'no-exit'
  | 'bypassable'
  | 'markup'
  | 'invalid-pattern'
  | 'unsafe-pattern'
  | 'invalid-range'
  | 'not-skippable';

/** One readable problem of a script, with where it is (e.g. `steps[3].next[0].goto`). */
export interface ScriptIssue {
  code: ScriptIssueCode;
  path: string;
  message: string;
  stepId?: string;
}

/** What `validateScript` returns: a compiled script ready to run, or every issue found. */
export type ScriptValidationResult =
  { ok: true; script: CompiledScript } | { ok: false; issues: ScriptIssue[] };

/** Roots a `{{…}}` placeholder or a condition path may start with. */
export const SCOPE_ROOTS = ['customer', 'answers', 'vars', 'agent', 'interaction'] as const;

const MARKUP = /<\s*\/?\s*[a-z!?][^<>]*>|<\s*script/iu;
// A quantified group that holds a quantifier or an alternation ((a+)+, (a|aa)*…), or a backreference:
// the shapes that make a backtracking engine take exponential time. Deliberately strict: a script
// can use a character class instead.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}|](?:[^()\\]|\\.)*\)\s*[+*{]|\\[1-9]|\\k</u;
const ANSWERING_KINDS = new Set<ScriptStep['kind']>(['ask', 'confirm', 'action']);
const compiledScripts = new WeakSet<object>();

/** A validated, frozen script with its step graph indexed for fast transitions. */
export class CompiledScript {
  /** The validated script (a frozen copy; unknown fields dropped). */
  readonly script: Readonly<Script>;
  /** Step ids in document order. */
  readonly stepIds: readonly string[];
  /** Ids of steps marked `required`. */
  readonly requiredStepIds: readonly string[];
  /** Defaults of the declared variables. */
  readonly variableDefaults: Readonly<Record<string, string | number | boolean>>;
  readonly #index: ReadonlyMap<string, number>;
  readonly #successors: ReadonlyArray<readonly string[]>;
  readonly #distanceToEnd: readonly number[];

  private constructor(script: Script, successors: string[][], distanceToEnd: number[]) {
    this.script = deepFreeze(script);
    this.stepIds = Object.freeze(script.steps.map((step) => step.id));
    this.#index = new Map(this.stepIds.map((id, index) => [id, index]));
    this.requiredStepIds = Object.freeze(
      script.steps.filter((step) => step.kind !== 'end' && step.required === true).map((step) => step.id),
    );
    const defaults: Record<string, string | number | boolean> = Object.create(null) as Record<
      string,
      string | number | boolean
    >;
    for (const variable of script.variables) {
      if (variable.default !== undefined) defaults[variable.name] = variable.default;
    }
    this.variableDefaults = Object.freeze(defaults);
    this.#successors = successors;
    this.#distanceToEnd = distanceToEnd;
    compiledScripts.add(this);
  }

  /** @internal Builds the compiled form; only `validateScript` calls it, after every check passed. */
  static create(script: Script, successors: string[][], distanceToEnd: number[]): CompiledScript {
    return new CompiledScript(script, successors, distanceToEnd);
  }

  /** True for objects made by `validateScript` (not look-alikes). */
  static isCompiled(value: unknown): value is CompiledScript {
    return typeof value === 'object' && value !== null && compiledScripts.has(value);
  }

  /** The first step. */
  get start(): ScriptStep {
    return this.script.steps[0]!;
  }

  /** A step by id. */
  step(id: string): ScriptStep | undefined {
    const index = this.#index.get(id);
    return index === undefined ? undefined : this.script.steps[index];
  }

  /** Position of a step in document order, or -1. */
  indexOf(id: string): number {
    return this.#index.get(id) ?? -1;
  }

  /** Every step this one can lead to, whatever the answers. */
  successors(id: string): readonly string[] {
    const index = this.#index.get(id);
    return index === undefined ? [] : this.#successors[index]!;
  }

  /** Fewest steps from this one to an end (0 at an end; Infinity for an unknown id). */
  distanceToEnd(id: string): number {
    const index = this.#index.get(id);
    return index === undefined ? Number.POSITIVE_INFINITY : this.#distanceToEnd[index]!;
  }

  /** The step the rules lead to from `id` in this scope, or undefined (an end, or no rule holds). */
  resolveNext(id: string, scope: Record<string, unknown>): string | undefined {
    const index = this.#index.get(id);
    if (index === undefined) return undefined;
    const step = this.script.steps[index]!;
    if (step.kind === 'end') return undefined;
    const next = step.next;
    if (next === undefined) return this.script.steps[index + 1]?.id;
    if (typeof next === 'string') return next;
    for (const rule of next) {
      if (rule.when === undefined || evaluateCondition(rule.when, scope)) return rule.goto;
    }
    return undefined;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Formats a valibot issue path as `steps[3].input.max`. */
function formatPath(items: ReadonlyArray<{ key: unknown }> | undefined): string {
  let path = '';
  for (const item of items ?? []) {
    if (typeof item.key === 'number') path += `[${item.key}]`;
    else path += path === '' ? String(item.key) : `.${String(item.key)}`;
  }
  return path;
}

function schemaIssues(issues: ReadonlyArray<v.BaseIssue<unknown>>): ScriptIssue[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    const lastKey = issue.path?.[issue.path.length - 1]?.key;
    // valibot reports a missing key as a type mismatch of undefined: say "required" instead.
    const missing = issue.kind === 'schema' && issue.received === 'undefined' && typeof lastKey === 'string';
    return { code: 'schema', path, message: missing ? `${lastKey} is required` : issue.message };
  });
}

function jsonSize(input: unknown): number | undefined {
  try {
    return JSON.stringify(input)?.length ?? 0;
  } catch {
    return undefined;
  }
}

/**
 * Validates a script (any input, e.g. parsed JSON) and compiles it. Never throws; every issue is
 * reported with a readable message and a path. A script with any issue is not compiled.
 */
export function validateScript(input: unknown): ScriptValidationResult {
  const size = jsonSize(input);
  if (size === undefined) {
    return { ok: false, issues: [{ code: 'schema', path: '', message: 'script is not plain JSON data' }] };
  }
  // Far past the limit: do not spend time walking it.
  if (size > MAX_SCRIPT_SIZE * 4) {
    return { ok: false, issues: [tooLarge(size)] };
  }
  const parsed = v.safeParse(ScriptSchema, input);
  const issues: ScriptIssue[] = size > MAX_SCRIPT_SIZE ? [tooLarge(size)] : [];
  if (!parsed.success) return { ok: false, issues: [...issues, ...schemaIssues(parsed.issues)] };
  const script = parsed.output as Script;
  const { successors, issues: graphIssues, distanceToEnd } = checkScript(script);
  issues.push(...graphIssues);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, script: CompiledScript.create(script, successors, distanceToEnd) };
}

function tooLarge(size: number): ScriptIssue {
  return {
    code: 'too-large',
    path: '',
    message: `script is ${size} characters of JSON; the limit is ${MAX_SCRIPT_SIZE}`,
  };
}

interface CheckOutcome {
  successors: string[][];
  distanceToEnd: number[];
  issues: ScriptIssue[];
}

function checkScript(script: Script): CheckOutcome {
  const issues: ScriptIssue[] = [];
  const steps = script.steps;
  const index = new Map<string, number>();
  steps.forEach((step, i) => {
    if (index.has(step.id)) {
      issues.push({
        code: 'duplicate-id',
        path: `steps[${i}].id`,
        stepId: step.id,
        message: `step id "${step.id}" is already used by steps[${index.get(step.id)}]`,
      });
    } else {
      index.set(step.id, i);
    }
  });
  const variableNames = new Set<string>();
  script.variables.forEach((variable, i) => {
    if (variableNames.has(variable.name)) {
      issues.push({
        code: 'duplicate-id',
        path: `variables[${i}].name`,
        message: `variable "${variable.name}" is declared twice`,
      });
    }
    variableNames.add(variable.name);
  });

  const checkReference = (path: string, where: string, stepId: string | undefined): void => {
    const [root, name] = path.split('.');
    let problem: string | undefined;
    if (!(SCOPE_ROOTS as readonly string[]).includes(root!)) {
      problem = `"${path}" must start with ${SCOPE_ROOTS.join(', ')}`;
    } else if (root === 'vars' && (name === undefined || !variableNames.has(name))) {
      problem = `"${path}" refers to a variable that is not declared in variables`;
    } else if (root === 'answers') {
      const target = name === undefined ? undefined : steps[index.get(name) ?? -1];
      if (target === undefined) problem = `"${path}" refers to a step that does not exist`;
      else if (!ANSWERING_KINDS.has(target.kind))
        problem = `"${path}" refers to a ${target.kind} step, which has no answer`;
    }
    if (problem !== undefined) {
      issues.push({
        code: 'unknown-reference',
        path: where,
        message: problem,
        ...(stepId ? { stepId } : {}),
      });
    }
  };
  const checkCondition = (condition: Condition, where: string, stepId: string): void => {
    for (const path of conditionPaths(condition)) checkReference(path, where, stepId);
  };

  walkTexts(script, (text, where, stepId) => {
    if (MARKUP.test(text)) {
      issues.push({
        code: 'markup',
        path: where,
        message: `text contains markup (${(MARKUP.exec(text)?.[0] ?? '').slice(0, 40)}); scripts are plain text`,
        ...(stepId ? { stepId } : {}),
      });
    }
    for (const path of templatePaths(text)) checkReference(path, where, stepId);
  });

  const successors: string[][] = [];
  let hasEnd = false;
  steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    const targets: string[] = [];
    successors.push(targets);
    if (step.kind === 'end') {
      hasEnd = true;
      return;
    }
    checkStepOptions(step, at, issues);
    const addTarget = (target: string, where: string): void => {
      if (!index.has(target)) {
        issues.push({
          code: 'unknown-step',
          path: where,
          stepId: step.id,
          message: `next step "${target}" does not exist`,
        });
      } else if (!targets.includes(target)) {
        targets.push(target);
      }
    };
    if (step.next === undefined) {
      const following = steps[i + 1];
      if (following === undefined) {
        issues.push({
          code: 'no-next',
          path: at,
          stepId: step.id,
          message: `the last step "${step.id}" is not an end and has no next: add an end step`,
        });
      } else {
        targets.push(following.id);
      }
    } else if (typeof step.next === 'string') {
      addTarget(step.next, `${at}.next`);
    } else {
      step.next.forEach((rule, r) => {
        addTarget(rule.goto, `${at}.next[${r}].goto`);
        if (rule.when !== undefined) checkCondition(rule.when, `${at}.next[${r}].when`, step.id);
      });
      if (step.next[step.next.length - 1]!.when !== undefined) {
        issues.push({
          code: 'no-default-rule',
          path: `${at}.next`,
          stepId: step.id,
          message: 'the last next rule must have no "when", so there is always a way on',
        });
      }
    }
    if (step.kind === 'gate') checkCondition(step.condition, `${at}.condition`, step.id);
  });
  if (!hasEnd)
    issues.push({ code: 'no-end', path: 'steps', message: 'a script needs at least one end step' });

  // Duplicate or dangling ids make the graph meaningless: report them alone, not their echoes.
  const broken = issues.some((issue) => ['duplicate-id', 'unknown-step', 'no-next'].includes(issue.code));
  const distanceToEnd = broken ? [] : checkGraph(script, index, successors, issues);
  return { successors, distanceToEnd, issues };
}

function checkStepOptions(
  step: Exclude<ScriptStep, { kind: 'end' }>,
  at: string,
  issues: ScriptIssue[],
): void {
  const issue = (code: ScriptIssueCode, path: string, message: string): void => {
    issues.push({ code, path, stepId: step.id, message });
  };
  if (step.skippable === true) {
    if (step.kind === 'gate') issue('not-skippable', `${at}.skippable`, 'a gate cannot be skipped');
    else if (step.required === true)
      issue('not-skippable', `${at}.skippable`, 'a required step cannot be skipped');
    else if (step.kind === 'say' && step.verbatim === true) {
      issue('not-skippable', `${at}.skippable`, 'a verbatim (compliance) text cannot be skipped');
    }
  }
  if (step.kind !== 'ask') return;
  const input = step.input;
  switch (input.type) {
    case 'text': {
      const max = input.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
      if (input.minLength !== undefined && input.minLength > max) {
        issue(
          'invalid-range',
          `${at}.input.minLength`,
          `minLength ${input.minLength} is more than maxLength ${max}`,
        );
      }
      if (input.pattern !== undefined) {
        try {
          new RegExp(input.pattern, 'u');
          if (NESTED_QUANTIFIER.test(input.pattern)) {
            issue(
              'unsafe-pattern',
              `${at}.input.pattern`,
              'pattern has a quantified group with a quantifier or | inside, or a backreference: it can take exponential time',
            );
          }
        } catch {
          issue('invalid-pattern', `${at}.input.pattern`, 'pattern is not a valid regular expression');
        }
      }
      break;
    }
    case 'number':
      if (input.min !== undefined && input.max !== undefined && input.min > input.max) {
        issue('invalid-range', `${at}.input.min`, `min ${input.min} is more than max ${input.max}`);
      }
      break;
    case 'date':
      if (input.min !== undefined && input.max !== undefined && input.min > input.max) {
        issue('invalid-range', `${at}.input.min`, `min ${input.min} is after max ${input.max}`);
      }
      break;
    case 'choice': {
      const seen = new Set<string>();
      input.options.forEach((option, o) => {
        if (seen.has(option.value)) {
          issue(
            'duplicate-value',
            `${at}.input.options[${o}].value`,
            `option value "${option.value}" is used twice`,
          );
        }
        seen.add(option.value);
      });
      break;
    }
    default:
      break;
  }
}

/** Reachability, loops without exit and bypassable required steps; returns distances to an end. */
function checkGraph(
  script: Script,
  index: ReadonlyMap<string, number>,
  successors: string[][],
  issues: ScriptIssue[],
): number[] {
  const steps = script.steps;
  const count = steps.length;
  const targetsOf = successors.map((targets) => targets.map((id) => index.get(id)!));
  const reachable = reachableFrom(0, targetsOf, -1);

  const predecessors: number[][] = steps.map(() => []);
  targetsOf.forEach((targets, from) => targets.forEach((to) => predecessors[to]!.push(from)));
  const distance = new Array<number>(count).fill(Number.POSITIVE_INFINITY);
  const queue: number[] = [];
  steps.forEach((step, i) => {
    if (step.kind === 'end') {
      distance[i] = 0;
      queue.push(i);
    }
  });
  // The queue grows while it is walked; for-of sees the new items.
  for (const at of queue) {
    for (const from of predecessors[at]!) {
      if (distance[from] === Number.POSITIVE_INFINITY) {
        distance[from] = distance[at]! + 1;
        queue.push(from);
      }
    }
  }

  steps.forEach((step, i) => {
    if (!reachable[i]) {
      issues.push({
        code: 'unreachable',
        path: `steps[${i}]`,
        stepId: step.id,
        message: `step "${step.id}" can never be reached from the first step`,
      });
    }
  });
  // A trapped step is reachable but has no way to an end. Every trap holds a loop (each step has a
  // way on); report the loop where it is entered, with its steps.
  const trapped = (i: number): boolean => reachable[i]! && distance[i] === Number.POSITIVE_INFINITY;
  let reported = 0;
  for (let i = 0; i < count && reported < 10; i += 1) {
    if (!trapped(i)) continue;
    const ahead = reachableFrom(i, targetsOf, -1);
    const onLoop = targetsOf[i]!.some((to) => to === i || reachableFrom(to, targetsOf, -1)[i]);
    if (!onLoop) continue;
    const entered = i === 0 || predecessors[i]!.some((from) => reachable[from] && !ahead[from]);
    if (!entered) continue;
    const members = steps.filter((_, j) => ahead[j]).map((candidate) => candidate.id);
    const listed = members.slice(0, 8).join(' → ') + (members.length > 8 ? ' …' : '');
    reported += 1;
    issues.push({
      code: 'no-exit',
      path: `steps[${i}]`,
      stepId: steps[i]!.id,
      message: `from step "${steps[i]!.id}" there is no way to an end (a cycle with no exit: ${listed})`,
    });
  }

  // A required step must lie on every way from the first step to an end, i.e. dominate the ends.
  const hasIssues = issues.some((issue) => issue.code === 'unknown-step' || issue.code === 'no-exit');
  if (!hasIssues && steps.some((step) => step.kind !== 'end' && step.required === true)) {
    const onEveryWay = dominatorsOfEnds(steps, targetsOf);
    steps.forEach((step, i) => {
      if (step.kind === 'end' || step.required !== true || !reachable[i] || onEveryWay[i]) return;
      const around = reachableFrom(0, targetsOf, i);
      const end = steps.findIndex((candidate, j) => candidate.kind === 'end' && around[j]);
      issues.push({
        code: 'bypassable',
        path: `steps[${i}].required`,
        stepId: step.id,
        message: `required step "${step.id}" can be bypassed: end "${steps[end]?.id ?? '?'}" is reachable without it`,
      });
    });
  }
  return distance;
}

/**
 * Marks the steps that lie on every way from the first step to any end: the dominators of a virtual
 * exit that every end leads to (iterative algorithm of Cooper, Harvey and Kennedy, near-linear).
 */
function dominatorsOfEnds(steps: readonly ScriptStep[], targetsOf: number[][]): boolean[] {
  const exit = steps.length;
  const edges = targetsOf.map((targets, i) => (steps[i]!.kind === 'end' ? [...targets, exit] : targets));
  edges.push([]);
  // Reverse postorder from the first step (iterative depth-first search).
  const order: number[] = [];
  const visited = new Array<boolean>(exit + 1).fill(false);
  const stack: Array<[number, number]> = [[0, 0]];
  visited[0] = true;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [node, next] = top;
    if (next < edges[node]!.length) {
      top[1] += 1;
      const to = edges[node]![next]!;
      if (!visited[to]) {
        visited[to] = true;
        stack.push([to, 0]);
      }
    } else {
      order.push(node);
      stack.pop();
    }
  }
  const postIndex = new Array<number>(exit + 1).fill(-1);
  order.forEach((node, i) => (postIndex[node] = i));
  const predecessors: number[][] = edges.map(() => []);
  edges.forEach((targets, from) => {
    if (visited[from]) for (const to of targets) predecessors[to]!.push(from);
  });
  const idom = new Array<number>(exit + 1).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (postIndex[a]! < postIndex[b]!) a = idom[a]!;
      while (postIndex[b]! < postIndex[a]!) b = idom[b]!;
    }
    return a;
  };
  const reversePostorder = [...order].reverse();
  for (let changed = true; changed;) {
    changed = false;
    for (const node of reversePostorder) {
      if (node === 0) continue;
      let candidate = -1;
      for (const from of predecessors[node]!) {
        if (idom[from] === -1) continue;
        candidate = candidate === -1 ? from : intersect(from, candidate);
      }
      if (candidate !== idom[node]) {
        idom[node] = candidate;
        changed = true;
      }
    }
  }
  const dominates = new Array<boolean>(exit).fill(false);
  if (!visited[exit]) return dominates;
  for (let node = idom[exit]!; ; node = idom[node]!) {
    dominates[node] = true;
    if (node === 0) break;
  }
  return dominates;
}

function reachableFrom(start: number, targetsOf: number[][], avoid: number): boolean[] {
  const seen = new Array<boolean>(targetsOf.length).fill(false);
  if (start === avoid) return seen;
  seen[start] = true;
  const stack = [start];
  while (stack.length > 0) {
    const at = stack.pop()!;
    for (const to of targetsOf[at]!) {
      if (!seen[to] && to !== avoid) {
        seen[to] = true;
        stack.push(to);
      }
    }
  }
  return seen;
}

const TEXT_KEYS = new Set([
  'title',
  'description',
  'label',
  'text',
  'patternHint',
  'unit',
  'outcome',
  'default',
]);

/** Calls `visit` for every human-readable text of the script, with its path and step id. */
function walkTexts(
  script: Script,
  visit: (text: string, path: string, stepId: string | undefined) => void,
): void {
  const walk = (value: unknown, path: string, stepId: string | undefined, key: string): void => {
    if (typeof value === 'string') {
      if (TEXT_KEYS.has(key) || key === 'param') visit(value, path, stepId);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`, stepId, key === 'options' ? 'option' : key));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [childKey, child] of Object.entries(value)) {
      // Conditions and patterns are data, not text shown to anyone.
      if (childKey === 'when' || childKey === 'condition' || childKey === 'pattern') continue;
      walk(
        child,
        path === '' ? childKey : `${path}.${childKey}`,
        stepId,
        key === 'params' ? 'param' : childKey,
      );
    }
  };
  walk(
    { title: script.title, description: script.description, variables: script.variables },
    '',
    undefined,
    '',
  );
  script.steps.forEach((step, i) => walk(step, `steps[${i}]`, step.id, 'step'));
}
