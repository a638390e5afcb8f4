import { expect } from '@open-wc/testing';
import {
  CompiledScript,
  MAX_SCRIPT_SIZE,
  SAMPLE_NAMES,
  sampleScript,
  sampleScripts,
  validateScript,
  type Script,
  type ScriptIssue,
} from './index.js';
import {
  DEFECTS,
  generateInvalidScript,
  generateScript,
  type Defect,
} from '../../../test/support/script-generator.js';

function base(steps: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test',
    version: '1',
    locale: 'en',
    title: 'Test',
    variables: [{ name: 'x' }],
    steps,
    ...extra,
  };
}

function issuesOf(input: unknown): ScriptIssue[] {
  const result = validateScript(input);
  return result.ok ? [] : result.issues;
}

function only(input: unknown): ScriptIssue {
  const issues = issuesOf(input);
  expect(issues, JSON.stringify(issues)).to.have.length(1);
  return issues[0]!;
}

const end = { kind: 'end', id: 'end' };

describe('script-engine: validateScript', () => {
  it('accepts a minimal script and compiles it', () => {
    const result = validateScript(base([{ kind: 'say', id: 'hello', text: 'Hello' }, end]));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(CompiledScript.isCompiled(result.script)).to.equal(true);
    expect(CompiledScript.isCompiled({ ...result.script })).to.equal(false);
    expect(result.script.stepIds).to.deep.equal(['hello', 'end']);
    expect(result.script.successors('hello')).to.deep.equal(['end']);
    expect(result.script.successors('nope')).to.deep.equal([]);
    expect(result.script.distanceToEnd('hello')).to.equal(1);
    expect(result.script.distanceToEnd('nope')).to.equal(Number.POSITIVE_INFINITY);
    expect(result.script.resolveNext('nope', {})).to.equal(undefined);
    expect(result.script.resolveNext('end', {})).to.equal(undefined);
    expect(result.script.step('nope')).to.equal(undefined);
    expect(Object.isFrozen(result.script.script.steps[0])).to.equal(true);
  });

  it('drops unknown fields and keeps a copy (later host mutation has no effect)', () => {
    const input = base([{ kind: 'say', id: 'hello', text: 'Hello', colour: 'red' }, end], { extra: 1 });
    const result = validateScript(input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.script.script).not.to.have.property('extra');
    expect(result.script.script.steps[0]).not.to.have.property('colour');
    ((input['steps'] as unknown[])[0] as Record<string, unknown>)['text'] = 'changed';
    expect((result.script.script.steps[0] as { text: string }).text).to.equal('Hello');
  });

  it('reports schema errors with readable messages and paths', () => {
    expect(issuesOf(null)[0]!.message).to.contain('object');
    expect(issuesOf('{}')[0]!.message).to.contain('object');
    const missing = issuesOf({ id: 'x', version: '1', locale: 'en', steps: [end] });
    expect(missing).to.deep.include({ code: 'schema', path: 'title', message: 'title is required' });
    const kind = only(base([{ kind: 'dance', id: 'a' }, end]));
    expect(kind.path).to.equal('steps[0].kind');
    expect(kind.message).to.contain('kind must be one of say, ask');
    const inner = only(
      base([{ kind: 'ask', id: 'a', text: 'Q', input: { type: 'number', min: 'low' } }, end]),
    );
    expect(inner.path).to.equal('steps[0].input.min');
    const rule = only(
      base([
        { kind: 'say', id: 'a', text: 'Hi', next: [{ goto: 'end', when: { path: 'x', op: '~' } }] },
        end,
      ]),
    );
    expect(rule.path).to.equal('steps[0].next[0].when.op');
    expect(only(base([end], { locale: 'english' })).path).to.equal('locale');
    expect(only(base([end], { schemaVersion: 2 })).message).to.contain('schemaVersion 1');
    expect(only(base([{ kind: 'say', id: '1st', text: 'Hi' }, end])).message).to.contain(
      'starting with a letter',
    );
    expect(only(base([])).message).to.contain('at least one step');
    expect(only(base([{ ...end, next: 'x' }])).message).to.contain('no next');
    expect(only(base([{ kind: 'action', id: 'a', action: 'Open Ticket' }, end])).path).to.equal(
      'steps[0].action',
    );
  });

  it('refuses input that is not plain JSON data', () => {
    const cyclic: Record<string, unknown> = base([end]);
    cyclic['self'] = cyclic;
    expect(only(cyclic).message).to.contain('not plain JSON');
    expect(only(base([end], { big: 1n })).message).to.contain('not plain JSON');
  });

  it('reports oversize text at its path and the whole size', () => {
    const issues = issuesOf(base([{ kind: 'say', id: 'a', text: 'x'.repeat(1_048_576) }, end]));
    expect(issues.map((issue) => issue.code)).to.have.members(['too-large', 'schema']);
    const text = issues.find((issue) => issue.code === 'schema')!;
    expect(text.path).to.equal('steps[0].text');
    expect(text.message).to.contain('1048576 characters long; the limit is 20000');
    // Far past the limit: one issue, no walk.
    const huge = issuesOf(base([{ kind: 'say', id: 'a', text: 'x'.repeat(MAX_SCRIPT_SIZE * 5) }, end]));
    expect(huge).to.have.length(1);
    expect(huge[0]!.code).to.equal('too-large');
  });

  it('reports markup in any text as an issue', () => {
    const texts = [
      '<script>alert(1)</script>',
      'Hi <b>there</b>',
      '<img src=x onerror=alert(1)>',
      'a <!-- b -->',
      '<script',
    ];
    for (const text of texts) {
      const issue = only(base([{ kind: 'say', id: 'a', text }, end]));
      expect(issue.code, text).to.equal('markup');
      expect(issue.path).to.equal('steps[0].text');
      expect(issue.stepId).to.equal('a');
    }
    expect(issuesOf(base([{ kind: 'say', id: 'a', text: 'usage < 5 GB and > 2 GB' }, end]))).to.deep.equal(
      [],
    );
    const option = only(
      base([
        {
          kind: 'ask',
          id: 'a',
          text: 'Q',
          input: { type: 'choice', options: [{ value: 'v', label: '<i>x</i>' }] },
        },
        end,
      ]),
    );
    expect(option.path).to.equal('steps[0].input.options[0].label');
    expect(only(base([{ kind: 'action', id: 'a', action: 'x', params: { p: '<b>' } }, end])).path).to.equal(
      'steps[0].params.p',
    );
    expect(only(base([end], { title: '<h1>T</h1>' })).path).to.equal('title');
  });

  it('reports duplicate step ids, variables and option values', () => {
    const dup = only(base([{ kind: 'say', id: 'a', text: 'A' }, { kind: 'say', id: 'a', text: 'B' }, end]));
    expect(dup).to.include({ code: 'duplicate-id', path: 'steps[1].id' });
    expect(dup.message).to.contain('steps[0]');
    expect(only(base([end], { variables: [{ name: 'x' }, { name: 'x' }] })).code).to.equal('duplicate-id');
    const options = [
      { value: 'a', label: 'A' },
      { value: 'a', label: 'B' },
    ];
    expect(
      only(base([{ kind: 'ask', id: 'q', text: 'Q', input: { type: 'choice', options } }, end])).path,
    ).to.equal('steps[0].input.options[1].value');
  });

  it('reports dangling step ids, missing defaults and a last step that is not an end', () => {
    expect(only(base([{ kind: 'say', id: 'a', text: 'A', next: 'nowhere' }, end]))).to.include({
      code: 'unknown-step',
      path: 'steps[0].next',
    });
    const rules = [{ when: { path: 'vars.x', op: 'exists' }, goto: 'ghost' }, { goto: 'end' }];
    expect(only(base([{ kind: 'say', id: 'a', text: 'A', next: rules }, end]))).to.include({
      code: 'unknown-step',
      path: 'steps[0].next[0].goto',
    });
    const noDefault = [{ when: { path: 'vars.x', op: 'exists' }, goto: 'end' }];
    expect(only(base([{ kind: 'say', id: 'a', text: 'A', next: noDefault }, end])).code).to.equal(
      'no-default-rule',
    );
    const issues = issuesOf(base([{ kind: 'say', id: 'a', text: 'A' }]));
    expect(issues.map((issue) => issue.code)).to.have.members(['no-next', 'no-end']);
  });

  it('reports unreachable steps and cycles with no exit', () => {
    const unreachable = only(
      base([{ kind: 'say', id: 'a', text: 'A', next: 'end' }, { kind: 'say', id: 'b', text: 'B' }, end]),
    );
    expect(unreachable).to.include({ code: 'unreachable', path: 'steps[1]', stepId: 'b' });
    const loop = issuesOf(
      base([
        { kind: 'say', id: 'a', text: 'A' },
        { kind: 'say', id: 'b', text: 'B' },
        { kind: 'say', id: 'c', text: 'C', next: 'b' },
        end,
      ]),
    );
    const noExit = loop.filter((issue) => issue.code === 'no-exit');
    expect(noExit).to.have.length(1);
    expect(noExit[0]!.stepId).to.equal('b');
    expect(noExit[0]!.message).to.contain('b → c');
    expect(loop.some((issue) => issue.code === 'unreachable' && issue.stepId === 'end')).to.equal(true);
    // A loop with an exit is fine.
    const retry = [{ when: { path: 'answers.q', op: 'eq', value: false }, goto: 'q' }, { goto: 'end' }];
    expect(
      issuesOf(base([{ kind: 'ask', id: 'q', text: 'OK?', input: { type: 'yes-no' }, next: retry }, end])),
    ).to.deep.equal([]);
    // A self-loop at the first step.
    expect(
      issuesOf(base([{ kind: 'say', id: 'a', text: 'A', next: 'a' }, end])).map((i) => i.code),
    ).to.have.members(['no-exit', 'unreachable']);
  });

  it('reports a required step that a branch can bypass', () => {
    const issue = only(
      base([
        {
          kind: 'ask',
          id: 'q',
          text: 'Q',
          input: { type: 'yes-no' },
          next: [{ when: { path: 'answers.q', op: 'eq', value: true }, goto: 'end' }, { goto: 'r' }],
        },
        { kind: 'say', id: 'r', text: 'Must read', verbatim: true, required: true },
        end,
      ]),
    );
    expect(issue).to.include({ code: 'bypassable', path: 'steps[1].required', stepId: 'r' });
  });

  it('reports references to unknown answers, undeclared variables and unknown roots', () => {
    const steps = [
      {
        kind: 'say',
        id: 'a',
        text: 'Hi {{customer.name}} {{vars.x}} {{answers.q}} {{answers.a}} {{vars.y}} {{window.x}}',
      },
      { kind: 'ask', id: 'q', text: 'Q', input: { type: 'yes-no' } },
      { kind: 'gate', id: 'g', text: 'G', condition: { path: 'answers.ghost', op: 'exists' } },
      end,
    ];
    const issues = issuesOf(base(steps));
    expect(issues.every((issue) => issue.code === 'unknown-reference')).to.equal(true);
    expect(issues.map((issue) => issue.message)).to.deep.equal([
      '"answers.a" refers to a say step, which has no answer',
      '"vars.y" refers to a variable that is not declared in variables',
      '"window.x" must start with customer, answers, vars, agent, interaction',
      '"answers.ghost" refers to a step that does not exist',
    ]);
    expect(issues[3]!.path).to.equal('steps[2].condition');
  });

  it('reports unsafe or invalid patterns, inverted ranges and steps that cannot be skipped', () => {
    const ask = (input: Record<string, unknown>): unknown =>
      base([{ kind: 'ask', id: 'q', text: 'Q', input }, end]);
    expect(only(ask({ type: 'text', pattern: '^(a+)+$' })).code).to.equal('unsafe-pattern');
    expect(only(ask({ type: 'text', pattern: '^(\\w*)*x' })).code).to.equal('unsafe-pattern');
    expect(only(ask({ type: 'text', pattern: '(a)\\1' })).code).to.equal('unsafe-pattern');
    expect(only(ask({ type: 'text', pattern: '^(a|aa)*$' })).code).to.equal('unsafe-pattern');
    expect(issuesOf(ask({ type: 'text', pattern: '^(0[1-9]|1[0-2])$' }))).to.deep.equal([]);
    expect(only(ask({ type: 'text', pattern: '([' })).code).to.equal('invalid-pattern');
    expect(only(ask({ type: 'text', pattern: 'x'.repeat(201) })).path).to.equal('steps[0].input.pattern');
    expect(issuesOf(ask({ type: 'text', pattern: '^1\\d{10}$' }))).to.deep.equal([]);
    expect(only(ask({ type: 'text', minLength: 10, maxLength: 5 })).code).to.equal('invalid-range');
    expect(only(ask({ type: 'number', min: 10, max: 5 })).code).to.equal('invalid-range');
    expect(only(ask({ type: 'date', min: '2026-02-01', max: '2026-01-01' })).code).to.equal('invalid-range');
    expect(only(ask({ type: 'date', min: '2026-02-30' })).message).to.contain('real date');
    expect(only(ask({ type: 'choice', options: [] })).message).to.contain('at least one option');
    const skip = (step: Record<string, unknown>): ScriptIssue =>
      only(base([{ id: 's', skippable: true, ...step }, end]));
    expect(skip({ kind: 'gate', text: 'G', condition: { path: 'vars.x', op: 'exists' } }).code).to.equal(
      'not-skippable',
    );
    expect(skip({ kind: 'say', text: 'S', required: true }).code).to.equal('not-skippable');
    expect(skip({ kind: 'say', text: 'S', verbatim: true }).code).to.equal('not-skippable');
  });

  for (const [defect, code] of Object.entries(DEFECTS)) {
    it(`reports the generated defect "${defect}" as ${code}`, () => {
      for (const seed of [1, 2, 3]) {
        const { script, expected } = generateInvalidScript(12, seed, defect as Defect);
        const issues = issuesOf(script);
        expect(
          issues.map((issue) => issue.code),
          `seed ${seed}`,
        ).to.include(expected);
      }
    });
  }

  it('validates a generated 500-step script quickly', () => {
    const script = generateScript(500, 42);
    validateScript(script);
    const started = performance.now();
    const result = validateScript(script);
    const elapsed = performance.now() - started;
    expect(result.ok, JSON.stringify(result.ok ? [] : result.issues.slice(0, 3))).to.equal(true);
    expect(elapsed).to.be.lessThan(200); // the bench holds the real target (≤ 20 ms median)
  });
});

