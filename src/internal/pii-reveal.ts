import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  CxMaskedValue,
  type MaskedValueButton,
  type MaskedValueWords,
} from '../components/masked-value/masked-value.component.js';
import { maskedValueHostStyles } from '../components/masked-value/masked-value.styles.js';
import { CxMaskedValueToggleEvent } from '../events/cx-masked-value-toggle.js';
import {
  findPii,
  maskPii,
  piiFieldKind,
  piiValue,
  redactText,
  type PiiFields,
  type PiiKind,
  type PiiMatch,
} from '../services/pii/index.js';
import { announce } from './announcer.js';

/** The words of a reveal, in the agent's language. */
export type PiiRevealWords = MaskedValueWords;

/** One request to see a personal value. The event built from it must not carry `match.raw`. */
export interface PiiRevealRequest {
  readonly match: PiiMatch;
  /** Where in the view model the agent asked, e.g. `products.0.serviceNumber`. */
  readonly path: string;
  /** What the value is called there, e.g. "Mobile". */
  readonly label: string;
}

/** How a widget plugs the controller in. */
export interface PiiRevealOptions {
  /** The current words (called at each render, so a language change applies at once). */
  words(): PiiRevealWords;
  /** The language of announcements. */
  lang(): string;
  /** The cancelable audit event for a reveal, dispatched on the host; `preventDefault()` denies it. */
  event(request: PiiRevealRequest): Event;
  /**
   * Which fields of the widget's data are personal: the kind of the field at `path`, from the widget's
   * documented default set and the host's additions (`fields`). Default: the customer view model's
   * (`piiFieldKind`, `DEFAULT_PII_FIELDS`).
   */
  kindOf?(path: string, fields: PiiFields): PiiKind | undefined;
  /** CSS parts the widget documents for a masked value and for its button (default: none). */
  parts?: { readonly value: string; readonly toggle: string };
}

/** How a value is shown: the header's facts name the value in their button; running text says "Show". */
export interface PiiValueOptions {
  /** What the value is called (default: the name of its kind). */
  label?: string;
  /**
   * `full`: the button says "Show <label>"; `inline` (default): it says "Show" with the label as its
   * name; `none`: no button, for a value inside a control (a button's or a check box's label), where
   * it shows as the agent revealed it elsewhere.
   */
  button?: MaskedValueButton;
}

/** Parts of free text already searched for personal values (the same text renders many times). */
const MAX_CACHED_TEXTS = 2000;

/**
 * The one place that knows a widget's personal values: each is shown masked with a button until an
 * audited reveal (a cancelable event the host may refuse), and one reveal of a value shows it
 * everywhere in the widget — the same number in the header, a product and a ticket note has one key
 * (`PiiMatch.key`). Attributes and event details only ever get the masked form (`plain()`); text the
 * agent reads outside a value's own place (a title, a legend, a status) shows it as revealed
 * (`shownText()`), masked again after a hide or `reset()`.
 *
 * Which fields are personal comes from the widget's default set (`DEFAULT_PII_FIELDS` unless the
 * widget's `kindOf` says otherwise) and the host's additions (`fields`); every other text is searched
 * for phone numbers, ID numbers, e-mail addresses and account numbers.
 *
 * Each value is a `<cx-masked-value>`; the controller answers their `cx-masked-value-toggle` inside
 * the widget (it goes no further) with the widget's own audit event, and sets `revealed` / `denied`.
 */
export class PiiRevealController implements ReactiveController {
  /** A host's additions to the personal fields (`path → kind`). */
  fields: PiiFields = {};

