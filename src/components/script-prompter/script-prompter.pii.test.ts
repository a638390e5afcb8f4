// Personal data the script fills in (phone, ID number, e-mail…) is masked wherever it can appear in
// the widget — text, labels, titles, attributes, announcements — and in every cx-script-* event
// detail, until the agent reveals it through the audited, cancelable `cx-customer-pii-reveal`; a
// reveal shows that value (and only that value) everywhere in the widget.
import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { customerContext } from '../../context/customer.js';
import { liveRegion } from '../../internal/announcer.js';
import type { Script } from '../../services/script-engine/index.js';
import type { Customer360 } from '../../services/tmf/customer360.js';
import './script-prompter.js';
import type { CxScriptPrompter } from './script-prompter.component.js';
import { isolatePrompterTests } from '../../../test/support/page-state.js';

const PHONE = '13812345678';
const ID_NUMBER = '110101199003071234';
const EMAIL = 'li.na@example.cn';
/** A phone number inside a field that is not personal by itself (found in the text). */
const NOTE_PHONE = '13900001111';
/** A number the agent types as an answer. */
const TYPED_PHONE = '13700002222';
const RAW = [PHONE, ID_NUMBER, EMAIL, NOTE_PHONE, TYPED_PHONE];
const MASKED = { phone: '138****5678', idNumber: '1101**********1234', email: 'l***@example.cn' };

const CUSTOMER = {
  id: 'C-1',
  name: 'Li Na',
  msisdn: PHONE,
  idNumber: ID_NUMBER,
  email: EMAIL,
  note: `call back on ${NOTE_PHONE}`,
};

/** Every kind of step, each filling personal values into each of its texts. */
const SCRIPT: Script = {
  schemaVersion: 1,
  id: 'personal-data',
  version: '1.0.0',
  locale: 'en',
  title: 'Personal data',
  variables: [{ name: 'ok', label: 'OK' }],
  steps: [
    {
      kind: 'say',
      id: 'read-back',
      title: 'Read back',
      text: 'Your number is {{customer.msisdn}}, ID {{customer.idNumber}}, e-mail {{customer.email}}. Again: {{customer.msisdn}}. Note: {{customer.note}}.',
    },
    {
      kind: 'ask',
      id: 'channel',
      text: 'Best way to reach {{customer.msisdn}}?',
      input: {
        type: 'choice',
        label: 'Reach {{customer.email}} or {{customer.msisdn}}',
        options: [
          { value: 'phone', label: 'Phone' },
          { value: 'email', label: 'E-mail' },
        ],
      },
    },
    {
      kind: 'ask',
      id: 'callback',
      text: 'Which number should we call back on, if not {{customer.msisdn}}?',
      input: { type: 'text', maxLength: 40 },
    },
    {
      kind: 'confirm',
      id: 'consent',
      text: 'We will call {{answers.callback}}.',
      label: 'Consent to calls on {{customer.msisdn}}',
    },
    {
      kind: 'gate',
      id: 'checked',
      text: 'ID {{customer.idNumber}} checked.',
      condition: { path: 'vars.ok', op: 'eq', value: true },
    },
    {
      kind: 'action',
      id: 'sms',
      action: 'send-sms',
      label: 'Text {{customer.msisdn}}',
      text: 'Send a confirmation to {{customer.email}}.',
      params: {
        to: '{{customer.msisdn}}',
        mail: '{{customer.email}}',
        note: 'call {{customer.msisdn}} or {{answers.callback}}',
        id: '{{customer.idNumber}}',
      },
    },
    { kind: 'end', id: 'end', text: 'Done for {{customer.email}}.', outcome: 'handled' },
  ],
};

const EVENTS = [
  'cx-script-step-change',
  'cx-script-action',
  'cx-script-complete',
  'cx-customer-pii-reveal',
  'cx-error',
];

let counter = 0;
const root = (el: CxScriptPrompter): ShadowRoot => el.shadowRoot!;

async function mount(lang = 'en'): Promise<{ el: CxScriptPrompter; details: string[] }> {
  const el = document.createElement('cx-script-prompter');
  el.setAttribute('interaction-id', `I-PII-${Date.now().toString(36)}-${++counter}`);
  el.customer = { ...CUSTOMER };
  el.agent = { name: 'Wang Fang' };
  el.variables = { ok: true };
  el.script = structuredClone(SCRIPT);
  const details: string[] = [];
  for (const type of EVENTS)
    el.addEventListener(type, (event) =>
      details.push(`${type} ${JSON.stringify((event as CustomEvent).detail)}`),
    );
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return { el, details };
}

/** Every text and attribute value in the widget's shadow root, and what the live regions announce. */
function everythingShown(el: CxScriptPrompter): string[] {
  const seen: string[] = [];
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) seen.push(node.nodeValue ?? '');
    else if (node instanceof Element) for (const attribute of node.attributes) seen.push(attribute.value);
  }
  for (const politeness of ['polite', 'assertive'] as const)
    seen.push(liveRegion(politeness)?.textContent ?? '');
  return seen;
}

