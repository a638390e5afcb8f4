import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CxMaskedValueToggleEvent } from '../../events/cx-masked-value-toggle.js';
import { announce } from '../../internal/announcer.js';
import { EventQueueController } from '../../internal/controllers/event-queue.js';
import { CxElement } from '../../internal/cx-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { checkChangedSettings, oneOf, record, setting, text } from '../../internal/property-check.js';
import { maskPii, PII_KINDS, redactText, type PiiKind } from '../../services/pii/index.js';
import { maskedValueEn, maskedValueZhCN } from '../../translations/masked-value.js';
import { maskedValueStyles } from './masked-value.styles.js';

/** This element's terms, registered by its localize controller when the first element is created. */
export const MASKED_VALUE_TERMS = { en: maskedValueEn, 'zh-cn': maskedValueZhCN };

/** The words of a masked value and its reveal, in the agent's language (a widget may bring its own). */
export interface MaskedValueWords {
  /** The name of a kind of value, e.g. "phone number". */
  kind(kind: PiiKind): string;
  /** Visible text of the button that reveals a value inside running text, e.g. "Show". */
  revealShort: string;
  /** Visible text of the button that hides it again there, e.g. "Hide". */
  hideShort: string;
  /** Accessible name (and full button text) of a reveal, e.g. "Show Mobile". */
  reveal(label: string): string;
  /** … and of hiding it again. */
  hide(label: string): string;
  /** Shown (and announced) where a reveal was refused. */
  denied(label: string): string;
  /** Announced after a reveal, with the value the agent asked to hear. */
  revealed(label: string, value: string): string;
}

const WORD_FUNCTIONS = ['kind', 'reveal', 'hide', 'denied', 'revealed'] as const;
const WORD_TEXTS = ['revealShort', 'hideShort'] as const;

/** How the button reads: `full` names the value ("Show Mobile"), `inline` says "Show", `none` has none. */
export type MaskedValueButton = 'full' | 'inline' | 'none';

const words = `an object of words (${[...WORD_FUNCTIONS, ...WORD_TEXTS].join(', ')})`;
const usableWords = (value: Record<string, unknown>) =>
  WORD_FUNCTIONS.every((name) => typeof value[name] === 'function') &&
  WORD_TEXTS.every((name) => typeof value[name] === 'string');

/** Text of at most `max` characters. */
const upTo = (max: number, expected: string) => text(expected, undefined, max);

const SETTINGS = [
  setting('kind', 'kind', oneOf(PII_KINDS), undefined, 'nothing shown'),
  setting('raw', 'raw', upTo(4096, 'the value (text)'), undefined, 'nothing shown'),
  setting(
    'masked',
    'masked',
    upTo(4096, 'its masked form (text)'),
    undefined,
    'the value masked by its kind',
  ),
  setting('label', 'label', upTo(256, 'what the value is called (text)'), undefined, 'the name of its kind'),
  setting('button', 'button', oneOf(['full', 'inline', 'none']), 'inline', 'inline'),
  setting('path', 'path', upTo(1024, 'where the value is in the data (text)'), undefined, 'no path'),
  setting('words', 'words', record(words, usableWords), undefined, "the element's own words"),
  setting('togglePart', 'toggle-part', upTo(256, 'CSS part names (text)'), undefined, 'no part name'),
];

/** The element's own words in the language of `localize` (a controller that registered its terms). */
export function maskedValueWords(localize: LocalizeController): MaskedValueWords {
  return {
    kind: (kind) => localize.term('maskedValueKind', kind),
    revealShort: localize.term('maskedValueShowShort'),
    hideShort: localize.term('maskedValueHideShort'),
    reveal: (label) => localize.term('maskedValueShow', label),
    hide: (label) => localize.term('maskedValueHide', label),
    denied: (label) => localize.term('maskedValueDenied', label),
    revealed: (label, value) => localize.term('maskedValueRevealed', label, value),
  };
}

