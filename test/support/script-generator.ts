// Test and benchmark support: seeded generators of valid and broken scripts, and a driver that walks a
// runner to an end. Not part of the package; tests and `npm run bench` (bench/script, bench/sla) import it.
import type { Condition } from '../../src/services/conditions/index.js';
import type {
  AnswerValue,
  AskInput,
  NextRule,
  Script,
  ScriptStep,
} from '../../src/services/script-engine/model.js';
import {
  ScriptRunner,
  type CompletionRecord,
  type RunnerContext,
} from '../../src/services/script-engine/runner.js';
import type { ScriptIssueCode } from '../../src/services/script-engine/validate.js';

/** A seeded pseudo-random source (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Patterns the generator uses, each with an answer that matches it. */
const PATTERNS: ReadonlyArray<readonly [string, string]> = [
  ['^[A-Z]{2}\\d{3}$', 'AB123'],
  ['^1\\d{10}$', '13800138000'],
  ['^\\d{4}-(0[1-9]|1[0-2])$', '2026-10'],
];
/** The choice option that makes a generated step loop back. */
export const LOOP_OPTION = 'again';

const idOf = (index: number): string => `s${index}`;

/**
 * Generates a valid script of `stepCount` steps (at least 2) from a seed: every kind of step, typed
 * inputs, forward branches, loops back with an exit, gates, required, verbatim and skippable steps,
 * placeholders. The same arguments always give the same script.
 */
export function generateScript(stepCount: number, seed: number): Script {
  const count = Math.max(2, Math.floor(stepCount));
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number): boolean => random() < p;
  const last = count - 1;
  // With room for it, a second end at count-2 reached by one jump; count-3 skips over it.
  const twoEnds = count >= 10;
  const steps: ScriptStep[] = [];
  const kinds: Array<ScriptStep['kind']> = [];
  for (let i = 0; i < count; i += 1) {
    if (i === 0) kinds.push('say');
    else if (i === last || (twoEnds && i === last - 1)) kinds.push('end');
    else if (twoEnds && i === last - 2) kinds.push('say');
    else if (twoEnds && i === last - 3) kinds.push('ask');
    else if (kinds[i - 1] === 'ask' && chance(0.25)) kinds.push('gate');
    else kinds.push(pick(['say', 'say', 'ask', 'ask', 'ask', 'confirm', 'action', 'action'] as const));
  }
  const answering = (j: number): boolean =>
    kinds[j] === 'ask' || kinds[j] === 'confirm' || kinds[j] === 'action';
  const earlierAnswer = (i: number): string | undefined => {
    const candidates: number[] = [];
    for (let j = Math.max(0, i - 20); j < i; j += 1) if (answering(j)) candidates.push(j);
    return candidates.length > 0 ? idOf(pick(candidates)) : undefined;
  };
  const jumpable = (target: number): boolean => target <= last && kinds[target] !== 'gate';
  const crossed = new Array<boolean>(count).fill(false);
  const gatePredecessor = (i: number): boolean => kinds[i + 1] === 'gate';

  for (let i = 0; i < count; i += 1) {
    const id = idOf(i);
    const kind = kinds[i]!;
    const reference = earlierAnswer(i);
    const text = `Step ${i} for {{customer.name}} ({{vars.tier}})${reference ? `, after {{answers.${reference}}}` : ''}.`;
    if (kind === 'end') {
      steps.push({
        kind: 'end',
        id,
        text: `Done: {{customer.name}}.`,
        outcome: i === last ? 'main' : 'early',
      });
      continue;
    }
    let step: ScriptStep;
    const rules: NextRule[] = [];
    if (kind === 'ask') {
      const input = randomInput(random, i === last - 3 && twoEnds, gatePredecessor(i));
      step = { kind, id, text, input };
      if (twoEnds && i === last - 3) {
        rules.push({ when: { path: `answers.${id}`, op: 'eq', value: true }, goto: idOf(last - 1) });
      } else if (input.type === 'choice' || input.type === 'yes-no') {
        const values: Array<string | boolean> =
          input.type === 'choice' ? input.options.map((option) => option.value) : [true, false];
        if (values.includes(LOOP_OPTION) && i > 1) {
          const back = Math.max(1, i - 1 - Math.floor(random() * 5));
          if (kinds[back] !== 'gate') {
            rules.push({ when: { path: `answers.${id}`, op: 'eq', value: LOOP_OPTION }, goto: idOf(back) });
          }
        }
        const ahead = i + 2 + Math.floor(random() * 3);
        if (chance(0.5) && jumpable(ahead) && !(twoEnds && ahead >= last - 2 && ahead < last)) {
          const forward = values.filter((value) => value !== LOOP_OPTION);
          const when: Condition =
            reference !== undefined && chance(0.5)
              ? {
                  and: [
                    { path: `answers.${id}`, op: 'in', value: forward.slice(0, 1) },
                    { path: `answers.${reference}`, op: 'exists' },
                  ],
                }
              : { path: `answers.${id}`, op: 'eq', value: forward[0]! };
          rules.push({ when, goto: idOf(ahead) });
          for (let c = i + 1; c < ahead; c += 1) crossed[c] = true;
        }
      }
    } else if (kind === 'say') {
      step = { kind, id, text, ...(chance(0.2) ? { verbatim: true } : {}) };
      if (twoEnds && i === last - 2) step.next = idOf(last);
    } else if (kind === 'confirm') {
      step = { kind, id, text, label: `Confirm ${i}` };
    } else if (kind === 'action') {
      step = {
        kind,
        id,
        action: pick(['open-ticket', 'send-sms', 'transfer', 'apply-offer', 'custom-action']),
        text,
        params: {
          step: i,
          ref: reference ? `{{answers.${reference}}}` : 'none',
          flag: chance(0.5),
          empty: null,
        },
      };
    } else {
      const previous = idOf(i - 1);
      const condition: Condition = chance(0.5)
        ? { path: `answers.${previous}`, op: 'exists' }
        : {
            or: [
              { path: 'vars.tier', op: 'in', value: ['gold', 'silver'] },
              { path: `answers.${previous}`, op: 'exists' },
            ],
          };
      step = { kind: 'gate', id, text: `Gate ${i}: needs an answer to ${previous}.`, condition };
    }
    if (rules.length > 0) {
      rules.push({ goto: idOf(i + 1) });
      step.next = rules;
    }
    if (chance(0.5)) step.title = `Title ${i}`;
    steps.push(step);
  }
  // Required steps must lie on every way to an end; skippable ones must not feed a gate.
  steps.forEach((step, i) => {
    if (step.kind === 'end' || step.kind === 'gate' || i === 0) return;
    const onEveryPath = !crossed[i] && !(twoEnds && i >= last - 2);
    if (onEveryPath && chance(0.3)) step.required = true;
    else if (!gatePredecessor(i) && !(step.kind === 'say' && step.verbatim === true) && chance(0.2)) {
      step.skippable = true;
    }
  });
  return {
    schemaVersion: 1,
    id: `generated-${count}-${seed >>> 0}`,
    version: '1.0.0',
    locale: chance(0.5) ? 'en' : 'zh-CN',
    title: `Generated script of ${count} steps`,
    variables: [{ name: 'tier', label: 'Tier', default: 'gold' }],
    steps,
  };
}

