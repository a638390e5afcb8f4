import { ContextProvider } from '@lit/context';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../agent-session/agent-session.js';
import type { CxAgentSession } from '../agent-session/agent-session.component.js';
import { customerContext } from '../../context/customer.js';
import { liveRegion } from '../../internal/announcer.js';
import { sampleScript, type Script } from '../../services/script-engine/index.js';
import type { Customer360 } from '../../services/tmf/customer360.js';
import './script-prompter.js';
import type { CxScriptPrompter } from './script-prompter.component.js';
import { isolatePrompterTests } from '../../../test/support/page-state.js';

const FIXTURES = new URL('./test-fixtures/', import.meta.url).href;
const CUSTOMER = { id: 'C-1001', name: 'Li Na', msisdn: '138****5678', plan: { name: 'Unlimited 99' } };

let interactionCounter = 0;
const uniqueInteraction = () =>
  `I-${Date.now().toString(36)}-${++interactionCounter}-${Math.random().toString(36).slice(2, 6)}`;

const root = (el: CxScriptPrompter): ShadowRoot => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: CxScriptPrompter, selector: string): T | null =>
  root(el).querySelector<T>(selector);
const heading = (el: CxScriptPrompter): string => $(el, '.step-heading')?.textContent?.trim() ?? '';
const stepText = (el: CxScriptPrompter): string =>
  $(el, '[part~="step-text"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shadowActive = (el: CxScriptPrompter): Element | null => root(el).activeElement;

function button(el: CxScriptPrompter, label: string | RegExp): HTMLButtonElement {
  const found = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((candidate) => {
    const text = candidate.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return typeof label === 'string' ? text === label : label.test(text);
  });
  if (!found) throw new Error(`no button ${String(label)} in ${heading(el)}`);
  return found;
}

async function click(el: CxScriptPrompter, label: string | RegExp): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
}

async function choose(el: CxScriptPrompter, label: string): Promise<void> {
  const option = [...root(el).querySelectorAll<HTMLLabelElement>('label.choice')].find(
    (candidate) => candidate.querySelector('span')?.textContent?.trim() === label,
  );
  if (!option) throw new Error(`no option ${label}`);
  option.querySelector('input')!.click();
  await el.updateComplete;
}

async function type(el: CxScriptPrompter, value: string, selector = '#answer'): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function next(el: CxScriptPrompter): Promise<void> {
  await click(el, /^(Next|下一步)$/);
}

async function mount(
  script: unknown,
  options: {
    interactionId?: string;
    variables?: Record<string, unknown>;
    customer?: Record<string, unknown>;
    agent?: Record<string, unknown>;
    draft?: string;
    lang?: string;
  } = {},
): Promise<CxScriptPrompter> {
  const el = document.createElement('cx-script-prompter');
  if (options.interactionId) el.setAttribute('interaction-id', options.interactionId);
  if (options.variables) el.variables = options.variables;
  el.customer = options.customer ?? CUSTOMER;
  el.agent = options.agent ?? { name: 'Wang Fang' };
  if (options.draft !== undefined) el.draft = options.draft;
  el.script = script;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'en'}></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

function collect<K extends keyof GlobalEventHandlersEventMap>(
  el: EventTarget,
  name: K,
): Array<GlobalEventHandlersEventMap[K]> {
  const events: Array<GlobalEventHandlersEventMap[K]> = [];
  el.addEventListener(name, (event) => events.push(event as GlobalEventHandlersEventMap[K]));
  return events;
}

/** Walks the English network-fault script to its end step. */
async function walkNetworkFault(el: CxScriptPrompter): Promise<void> {
  await next(el); // gate (open through variables)
  await type(el, 'Tianhe Road 100');
  await next(el);
  await type(el, '2026-11-20');
  await next(el);
  await choose(el, 'Slow data');
  await choose(el, 'No signal');
  await next(el);
}

