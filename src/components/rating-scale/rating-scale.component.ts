import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { EventQueueController } from '../../internal/controllers/event-queue.js';
import { RovingTabindexController } from '../../internal/controllers/roving-tabindex.js';
import { CxElement } from '../../internal/cx-element.js';
import { FormAssociated, type FormProblem, type FormValue } from '../../internal/form-associated.js';
import { LocalizeController } from '../../internal/localize.js';
import { anyText, checkChangedSettings, oneOf, type Setting } from '../../internal/property-check.js';
import { isRecord } from '../../services/is-record.js';
import { ratingScaleEn, ratingScaleZhCN } from '../../translations/rating-scale.js';
import { faceIcon, STAR_ICON } from './rating-scale.icons.js';
import { styles } from './rating-scale.styles.js';

/**
 * This element's terms, registered by its localize controller when the first element is created (or
 * earlier by a widget that renders scales, so that registering them does not re-render that widget).
 */
export const RATING_SCALE_TERMS = { en: ratingScaleEn, 'zh-cn': ratingScaleZhCN };

/** How the options are drawn: stars that light up to the chosen one, faces, numbers, or words. */
export type RatingScaleDisplay = 'stars' | 'faces' | 'numbers' | 'words';

/** One option of the scale. */
export interface RatingScaleOption {
  /** What `value` (and the form) holds when this option is chosen. */
  readonly value: string;
  /** The words shown and read for `numbers` and `words` (default: the value); stars and faces name themselves. */
  readonly label?: string;
}

const DISPLAYS: readonly RatingScaleDisplay[] = ['stars', 'faces', 'numbers', 'words'];
/** Without options, the scale runs from 1 to 5. */
const FIVE_POINTS: readonly RatingScaleOption[] = ['1', '2', '3', '4', '5'].map((value) => ({ value }));
const MAX_OPTIONS = 100;

function isOption(value: unknown): value is RatingScaleOption {
  return (
    isRecord(value) &&
    typeof value['value'] === 'string' &&
    (value['label'] === undefined || typeof value['label'] === 'string')
  );
}

type CheckedProperty = 'options' | 'display' | 'value' | 'name' | 'minLabel' | 'maxLabel';

/** Whether new options read differently from the old (a host re-rendering the same list is no change). */
function optionsChanged(value: unknown, old: unknown): boolean {
  try {
    if (!Array.isArray(value) || !Array.isArray(old)) return value !== old;
    return (
      value.length !== old.length ||
      value.some((option: unknown, index) => {
        const before: unknown = old[index];
        return (
          !isRecord(option) ||
          !isRecord(before) ||
          option['value'] !== before['value'] ||
          option['label'] !== before['label']
        );
      })
    );
  } catch {
    return true; // a revoked proxy, a getter that throws: checked (and refused) in the update
  }
}

/** The settings checked before each update; a value the element cannot use is reported and replaced. */
const SETTINGS: ReadonlyArray<Setting<CheckedProperty>> = [
  {
    property: 'options',
    name: 'options',
    rule: {
      expected: `a list of at most ${MAX_OPTIONS} options { value: string, label?: string }`,
      accepts: (value) => {
        try {
          return Array.isArray(value) && value.length <= MAX_OPTIONS && value.every(isOption);
        } catch {
          return false; // a revoked proxy, a getter that throws
        }
      },
    },
    fallback: { value: undefined, text: 'a scale from 1 to 5' },
  },
  {
    property: 'display',
    name: 'display',
    // Blank is "not set", as for any attribute with a fixed set of values.
    rule: { ...oneOf(DISPLAYS), accepts: (value) => value === '' || oneOf(DISPLAYS).accepts(value) },
    fallback: { value: undefined, text: 'numbers' },
  },
  ...(['value', 'name', 'minLabel', 'maxLabel'] as const).map((property) => ({
    property,
    name: property === 'minLabel' ? 'min-label' : property === 'maxLabel' ? 'max-label' : property,
    rule: anyText,
    fallback: { value: undefined, text: property === 'value' ? 'no option chosen' : 'none' },
  })),
];

