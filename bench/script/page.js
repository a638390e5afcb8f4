// @ts-nocheck -- browser code, bundled by esbuild straight from the TypeScript sources.
// The benchmark page: a generated script validated many times, and <cx-script-prompter> walked
// through it one answer at a time. A plain ScriptRunner beside the element decides each answer
// (outside the measured time), so the walk goes forward through the script as an agent would.
import { CxScriptPrompter } from '../../src/components/script-prompter/script-prompter.component.ts';
import { ScriptRunner, validateScript } from '../../src/services/script-engine/index.ts';
import { candidateAnswers, generateScript } from '../../test/support/script-generator.ts';

CxScriptPrompter.define();

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The answer that leads forward and closest to an end (what the engine's own test driver picks). */
function chooseAnswer(mirror, step) {
  if (step.kind === 'confirm') return true;
  if (step.kind === 'action') return 'T-1';
  if (step.kind !== 'ask') return undefined;
  const here = mirror.compiled.indexOf(step.id);
  let best;
  for (const value of candidateAnswers(step)) {
    if (!mirror.answer(value).ok) continue;
    const to = mirror.upcoming();
    if (to === null) continue;
    const forward = mirror.compiled.indexOf(to) > here;
    const score = (forward ? 0 : 1_000_000) + mirror.compiled.distanceToEnd(to);
    if (best === undefined || score < best.score) best = { value, score };
  }
  return best?.value;
}

window.bench = {
  validate({ steps, seed, runs, warmUp }) {
    const text = JSON.stringify(generateScript(steps, seed));
    const runsMs = [];
    let ok = true;
    for (let i = 0; i < warmUp + runs; i += 1) {
      const input = JSON.parse(text); // a fresh object each run, as a fetched script would be
      const start = performance.now();
      const result = validateScript(input);
      const elapsed = performance.now() - start;
      ok &&= result.ok;
      if (i >= warmUp) runsMs.push(elapsed);
    }
    return { steps, jsonChars: text.length, ok, runsMs };
  },

  async walk({ mode, transitions, warmUp, steps, seed }) {
    const script = generateScript(steps, seed);
    const context = { customer: { name: 'Li Na' }, variables: {}, agent: { name: 'Wang Fang' } };
    const panel = document.getElementById('panel');
    panel.replaceChildren();
    const el = document.createElement('cx-script-prompter');
    el.setAttribute('interaction-id', `bench-${mode}-${Date.now()}`);
    el.customer = context.customer;
    el.agent = context.agent;
    el.variables = context.variables;
    const mountStart = performance.now();
    el.script = script;
    panel.append(el);
    await el.updateComplete;
    el.shadowRoot.querySelector('.step-heading').getBoundingClientRect();
    const mountMs = performance.now() - mountStart;
    let mirror = ScriptRunner.start(script, context).runner;
    const transitionMs = [];
    const validateMs = [];
    const updateMs = [];
    const pathLength = [];
    const kinds = {};
    let restarts = 0;
    for (let i = 0; i < warmUp + transitions; i += 1) {
      await nextFrame();
      let step = mirror.current;
      if (step.kind === 'end') {
        // Reached an end: start the walk again (not measured).
        el.restart();
        await el.updateComplete;
        mirror = ScriptRunner.start(script, context).runner;
        restarts += 1;
        await nextFrame();
        step = mirror.current;
      }
      const value = chooseAnswer(mirror, step);
      if (step.kind === 'action') mirror.completeAction(value);
      else if (step.kind === 'confirm') mirror.confirm(true);
      else if (value !== undefined) mirror.answer(value);
      const path = mirror.state.path.length;
      const moved = mirror.next();
      if (!moved.ok) throw new Error(`walk stuck at ${step.id}: ${moved.blocker.message}`);

      const start = performance.now();
      let validated = start;
      if (mode === 'baseline') {
        // What a widget without a compiled script would do: check the whole script again on each step.
        if (!validateScript(script).ok) throw new Error('baseline validation failed');
        validated = performance.now();
      }
      if (step.kind === 'action') el.completeAction(value);
      else if (step.kind === 'ask' || step.kind === 'confirm') el.answer(value);
      el.next();
      await el.updateComplete;
      const updated = performance.now();
      // Rendered: style and layout of the new step resolved (what the next frame would paint).
      el.shadowRoot.querySelector('.step-heading').getBoundingClientRect();
      const end = performance.now();
      if (el.currentStepId !== moved.to)
        throw new Error(`widget at ${el.currentStepId}, expected ${moved.to}`);
      if (i >= warmUp) {
        transitionMs.push(end - start);
        validateMs.push(validated - start);
        updateMs.push(updated - validated);
        pathLength.push(path);
        kinds[step.kind] = (kinds[step.kind] ?? 0) + 1;
      }
    }
    panel.replaceChildren();
    return { mode, mountMs, transitionMs, validateMs, updateMs, pathLength, restarts, kinds };
  },
};
