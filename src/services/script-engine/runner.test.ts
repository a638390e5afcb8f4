import { expect } from '@open-wc/testing';
import {
  SNAPSHOT_FORMAT,
  ScriptRunner,
  checkAnswer,
  sampleScript,
  validateScript,
  type ScriptStep,
  type Script,
} from './index.js';
import { driveToEnd } from '../../../test/support/script-generator.js';

/** A clock that moves 1 s per reading. */
function steppingClock(start = 1_000_000): () => number {
  let now = start;
  return () => {
    now += 1_000;
    return now;
  };
}

function runnerFor(steps: unknown[], options: Parameters<typeof ScriptRunner.start>[1] = {}): ScriptRunner {
  const script = {
    id: 'demo',
    version: '2',
    locale: 'en',
    title: 'Demo',
    variables: [{ name: 'tier', default: 'gold' }],
    steps,
  };
  const result = ScriptRunner.start(script, { now: steppingClock(), ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.runner;
}

const END = { kind: 'end', id: 'end', outcome: 'done' };

describe('script-engine: ScriptRunner', () => {
  it('refuses an invalid script as a whole: no runner, only issues', () => {
    const result = ScriptRunner.start({ id: 'x', steps: [] });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.length).to.be.greaterThan(0);
    const bad = ScriptRunner.start({
      id: 'x',
      version: '1',
      locale: 'en',
      title: 'T',
      steps: [
        { kind: 'say', id: 'a', text: 'ok' },
        { kind: 'say', id: 'b', text: '<script>x</script>' },
        END,
      ],
    });
    expect(bad.ok).to.equal(false);
  });

  it('accepts a compiled script without validating again', () => {
    const compiled = validateScript(sampleScript('closing-survey'));
    if (!compiled.ok) throw new Error('sample');
    const result = ScriptRunner.start(compiled.script);
    expect(result.ok && result.runner.compiled).to.equal(compiled.script);
  });

  it('say: goes on; verbatim text is recorded in the audit like any step', () => {
    const runner = runnerFor(
      [{ kind: 'say', id: 'hello', text: 'Hello {{customer.name}}', verbatim: true }, END],
      {
        customer: { name: 'Wang Fang' },
      },
    );
    expect(runner.current.id).to.equal('hello');
    expect(runner.render((runner.current as { text: string }).text)).to.deep.equal([
      { text: 'Hello Wang Fang' },
    ]);
    expect(runner.render(undefined)).to.deep.equal([]);
    expect(runner.blocker()).to.equal(null);
    expect(runner.upcoming()).to.equal('end');
    expect(runner.next()).to.deep.equal({ ok: true, from: 'hello', to: 'end' });
    expect(runner.state.audit[0]).to.deep.include({ stepId: 'hello', exit: 'next' });
  });

  it('ask: validates each input type and blocks going on without a valid answer', () => {
    const cases: Array<[Record<string, unknown>, unknown[], unknown[]]> = [
      [{ type: 'text', minLength: 2, maxLength: 5, pattern: '^[a-z]+$' }, ['abc'], ['a', 'abcdef', 'AB', 42]],
      [{ type: 'number', min: 1, max: 10, integer: true }, [1, 10], [0, 11, 2.5, '5', Number.NaN]],
      [{ type: 'choice', options: [{ value: 'a', label: 'A' }] }, ['a'], ['b', ['a'], 1]],
      [
        {
          type: 'choice',
          multiple: true,
          options: [
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B' },
          ],
        },
        [['a'], ['a', 'b']],
        [['a', 'a'], ['c'], 'a', [1]],
      ],
      [{ type: 'yes-no' }, [true, false], ['yes', 1]],
      [
        { type: 'date', min: '2026-01-01', max: '2026-12-31' },
        ['2026-02-28'],
        ['2026-02-30', '2025-12-31', '2027-01-01', 'soon'],
      ],
    ];
    for (const [input, good, bad] of cases) {
      const runner = runnerFor([{ kind: 'ask', id: 'q', text: 'Q?', input }, END]);
      expect(runner.next().ok, JSON.stringify(input)).to.equal(false);
      expect(runner.blocker()?.code).to.equal('answer-required');
      for (const value of bad) {
        const result = runner.answer(value);
        expect(result.ok, `${JSON.stringify(input)} ${JSON.stringify(value)}`).to.equal(false);
        if (!result.ok) expect(result.blocker.code).to.equal('answer-invalid');
      }
      for (const value of good) expect(runner.answer(value).ok, JSON.stringify(value)).to.equal(true);
      expect(runner.next().ok).to.equal(true);
      expect(runner.state.audit[0]!.answer).to.deep.equal(good[good.length - 1]);
    }
  });

  it('ask: reports problem codes and limits for a localised message', () => {
    const step: ScriptStep = { kind: 'ask', id: 'n', text: 'N', input: { type: 'number', max: 5 } };
    expect(checkAnswer(step, 9)).to.deep.equal({ code: 'max', message: 'at most 5', limit: 5 });
    const text: ScriptStep = {
      kind: 'ask',
      id: 't',
      text: 'T',
      input: { type: 'text', pattern: '^\\d+$', patternHint: 'digits' },
    };
    expect(checkAnswer(text, 'x')).to.include({ code: 'pattern', message: 'digits' });
    expect(checkAnswer(text, 'x'.repeat(2_001))).to.include({ code: 'too-long', limit: 2_000 });
    expect(checkAnswer({ kind: 'say', id: 's', text: 'S' }, 'x')!.code).to.equal('not-answerable');
    expect(checkAnswer({ kind: 'action', id: 'a', action: 'x' }, '')!.code).to.equal('type');
  });

  it('ask: an optional input may stay blank, and a blank answer clears a kept one', () => {
    const runner = runnerFor([
      { kind: 'ask', id: 'q', text: 'Q?', input: { type: 'text', required: false } },
      END,
    ]);
    expect(runner.blocker()).to.equal(null);
    expect(runner.answer('note').ok).to.equal(true);
    expect(runner.answers()).to.deep.equal({ q: 'note' });
    expect(runner.answer('  ').ok).to.equal(true);
    expect(runner.answers()).to.deep.equal({});
    expect(runner.next().ok).to.equal(true);
  });

  it('confirm: must be ticked; unticking blocks again', () => {
    const runner = runnerFor([
      { kind: 'confirm', id: 'id-ok', text: 'Verified?', label: 'Identity verified' },
      END,
    ]);
    expect(runner.next().ok).to.equal(false);
    expect(runner.blocker()?.code).to.equal('confirm-required');
    expect(runner.answer(false).ok).to.equal(false);
    expect(runner.confirm().ok).to.equal(true);
    expect(runner.confirm(false).ok).to.equal(true);
    expect(runner.blocker()?.code).to.equal('confirm-required');
    expect(runner.confirm(true).ok).to.equal(true);
    expect(runner.next().ok).to.equal(true);
    expect(runner.answers()).to.deep.equal({ 'id-ok': true });
  });

  it('action: hands resolved params to the host and blocks until done', () => {
    const runner = runnerFor(
      [
        { kind: 'ask', id: 'where', text: 'Where?', input: { type: 'text' } },
        {
          kind: 'action',
          id: 'ticket',
          action: 'open-ticket',
          params: {
            location: '{{answers.where}}',
            note: 'at {{answers.where}} for {{customer.id}}',
            tier: '{{vars.tier}}',
            n: 3,
            missing: '{{customer.id}}',
          },
        },
        { kind: 'say', id: 'bye', text: 'Ticket {{answers.ticket}}' },
        END,
      ],
      { customer: {} },
    );
    expect(runner.actionParams()).to.deep.equal({});
    expect(runner.completeAction().ok).to.equal(false);
    runner.answer('Chaoyang');
    runner.next();
    expect(runner.actionParams()).to.deep.equal({
      location: 'Chaoyang',
      note: 'at Chaoyang for ',
      tier: 'gold',
      n: 3,
      missing: null,
    });
    expect(runner.answer('x').ok).to.equal(false);
    expect(runner.confirm().ok).to.equal(false);
    expect(runner.next().ok).to.equal(false);
    expect(runner.blocker()?.code).to.equal('action-required');
    expect(runner.completeAction('').ok).to.equal(false);
    expect(runner.completeAction('TT-42').ok).to.equal(true);
    expect(runner.next().ok).to.equal(true);
    expect(runner.render((runner.current as { text: string }).text)).to.deep.equal([
      { text: 'Ticket TT-42' },
    ]);
  });

  it('branching: the first rule whose condition holds wins; upcoming() previews it', () => {
    const steps = [
      {
        kind: 'ask',
        id: 'reason',
        text: 'Why?',
        input: {
          type: 'choice',
          options: ['price', 'coverage', 'other'].map((value) => ({ value, label: value })),
        },
        next: [
          { when: { path: 'answers.reason', op: 'eq', value: 'price' }, goto: 'offer' },
          {
            when: {
              or: [
                { path: 'answers.reason', op: 'eq', value: 'coverage' },
                { path: 'customer.vip', op: 'eq', value: true },
              ],
            },
            goto: 'ticket',
          },
          { goto: 'end' },
        ],
      },
      { kind: 'say', id: 'offer', text: 'Offer', next: 'end' },
      { kind: 'say', id: 'ticket', text: 'Ticket', next: 'end' },
      END,
    ];
    const route = (answer: string, customer: Record<string, unknown> = {}): string => {
      const runner = runnerFor(steps, { customer });
      expect(runner.upcoming()).to.equal(null);
      runner.answer(answer);
      const preview = runner.upcoming();
      const moved = runner.next();
      expect(moved.ok && moved.to).to.equal(preview);
      return runner.current.id;
    };
    expect(route('price')).to.equal('offer');
    expect(route('coverage')).to.equal('ticket');
    expect(route('other')).to.equal('end');
    expect(route('other', { vip: true })).to.equal('ticket');
  });

  it('gate: blocks until its condition holds, also against host variables', () => {
    const runner = runnerFor(
      [
        {
          kind: 'gate',
          id: 'identity',
          text: 'Verify identity first',
          condition: { path: 'vars.tier', op: 'eq', value: 'verified' },
        },
        END,
      ],
      { variables: { tier: 'unknown' } },
    );
    const blocked = runner.next();
    expect(blocked.ok).to.equal(false);
    if (!blocked.ok)
      expect(blocked.blocker).to.deep.equal({
        code: 'gate-closed',
        stepId: 'identity',
        message: 'Verify identity first',
      });
    expect(runner.skip('no time').ok).to.equal(false);
    runner.setContext({ variables: { tier: 'verified' } });
    expect(runner.next().ok).to.equal(true);
    // Re-checked at the end: a gate that no longer holds blocks finishing.
    runner.setContext({ variables: { tier: 'unknown' } });
    const finished = runner.finish();
    expect(finished.ok).to.equal(false);
    if (!finished.ok) expect(finished.blockers.map((b) => b.code)).to.deep.equal(['gate-closed']);
    runner.setContext({ variables: { tier: 'verified' } });
    expect(runner.finish().ok).to.equal(true);
  });

  it('back keeps later answers until they are overwritten; conditions see only the path', () => {
    const runner = runnerFor([
      {
        kind: 'ask',
        id: 'a',
        text: 'A',
        input: { type: 'yes-no' },
        next: [{ when: { path: 'answers.a', op: 'eq', value: true }, goto: 'b' }, { goto: 'c' }],
      },
      { kind: 'ask', id: 'b', text: 'B', input: { type: 'text' }, next: 'end' },
      { kind: 'ask', id: 'c', text: 'C', input: { type: 'text' } },
      END,
    ]);
    expect(runner.back()).to.deep.include({ ok: false });
    runner.answer(true);
    runner.next();
    runner.answer('first b');
    expect(runner.back()).to.deep.equal({ ok: true, from: 'b', to: 'a' });
    expect(runner.answerOf('b')).to.equal('first b');
    expect(runner.answers()).to.deep.equal({ a: true });
    runner.next();
    expect(runner.current.id).to.equal('b');
    expect(runner.answers()).to.deep.equal({ a: true, b: 'first b' });
    runner.back();
    runner.answer(false);
    runner.next();
    expect(runner.current.id).to.equal('c');
    expect(runner.answers()).to.deep.equal({ a: false });
    runner.answer('c answer');
    runner.next();
    const finished = runner.finish();
    expect(finished.ok).to.equal(true);
    if (!finished.ok) return;
    // Answers off the final path are not in the record; the audit has every visit.
    expect(finished.record.answers).to.deep.equal({ a: false, c: 'c answer' });
    expect(finished.record.path).to.deep.equal(['a', 'c', 'end']);
    expect(finished.record.audit.map((entry) => [entry.stepId, entry.exit])).to.deep.equal([
      ['a', 'next'],
      ['b', 'back'],
      ['a', 'next'],
      ['b', 'back'],
      ['a', 'next'],
      ['c', 'next'],
      ['end', 'finish'],
    ]);
  });

  it('skip: needs a skippable step and a reason; skipped answers do not count', () => {
    const runner = runnerFor([
      { kind: 'ask', id: 'device', text: 'Device?', input: { type: 'text' }, skippable: true },
      { kind: 'say', id: 'fixed', text: 'Not skippable' },
      END,
    ]);
    runner.answer('Phone X');
    expect(runner.skip('   ')).to.deep.include({ ok: false });
    expect(runner.skip('x'.repeat(501))).to.deep.include({ ok: false });
    expect(runner.skip('Customer does not know')).to.deep.equal({ ok: true, from: 'device', to: 'fixed' });
    expect(runner.answers()).to.deep.equal({});
    const refused = runner.skip('because');
    expect(refused.ok).to.equal(false);
    if (!refused.ok) expect(refused.blocker.code).to.equal('not-skippable');
    runner.next();
    const finished = runner.finish();
    expect(finished.ok).to.equal(true);
    if (!finished.ok) return;
    expect(finished.record.skipped).to.deep.equal([{ stepId: 'device', reason: 'Customer does not know' }]);
    expect(finished.record.answers).to.deep.equal({});
    expect(finished.record.audit[0]).to.deep.include({ exit: 'skip', skipReason: 'Customer does not know' });
    expect(finished.record.audit[0]).not.to.have.property('answer');
  });

  it('answering a skipped step after back un-skips it', () => {
    const runner = runnerFor([
      { kind: 'ask', id: 'q', text: 'Q', input: { type: 'text' }, skippable: true },
      END,
    ]);
    runner.skip('later');
    runner.back();
    runner.answer('now');
    runner.next();
    const finished = runner.finish();
    expect(finished.ok && finished.record.skipped).to.deep.equal([]);
    expect(finished.ok && finished.record.answers).to.deep.equal({ q: 'now' });
  });

  it('end: finish only at an end; the record has the audit with timestamps from the injected clock', () => {
    const runner = runnerFor([{ kind: 'say', id: 'hello', text: 'Hello' }, END], { interactionId: 'INT-7' });
    const early = runner.finish();
    expect(early.ok).to.equal(false);
    if (!early.ok) expect(early.blockers[0]!.code).to.equal('not-at-end');
    expect(runner.completionRecord()).to.equal(null);
    runner.next();
    expect(runner.next()).to.deep.include({ ok: false });
    expect(runner.blocker()?.code).to.equal('at-end');
    expect(runner.progress()).to.deep.equal({ visited: 2, remaining: 0 });
    const finished = runner.finish();
    expect(finished.ok).to.equal(true);
    if (!finished.ok) return;
    expect(finished.record).to.deep.equal({
      scriptId: 'demo',
      version: '2',
      interactionId: 'INT-7',
      answers: {},
      path: ['hello', 'end'],
      skipped: [],
      audit: [
        { stepId: 'hello', enteredAt: 1_001_000, leftAt: 1_002_000, exit: 'next' },
        { stepId: 'end', enteredAt: 1_002_000, leftAt: 1_003_000, exit: 'finish' },
      ],
      startedAt: 1_001_000,
      finishedAt: 1_003_000,
      outcome: 'done',
    });
    expect(runner.finished).to.equal(true);
    for (const attempt of [
      runner.next(),
      runner.back(),
      runner.skip('x'),
      runner.answer('x'),
      runner.completeAction(),
    ]) {
      expect(attempt.ok).to.equal(false);
    }
    expect(runner.blocker()?.code).to.equal('finished');
    expect(runner.finish().ok).to.equal(false);
    expect(runner.confirm().ok).to.equal(false);
  });

  it('a required verbatim step on the path lets the script finish; back returns to it', () => {
    const script = {
      id: 'req',
      version: '1',
      locale: 'en',
      title: 'R',
      steps: [
        { kind: 'say', id: 'a', text: 'A' },
        { kind: 'say', id: 'notice', text: 'Notice', verbatim: true, required: true },
        END,
      ],
    };
    const started = ScriptRunner.start(script, { now: steppingClock() });
    if (!started.ok) throw new Error('script');
    started.runner.next();
    started.runner.next();
    expect(started.runner.finishBlockers()).to.deep.equal([]);
    started.runner.back();
    expect(started.runner.current.id).to.equal('notice');
  });

  it('the state is frozen plain JSON; snapshot() is a detached copy', () => {
    const runner = runnerFor([
      {
        kind: 'ask',
        id: 'q',
        text: 'Q',
        input: { type: 'choice', multiple: true, options: [{ value: 'a', label: 'A' }] },
      },
      END,
    ]);
    const chosen = ['a'];
    runner.answer(chosen);
    chosen.push('zzz');
    expect(runner.answers()).to.deep.equal({ q: ['a'] });
    expect(Object.isFrozen(runner.state)).to.equal(true);
    expect(Object.isFrozen(runner.state.path)).to.equal(true);
    const snapshot = runner.snapshot();
    expect(JSON.parse(JSON.stringify(snapshot))).to.deep.equal(snapshot);
    snapshot.path.push('x');
    expect(runner.state.path).to.deep.equal(['q']);
    expect(snapshot.format).to.equal(SNAPSHOT_FORMAT);
  });

  it('scope: customer, answers, variables with defaults, agent, interaction; never prototypes', () => {
    const runner = runnerFor([{ kind: 'say', id: 's', text: 'x' }, END], {
      customer: { name: 'A' },
      variables: { extra: 1 },
      agent: { name: 'Agent' },
      interactionId: 'I-1',
    });
    expect(runner.scope()).to.deep.equal({
      customer: { name: 'A' },
      answers: {},
      vars: { tier: 'gold', extra: 1 },
      agent: { name: 'Agent' },
      interaction: { id: 'I-1' },
    });
    runner.setContext({ customer: null as unknown as Record<string, unknown> });
    expect(runner.scope()['customer']).to.deep.equal({});
    expect(runner.render('{{customer.constructor}}|{{vars.tier}}')).to.deep.equal([
      { missing: 'customer.constructor' },
      { text: '|gold' },
    ]);
  });

  it('progress counts visited steps and the fewest remaining', () => {
    const runner = runnerFor([
      { kind: 'say', id: 'a', text: 'A' },
      { kind: 'say', id: 'b', text: 'B' },
      { kind: 'say', id: 'c', text: 'C' },
      END,
    ]);
    expect(runner.progress()).to.deep.equal({ visited: 1, remaining: 3 });
    runner.next();
    expect(runner.progress()).to.deep.equal({ visited: 2, remaining: 2 });
  });
});

describe('script-engine: resume from snapshot', () => {
  const script = (): Script => sampleScript('network-fault');
  const options = { now: steppingClock(), variables: { identityVerified: true }, interactionId: 'INT-1' };

  function halfway(): ScriptRunner {
    const started = ScriptRunner.start(script(), options);
    if (!started.ok) throw new Error('sample');
    const runner = started.runner;
    runner.next();
    runner.answer('Chaoyang Park');
    runner.next();
    runner.answer('2026-11-20');
    runner.next();
    return runner;
  }

  it('resumes where it stopped, with answers and audit, after a JSON round trip', () => {
    const runner = halfway();
    const stored = JSON.parse(JSON.stringify(runner.snapshot())) as unknown;
    const resumed = ScriptRunner.resume(script(), stored, options);
    expect(resumed.ok).to.equal(true);
    if (!resumed.ok) return;
    expect(resumed.runner.current.id).to.equal('symptoms');
    expect(resumed.runner.answers()).to.deep.equal(runner.answers());
    expect(resumed.runner.state).to.deep.equal(runner.state);
    resumed.runner.answer(['no-signal']);
    const drive = driveToEnd(resumed.runner);
    expect(drive.finished, drive.stuck).to.equal(true);
    expect(drive.record!.interactionId).to.equal('INT-1');
    expect(drive.record!.answers['location']).to.equal('Chaoyang Park');
    expect(drive.record!.audit[0]!.stepId).to.equal('identity-gate');
  });

  it('resumes a finished snapshot as finished', () => {
    const started = ScriptRunner.start(sampleScript('closing-survey'), { now: steppingClock() });
    if (!started.ok) throw new Error('sample');
    driveToEnd(started.runner);
    const resumed = ScriptRunner.resume(sampleScript('closing-survey'), started.runner.snapshot());
    expect(resumed.ok && resumed.runner.finished).to.equal(true);
    expect(resumed.ok && resumed.runner.completionRecord()).to.deep.equal(started.runner.completionRecord());
  });

  it('refuses snapshots that do not fit the script', () => {
    const good = halfway().snapshot();
    const tamper = (change: (snapshot: Record<string, unknown>) => void): string[] => {
      const copy = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
      change(copy);
      const result = ScriptRunner.resume(script(), copy, options);
      return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
    };
    expect(tamper(() => undefined)).to.deep.equal([]);
    expect(tamper((s) => (s['format'] = 'other'))[0]).to.contain('snapshot.format');
    expect(tamper((s) => (s['version'] = '9'))[0]).to.contain('not network-fault 1.0.0');
    expect(tamper((s) => (s['interactionId'] = 'INT-2'))[0]).to.contain('interaction');
    expect(tamper((s) => (s['path'] = ['location']))[0]).to.contain('first step');
    expect(tamper((s) => (s['path'] = ['identity-gate', 'since']))[0]).to.contain('cannot follow');
    expect(tamper((s) => (s['path'] = ['identity-gate', 'ghost']))[0]).to.contain('does not exist');
    expect(tamper((s) => ((s['answers'] as Record<string, unknown>)['since'] = '2026-13-01'))[0]).to.contain(
      'does not fit',
    );
    expect(tamper((s) => ((s['answers'] as Record<string, unknown>)['ghost'] = 'x'))[0]).to.contain(
      'does not exist',
    );
    expect(tamper((s) => ((s['answers'] as Record<string, unknown>)['since'] = { x: 1 }))[0]).to.contain(
      'answers',
    );
    expect(tamper((s) => (s['skipped'] = { location: 'no' }))[0]).to.contain('cannot be skipped');
    expect(tamper((s) => (s['audit'] = [{ stepId: 'ghost', enteredAt: 1 }]))).to.have.length(2);
    expect(
      tamper((s) => ((s['audit'] as Array<Record<string, unknown>>).at(-1)!['leftAt'] = 5))[0],
    ).to.contain('still be open');
    expect(tamper((s) => (s['status'] = 'finished'))[0]).to.contain('finished snapshot');
    expect(ScriptRunner.resume(script(), 'garbage').ok).to.equal(false);
    expect(ScriptRunner.resume({ bad: true }, good).ok).to.equal(false);
  });
});

describe('script-engine: sample scripts run', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`every sample can be driven to an end (${locale})`, () => {
      for (const name of [
        'greeting-identity',
        'data-usage-complaint',
        'bill-dispute',
        'network-fault',
        'port-out-retention',
        'closing-survey',
      ] as const) {
        const started = ScriptRunner.start(sampleScript(name, locale), {
          variables: { identityVerified: true },
          customer: { name: '李雷', plan: { name: '5G', dataAllowance: '30 GB' } },
        });
        expect(started.ok, name).to.equal(true);
        if (!started.ok) continue;
        const drive = driveToEnd(started.runner);
        expect(drive.finished, `${name}: ${drive.stuck}`).to.equal(true);
      }
    });
  }

  it('the identity gate blocks account scripts until the host says identity is verified', () => {
    const started = ScriptRunner.start(sampleScript('bill-dispute', 'zh-CN'));
    if (!started.ok) throw new Error('sample');
    const blocked = started.runner.next();
    expect(blocked.ok).to.equal(false);
    if (!blocked.ok) expect(blocked.blocker.message).to.contain('身份核验');
  });

  it('port-out retention: accepting the offer needs consent, then applies the offer', () => {
    const started = ScriptRunner.start(sampleScript('port-out-retention'), {
      variables: { identityVerified: true },
      customer: { id: 'C-9' },
    });
    if (!started.ok) throw new Error('sample');
    const runner = started.runner;
    runner.next();
    runner.next();
    runner.answer('price');
    runner.next();
    runner.answer(true);
    runner.next();
    expect(runner.current.id).to.equal('offer-terms');
    runner.next();
    expect(runner.next().ok).to.equal(false);
    runner.confirm();
    runner.next();
    expect(runner.current).to.include({ kind: 'action', action: 'apply-offer' });
    expect(runner.actionParams()).to.deep.equal({ offerId: 'RET-30', customerId: 'C-9' });
  });
});
