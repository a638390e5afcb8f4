import type { PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { CxElement } from './cx-element.js';

/** What a form-associated element hands the browser as its value or its saved state. */
export type FormValue = string | File | FormData | null;

/** The first thing wrong with a control's value, as its `validity` reports it. */
export interface FormProblem {
  /** The `ValidityState` flags that are set (`valueMissing`, `rangeOverflow`…). */
  readonly flags: ValidityStateFlags;
  /** The message, in the user's language. */
  readonly message: string;
  /** What the browser focuses and points its message at (inside the element; default the element). */
  readonly anchor?: HTMLElement | null;
}

/**
 * What `FormAssociated(Base)` adds: the public surface of a native form control (`form`,
 * `validity`, `checkValidity()`…), the form callbacks, and for the element's own code its
 * `ElementInternals`, whether an ancestor fieldset or form disables it, and three hooks it implements.
 */
export declare abstract class FormAssociatedElement {
  /** The form this element belongs to. */
  get form(): HTMLFormElement | null;
  /** Its validity (required answers missing, values out of range…). */
  get validity(): ValidityState;
  /** The message of the first problem, in the user's language. */
  get validationMessage(): string;
  /** Whether it takes part in form validation. */
  get willValidate(): boolean;
  /** The type of form control, for FormData consumers: the element's tag. */
  get type(): string;
  /** Whether the value is valid (fires `invalid` when not). */
  checkValidity(): boolean;
  /** Like `checkValidity()`, and shows the problem. */
  reportValidity(): boolean;
  /** @internal Disabled by an ancestor fieldset or form (or its own `disabled` attribute). */
  formDisabledCallback(disabled: boolean): void;
  /** @internal The form was reset. */
  formResetCallback(): void;
  /** @internal The browser restores what the element saved (back / forward, autofill). */
  formStateRestoreCallback(state: FormValue, reason: 'restore' | 'autocomplete'): void;
  protected readonly internals: ElementInternals;
  /** Set while a disabled fieldset or form (or the element's `disabled` attribute) disables it. */
  protected formDisabled: boolean;
  /** The value the form submits, asked after each render. */
  protected formValue(): FormValue;
  /** What the browser keeps to restore (default: the value; null keeps nothing). */
  protected formState(): FormValue;
  /** The first problem with the value, asked after each render; undefined when it is valid. */
  protected formProblem(): FormProblem | undefined;
  /** Hands the browser the value, saved state and validity now (done after each render). */
  protected syncFormState(): void;
}

// Mixins take any constructor arguments (TypeScript's mixin rule), and abstract bases such as CxElement.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ElementClass<T = CxElement> = abstract new (...args: any[]) => T;

/**
 * Makes a cx-desk element a form control: `static formAssociated`, its `ElementInternals`, the
 * read-only members of a native control, and the form's disabled state. After each render it hands
 * the browser the element's value, its saved state and its validity, from three hooks the element
 * implements (`formValue`, `formState`, `formProblem`); it implements `formResetCallback` and
 * `formStateRestoreCallback` itself. A `disabled` property reaches the attribute before the render,
 * so the browser has answered with `formDisabledCallback` by then.
 */
export function FormAssociated<T extends ElementClass>(Base: T): T & ElementClass<FormAssociatedElement> {
  abstract class FormAssociatedBase extends Base {
    /** Takes part in a host `<form>`: value, validation, reset, state restore. */
    static readonly formAssociated = true;

    protected readonly internals: ElementInternals = this.attachInternals();

    @state() protected formDisabled = false;

    /** The form this element belongs to. */
    get form(): HTMLFormElement | null {
      return this.internals.form;
    }

    /** Its validity (a required answer missing, a value out of range…). */
    get validity(): ValidityState {
      return this.internals.validity;
    }

    /** The message of the first problem, in the user's language. */
    get validationMessage(): string {
      return this.internals.validationMessage;
    }

    /** Whether it takes part in form validation. */
    get willValidate(): boolean {
      return this.internals.willValidate;
    }

    /** The type of form control, for FormData consumers: the element's tag. */
    get type(): string {
      return (this.constructor as { tagName?: string }).tagName ?? this.localName;
    }

    /** Whether the value is valid (fires `invalid` when not). */
    checkValidity(): boolean {
      return this.internals.checkValidity();
    }

    /** Like `checkValidity()`, and shows the problem. */
    reportValidity(): boolean {
      return this.internals.reportValidity();
    }

    /** @internal Disabled by an ancestor fieldset or form (or its own `disabled` attribute). */
    formDisabledCallback(disabled: boolean): void {
      this.formDisabled = disabled;
    }

    /** @internal The form was reset. */
    abstract formResetCallback(): void;
    /** @internal The browser restores what the element saved (back / forward, autofill). */
    abstract formStateRestoreCallback(state: FormValue, reason: 'restore' | 'autocomplete'): void;
    protected abstract formValue(): FormValue;
    protected abstract formProblem(): FormProblem | undefined;

    protected formState(): FormValue {
      return this.formValue();
    }

    protected override willUpdate(changed: PropertyValues): void {
      super.willUpdate(changed);
      // Reflected now, not after the render: the attribute is what tells the browser, and it answers
      // with formDisabledCallback (which folds in a disabled fieldset) before this render.
      if (changed.has('disabled'))
        this.toggleAttribute('disabled', (this as { disabled?: unknown }).disabled === true);
    }

    protected override update(changed: PropertyValues): void {
      super.update(changed);
      // After the render (a problem's anchor is rendered), before controllers and `updated` run: an
      // event fired then (a queued cx-error) finds the validity of the state it reports.
      this.syncFormState();
    }

    protected syncFormState(): void {
      this.internals.setFormValue(this.formValue(), this.formState());
      const problem = this.formProblem();
      if (problem) this.internals.setValidity(problem.flags, problem.message, problem.anchor ?? undefined);
      else this.internals.setValidity({});
    }
  }
  // The declared type names the protected members, which an inferred class expression type cannot.
  return FormAssociatedBase as unknown as T & ElementClass<FormAssociatedElement>;
}