function randomInput(random: () => number, yesNo: boolean, required: boolean): AskInput {
  const type = yesNo
    ? 'yes-no'
    : (['text', 'number', 'choice', 'choice', 'yes-no', 'date'] as const)[Math.floor(random() * 6)]!;
  switch (type) {
    case 'text': {
      const withPattern = random() < 0.4;
      const [pattern] = PATTERNS[Math.floor(random() * PATTERNS.length)]!;
      return {
        type,
        maxLength: 200,
        ...(withPattern ? { pattern, patternHint: 'like AB123' } : {}),
        ...(required || random() < 0.7 ? {} : { required: false }),
      };
    }
    case 'number':
      return { type, min: 0, max: 1000, integer: random() < 0.5 };
    case 'choice': {
      const options = ['a', 'b', 'c'].map((value) => ({ value, label: `Option ${value}` }));
      if (random() < 0.4) options.push({ value: LOOP_OPTION, label: 'Ask again' });
      return { type, options };
    }
    case 'date':
      return { type, min: '2020-01-01', max: '2030-12-31' };
    default:
      return { type: 'yes-no' };
  }
}

/** Every answer the driver may try for a step (valid by construction for generated scripts). */
export function candidateAnswers(step: ScriptStep): AnswerValue[] {
  if (step.kind === 'confirm') return [true];
  if (step.kind === 'action') return ['T-1'];
  if (step.kind !== 'ask') return [];
  const input = step.input;
  switch (input.type) {
    case 'text': {
      const known = PATTERNS.find(([pattern]) => pattern === input.pattern);
      return [known ? known[1] : 'sample answer'];
    }
    case 'number':
      return [Math.max(input.min ?? 0, Math.min(input.max ?? 1, 1))];
    case 'choice':
      return input.multiple === true
        ? [[input.options[0]!.value]]
        : input.options.map((option) => option.value).filter((value) => value !== LOOP_OPTION);
    case 'yes-no':
      return [true, false];
    default:
      return [input.min ?? '2026-01-15'];
  }
}