/**
 * @tag cx-rating-scale
 * @summary A rating scale — stars, faces, numbers or words — as a WAI-ARIA radio group and a form
 * control: one Tab stop, arrow keys move and choose (mirrored right-to-left, wrapping), Home and End
 * jump, Space chooses.
 *
 * The element is the radio group (`role="radiogroup"` unless the page gives another role): name it
 * with `aria-label` or `aria-labelledby`. Stars and faces are named in the nearest `lang` ("3 of 5
 * stars", "Satisfied"), with the end labels added to the first and last option. Its `value` is the
 * chosen option's value; in a `<form>` it submits that value under `name`, `required` makes an
 * unchosen scale invalid, and a reset goes back to the `value` attribute. A property of the wrong kind
 * never throws: it is reported with `cx-error` and the default is used.
 *
 * @fires {CxErrorEvent} cx-error - A property got a value it does not take (named in `path`; the default is used instead).
 * @fires {Event} input - The user chose an option.
 * @fires {Event} change - The user chose an option (also when choosing the one already chosen).
 *
 * @cssprop [--cx-rating-scale-accent-color] - The chosen option.
 * @cssprop [--cx-rating-scale-star-color] - Stars.
 * @cssprop [--cx-rating-scale-option-size] - Size of one option (min 24 px target).
 *
 * @csspart options - The row of options.
 * @csspart option - One option (also `option-checked`).
 * @csspart ends - The end labels under the options.
 */
export class CxRatingScale extends FormAssociated(CxElement) {
  static override tagName = 'cx-rating-scale';
  static override styles = styles;

  /** The options in order (property only; default: 1 to 5). */
  @property({ attribute: false, hasChanged: optionsChanged }) options:
    readonly RatingScaleOption[] | undefined;

  /** How the options are drawn: `stars`, `faces`, `numbers` (default) or `words`. */
  @property() display: RatingScaleDisplay | undefined;

  /** The chosen option's value; the attribute is the value a form reset goes back to. */
  @property() value: string | undefined;

  /** Name of the form field whose value is the chosen option's value. */
  @property({ reflect: true }) name: string | undefined;

  /** Words under the first option (e.g. "Very dissatisfied"), also added to its name. */
  @property({ attribute: 'min-label' }) minLabel: string | undefined;

  /** Words under the last option (e.g. "Very satisfied"), also added to its name. */
  @property({ attribute: 'max-label' }) maxLabel: string | undefined;