describe('script-engine: sample scripts', () => {
  it('ships every sample in en and zh-CN, and every one validates', () => {
    const all = sampleScripts();
    for (const locale of ['en', 'zh-CN'] as const) {
      expect(Object.keys(all[locale])).to.deep.equal([...SAMPLE_NAMES]);
      for (const name of SAMPLE_NAMES) {
        const script = all[locale][name];
        expect(script.locale).to.equal(locale);
        const result = validateScript(script);
        expect(result.ok, `${locale} ${name}: ${JSON.stringify(result.ok ? [] : result.issues)}`).to.equal(
          true,
        );
      }
    }
  });

  it('has the same structure in both locales', () => {
    const shape = (script: Script): unknown =>
      script.steps.map((step) => [step.kind, step.id, 'next' in step ? JSON.stringify(step.next) : '']);
    for (const name of SAMPLE_NAMES) {
      expect(shape(sampleScript(name, 'zh-CN'))).to.deep.equal(shape(sampleScript(name, 'en')));
    }
  });

  it('covers the scenarios of the issue', () => {
    const actions = (name: (typeof SAMPLE_NAMES)[number]): string[] =>
      sampleScript(name).steps.flatMap((step) => (step.kind === 'action' ? [step.action] : []));
    const fault = sampleScript('network-fault').steps;
    expect(fault[fault.length - 2]).to.include({ kind: 'action', action: 'open-ticket' });
    expect(fault[fault.length - 1]!.kind).to.equal('end');
    expect(actions('port-out-retention')).to.include('apply-offer');
    expect(actions('closing-survey')).to.include('send-sms');
    const greeting = sampleScript('greeting-identity').steps;
    expect(
      greeting.some((step) => step.kind === 'say' && step.verbatim === true && step.required === true),
    ).to.equal(true);
    expect(greeting.some((step) => step.kind === 'confirm')).to.equal(true);
  });
});
