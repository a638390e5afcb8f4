import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ScriptRunner, validateScript, type Script, type ScriptStep } from './index.js';
import {
  DEFECTS,
  candidateAnswers,
  driveToEnd,
  generateInvalidScript,
  generateScript,
  type Defect,
} from '../../../test/support/script-generator.js';

// Property tests: the validator's verdict and the runner agree. A script the validator accepts can be
// driven to an end and no sequence of operations makes the runner throw or break its invariants; a
// script it refuses never gives a runner.

function clock(): () => number {
  let now = 0;
  return () => (now += 7);
}

function start(script: unknown): ScriptRunner {
  const result = ScriptRunner.start(script, { now: clock(), customer: { name: 'Li' }, interactionId: 'I' });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.runner;
}

function checkInvariants(runner: ScriptRunner): void {
  const state = runner.state;
  const compiled = runner.compiled;
  expect(state.path[0]).to.equal(compiled.start.id);
  expect(runner.current.id).to.equal(state.path[state.path.length - 1]);
  for (let i = 1; i < state.path.length; i += 1) {
    expect(compiled.successors(state.path[i - 1]!)).to.include(state.path[i]);
  }
  const last = state.audit[state.audit.length - 1]!;
  expect(last.stepId).to.equal(runner.current.id);
  expect(last.leftAt === undefined).to.equal(!runner.finished);
  for (let i = 1; i < state.audit.length; i += 1) {
    expect(state.audit[i]!.enteredAt).to.be.at.least(state.audit[i - 1]!.enteredAt);
  }
  for (const id of Object.keys(runner.answers())) expect(state.path).to.include(id);
}

const seedAndSize = fc.record({ steps: fc.integer({ min: 2, max: 80 }), seed: fc.integer() });

/** One operation a user (or a buggy host) may try; values include junk. */
const operation = fc.oneof(
  fc.constant({ op: 'next' } as const),
  fc.constant({ op: 'next' } as const),
  fc.constant({ op: 'good-answer' } as const),
  fc.constant({ op: 'good-answer' } as const),
  fc.constant({ op: 'back' } as const),
  fc.constant({ op: 'finish' } as const),
  fc.constant({ op: 'resume' } as const),
  fc.record({
    op: fc.constant('skip' as const),
    reason: fc.oneof(fc.string({ maxLength: 8 }), fc.constant(undefined)),
  }),
  fc.record({
    op: fc.constant('answer' as const),
    value: fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constant('again')),
  }),
  fc.record({ op: fc.constant('confirm' as const), checked: fc.boolean() }),
  fc.record({
    op: fc.constant('action' as const),
    result: fc.oneof(fc.string({ maxLength: 4 }), fc.constant(undefined)),
  }),
);