/** Which defect `generateInvalidScript` put in, and the issue code the validator must report. */
export const DEFECTS = {
  dangling: 'unknown-step',
  unreachable: 'unreachable',
  cycle: 'no-exit',
  markup: 'markup',
  oversize: 'too-large',
  duplicate: 'duplicate-id',
  schema: 'schema',
  'no-end': 'no-end',
  'bad-reference': 'unknown-reference',
  'unsafe-pattern': 'unsafe-pattern',
  'no-default': 'no-default-rule',
  bypass: 'bypassable',
} as const satisfies Record<string, ScriptIssueCode>;

/** A kind of defect. */
export type Defect = keyof typeof DEFECTS;

/** A generated script with one deliberate defect and the issue code it must produce. */
export function generateInvalidScript(
  stepCount: number,
  seed: number,
  defect: Defect,
): { script: Script; defect: Defect; expected: ScriptIssueCode } {
  const script = generateScript(Math.max(4, stepCount), seed);
  const steps = script.steps;
  const middle = Math.max(1, Math.floor(steps.length / 2) - 1);
  const replace = (index: number, step: ScriptStep): void => {
    steps[index] = step;
  };
  switch (defect) {
    case 'dangling':
      replace(middle, { kind: 'say', id: steps[middle]!.id, text: 'Dangling.', next: 'nowhere' });
      break;
    case 'unreachable':
      steps.push({
        kind: 'say',
        id: 'orphan',
        text: 'Nobody comes here.',
        next: steps[steps.length - 1]!.id,
      });
      break;
    case 'cycle':
      replace(middle, {
        kind: 'say',
        id: steps[middle]!.id,
        text: 'Round and round.',
        next: steps[middle]!.id,
      });
      break;
    case 'markup':
      replace(middle, { kind: 'say', id: steps[middle]!.id, text: 'Hello <script>alert(1)</script>' });
      break;
    case 'oversize':
      replace(middle, { kind: 'say', id: steps[middle]!.id, text: 'x'.repeat(1_048_576) });
      break;
    case 'duplicate':
      replace(middle, { kind: 'say', id: steps[middle - 1]?.id ?? steps[0]!.id, text: 'Twin.' });
      break;
    case 'schema':
      (steps as unknown[])[middle] = { kind: 'dance', id: steps[middle]!.id };
      break;
    case 'no-end':
      steps.forEach((step, i) => {
        if (step.kind === 'end')
          replace(i, { kind: 'say', id: step.id, text: 'Not an end.', next: steps[0]!.id });
      });
      break;
    case 'bad-reference':
      replace(middle, {
        kind: 'say',
        id: steps[middle]!.id,
        text: 'Hello {{answers.nowhere}} and {{vars.undeclared}}.',
      });
      break;
    case 'unsafe-pattern':
      replace(middle, {
        kind: 'ask',
        id: steps[middle]!.id,
        text: 'Code?',
        input: { type: 'text', pattern: '^(a+)+$' },
      });
      break;
    case 'no-default':
      replace(middle, {
        kind: 'say',
        id: steps[middle]!.id,
        text: 'Only conditional.',
        next: [{ when: { path: 'vars.tier', op: 'eq', value: 'gold' }, goto: steps[middle + 1]!.id }],
      });
      break;
    default: {
      // bypass: a required step that a branch jumps over.
      const end = steps[steps.length - 1]!.id;
      replace(0, {
        kind: 'say',
        id: steps[0]!.id,
        text: 'Start.',
        next: [{ when: { path: 'vars.tier', op: 'eq', value: 'x' }, goto: end }, { goto: steps[1]!.id }],
      });
      const target = steps[1]!;
      if (target.kind !== 'end') target.required = true;
      if (target.kind !== 'end') delete target.skippable;
      break;
    }
  }
  return { script, defect, expected: DEFECTS[defect] };
}

/** Outcome of `driveToEnd`. */
export interface DriveResult {
  finished: boolean;
  moves: number;
  record: CompletionRecord | null;
  stuck?: string;
}