function unmasked(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    RAW.filter((raw) => text.includes(raw)).map((raw) => `${raw} in “${text.trim()}”`),
  );
}

const stepText = (el: CxScriptPrompter): string =>
  root(el).querySelector('[part~="step-text"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const toggles = (el: CxScriptPrompter, label: string): HTMLButtonElement[] =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[part~="pii-toggle"]')].filter(
    (button) => button.textContent?.trim() === label,
  );

/** Walks the script in every state (as entered, refused, answered) to its end and completes it. */
async function walkEverything(el: CxScriptPrompter, look: (state: string) => void): Promise<void> {
  const answers: Record<string, unknown> = {
    channel: 'phone',
    callback: `call me on ${TYPED_PHONE}`,
    consent: true,
  };
  for (let guard = 0; guard < 12 && el.currentStepId !== 'end'; guard += 1) {
    const id = el.currentStepId!;
    look(`${id} entered`);
    if (!el.next()) {
      await el.updateComplete;
      look(`${id} refused`);
      if (id === 'sms') {
        root(el).querySelector<HTMLButtonElement>('[part~="action"]')!.click();
      } else el.answer(answers[id]);
      await el.updateComplete;
      look(`${id} answered`);
      expect(el.next(), `leave ${id}`).to.equal(true);
    }
    await el.updateComplete;
  }
  look('end entered');
  expect(el.finish()).to.equal(true);
  await el.updateComplete;
  look('complete');
}

