// Loading a script from `src` (an @lit/task): a load under way is dropped for a newer `src` or a
// `script`, cut short when the element leaves the page and started again when it comes back; a loaded
// script is not fetched again when the element only moves. The test server's `?hold=<ms>` keeps a
// load under way long enough to look at.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sampleScript } from '../../services/script-engine/index.js';
import './script-prompter.js';
import type { CxScriptPrompter } from './script-prompter.component.js';

const FIXTURES = new URL('./test-fixtures/', import.meta.url).href;
const heading = (el: CxScriptPrompter): string =>
  el.shadowRoot!.querySelector('.step-heading')?.textContent?.trim() ?? '';
const status = (el: CxScriptPrompter): string =>
  el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function errorsOf(el: CxScriptPrompter): CustomEvent[] {
  const errors: CustomEvent[] = [];
  el.addEventListener('cx-error', (event) => errors.push(event));
  return errors;
}

describe('cx-script-prompter: loading from src', () => {
  it('loads again when moved during a load, and not when moved after it', async () => {
    const el = document.createElement('cx-script-prompter');
    el.variables = { identityVerified: true };
    el.src = `${FIXTURES}network-fault.en.json?hold=600`;
    const errors = errorsOf(el);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    expect(status(el)).to.equal('Loading the script…');
    el.remove();
    wrapper.append(el);
    await el.updateComplete;
    await waitUntil(() => el.currentStepId === 'identity-gate', 'not loaded after move', { timeout: 5000 });
    el.remove();
    await pause(50);
    wrapper.append(el);
    await el.updateComplete;
    expect(el.currentStepId).to.equal('identity-gate');
    expect(errors).to.have.length(0);
  });

  it('loads again when it comes back after leaving the page during a load', async () => {
    const el = document.createElement('cx-script-prompter');
    el.variables = { identityVerified: true };
    el.src = `${FIXTURES}network-fault.en.json?hold=300`;
    const errors = errorsOf(el);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    el.remove();
    await pause(100);
    wrapper.append(el);
    await waitUntil(() => el.currentStepId === 'identity-gate', 'not loaded after return', { timeout: 5000 });
    expect(errors).to.have.length(0);
  });

  it('drops a load under way for a script set meanwhile, and loads src again once the script is unset', async () => {
    const el = document.createElement('cx-script-prompter');
    el.variables = { identityVerified: true, operatorName: 'Telco' };
    el.src = `${FIXTURES}network-fault.en.json?hold=500`;
    const errors = errorsOf(el);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    el.script = sampleScript('greeting-identity');
    await el.updateComplete;
    expect(heading(el)).to.equal('Step 1: Greeting');
    await pause(900);
    expect(heading(el)).to.equal('Step 1: Greeting');
    expect(errors).to.have.length(0);
    el.script = undefined;
    await el.updateComplete;
    expect(status(el)).to.equal('Loading the script…');
    expect(el.currentStepId).to.equal(undefined);
    await waitUntil(() => el.currentStepId === 'identity-gate', 'src not loaded after script cleared', {
      timeout: 5000,
    });
  });

  it('drops a load under way for a newer src, and shows loading (no run) while a new src loads', async () => {
    const el = document.createElement('cx-script-prompter');
    el.variables = { identityVerified: true };
    el.src = `${FIXTURES}missing.json?hold=800`;
    const errors = errorsOf(el);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    el.src = `${FIXTURES}network-fault.en.json`;
    await waitUntil(() => el.currentStepId === 'identity-gate', 'new src', { timeout: 5000 });
    await pause(1000);
    expect(errors).to.have.length(0);
    expect(el.currentStepId).to.equal('identity-gate');
    el.src = `${FIXTURES}network-fault.en.json?hold=300`;
    await el.updateComplete;
    expect(el.currentStepId).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => el.currentStepId === 'identity-gate', 'again', { timeout: 5000 });
    el.src = '';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.status')!.textContent).to.equal('No script to follow');
  });

  it('loads again on retry, showing the loading state', async () => {
    const el = document.createElement('cx-script-prompter');
    const errors = errorsOf(el);
    el.src = `${FIXTURES}missing.json`;
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => errors.length === 1);
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Retry')!.click();
    await el.updateComplete;
    expect(status(el)).to.equal('Loading the script…');
    await waitUntil(() => errors.length === 2);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('HTTP 404');
  });
});