describe('script-engine: properties', () => {
  it('a valid generated script can always be driven to an end', () => {
    fc.assert(
      fc.property(
        seedAndSize,
        fc.option(fc.integer({ min: 2, max: 5 }), { nil: undefined }),
        ({ steps, seed }, skipEvery) => {
          const script = generateScript(steps, seed);
          const verdict = validateScript(script);
          expect(verdict.ok, JSON.stringify(verdict.ok ? [] : verdict.issues.slice(0, 3))).to.equal(true);
          const runner = start(script);
          const drive = driveToEnd(runner, skipEvery === undefined ? {} : { skipEvery });
          expect(drive.finished, drive.stuck).to.equal(true);
          const record = drive.record!;
          expect(runner.compiled.step(record.path[record.path.length - 1]!)!.kind).to.equal('end');
          for (const entry of record.audit) expect(entry.leftAt).to.be.at.least(entry.enteredAt);
          for (const id of Object.keys(record.answers)) expect(record.path).to.include(id);
          for (const skipped of record.skipped)
            expect(runner.compiled.step(skipped.stepId)!).to.have.property('skippable', true);
          checkInvariants(runner);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a generated 500-step script validates and runs to the end', () => {
    const script = generateScript(500, 2026);
    expect(script.steps).to.have.length(500);
    const drive = driveToEnd(start(script));
    expect(drive.finished, drive.stuck).to.equal(true);
  });

  it('no sequence of operations throws or breaks an invariant; snapshots resume to the same state', () => {
    fc.assert(
      fc.property(seedAndSize, fc.array(operation, { maxLength: 60 }), ({ steps, seed }, operations) => {
        const script = generateScript(steps, seed);
        const now = clock();
        const started = ScriptRunner.start(script, { now, interactionId: 'I' });
        if (!started.ok) throw new Error('generated script refused');
        let runner = started.runner;
        for (const operation of operations) {
          const step: ScriptStep = runner.current;
          switch (operation.op) {
            case 'next':
              runner.next();
              break;
            case 'good-answer': {
              const value = candidateAnswers(step)[0];
              if (step.kind === 'action') runner.completeAction('T-1');
              else if (value !== undefined) runner.answer(value);
              break;
            }
            case 'back':
              runner.back();
              break;
            case 'finish':
              runner.finish();
              break;
            case 'skip':
              runner.skip(operation.reason as string);
              break;
            case 'answer':
              runner.answer(operation.value);
              break;
            case 'confirm':
              runner.confirm(operation.checked);
              break;
            case 'action':
              runner.completeAction(operation.result);
              break;
            default: {
              const snapshot = JSON.parse(JSON.stringify(runner.snapshot())) as unknown;
              const resumed = ScriptRunner.resume(script, snapshot, { now, interactionId: 'I' });
              expect(resumed.ok, resumed.ok ? '' : JSON.stringify(resumed.issues)).to.equal(true);
              if (resumed.ok) {
                expect(resumed.runner.state).to.deep.equal(runner.state);
                runner = resumed.runner;
              }
            }
          }
          checkInvariants(runner);
          // Liveness: short of a closed gate, there is always a way on, back, or to finish.
          if (!runner.finished) {
            const blocker = runner.blocker();
            expect(blocker?.code).to.not.equal('no-way-on');
            if (blocker === null) expect(runner.upcoming()).to.not.equal(null);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the verdict and the runner agree on mutated scripts: refused scripts never run', () => {
    const mutation = fc.record({
      defect: fc.constantFrom(...(Object.keys(DEFECTS) as Defect[])),
      steps: fc.integer({ min: 4, max: 40 }),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(mutation, ({ defect, steps, seed }) => {
        const { script, expected } = generateInvalidScript(steps, seed, defect);
        const verdict = validateScript(script);
        expect(verdict.ok).to.equal(false);
        if (!verdict.ok) expect(verdict.issues.map((issue) => issue.code)).to.include(expected);
        const started = ScriptRunner.start(script);
        expect(started.ok).to.equal(false);
      }),
      { numRuns: 60 },
    );
  });

  it('random edits: whatever the verdict, the runner follows it and never throws', () => {
    const edit = fc.record({
      steps: fc.integer({ min: 3, max: 30 }),
      seed: fc.integer(),
      target: fc.nat(),
      to: fc.nat(),
      kind: fc.constantFrom('retarget', 'delete', 'require', 'swap'),
    });
    fc.assert(
      fc.property(edit, ({ steps, seed, target, to, kind }) => {
        const script: Script = generateScript(steps, seed);
        const list = script.steps;
        const i = target % list.length;
        const j = to % list.length;
        if (kind === 'retarget' && list[i]!.kind !== 'end') (list[i] as { next?: string }).next = list[j]!.id;
        else if (kind === 'delete') list.splice(i, 1);
        else if (kind === 'require' && list[i]!.kind !== 'end') {
          (list[i] as { required?: boolean; skippable?: boolean }).required = true;
          delete (list[i] as { skippable?: boolean }).skippable;
        } else [list[i], list[j]] = [list[j]!, list[i]!];
        const verdict = validateScript(script);
        const started = ScriptRunner.start(script, { now: clock() });
        expect(started.ok).to.equal(verdict.ok);
        if (!started.ok) return;
        const drive = driveToEnd(started.runner, { maxMoves: 5_000 });
        // Edits may break the generator's guarantees (a gate without its question, a loop the driver
        // keeps taking); the runner must then report a blocker, never throw.
        if (!drive.finished) expect(drive.stuck).to.be.a('string');
        // …but a required step the validator let through is always on the way.
        if (!drive.finished) expect(drive.stuck).not.to.contain('required step');
        checkInvariants(started.runner);
      }),
      { numRuns: 150 },
    );
  });
  it('bypassable required steps match a brute-force search (every step marked required)', () => {
    fc.assert(
      fc.property(
        seedAndSize,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        ({ steps, seed }, jumps) => {
          const script: Script = generateScript(steps, seed);
          const list = script.steps;
          // Extra forward jumps make more ways around steps.
          for (const [from, to] of jumps) {
            const a = from % list.length;
            const b = to % list.length;
            const step = list[a]!;
            if (step.kind === 'end' || b <= a) continue;
            const rules = Array.isArray(step.next)
              ? step.next
              : [{ goto: typeof step.next === 'string' ? step.next : list[a + 1]!.id }];
            step.next = [{ when: { path: 'vars.tier', op: 'eq', value: 'x' }, goto: list[b]!.id }, ...rules];
          }
          for (const step of list) {
            if (step.kind === 'end') continue;
            delete step.skippable;
            step.required = true;
          }
          const verdict = validateScript(script);
          const found = verdict.ok
            ? []
            : verdict.issues.filter((issue) => issue.code === 'bypassable').map((issue) => issue.stepId);
          if (!verdict.ok && verdict.issues.some((issue) => issue.code !== 'bypassable')) return;
          const ids = list.map((step) => step.id);
          const successors = (id: string): string[] => {
            const i = ids.indexOf(id);
            const step = list[i]!;
            if (step.kind === 'end') return [];
            if (step.next === undefined) return [ids[i + 1]!];
            return typeof step.next === 'string' ? [step.next] : step.next.map((rule) => rule.goto);
          };
          const endReachableAvoiding = (avoid: string): boolean => {
            const seen = new Set([ids[0]!]);
            const queue = [ids[0]!];
            while (queue.length > 0) {
              const id = queue.shift()!;
              if (list[ids.indexOf(id)]!.kind === 'end') return true;
              for (const to of successors(id))
                if (to !== avoid && !seen.has(to)) (seen.add(to), queue.push(to));
            }
            return false;
          };
          const expected = list
            .filter((step, i) => i > 0 && step.kind !== 'end' && endReachableAvoiding(step.id))
            .map((step) => step.id);
          expect(found).to.deep.equal(expected);
        },
      ),
      { numRuns: 120 },
    );
  });
});
