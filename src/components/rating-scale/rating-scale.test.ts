import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { CxErrorEvent } from '../../events/cx-error.js';
import './rating-scale.js';
import type { CxRatingScale, RatingScaleOption } from './rating-scale.component.js';

const radiosOf = (el: CxRatingScale) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')];
const checkedIndex = (el: CxRatingScale) =>
  radiosOf(el).findIndex((radio) => radio.getAttribute('aria-checked') === 'true');
const names = (el: CxRatingScale) =>
  radiosOf(el).map((radio) => radio.getAttribute('aria-label') ?? radio.textContent!.trim());
const focusedIndex = (el: CxRatingScale) => radiosOf(el).indexOf(el.shadowRoot!.activeElement as HTMLElement);

const WORDS: RatingScaleOption[] = [
  { value: 'phone', label: 'Phone' },
  { value: 'chat', label: 'Chat' },
  { value: 'email', label: 'E-mail' },
];

async function scale(template = html`<cx-rating-scale aria-label="Rating"></cx-rating-scale>`) {
  const parent = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = parent.querySelector<CxRatingScale>('cx-rating-scale')!;
  await el.updateComplete;
  return el;
}

describe('cx-rating-scale', () => {
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });
  afterEach(() => sinon.restore());

  it('is a radio group of five points by default, named and described on the host', async () => {
    const el = await scale();
    expect(el.getAttribute('role')).to.equal('radiogroup');
    expect(el.getAttribute('aria-required')).to.equal('false');
    expect(names(el)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(radiosOf(el).map((radio) => radio.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    expect(checkedIndex(el)).to.equal(-1);
    await expect(el).to.be.accessible();
  });

  it('names stars and faces by their place and adds the end labels, in English and Chinese', async () => {
    const stars = await scale(
      html`<cx-rating-scale
        aria-label="Rating"
        display="stars"
        min-label="Bad"
        max-label="Great"
      ></cx-rating-scale>`,
    );
    expect(names(stars)).to.deep.equal([
      '1 of 5 stars, Bad',
      '2 of 5 stars',
      '3 of 5 stars',
      '4 of 5 stars',
      '5 of 5 stars, Great',
    ]);
    expect(stars.shadowRoot!.querySelector('[part="ends"]')!.textContent).to.contain('Bad');
    await expect(stars).to.be.accessible();
    const faces = await scale(
      html`<cx-rating-scale
        aria-label="Rating"
        display="faces"
        lang="zh-CN"
        max-label="满意"
      ></cx-rating-scale>`,
    );
    expect(names(faces)).to.deep.equal(['非常不满意', '不满意', '一般', '满意', '非常满意，满意']);
    const zhStars = await scale(
      html`<cx-rating-scale aria-label="评分" display="stars" lang="zh-CN"></cx-rating-scale>`,
    );
    expect(names(zhStars)[0]).to.equal('1 星（共 5 星）');
    await expect(faces).to.be.accessible();
  });

  it('shows the options it is given: words, with their labels as names', async () => {
    const el = await scale();
    el.display = 'words';
    el.options = WORDS;
    el.value = 'chat';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Phone', 'Chat', 'E-mail']);
    expect(checkedIndex(el)).to.equal(1);
    expect(
      radiosOf(el).map((radio) => radio.tabIndex),
      'the chosen option is the tab stop',
    ).to.deep.equal([-1, 0, -1]);
    expect(radiosOf(el)[1]!.getAttribute('part')).to.equal('option option-checked');
  });

  it('follows the APG radio group keys: arrows choose and wrap, Home and End jump, Space chooses', async () => {
    // Focusable elements on both sides: Tab out of a page's last focusable element leaves the
    // document, and headless Firefox then keeps its keyboard focus in the browser's own UI, so the
    // key presses of the test files after this one never reach their pages.
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const after = await fixture<HTMLButtonElement>(html`<button>after</button>`);
    const el = await scale();
    el.before(before);
    el.after(after);
    const changes = sinon.spy();
    el.addEventListener('change', changes);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedIndex(el)).to.equal(0);
    await sendKeys({ press: ' ' });
    expect(el.value).to.equal('1');
    for (const [key, index] of [
      ['ArrowRight', 1],
      ['ArrowDown', 2],
      ['ArrowUp', 1],
      ['ArrowLeft', 0],
      ['ArrowLeft', 4],
      ['ArrowRight', 0],
      ['End', 4],
      ['Home', 0],
    ] as const) {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(checkedIndex(el), key).to.equal(index);
      expect(focusedIndex(el), `${key}: focus follows`).to.equal(index);
    }
    expect(changes.callCount).to.equal(9);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'Tab leaves the group').to.equal(null);
    expect(document.activeElement, 'for the next focusable element').to.equal(after);
  });

  it('mirrors the left and right arrows right-to-left', async () => {
    const el = await scale(html`<cx-rating-scale aria-label="Rating" dir="rtl" value="3"></cx-rating-scale>`);
    el.focus();
    expect(focusedIndex(el), 'focus() lands on the chosen option').to.equal(2);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.value).to.equal('4');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value).to.equal('2');
  });

  it('a click chooses and fires input (composed) and change, as a native radio does', async () => {
    const el = await scale();
    const events: string[] = [];
    el.addEventListener('input', (event) => events.push(`input:${event.composed}`));
    el.addEventListener('change', (event) => events.push(`change:${event.composed}`));
    radiosOf(el)[3]!.click();
    await el.updateComplete;
    expect(el.value).to.equal('4');
    expect(events).to.deep.equal(['input:true', 'change:false']);
    expect(radiosOf(el)[3]!.getAttribute('aria-checked')).to.equal('true');
  });

  it('stars light up to the chosen one', async () => {
    const el = await scale(
      html`<cx-rating-scale aria-label="Rating" display="stars" value="3"></cx-rating-scale>`,
    );
    expect(radiosOf(el).map((radio) => radio.classList.contains('lit'))).to.deep.equal([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('is a form control: value under its name, required, reset to the value attribute, state restore', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <cx-rating-scale aria-label="Rating" name="csat" value="2" required></cx-rating-scale>
      </form>`,
    );
    const el = form.querySelector<CxRatingScale>('cx-rating-scale')!;
    await el.updateComplete;
    expect(el.getAttribute('aria-required')).to.equal('true');
    expect(new FormData(form).get('csat')).to.equal('2');
    expect(el.validity.valid).to.equal(true);
    el.value = undefined;
    await el.updateComplete;
    expect(new FormData(form).has('csat')).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Please choose one of the options.');
    expect(form.checkValidity()).to.equal(false);
    radiosOf(el)[4]!.click();
    await el.updateComplete;
    expect(new FormData(form).get('csat')).to.equal('5');
    form.reset();
    await el.updateComplete;
    expect(el.value, 'back to the value attribute').to.equal('2');
    el.formStateRestoreCallback('4');
    await el.updateComplete;
    expect(checkedIndex(el)).to.equal(3);
    expect(el.type).to.equal('cx-rating-scale');
    expect(el.form).to.equal(form);
  });

  it('cannot be chosen while disabled, by itself or by a fieldset', async () => {
    const fieldset = await fixture<HTMLFieldSetElement>(
      html`<fieldset><cx-rating-scale aria-label="Rating" value="2"></cx-rating-scale></fieldset>`,
    );
    const el = fieldset.querySelector<CxRatingScale>('cx-rating-scale')!;
    for (const disable of [() => (el.disabled = true), () => (fieldset.disabled = true)]) {
      disable();
      await el.updateComplete;
      expect(el.getAttribute('aria-disabled')).to.equal('true');
      expect(radiosOf(el).every((radio) => radio.tabIndex === -1)).to.equal(true);
      radiosOf(el)[4]!.click();
      el.focus();
      expect(el.value).to.equal('2');
      expect(el.shadowRoot!.activeElement).to.equal(null);
      el.disabled = false;
      fieldset.disabled = false;
      await el.updateComplete;
      expect(el.hasAttribute('aria-disabled')).to.equal(false);
    }
  });

  it('reports a value it cannot use with cx-error, never throws, and uses the default', async () => {
    const el = await scale();
    const errors: Array<CxErrorEvent['detail']> = [];
    el.addEventListener('cx-error', (event) => errors.push((event as CxErrorEvent).detail));
    const record = el as unknown as Record<string, unknown>;
    for (const [property, value] of [
      ['options', 42],
      ['options', [{ value: 1 }]],
      ['display', 'hearts'],
      ['value', 3],
      ['minLabel', { text: 'x' }],
      ['name', Symbol('x')],
    ] as const) {
      errors.length = 0;
      expect(() => (record[property] = value)).not.to.throw();
      await el.updateComplete;
      expect(errors.length, property).to.equal(1);
      expect(errors[0]).to.include({ code: 'invalid-property', source: 'cx-rating-scale' });
      expect(errors[0]!.path).to.equal(property === 'minLabel' ? 'min-label' : property);
      expect(record[property], `${property} falls back`).to.equal(undefined);
    }
    expect(names(el)).to.deep.equal(['1', '2', '3', '4', '5']);
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expect(() => (el.options = revoked.proxy)).not.to.throw();
    await el.updateComplete;
    expect(radiosOf(el)).to.have.length(5);
  });

  it('takes a list that reads the same as no change (a host re-rendering it costs no render)', async () => {
    const el = await scale();
    el.options = WORDS;
    await el.updateComplete;
    el.options = WORDS.map((option) => ({ ...option }));
    expect(el.isUpdatePending).to.equal(false);
    el.options = [...WORDS.slice(0, 2), { value: 'email', label: 'Mail' }];
    expect(el.isUpdatePending).to.equal(true);
  });
});