describe('cx-script-prompter: personal data', () => {
  isolatePrompterTests();

  it('masks every phone, ID number and e-mail it fills in, on screen and in event details, in every step and state', async () => {
    const { el, details } = await mount();
    expect(stepText(el))
      .to.contain(MASKED.phone)
      .and.to.contain(MASKED.idNumber)
      .and.to.contain(MASKED.email);
    const leaks: string[] = [];
    const states: string[] = [];
    await walkEverything(el, (state) => {
      states.push(state);
      for (const leak of unmasked(everythingShown(el))) leaks.push(`${state}: ${leak}`);
    });
    expect(states).to.include.members([
      'read-back entered',
      'channel refused',
      'callback answered',
      'consent answered',
      'checked entered',
      'sms answered',
      'end entered',
      'complete',
    ]);
    expect(leaks, leaks.slice(0, 8).join('\n')).to.deep.equal([]);
    expect(details.length).to.be.greaterThan(7);
    expect(unmasked(details), 'event details').to.deep.equal([]);
    expect(unmasked([JSON.stringify(el.completionRecord)]), 'completion record').to.deep.equal([]);
    const action = details.find((detail) => detail.startsWith('cx-script-action'))!;
    expect(action).to.contain(`"to":"${MASKED.phone}"`).and.to.contain(`"mail":"${MASKED.email}"`);
    await expect(el).to.be.accessible();
  });

  it('hands an action its full params only through rawParams(): the detail a log prints stays masked', async () => {
    const { el } = await mount();
    const actions: Array<GlobalEventHandlersEventMap['cx-script-action']> = [];
    el.addEventListener('cx-script-action', (event) => actions.push(event));
    // Revealing on screen changes nothing in what leaves the widget.
    toggles(el, 'Show phone number')[0]!.click();
    await el.updateComplete;
    const states: string[] = [];
    await walkEverything(el, (state) => states.push(state));
    expect(states).to.include('sms answered');
    expect(actions).to.have.length(1);
    const detail = actions[0]!.detail;
    const logged = JSON.stringify(detail);
    expect(unmasked([logged]), logged).to.deep.equal([]);
    expect(detail.params).to.deep.equal({
      to: MASKED.phone,
      mail: MASKED.email,
      note: 'call 138****5678 or call me on 137****2222',
      id: MASKED.idNumber,
    });
    expect(detail.rawParams()).to.deep.equal({
      to: PHONE,
      mail: EMAIL,
      note: `call ${PHONE} or call me on ${TYPED_PHONE}`,
      id: ID_NUMBER,
    });
    expect(Object.isFrozen(detail.rawParams()), 'a listener cannot change what another one acts on').to.equal(
      true,
    );
  });

  it('reveals a value only after the cancelable cx-customer-pii-reveal, everywhere that value is and nowhere else', async () => {
    const { el, details } = await mount();
    const reveals: CustomEvent[] = [];
    el.addEventListener('cx-customer-pii-reveal', (event) => reveals.push(event));
    const phoneToggles = toggles(el, 'Show phone number');
    expect(phoneToggles, 'one toggle per place the phone number is').to.have.length(3); // twice, and the note's
    phoneToggles[0]!.click();
    await el.updateComplete;
    expect(reveals).to.have.length(1);
    expect(reveals[0]!.cancelable).to.equal(true);
    // The audit names the variable the value came from, and the value by its masked form only.
    expect(reveals[0]!.detail).to.deep.equal({
      customerId: 'C-1',
      field: 'phone',
      path: 'customer.msisdn',
      masked: MASKED.phone,
    });
    // Shown where this number is (both places), in a masked-value element; the rest stays masked.
    const shown = everythingShown(el).filter((text) => text.includes(PHONE));
    expect(stepText(el).split(PHONE)).to.have.length(3);
    expect(
      [...root(el).querySelectorAll('[part~="pii"] .pii-value')].filter(
        (value) => value.textContent === PHONE,
      ),
    ).to.have.length(2);
    expect(
      shown.every((text) => text === PHONE || /Shown, phone number: /.test(text)),
      shown.join(' | '),
    ).to.equal(true);
    expect(stepText(el))
      .to.contain(MASKED.idNumber)
      .and.to.contain(MASKED.email)
      .and.not.to.contain(NOTE_PHONE);
    expect(toggles(el, 'Hide phone number')).to.have.length(2);
    await expect(el).to.be.accessible();
    // One reveal shows the value everywhere in the widget: the next step's label too.
    el.next();
    await el.updateComplete;
    expect(root(el).querySelector('legend')!.textContent).to.contain(PHONE).and.to.contain(MASKED.email);
    // Never in an event detail, revealed or not.
    expect(unmasked(details)).to.deep.equal([]);
    // Hidden again on request.
    el.back();
    await el.updateComplete;
    toggles(el, 'Hide phone number')[0]!.click();
    await el.updateComplete;
    expect(stepText(el)).not.to.contain(PHONE);
    expect(reveals).to.have.length(1);
  });

  it('keeps the value masked when the host cancels the reveal, and says so', async () => {
    const { el } = await mount();
    const reveals: CustomEvent[] = [];
    el.addEventListener('cx-customer-pii-reveal', (event) => {
      reveals.push(event);
      event.preventDefault();
    });
    toggles(el, 'Show ID number')[0]!.click();
    await el.updateComplete;
    expect(unmasked(everythingShown(el))).to.deep.equal([]);
    expect(root(el).querySelector('[part~="pii"] .denied')!.textContent).to.equal(
      'Showing the ID number is not allowed',
    );
    expect(reveals.map((event) => event.detail)).to.deep.equal([
      { customerId: 'C-1', field: 'idNumber', path: 'customer.idNumber', masked: MASKED.idNumber },
    ]);
    await expect(el).to.be.accessible();
  });

  it('names the toggles in Chinese', async () => {
    const { el } = await mount('zh-CN');
    expect(toggles(el, '显示电话号码')).to.have.length(3);
    expect(toggles(el, '显示证件号码')).to.have.length(1);
    expect(toggles(el, '显示电子邮箱')).to.have.length(1);
    expect(unmasked(everythingShown(el))).to.deep.equal([]);
  });

  it('masks the phone and ID number of the customer 360 context, and masks them again for another customer', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const customer = (id: string, msisdn: string) =>
      ({
        profile: {
          id,
          identity: {
            name: '张伟',
            msisdn: { raw: msisdn, masked: `${msisdn.slice(0, 3)}****${msisdn.slice(-4)}` },
            idNumber: { raw: ID_NUMBER, masked: MASKED.idNumber },
          },
          contactMedia: [{ kind: 'email', value: EMAIL, preferred: true }],
          extensions: {},
        },
        products: [],
        usage: [],
      }) as unknown as Customer360;
    const provider = new ContextProvider(wrapper, {
      context: customerContext,
      initialValue: customer('C-88', PHONE),
    });
    const el = document.createElement('cx-script-prompter');
    el.variables = { ok: true };
    el.script = structuredClone(SCRIPT);
    wrapper.append(el);
    await el.updateComplete;
    expect(stepText(el))
      .to.contain(MASKED.phone)
      .and.to.contain(MASKED.idNumber)
      .and.to.contain(MASKED.email);
    expect(unmasked(everythingShown(el))).to.deep.equal([]);
    const reveals: CustomEvent[] = [];
    el.addEventListener('cx-customer-pii-reveal', (event) => reveals.push(event));
    toggles(el, 'Show phone number')[0]!.click();
    await el.updateComplete;
    expect(reveals[0]!.detail).to.deep.equal({
      customerId: 'C-88',
      field: 'phone',
      path: 'customer.msisdn',
      masked: MASKED.phone,
    });
    expect(stepText(el)).to.contain(PHONE);
    provider.setValue(customer('C-89', PHONE));
    await el.updateComplete;
    expect(stepText(el), 'another customer starts masked').not.to.contain(PHONE);
  });
});
