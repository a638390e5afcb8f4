import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CxElement } from './cx-element.js';
import { FormAssociated, type FormProblem, type FormValue } from './form-associated.js';

/** A minimal control: a text value, required or not; it counts its renders and the form callbacks. */
class TestControl extends FormAssociated(CxElement) {
  static override tagName = 'cx-test-form-control';
  @property() value = '';
  @property({ type: Boolean }) required = false;
  @property({ type: Boolean }) disabled = false;
  /** What `disabled` looked like to the browser when each render ran. */
  readonly disabledAtRender: boolean[] = [];
  resets = 0;

  override formResetCallback(): void {
    this.resets += 1;
    this.value = '';
  }

  override formStateRestoreCallback(state: FormValue): void {
    if (typeof state === 'string') this.value = state.replace(/^saved:/, '');
  }

  protected override formValue(): FormValue {
    return this.value || null;
  }

  protected override formState(): FormValue {
    return `saved:${this.value}`;
  }

  protected override formProblem(): FormProblem | undefined {
    return this.required && !this.value
      ? {
          flags: { valueMissing: true },
          message: 'Fill this in.',
          anchor: this.renderRoot.querySelector('button'),
        }
      : undefined;
  }

  protected override render(): TemplateResult {
    this.disabledAtRender.push(this.formDisabled);
    return html`<button type="button">${this.value}</button>`;
  }
}
TestControl.define();

describe('FormAssociated', () => {
  async function inForm() {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset>
          <cx-test-form-control name="answer"></cx-test-form-control>
        </fieldset>
      </form>`,
    );
    const control = form.querySelector<TestControl>('cx-test-form-control')!;
    await control.updateComplete;
    return { form, control, fieldset: form.querySelector('fieldset')! };
  }

  it('is a form control: the form, its value after each render, type and validity', async () => {
    const { form, control } = await inForm();
    expect((TestControl as unknown as { formAssociated: boolean }).formAssociated).to.equal(true);
    expect(control.form).to.equal(form);
    expect(control.type).to.equal('cx-test-form-control');
    expect(control.willValidate).to.equal(true);
    control.value = 'yes';
    await control.updateComplete;
    expect(new FormData(form).get('answer')).to.equal('yes');
    control.value = '';
    await control.updateComplete;
    expect(new FormData(form).has('answer')).to.equal(false);
    expect(control.checkValidity()).to.equal(true);
  });

  it('reports the problem the control finds, anchored inside it, and forgets it once solved', async () => {
    const { form, control } = await inForm();
    control.required = true;
    await control.updateComplete;
    expect(control.validity.valueMissing).to.equal(true);
    expect(control.validationMessage).to.equal('Fill this in.');
    let invalid = 0;
    control.addEventListener('invalid', () => (invalid += 1));
    expect(control.checkValidity()).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    expect(invalid).to.equal(2);
    control.value = 'done';
    await control.updateComplete;
    expect(control.validity.valid).to.equal(true);
    expect(control.validationMessage).to.equal('');
    expect(control.reportValidity()).to.equal(true);
  });

  it('answers a form reset and a state restore through the control', async () => {
    const { form, control } = await inForm();
    control.value = 'typed';
    await control.updateComplete;
    form.reset();
    expect(control.resets).to.equal(1);
    expect(control.value).to.equal('');
    control.formStateRestoreCallback('saved:kept');
    expect(control.value).to.equal('kept');
  });

  it('follows a disabled fieldset, and its own disabled reaches the browser before that render', async () => {
    const { fieldset, control } = await inForm();
    fieldset.disabled = true;
    await control.updateComplete;
    expect(control.disabledAtRender.at(-1), 'fieldset').to.equal(true);
    fieldset.disabled = false;
    await control.updateComplete;
    expect(control.disabledAtRender.at(-1)).to.equal(false);
    control.disabled = true;
    await control.updateComplete;
    expect(control.hasAttribute('disabled')).to.equal(true);
    // Not one render late: the browser said "disabled" in time for the render of the change.
    expect(control.disabledAtRender.at(-1), 'own disabled').to.equal(true);
    control.disabled = false;
    await control.updateComplete;
    expect(control.hasAttribute('disabled')).to.equal(false);
    expect(control.disabledAtRender.at(-1)).to.equal(false);
  });
});