  /** An option must be chosen for the form to be valid. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables choosing (the options stay visible). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  private readonly localize = new LocalizeController(this, RATING_SCALE_TERMS);
  private readonly events = new EventQueueController(this, { source: CxRatingScale.tagName });
  private readonly roving = new RovingTabindexController(this, {
    orientation: 'both',
    wrap: true,
    selectKeys: [' '],
    direction: () => this.localize.dir(),
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role="radio"]')],
    onMove: (index) => this.choose(index),
  });

  /** Derived before each render: the options shown, how, and which is chosen (-1: none). */
  private shown: readonly RatingScaleOption[] = FIVE_POINTS;
  private shownDisplay: RatingScaleDisplay = 'numbers';
  private checkedIndex = -1;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'radiogroup');
  }

  /** Focuses the chosen option, else the first (the group's one Tab stop); nothing while disabled. */
  override focus(options?: FocusOptions): void {
    if (!this.isDisabled) this.validityAnchor?.focus(options);
  }

  /**
   * @internal The group's Tab stop (the chosen option, else the first): where a form's validity
   * message points and what it focuses, also when a widget holding the scale reports its own validity.
   */
  get validityAnchor(): HTMLElement | null {
    const radios = this.renderRoot?.querySelectorAll<HTMLElement>('[role="radio"]');
    return radios?.[Math.max(this.checkedIndex, 0)] ?? radios?.[0] ?? null;
  }

  /** @internal */
  override formResetCallback(): void {
    this.value = this.getAttribute('value') ?? undefined;
  }

  /** @internal */
  override formStateRestoreCallback(state: FormValue): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override formValue(): FormValue {
    return this.shown[this.checkedIndex]?.value ?? null;
  }

  protected override formProblem(): FormProblem | undefined {
    if (!this.required || this.checkedIndex >= 0) return undefined;
    return {
      flags: { valueMissing: true },
      message: this.localize.term('ratingRequired'),
      anchor: this.validityAnchor,
    };
  }

  private get isDisabled(): boolean {
    return this.disabled === true || this.formDisabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    checkChangedSettings(this, changed as Map<string, unknown>, SETTINGS, (path, message) =>
      this.events.error({ code: 'invalid-property', path, message, severity: 'warning' }),
    );
    super.willUpdate(changed);
    this.shown = this.options?.length ? this.options : FIVE_POINTS;
    this.shownDisplay = (DISPLAYS as readonly unknown[]).includes(this.display) ? this.display! : 'numbers';
    this.checkedIndex = this.shown.findIndex((option) => option.value === this.value);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The element is the radio group: its state is on it, where assistive technology reads the group.
    this.setAttribute('aria-required', this.required === true ? 'true' : 'false');
    if (this.isDisabled) this.setAttribute('aria-disabled', 'true');
    else this.removeAttribute('aria-disabled');
  }

  private choose(index: number): void {
    const option = this.shown[index];
    if (!option || this.isDisabled) return;
    this.value = option.value;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private handleClick(event: Event): void {
    // A click has focused the option already (focusing again would force a style and layout pass).
    const radio = (event.target as Element).closest<HTMLElement>('[role="radio"]');
    if (radio) this.choose(Number(radio.dataset['index']));
  }

  private handleKeydown(event: KeyboardEvent): void {
    const radio = (event.target as Element).closest<HTMLElement>('[role="radio"]');
    if (radio && !this.isDisabled)
      this.roving.handleKeydown(event, Number(radio.dataset['index']), this.shown.length);
  }

  /** An option's accessible name: its words, or the star's or face's, with an end label added. */
  private nameOf(option: RatingScaleOption, index: number, count: number): string {
    const display = this.shownDisplay;
    const name =
      display === 'stars'
        ? this.localize.term('ratingStars', index + 1, count)
        : display === 'faces'
          ? this.localize.term('ratingFace', index, count)
          : (option.label ?? option.value);
    const end = index === 0 ? this.minLabel : index === count - 1 ? this.maxLabel : undefined;
    return end && end !== name ? `${name}${this.localize.term('ratingListSeparator')}${end}` : name;
  }

  protected override render(): TemplateResult {
    const { shown, shownDisplay: display, checkedIndex } = this;
    const tabStop = Math.max(checkedIndex, 0);
    const disabled = this.isDisabled;
    return html`<div
        part="options"
        class="scale ${display}"
        @click=${this.handleClick}
        @keydown=${this.handleKeydown}
      >
        ${shown.map((option, index) => {
          const checked = index === checkedIndex;
          const words = option.label ?? option.value;
          const face =
            display === 'stars' ? STAR_ICON : display === 'faces' ? faceIcon(index, shown.length) : words;
          const name = this.nameOf(option, index, shown.length);
          // Stars light up to the chosen one, as a rating reads.
          const lit = display === 'stars' && index <= checkedIndex;
          return html`<span
            part=${checked ? 'option option-checked' : 'option'}
            class="option ${lit ? 'lit' : ''}"
            role="radio"
            data-index=${index}
            aria-checked=${checked ? 'true' : 'false'}
            tabindex=${disabled ? -1 : this.roving.tabIndexOf(index, tabStop)}
            aria-label=${name === face ? nothing : name}
            >${face}</span
          >`;
        })}
      </div>
      ${
        this.minLabel || this.maxLabel
          ? html`<div part="ends" class="ends" aria-hidden="true">
              <span>${this.minLabel ?? ''}</span><span>${this.maxLabel ?? ''}</span>
            </div>`
          : nothing
      }`;
  }
}