  private readonly revealedKeys = new Set<string>();
  private denied: { key: string; path: string } | undefined;
  private changes = 0;
  private readonly textParts = new Map<string, Array<string | PiiMatch>>();
  private words: PiiRevealWords | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: PiiRevealOptions,
  ) {
    host.addController(this);
  }

  /** A language change re-renders the host: the words are read again at its next update. */
  hostUpdate(): void {
    this.words = undefined;
  }

  hostConnected(): void {
    // The values are <cx-masked-value> elements: defined here too, for a widget using the controller
    // that does not list the element in its `dependencies` (a no-op once defined).
    CxMaskedValue.define();
    this.host.renderRoot.addEventListener(CxMaskedValueToggleEvent.eventName, this.handleToggle);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener(CxMaskedValueToggleEvent.eventName, this.handleToggle);
  }

  /** A value's button: the widget decides (its audit event), so the element's own toggle is cancelled. */
  private readonly handleToggle = (event: Event): void => {
    const value = event.target;
    if (!(event instanceof CxMaskedValueToggleEvent) || !(value instanceof CxMaskedValue)) return;
    event.stopPropagation();
    event.preventDefault();
    const { kind, raw, path, label } = value;
    if (!kind || !raw) return;
    this.toggle({
      match: { ...piiValue(kind, raw), masked: event.detail.masked },
      path: path ?? '',
      label: label ?? '',
    });
  };

  /** Changes at every reveal, hide, refusal and reset: include it where rendering is memoised. */
  get version(): number {
    return this.changes;
  }

  /** Whether the value with this key is revealed. */
  isRevealed(key: string): boolean {
    return this.revealedKeys.has(key);
  }

  /** Masks everything again (a new customer on screen). */
  reset(): void {
    if (this.revealedKeys.size === 0 && !this.denied) return;
    this.revealedKeys.clear();
    this.denied = undefined;
    this.changed();
  }

  /** Hides a revealed value, or asks to reveal it: the host hears of it first and may refuse. */
  toggle(request: PiiRevealRequest): void {
    const { match, label } = request;
    const words = this.currentWords();
    if (this.revealedKeys.delete(match.key)) {
      this.changed();
      return;
    }
    const event = this.options.event(request);
    this.host.dispatchEvent(event);
    if (event.defaultPrevented) {
      this.denied = { key: match.key, path: request.path };
      this.changed();
      announce(words.denied(label), 'polite', this.options.lang());
      return;
    }
    this.denied = undefined;
    this.revealedKeys.add(match.key);
    this.changed();
    announce(words.revealed(label, match.raw), 'polite', this.options.lang());
  }

  /** The kind of a field of the view model (default set and the host's additions), if it is personal. */
  kindOf(path: string): PiiKind | undefined {
    return (this.options.kindOf ?? piiFieldKind)(path, this.fields);
  }

  /** A personal value as the agent may see it now: in full once revealed, else masked. */
  shown(match: PiiMatch): string {
    return this.revealedKeys.has(match.key) ? match.raw : match.masked;
  }

  /** A personal value: masked, with a button that reveals (or hides) it everywhere. */
  value(match: PiiMatch, path: string, options: PiiValueOptions = {}): TemplateResult {
    const parts = this.options.parts;
    const button = options.button ?? 'inline';
    const words = this.currentWords();
    return html`<cx-masked-value
      class="pii"
      part=${ifDefined(parts?.value)}
      data-kind=${match.kind}
      .kind=${match.kind}
      .raw=${match.raw}
      .masked=${match.masked}
      .label=${options.label ?? words.kind(match.kind)}
      .button=${button}
      .path=${path}
      .words=${words}
      .togglePart=${parts?.toggle}
      .revealed=${this.revealedKeys.has(match.key)}
      .denied=${button !== 'none' && this.denied?.key === match.key && this.denied.path === path}
    ></cx-masked-value>`;
  }

  /**
   * A text field at `path`: the whole value masked when the field is personal (`kind`, or the field
   * set), otherwise every phone number, ID number, e-mail or account number in it masked; each with
   * its button as `options` say.
   */
  text(
    text: string | undefined,
    path: string,
    kind = this.kindOf(path),
    options: PiiValueOptions = {},
  ): TemplateResult | string {
    if (text === undefined || text === '') return '';
    if (kind) return this.value(piiValue(kind, text), path, options);
    const parts = this.partsOf(text);
    if (parts.length === 1 && typeof parts[0] === 'string') return text;
    return html`${parts.map((part) => (typeof part === 'string' ? part : this.value(part, path, options)))}`;
  }

  /**
   * A text field at `path` as one string the agent reads (a title, a legend, the text of a status):
   * personal values in full where the agent revealed them, else masked. Never for attributes or
   * event details (`plain()`).
   */
  shownText(text: string | undefined, path: string, kind = this.kindOf(path)): string {
    if (text === undefined || text === '') return '';
    if (kind) return this.shown(piiValue(kind, text));
    return this.partsOf(text)
      .map((part) => (typeof part === 'string' ? part : this.shown(part)))
      .join('');
  }

  /** Masked text for attributes, option labels, announcements and event details: never revealed. */
  plain(text: string | undefined, path = '', kind = path ? this.kindOf(path) : undefined): string {
    if (text === undefined || text === '') return '';
    return kind ? maskPii(kind, text) : redactText(text);
  }

  /** Text parts with the personal values found in them, cached (the same texts render again and again). */
  private partsOf(text: string): Array<string | PiiMatch> {
    let parts = this.textParts.get(text);
    if (!parts) {
      parts = findPii(text);
      if (this.textParts.size >= MAX_CACHED_TEXTS) this.textParts.clear();
      this.textParts.set(text, parts);
    }
    return parts;
  }

  /** The words, read once per update of the host (a value renders many times in one update). */
  private currentWords(): PiiRevealWords {
    return (this.words ??= this.options.words());
  }

  private changed(): void {
    this.changes += 1;
    this.host.requestUpdate();
  }
}

/** Styles of the masked values for a widget's own styles (the element brings the same as defaults). */
export const piiRevealStyles = maskedValueHostStyles;