/**
 * Walks a runner to an end: answers with `candidateAnswers`, preferring answers that lead forward in
 * document order and closest to an end, skipping some skippable steps when `skipEvery` is set.
 */
export function driveToEnd(
  runner: ScriptRunner,
  options: { maxMoves?: number; skipEvery?: number } = {},
): DriveResult {
  const maxMoves = options.maxMoves ?? 100_000;
  let moves = 0;
  while (moves < maxMoves) {
    moves += 1;
    const step = runner.current;
    if (step.kind === 'end') {
      const finished = runner.finish();
      return finished.ok
        ? { finished: true, moves, record: finished.record }
        : { finished: false, moves, record: null, stuck: finished.blockers.map((b) => b.message).join('; ') };
    }
    if (options.skipEvery !== undefined && step.skippable === true && moves % options.skipEvery === 0) {
      if (runner.skip('generated skip').ok) continue;
    }
    if (step.kind === 'action') runner.completeAction('T-1');
    else if (step.kind === 'confirm') runner.confirm(true);
    else if (step.kind === 'ask') chooseAnswer(runner, step);
    const moved = runner.next();
    if (!moved.ok)
      return {
        finished: false,
        moves,
        record: null,
        stuck: `${moved.blocker.code}: ${moved.blocker.message}`,
      };
  }
  return { finished: false, moves, record: null, stuck: 'too many moves' };
}

function chooseAnswer(runner: ScriptRunner, step: ScriptStep): void {
  const here = runner.compiled.indexOf(step.id);
  let best: { value: AnswerValue; score: number } | undefined;
  for (const value of candidateAnswers(step)) {
    if (!runner.answer(value).ok) continue;
    const to = runner.upcoming();
    if (to === null) continue;
    const forward = runner.compiled.indexOf(to) > here;
    const score = (forward ? 0 : 1_000_000) + runner.compiled.distanceToEnd(to);
    if (best === undefined || score < best.score) best = { value, score };
  }
  if (best !== undefined) runner.answer(best.value);
}

/** One move of a tour: at `stepId`, give `answer` (when the step takes one), then go on. */
export interface TourMove {
  stepId: string;
  answer?: AnswerValue;
}

/**
 * For every step reachable from the start, the shortest list of moves that reaches it (breadth-first
 * over `candidateAnswers`; an action's result is `T-1`, a confirmation `true`). For tests that look at
 * every step of a script. `text` replaces the generic answer of a free-text question without a pattern
 * (e.g. a Chinese answer for a Chinese script).
 */
export function stepTour(
  script: Script,
  options: { context?: RunnerContext; text?: string } = {},
): Map<string, TourMove[]> {
  const tour = new Map<string, TourMove[]>();
  const started = ScriptRunner.start(script, { ...options.context, interactionId: null });
  if (!started.ok) return tour;
  const compiled = started.runner.compiled;
  const answersFor = (step: ScriptStep): Array<AnswerValue | undefined> => {
    if (step.kind === 'ask' && step.input.type === 'text' && !step.input.pattern && options.text) {
      return [options.text];
    }
    const candidates = candidateAnswers(step);
    return candidates.length > 0 ? candidates : [undefined];
  };
  const queue: Array<{ snapshot: ReturnType<ScriptRunner['snapshot']>; moves: TourMove[] }> = [
    { snapshot: started.runner.snapshot(), moves: [] },
  ];
  tour.set(compiled.start.id, []);
  while (queue.length > 0) {
    const { snapshot, moves } = queue.shift()!;
    const probe = ScriptRunner.resume(compiled, snapshot, options.context ?? {});
    if (!probe.ok) continue;
    const step = probe.runner.current;
    if (step.kind === 'end') continue;
    for (const answer of answersFor(step)) {
      const resumed = ScriptRunner.resume(compiled, snapshot, options.context ?? {});
      if (!resumed.ok) continue;
      const runner = resumed.runner;
      if (answer !== undefined) {
        const given =
          step.kind === 'action'
            ? runner.completeAction(String(answer))
            : step.kind === 'confirm'
              ? runner.confirm(answer === true)
              : runner.answer(answer);
        if (!given.ok) continue;
      }
      const moved = runner.next();
      if (!moved.ok || tour.has(moved.to)) continue;
      const reached = [...moves, answer === undefined ? { stepId: step.id } : { stepId: step.id, answer }];
      tour.set(moved.to, reached);
      queue.push({ snapshot: runner.snapshot(), moves: reached });
    }
  }
  return tour;
}