/**
 * @tag cx-masked-value
 * @summary One personal value (phone number, ID number, e-mail, account, address) shown masked, with
 * the button that reveals it: the one place that knows how a masked value looks, reads and asks to be
 * shown. Its parts are its own children (light DOM), so the widget holding it styles them and names
 * their CSS parts; a widget that audits reveals answers its event and sets `revealed` or `denied`.
 *
 * @fires {CxMaskedValueToggleEvent} cx-masked-value-toggle - The agent pressed Show or Hide (kind, masked form, label and path in the detail, never the value); cancelable: `preventDefault()` leaves the value as it is, for a host that decides (it then sets `revealed` or `denied`).
 * @fires {CxErrorEvent} cx-error - A property or attribute has a value it cannot use (`invalid-property`, naming it and what it accepts; the default is used).
 *
 * Its children: `span.pii-value` (the value; `data-field` names its kind), `button.pii-toggle` (with
 * the part names of `toggle-part`) and `span.denied` (the refusal).
 */
export class CxMaskedValue extends CxElement {
  static override tagName = 'cx-masked-value';
  static override styles = maskedValueStyles;
  protected static override readonly rendersOwnChildren = true;

  /** The kind of value, which decides how it is masked: `phone`, `idNumber`, `email`, `account` or `address`. */
  @property() kind: PiiKind | undefined;

  /** The value itself (property only: it never becomes an attribute, so it is never in the page's markup). */
  @property({ attribute: false }) raw: string | undefined;

  /** A masked form given with the data (property only); default: the value masked by its kind. */
  @property({ attribute: false }) masked: string | undefined;

  /** What the value is called, e.g. "Mobile"; default: the name of its kind. */
  @property() label: string | undefined;

  /** `inline` (default): a "Show" button named by the label; `full`: "Show Mobile"; `none`: no button. */
  @property() button: MaskedValueButton = 'inline';

  /** Shows the value in full. */
  @property({ type: Boolean }) revealed = false;

  /** Says that a reveal was refused (until the value is revealed or this is cleared). */
  @property({ type: Boolean }) denied = false;

  /** Where the value is in the data of the widget that shows it, passed back in the event. */
  @property() path: string | undefined;

  /** The words of the widget that holds the value (property only); default: the element's own. */
  @property({ attribute: false }) words: MaskedValueWords | undefined;

  /** CSS part names of the button in the widget that holds the value, e.g. `pii-toggle`. */
  @property({ attribute: 'toggle-part' }) togglePart: string | undefined;

  private readonly localize = new LocalizeController(this, MASKED_VALUE_TERMS);
  private readonly events = new EventQueueController(this, { source: CxMaskedValue.tagName });

  protected override willUpdate(changed: PropertyValues<this>): void {
    checkChangedSettings(this, changed as Map<string, unknown>, SETTINGS, (path, message) =>
      this.events.error({ code: 'invalid-property', path, message: redactText(message) }),
    );
  }

  /** The masked form shown: the given one unless it gives the value away, else the value masked by its kind. */
  private maskedForm(kind: PiiKind, raw: string): string {
    const given = this.masked;
    return given && !given.includes(raw) ? redactText(given) : maskPii(kind, raw);
  }

  private currentWords(): MaskedValueWords {
    return this.words ?? maskedValueWords(this.localize);
  }

  private handleToggle(kind: PiiKind, raw: string, label: string, words: MaskedValueWords): void {
    const reveal = !this.revealed;
    const event = new CxMaskedValueToggleEvent({
      kind,
      masked: this.maskedForm(kind, raw),
      label,
      path: this.path ?? '',
      reveal,
    });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    this.revealed = reveal;
    this.denied = false;
    if (reveal) announce(words.revealed(label, raw), 'polite', this.localize.lang());
  }

  protected override render(): TemplateResult | typeof nothing {
    const { kind, raw } = this;
    if (!kind || !raw) return nothing;
    const value = html`<span class="pii-value" data-field=${kind}
      >${this.revealed ? raw : this.maskedForm(kind, raw)}</span
    >`;
    if (this.button === 'none') return value;
    const words = this.currentWords();
    const label = this.label || words.kind(kind);
    const name = this.revealed ? words.hide(label) : words.reveal(label);
    const full = this.button === 'full';
    return html`${value}<button
        type="button"
        class="link pii-toggle"
        part=${ifDefined(this.togglePart || undefined)}
        aria-label=${full ? nothing : name}
        @click=${() => this.handleToggle(kind, raw, label, words)}
      >
        ${full ? name : this.revealed ? words.hideShort : words.revealShort}</button
      >${this.denied ? html`<span class="denied">${words.denied(label)}</span>` : nothing}`;
  }
}