describe('cx-script-prompter', () => {
  isolatePrompterTests();

  describe('say, ask, confirm and branching', () => {
    it('shows the first step with variables filled in and a placeholder chip for a missing value', async () => {
      const el = await mount(sampleScript('greeting-identity'), { agent: {} });
      expect(heading(el)).to.equal('Step 1: Greeting');
      expect(stepText(el)).to.contain('thank you for calling Telco');
      const chip = $(el, '[part="placeholder"]')!;
      expect(chip.textContent).to.contain('agent.name');
      expect(stepText(el)).not.to.contain('undefined');
      expect($(el, '.upcoming')!.textContent).to.contain('Next: Recording notice');
      await expect(el).to.be.accessible();
    });

    it('marks a verbatim step and its required badge', async () => {
      const el = await mount(sampleScript('greeting-identity'));
      await next(el);
      expect(heading(el)).to.equal('Step 2: Recording notice');
      expect($(el, 'blockquote.verbatim-text')!.textContent).to.contain('This call is recorded');
      const badges = [...root(el).querySelectorAll('[part="badge"]')].map((badge) =>
        badge.textContent?.trim(),
      );
      expect(badges).to.deep.equal(['Read word for word', 'Required']);
      await expect(el).to.be.accessible();
    });

    it('takes a choice and a yes/no answer and branches on it', async () => {
      const el = await mount(sampleScript('greeting-identity'));
      await next(el);
      await next(el);
      expect(heading(el)).to.equal('Step 3: Verification method');
      await next(el); // no answer yet
      expect(heading(el)).to.equal('Step 3: Verification method');
      expect($(el, '#blocked')!.textContent).to.equal('Answer the question to go on.');
      await choose(el, 'Service password');
      expect($(el, '.upcoming')!.textContent).to.contain('Next: Verification result');
      await next(el);
      await choose(el, 'No');
      expect($(el, '.upcoming')!.textContent).to.contain('Next: Say');
      await choose(el, 'Yes');
      expect($(el, '.upcoming')!.textContent).to.contain('Next: I verified the caller’s identity');
      await next(el);
      expect(heading(el)).to.equal('Step 5: I verified the caller’s identity');
      expect(stepText(el)).to.equal('Thank you, Li Na, your identity is verified.');
      await expect(el).to.be.accessible();
      await next(el);
      expect($(el, '#blocked')!.textContent).to.equal('Tick the box to go on.');
      $<HTMLInputElement>(el, 'label.confirm__label input')!.click();
      await el.updateComplete;
      await next(el);
      expect(heading(el)).to.equal('Step 6: Reason for the call');
    });

    it('goes the other branch when the caller fails verification', async () => {
      const el = await mount(sampleScript('greeting-identity'));
      const complete = collect(el, 'cx-script-complete');
      await next(el);
      await next(el);
      await choose(el, 'One-time code by SMS');
      await next(el);
      await choose(el, 'No');
      await next(el);
      expect(stepText(el)).to.contain('only after verification');
      await next(el);
      expect(heading(el)).to.equal('Step 6: End');
      await click(el, 'Finish');
      expect(complete).to.have.length(1);
      expect(complete[0]!.detail.outcome).to.equal('not-verified');
      expect(complete[0]!.detail.path).to.deep.equal([
        'greet',
        'recording-notice',
        'verification-method',
        'identity-passed',
        'not-verified',
        'unverified-end',
      ]);
    });
  });

  describe('text, number, date and multiple choice inputs', () => {
    it('validates a text answer against its pattern, with the script’s hint', async () => {
      const el = await mount(sampleScript('bill-dispute'), { variables: { identityVerified: true } });
      await next(el);
      expect(heading(el)).to.equal('Step 2: Ask');
      await type(el, '2026-13');
      expect($(el, '#input-problem')!.textContent).to.equal('Month as YYYY-MM, e.g. 2026-10');
      expect($(el, '#answer')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#answer')!.getAttribute('aria-describedby')).to.equal('input-problem');
      await expect(el).to.be.accessible();
      await next(el);
      expect(heading(el)).to.equal('Step 2: Ask');
      await type(el, '2026-10');
      expect($(el, '#input-problem')).to.equal(null);
      await next(el);
      expect(heading(el)).to.equal('Step 3: Ask');
    });

    it('validates a number answer against its range and shows its unit', async () => {
      const el = await mount(sampleScript('bill-dispute'), { variables: { identityVerified: true } });
      await next(el);
      await type(el, '2026-10');
      await next(el);
      await choose(el, 'Roaming');
      await next(el);
      expect($<HTMLInputElement>(el, '#answer')!.type).to.equal('number');
      expect($(el, '.unit')!.textContent).to.equal('CNY');
      await type(el, '-5');
      expect($(el, '#input-problem')!.textContent).to.equal('Enter 0 or more.');
      await type(el, '100001');
      expect($(el, '#input-problem')!.textContent).to.equal('Enter 100000 or less.');
      await type(el, '128.5');
      await next(el);
      expect(stepText(el)).to.contain('disputed amount of 128.5');
      await expect(el).to.be.accessible();
    });

    it('takes a date and several choices, keeping the options’ order', async () => {
      const el = await mount(sampleScript('network-fault'), { variables: { identityVerified: true } });
      await walkNetworkFault(el);
      expect(heading(el)).to.equal('Step 5: Ask');
      await el.back();
      await el.updateComplete;
      const boxes = [...root(el).querySelectorAll<HTMLInputElement>('label.choice input')];
      expect(boxes.map((box) => box.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox', 'checkbox']);
      expect(boxes.map((box) => box.checked)).to.deep.equal([true, true, false, false]);
      await el.next();
      await el.updateComplete;
      await next(el);
      // device is optional: empty is fine; the ticket intro shows the location answered earlier
      expect(stepText(el)).to.contain('check Tianhe Road 100');
    });

    it('refuses a date outside the calendar', async () => {
      const el = await mount(sampleScript('network-fault'), { variables: { identityVerified: true } });
      await next(el);
      await type(el, 'Tianhe Road 100');
      await next(el);
      expect($<HTMLInputElement>(el, '#answer')!.type).to.equal('date');
      expect(el.answer('2026-02-30')).to.equal(false);
      await el.updateComplete;
      expect($(el, '#input-problem')!.textContent).to.equal('This is not a valid answer.');
      expect(el.answer('2026-02-28')).to.equal(true);
    });
  });

  describe('actions, gates, skip and finish', () => {
    it('hands an action to the host with its params, records the host’s result and completes with the audit', async () => {
      const interactionId = uniqueInteraction();
      const el = await mount(sampleScript('network-fault'), {
        variables: { identityVerified: true },
        interactionId,
      });
      const actions = collect(el, 'cx-script-action');
      const complete = collect(el, 'cx-script-complete');
      el.addEventListener('cx-script-action', () => el.completeAction('TT-2026-0042'));
      await walkNetworkFault(el);
      // device: skippable, with a reason
      await click(el, 'Skip…');
      expect(shadowActive(el)?.id).to.equal('skip-reason');
      await click(el, 'Skip step');
      expect($(el, '#skip-problem')!.textContent).to.equal('Give a reason to skip.');
      await expect(el).to.be.accessible();
      await type(el, 'Customer did not know', '#skip-reason');
      await click(el, 'Skip step');
      expect(stepText(el)).to.contain('Tianhe Road 100');
      await next(el);
      expect(heading(el)).to.equal('Step 7: Open fault ticket');
      await next(el);
      expect($(el, '#blocked')!.textContent).to.equal('Run the action to go on.');
      await click(el, 'Open fault ticket');
      expect(actions).to.have.length(1);
      const params = {
        category: 'network-fault',
        location: 'Tianhe Road 100',
        since: '2026-11-20',
        symptoms: 'no-signal, slow-data',
        device: null,
      };
      const { rawParams, ...logged } = actions[0]!.detail;
      expect(logged).to.deep.equal({
        scriptId: 'network-fault',
        stepId: 'fault-ticket',
        action: 'open-ticket',
        params,
      });
      // Nothing personal in these params: the full copy is the same.
      expect(rawParams()).to.deep.equal(params);
      expect($(el, '.done')!.textContent).to.contain('Done: TT-2026-0042');
      await expect(el).to.be.accessible();
      await next(el);
      expect(stepText(el)).to.contain('Your ticket number is TT-2026-0042');
      expect(button(el, 'Finish').getAttribute('aria-disabled')).to.equal('false');
      await click(el, 'Finish');
      expect(complete).to.have.length(1);
      const detail = complete[0]!.detail;
      expect(detail).to.include({
        scriptId: 'network-fault',
        version: '1.0.0',
        interactionId,
        outcome: 'ticket-opened',
      });
      expect(detail.skipped).to.deep.equal([{ stepId: 'device', reason: 'Customer did not know' }]);
      expect(detail.answers).to.deep.equal({
        location: 'Tianhe Road 100',
        since: '2026-11-20',
        symptoms: ['no-signal', 'slow-data'],
        'fault-ticket': 'TT-2026-0042',
      });
      expect(detail.path).to.deep.equal([
        'identity-gate',
        'location',
        'since',
        'symptoms',
        'device',
        'ticket-intro',
        'fault-ticket',
        'fault-end',
      ]);
      expect(detail.audit.map((entry) => entry.stepId)).to.deep.equal(detail.path);
      for (const entry of detail.audit) {
        expect(entry.enteredAt).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(entry.leftAt).to.match(/^\d{4}-\d\d-\d\dT/);
      }
      expect(detail.audit[1]!.answer).to.equal('Tianhe Road 100');
      expect(complete[0]!.bubbles && complete[0]!.composed).to.equal(true);
      // Complete state, and the progress is gone from storage.
      expect($(el, '[part="complete"] h2')!.textContent).to.equal('Script complete');
      expect(shadowActive(el)).to.equal($(el, '[part="complete"] h2'));
      expect(
        Object.keys(localStorage).filter((key) => key.includes(encodeURIComponent(interactionId))),
      ).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('does not move past a closed gate, and opens when the host’s variables change', async () => {
      const el = await mount(sampleScript('data-usage-complaint'), {
        variables: { identityVerified: false },
      });
      expect($(el, '[part="gate"]')!.textContent).to.contain('Waiting for this condition');
      expect($(el, '.upcoming')!.textContent).to.contain('depends on this step');
      await next(el);
      expect(heading(el)).to.equal('Step 1: Identity check');
      expect($(el, '#blocked')!.textContent).to.contain('Check not passed: Verify the caller’s identity');
      await expect(el).to.be.accessible();
      el.variables = { identityVerified: true };
      await el.updateComplete;
      expect($(el, '[part="gate"]')!.textContent).to.contain('Condition met');
      await next(el);
      expect(heading(el)).to.equal('Step 2: Say');
    });

    it('keeps Finish disabled with the list of what blocks it when a gate on the path closed again', async () => {
      const el = await mount(sampleScript('data-usage-complaint'), { variables: { identityVerified: true } });
      const complete = collect(el, 'cx-script-complete');
      await next(el);
      await next(el);
      expect(stepText(el)).to.equal(
        'Your plan Unlimited 99 includes customer.plan.dataAllowance; this month you have used customer.usage.data.'.replace(
          /customer\.plan\.dataAllowance|customer\.usage\.data/g,
          (path) => `missing value: ${path}`,
        ),
      );
      await next(el);
      await choose(el, 'Roaming charges');
      await next(el);
      await choose(el, 'No');
      await next(el);
      expect(heading(el)).to.equal('Step 6: End');
      el.variables = { identityVerified: false };
      await el.updateComplete;
      const finish = button(el, 'Finish');
      expect(finish.getAttribute('aria-disabled')).to.equal('true');
      expect(finish.getAttribute('aria-describedby')).to.equal('finish-blockers');
      expect($(el, '#finish-blockers li')!.textContent).to.contain('Check not passed');
      await expect(el).to.be.accessible();
      await click(el, 'Finish');
      expect(complete).to.have.length(0);
      expect(el.finish()).to.equal(false);
      el.variables = { identityVerified: true };
      await el.updateComplete;
      expect($(el, '#finish-blockers')).to.equal(null);
      await click(el, 'Finish');
      expect(complete).to.have.length(1);
    });

    it('refuses to skip a step that is not skippable', async () => {
      const el = await mount(sampleScript('greeting-identity'));
      expect(() => button(el, 'Skip…')).to.throw();
      expect(el.skip('no time')).to.equal(false);
      await next(el);
      expect(el.skip('no time')).to.equal(false); // verbatim + required
      expect(el.currentStepId).to.equal('recording-notice');
      await el.updateComplete;
      expect($(el, '#blocked')!.textContent).to.equal('This step cannot be skipped.');
      el.back();
      expect(el.back()).to.equal(false);
      await el.updateComplete;
      expect($(el, '#blocked')!.textContent).to.equal('This is the first step.');
    });
  });

  describe('back and the path so far', () => {
    it('goes back without losing later answers, and back to any earlier step from the path', async () => {
      const el = await mount(sampleScript('greeting-identity'));
      const changes = collect(el, 'cx-script-step-change');
      await next(el);
      await next(el);
      await choose(el, 'Service password');
      await next(el);
      await choose(el, 'Yes');
      await click(el, 'Back');
      expect(heading(el)).to.equal('Step 3: Verification method');
      const checked = [...root(el).querySelectorAll<HTMLInputElement>('label.choice input')].map(
        (r) => r.checked,
      );
      expect(checked).to.deep.equal([false, true, false]);
      await next(el);
      expect(
        [...root(el).querySelectorAll<HTMLInputElement>('label.choice input')].map((r) => r.checked),
      ).to.deep.equal([true, false]);
      const path = [...root(el).querySelectorAll('[part="path"] li')].map((item) =>
        item.textContent?.replace(/\s+/g, ' ').trim(),
      );
      expect(path).to.deep.equal([
        'Greeting',
        'Recording notice',
        'Verification method',
        'Verification result (current)',
      ]);
      expect($(el, '[part="path"] li[aria-current="step"]')!.textContent).to.contain('Verification result');
      await click(el, 'Greeting');
      expect(heading(el)).to.equal('Step 1: Greeting');
      expect(changes.at(-1)!.detail).to.deep.equal({
        scriptId: 'greeting-identity',
        from: 'identity-passed',
        to: 'greet',
        answers: {},
      });
      expect(changes.map((event) => `${event.detail.from}>${event.detail.to}`)).to.deep.equal([
        'greet>recording-notice',
        'recording-notice>verification-method',
        'verification-method>identity-passed',
        'identity-passed>verification-method',
        'verification-method>identity-passed',
        'identity-passed>greet',
      ]);
      await expect(el).to.be.accessible();
    });
    it('folds a long path to its first and latest steps, and opens it on request', async () => {
      const steps = Array.from({ length: 15 }, (_, i) => ({
        kind: 'say',
        id: `s${i + 1}`,
        title: `Part ${i + 1}`,
        text: `Say ${i + 1}.`,
      }));
      const script = {
        id: 'long',
        version: '1',
        locale: 'en',
        title: 'Long',
        steps: [...steps, { kind: 'end', id: 'done' }],
      };
      const el = await mount(script);
      for (let i = 0; i < 14; i += 1) el.next();
      await el.updateComplete;
      const items = () => [...root(el).querySelectorAll<HTMLLIElement>('[part="path"] li')];
      expect(items().map((item) => item.value)).to.deep.equal([1, 2, 8, 9, 10, 11, 12, 13, 14, 15]);
      expect(items()[1]!.textContent?.trim()).to.equal('Show 6 more steps');
      await expect(el).to.be.accessible();
      await click(el, 'Show 6 more steps');
      expect(items()).to.have.length(15);
      await click(el, 'Part 2');
      expect(heading(el)).to.equal('Step 2: Part 2');
    });
  });

  describe('keyboard', () => {
    it('Enter goes on, number keys pick options, Alt+ArrowLeft goes back; focus follows to the heading and the step is announced', async () => {
      const el = await mount(sampleScript('greeting-identity'));
      $(el, '.step-heading')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(heading(el)).to.equal('Step 2: Recording notice');
      expect(shadowActive(el)).to.equal($(el, '.step-heading'));
      expect(liveRegion('polite')!.textContent).to.contain('Step 2: Recording notice');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: '3' });
      await el.updateComplete;
      const radios = [...root(el).querySelectorAll<HTMLInputElement>('label.choice input')];
      expect(radios.map((radio) => radio.checked)).to.deep.equal([false, false, true]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(heading(el)).to.equal('Step 4: Verification result');
      await sendKeys({ press: '2' }); // No
      await el.updateComplete;
      expect(el.currentStepId).to.equal('identity-passed');
      expect($(el, '.upcoming')!.textContent).to.contain('Next: Say');
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ up: 'Alt' });
      await el.updateComplete;
      expect(heading(el)).to.equal('Step 3: Verification method');
      expect(shadowActive(el)).to.equal($(el, '.step-heading'));
      expect(location.href).to.contain('http'); // the page did not go back in history
    });

    it('Enter in a text field goes on once the answer is valid; digits there are typed, not picked', async () => {
      const el = await mount(sampleScript('network-fault'), { variables: { identityVerified: true } });
      await next(el);
      $<HTMLInputElement>(el, '#answer')!.focus();
      await sendKeys({ type: 'Building 7' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#answer')!.value).to.equal('Building 7');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.currentStepId).to.equal('since');
    });

    it('does not take focus from the host page when the host moves the script on', async () => {
      const el = await mount(sampleScript('greeting-identity'));
      const chatBox = document.createElement('textarea');
      el.parentElement!.append(chatBox);
      chatBox.focus();
      expect(el.next()).to.equal(true);
      await el.updateComplete;
      expect(document.activeElement).to.equal(chatBox);
      expect(heading(el)).to.equal('Step 2: Recording notice');
    });

    it('Enter on a button activates only the button', async () => {
      const el = await mount(sampleScript('greeting-identity'));
      await next(el);
      button(el, 'Back').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.currentStepId).to.equal('greet');
    });

    it('lists the shortcuts', async () => {
      const el = await mount(sampleScript('greeting-identity'));
      const help = $<HTMLDetailsElement>(el, '[part="shortcuts"]')!;
      help.open = true;
      expect(help.textContent)
        .to.contain('Alt')
        .and.to.contain('Previous step')
        .and.to.contain('Pick option 1 to 9');
      await expect(el).to.be.accessible();
    });
  });

  describe('resume after reload or transfer', () => {
    it('resumes where the agent left off in a new element with the same interaction id', async () => {
      const interactionId = uniqueInteraction();
      const first = await mount(sampleScript('greeting-identity'), { interactionId });
      await next(first);
      await next(first);
      await choose(first, 'ID document number');
      await next(first);
      // Written behind the step (after the frame), so a reload that never disconnects the element keeps it too.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const stored = JSON.parse(
        localStorage.getItem(`cx-desk/script-prompter/v1/${interactionId}/greeting-identity`)!,
      );
      expect(stored.path).to.deep.equal([
        'greet',
        'recording-notice',
        'verification-method',
        'identity-passed',
      ]);
      first.remove();
      const second = await mount(sampleScript('greeting-identity'), { interactionId });
      const changes = collect(second, 'cx-script-step-change');
      expect(heading(second)).to.equal('Step 4: Verification result');
      await click(second, 'Back');
      expect(
        [...root(second).querySelectorAll<HTMLInputElement>('label.choice input')].map((r) => r.checked),
      ).to.deep.equal([false, false, true]);
      expect(changes).to.have.length(1);
      // Another interaction starts from the beginning.
      const other = await mount(sampleScript('greeting-identity'), { interactionId: uniqueInteraction() });
      expect(heading(other)).to.equal('Step 1: Greeting');
    });

    it('fires a step change from null when it starts or resumes', async () => {
      const el = document.createElement('cx-script-prompter');
      const changes = collect(el, 'cx-script-step-change');
      el.script = sampleScript('closing-survey');
      await fixture(html`<div>${el}</div>`);
      await el.updateComplete;
      expect(changes.map((event) => event.detail)).to.deep.equal([
        { scriptId: 'closing-survey', from: null, to: 'anything-else', answers: {} },
      ]);
    });

    it('takes the interaction from the agent session and switches runs on transfer', async () => {
      const firstId = uniqueInteraction();
      const wrapper = await fixture<CxAgentSession>(
        html`<cx-agent-session interaction-id=${firstId} agent-id="A-7"
          ><cx-script-prompter></cx-script-prompter
        ></cx-agent-session>`,
      );
      const el = wrapper.querySelector('cx-script-prompter')!;
      el.script = sampleScript('closing-survey');
      await el.updateComplete;
      await choose(el, 'Yes');
      await next(el);
      expect(el.currentStepId).to.equal('continue');
      wrapper.interactionId = uniqueInteraction();
      await wrapper.updateComplete;
      await el.updateComplete;
      expect(el.currentStepId).to.equal('anything-else');
      wrapper.interactionId = firstId;
      await wrapper.updateComplete;
      await el.updateComplete;
      expect(el.currentStepId).to.equal('continue');
      const complete = collect(el, 'cx-script-complete');
      await next(el);
      await click(el, 'Finish');
      expect(complete[0]!.detail.interactionId).to.equal(firstId);
    });

    it('starts again (with a warning) when the stored progress does not fit the script', async () => {
      const interactionId = uniqueInteraction();
      localStorage.setItem(
        `cx-desk/script-prompter/v1/${interactionId}/greeting-identity`,
        JSON.stringify({ format: 'cx-script-snapshot/1', path: ['nowhere'] }),
      );
      const el = document.createElement('cx-script-prompter');
      const errors = collect(el, 'cx-error');
      el.setAttribute('interaction-id', interactionId);
      el.script = sampleScript('greeting-identity');
      await fixture(html`<div>${el}</div>`);
      await el.updateComplete;
      expect(el.currentStepId).to.equal('greet');
      expect(errors[0]!.detail).to.include({ severity: 'warning', source: 'cx-script-prompter' });
    });
  });

  describe('customer data', () => {
    it('fills {{customer.*}} from the customer context of cx-customer-360', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const customer = {
        profile: {
          id: 'C-88',
          identity: { name: '张伟', msisdn: { raw: '13812345678', masked: '138****5678' } },
          contactMedia: [],
          extensions: { surveyOptOut: true },
        },
        products: [{ id: 'P1', name: '畅享套餐 128', status: 'active', kind: 'mobile' }],
        usage: [{ id: 'U1', usageType: 'data', used: 31.5, cap: 30, unit: 'GB' }],
        bills: [],
        tickets: [],
        interactions: [],
        interactionTotal: 0,
        satisfaction: [],
        risk: undefined,
        offers: [],
      } as unknown as Customer360;
      new ContextProvider(wrapper, { context: customerContext, initialValue: customer });
      const el = document.createElement('cx-script-prompter');
      el.script = sampleScript('data-usage-complaint', 'zh-CN');
      el.variables = { identityVerified: true };
      wrapper.lang = 'zh-CN';
      wrapper.append(el);
      await el.updateComplete;
      await next(el);
      expect(stepText(el)).to.contain('张伟');
      await next(el);
      expect(stepText(el)).to.equal('您的套餐畅享套餐 128包含30 GB流量，本月已使用31.5 GB。');
      // opted out of surveys: the closing script goes straight to goodbye
      el.script = sampleScript('closing-survey', 'zh-CN');
      await el.updateComplete;
      await choose(el, '否');
      expect($(el, '.upcoming')!.textContent).to.contain('下一步');
      await next(el);
      expect(el.currentStepId).to.equal('goodbye');
      await expect(el).to.be.accessible();
    });

    it('shows hostile values as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>{{customer.id}}';
      const el = await mount(sampleScript('closing-survey'), {
        customer: { name: hostile, surveyOptOut: true },
      });
      await choose(el, 'No');
      await next(el);
      expect(stepText(el)).to.contain(hostile);
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      // A value is inserted once, never re-scanned for placeholders.
      expect(stepText(el)).not.to.contain('C-1001');
    });
  });

  describe('loading a script from src', () => {
    it('loads a script JSON from a URL, with a loading state', async () => {
      const el = document.createElement('cx-script-prompter');
      // The test server holds the answer 1.5 s (a slow network): the loading state is looked at
      // before the script can arrive, whatever the browser's speed.
      el.src = `${FIXTURES}network-fault.en.json?hold=1500`;
      el.variables = { identityVerified: true };
      await fixture(html`<div>${el}</div>`);
      await el.updateComplete;
      expect($(el, '[role="status"]')!.textContent).to.equal('Loading the script…');
      expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      expect(el.currentStepId, 'still loading after the accessibility check').to.equal(undefined);
      await waitUntil(() => el.currentStepId === 'identity-gate', 'script did not load', { timeout: 5000 });
      await el.updateComplete;
      expect($(el, 'h2')!.textContent).to.equal('Network fault report');
      expect(heading(el)).to.equal('Step 1: Identity check');
    });

    it('shows a load error with a retry for a 404, and fires cx-error', async () => {
      const el = document.createElement('cx-script-prompter');
      const errors = collect(el, 'cx-error');
      el.src = `${FIXTURES}missing.json`;
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => errors.length > 0, 'no cx-error');
      await el.updateComplete;
      expect(errors[0]!.detail).to.include({
        code: 'load-failed',
        path: 'src',
        source: 'cx-script-prompter',
      });
      expect($(el, '[role="alert"]')!.textContent).to.contain('HTTP 404');
      expect(button(el, 'Retry')).to.exist;
      await expect(el).to.be.accessible();
      el.src = `${FIXTURES}network-fault.en.json`;
      await waitUntil(() => el.currentStepId === 'identity-gate', 'did not load the new src');
    });

    it('reports a body that is not JSON', async () => {
      const el = document.createElement('cx-script-prompter');
      const errors = collect(el, 'cx-error');
      el.src = `${FIXTURES}not-json.txt`;
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => errors.length > 0, 'no cx-error');
      await el.updateComplete;
      expect(errors[0]!.detail.code).to.equal('load-failed');
      expect($(el, '[role="alert"]')!.textContent).to.contain('not valid JSON');
    });

    it('lists what is wrong with a fetched invalid script', async () => {
      const el = document.createElement('cx-script-prompter');
      const errors = collect(el, 'cx-error');
      el.src = `${FIXTURES}dangling.en.json`;
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => errors.length > 0, 'no cx-error');
      await el.updateComplete;
      expect(errors[0]!.detail).to.include({ code: 'invalid-data', path: 'steps[2].next' });
      expect($(el, '[part="issues"]')!.textContent).to.contain('next step "nowhere" does not exist');
      expect(el.currentStepId).to.equal(undefined);
    });
  });

  describe('invalid scripts', () => {
    const base = (): Script => sampleScript('closing-survey');
    const cases: Array<[string, () => unknown, string]> = [
      ['a schema error', () => ({ ...base(), steps: [{ kind: 'dance', id: 'x' }] }), 'kind must be one of'],
      [
        'a dangling step id',
        () => {
          const script = base();
          script.steps[1] = { kind: 'say', id: 'continue', text: 'Sure.', next: 'nowhere' };
          return script;
        },
        'next step "nowhere" does not exist',
      ],
      [
        'a cycle with no exit',
        () => {
          const script = base();
          script.steps[1] = { kind: 'say', id: 'continue', text: 'Again.', next: 'continue' };
          return script;
        },
        'a cycle with no exit',
      ],
      [
        'a 1 MB text',
        () => {
          const script = base();
          script.steps[1] = {
            kind: 'say',
            id: 'continue',
            text: 'x'.repeat(1_048_576),
            next: 'continue-end',
          };
          return script;
        },
        'the limit is 1000000',
      ],
      [
        'markup in a text',
        () => {
          const script = base();
          script.steps[1] = {
            kind: 'say',
            id: 'continue',
            text: 'Hi <img src=x onerror=alert(1)>',
            next: 'continue-end',
          };
          return script;
        },
        'text contains markup',
      ],
    ];
    for (const [name, make, message] of cases) {
      it(`lists ${name} with where it is, fires cx-error and runs nothing`, async () => {
        const el = document.createElement('cx-script-prompter');
        const errors = collect(el, 'cx-error');
        const changes = collect(el, 'cx-script-step-change');
        el.script = make();
        await fixture(html`<div>${el}</div>`);
        await el.updateComplete;
        expect($(el, '[part="issues"] h2')!.textContent).to.equal('This script cannot be run');
        expect($(el, '[part="issues"] ol')!.textContent).to.contain(message);
        expect($(el, '.issue-path')?.textContent ?? '').to.match(/^at (steps|$)/);
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.code).to.equal('invalid-data');
        expect(errors[0]!.detail.message).to.contain(message);
        expect(changes).to.have.length(0);
        expect($(el, '[part="step"]')).to.equal(null);
        expect(el.next()).to.equal(false);
        expect(root(el).querySelector('img')).to.equal(null);
        expect(el.scriptIssues.length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }

    it('never throws for input that is not a script at all', async () => {
      for (const input of [42, 'script', [], { id: 'x' }]) {
        const el = await mount(input);
        expect($(el, '[part="issues"]')).to.exist;
      }
    });
  });

  describe('phrase coaching', () => {
    it('highlights a prohibited phrase in the draft with its alternative, once per new finding', async () => {
      const el = await mount(sampleScript('closing-survey'));
      const warnings = collect(el, 'cx-script-phrase-warning');
      el.draft = 'Sorry, that is impossible today.';
      await el.updateComplete;
      expect(warnings.map((event) => event.detail)).to.deep.equal([
        { phrase: 'impossible', suggestion: "Let's see what we can do", index: 15 },
      ]);
      expect($(el, 'mark')!.textContent).to.equal('impossible');
      expect($(el, '[part="coach"]')!.textContent).to.contain(
        "Instead of “impossible”, try: “Let's see what we can do”",
      );
      await expect(el).to.be.accessible();
      el.draft = 'Hello. Sorry, that is impossible today.';
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      el.draft = 'Hello. Sorry, that is impossible today. Calm down, no way.';
      await el.updateComplete;
      expect(warnings.map((event) => event.detail.phrase)).to.deep.equal([
        'impossible',
        'calm down',
        'no way',
      ]);
      expect([...root(el).querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal([
        'impossible',
        'Calm down',
        'no way',
      ]);
      el.draft = 'Glad to help.';
      await el.updateComplete;
      expect($(el, '[part="coach"]')).to.equal(null);
      el.draft = 'That is impossible.';
      await el.updateComplete;
      expect(warnings).to.have.length(4);
    });

    it('uses the script’s language defaults and the host’s extra phrases (JSON attribute)', async () => {
      const el = await mount(sampleScript('closing-survey', 'zh-CN'), { lang: 'zh-CN' });
      const warnings = collect(el, 'cx-script-phrase-warning');
      el.setAttribute(
        'prohibited-phrases',
        JSON.stringify([{ phrase: '随便', suggestion: '我帮您选一个合适的' }]),
      );
      el.draft = '这个不可能，随便吧';
      await el.updateComplete;
      expect(warnings.map((event) => [event.detail.phrase, event.detail.index])).to.deep.equal([
        ['不可能', 2],
        ['随便', 6],
      ]);
      expect($(el, '[part="coach"]')!.textContent).to.contain('我帮您选一个合适的');
      await expect(el).to.be.accessible();
    });

    it('reports unusable prohibited-phrases and keeps the defaults', async () => {
      const el = await mount(sampleScript('closing-survey'));
      const errors = collect(el, 'cx-error');
      el.setAttribute('prohibited-phrases', '{not json');
      el.draft = 'impossible';
      await el.updateComplete;
      expect(errors[0]!.detail).to.include({ code: 'invalid-property', path: 'prohibited-phrases' });
      expect($(el, 'mark')!.textContent).to.equal('impossible');
    });
  });

  describe('Chinese', () => {
    it('shows the widget’s words in Chinese and the script in its own language', async () => {
      const el = await mount(sampleScript('greeting-identity', 'zh-CN'), {
        lang: 'zh-CN',
        agent: { name: '王芳' },
      });
      expect(heading(el)).to.equal('第 1 步：问候');
      expect(stepText(el)).to.contain('我是王芳');
      expect($(el, '[part="step"]')!.getAttribute('lang')).to.equal('zh-CN');
      expect(button(el, '下一步')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('completed state', () => {
    it('shows the summary and starts again on request', async () => {
      const el = await mount(sampleScript('closing-survey'), {
        customer: { name: 'Li Na', surveyOptOut: false },
      });
      await choose(el, 'Yes');
      await next(el);
      await next(el);
      await click(el, 'Finish');
      const summary = $(el, '[part="complete"]')!.textContent!.replace(/\s+/g, ' ');
      expect(summary)
        .to.contain('Outcome: continue')
        .and.to.contain('3 steps taken')
        .and.to.contain('Ask: Yes');
      await expect(el).to.be.accessible();
      await click(el, 'Start again');
      expect(el.currentStepId).to.equal('anything-else');
      expect(shadowActive(el)).to.equal($(el, '.step-heading'));
    });
  });

  describe('empty', () => {
    it('says there is no script', async () => {
      const el = await mount(undefined);
      expect($(el, '.status')!.textContent).to.equal('No script to follow');
      await expect(el).to.be.accessible();
    });
  });
});
