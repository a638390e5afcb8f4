// What the 360's templates read: the customer on screen, its sections' states, and the widget's words,
// formats and masked values. The template modules (header, sections, history) are plain functions of
// this view; the element builds one view and keeps it.
import { html, nothing, type TemplateResult } from 'lit';
import { codeLabel } from '../../internal/code-terms.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { PiiRevealController } from '../../internal/pii-reveal.js';
import { piiValue, redactText, type PiiKind } from '../../services/pii/index.js';
import type { Customer360, CustomerSection } from '../../services/tmf/customer360.js';
import type { DataIssue } from '../../services/tmf/lenient.js';
import type { Customer360CodeFamily, Customer360Tab } from '../../translations/customer-360.js';
import type { CustomerView, SectionView } from './customer-360.data.js';
import { formatDate, formatMoney } from './customer-360.format.js';
import { displayState, renderSectionState, type SectionDisplayState } from './section-state.js';

/** A personal field of a record's `extensions`, labelled and masked. */
export interface PersonalField {
  readonly label: string;
  readonly value: TemplateResult;
  /** The key of the value (the same value has the same key everywhere). */
  readonly key: string;
}

/** What the view reads from the element, each time it is asked. */
export interface Customer360ViewSource {
  readonly localize: LocalizeController;
  readonly pii: PiiRevealController;
  /** The customer, its sections and invalid fields as shown now. */
  shown(): CustomerView;
  /** The IANA time zone of dates; undefined: the agent's. */
  timeZone(): string | undefined;
  /** The time "Trying again in N s" counts from. */
  now(): number;
  /** Loads a section again. */
  retry(section: CustomerSection): void;
}

/** The tag named in the one warning about an unknown code. */
const TAG = 'cx-customer-360';

export class Customer360View {
  constructor(private readonly source: Customer360ViewSource) {}

  get customer(): Customer360 {
    return this.source.shown().customer;
  }

  get sections(): Readonly<Record<CustomerSection, SectionView>> {
    return this.source.shown().sections;
  }

  get localize(): LocalizeController {
    return this.source.localize;
  }

  get pii(): PiiRevealController {
    return this.source.pii;
  }

  get locale(): string {
    return this.source.localize.lang();
  }

  get timeZone(): string | undefined {
    return this.source.timeZone();
  }

  /** A term in the agent's language. */
  readonly term: LocalizeController['term'] = (...args) => this.source.localize.term(...args);

  isInvalid(path: string): boolean {
    const invalid = this.source.shown().invalid;
    if (invalid.size === 0) return false;
    if (invalid.has(path)) return true;
    for (const candidate of invalid) if (candidate.startsWith(`${path}.`)) return true;
    return false;
  }

  /** The mark next to a field the data got wrong (text, so it reaches screen readers and forced colours). */
  invalidMark(path: string): TemplateResult | typeof nothing {
    return this.isInvalid(path)
      ? html`<span class="invalid-mark" part="invalid">(${this.term('c360Invalid')})</span>`
      : nothing;
  }

  date(iso: string | undefined, withTime = false): string {
    return iso ? formatDate(this.locale, iso, this.timeZone, withTime) : this.term('c360Unknown');
  }

  money(amount: { value: number; unit: string } | undefined): string {
    return amount ? formatMoney(this.locale, amount.value, amount.unit) : this.term('c360Unknown');
  }

  /** A backend code as words in the agent's language (a readable form, and one warning, when unknown). */
  code(family: Customer360CodeFamily, code: string): string {
    return codeLabel(TAG, family, code, this.locale, this.term('c360Code', family, code));
  }

  /** A code as a labelled chip text, e.g. "Severity: Major". */
  labelledCode(label: string, family: Customer360CodeFamily, code: string): string {
    return this.term('c360Labelled', label, this.code(family, code));
  }

  /** The name of a kind of personal value, capitalised as a label. */
  kindLabel(kind: PiiKind): string {
    const name = this.term('maskedValueKind', kind);
    return name.charAt(0).toUpperCase() + name.slice(1);
  }

  /**
   * The personal fields of a record's `extensions` (the default set and the host's additions), each
   * labelled and masked; other extensions are not shown.
   */
  personalExtensions(base: string, extensions: Record<string, unknown> | undefined): PersonalField[] {
    if (!extensions) return [];
    const fields: PersonalField[] = [];
    for (const [name, value] of Object.entries(extensions)) {
      if ((typeof value !== 'string' || value === '') && typeof value !== 'number') continue;
      const path = `${base}.extensions.${name}`;
      const kind = this.pii.kindOf(path);
      if (!kind) continue;
      const label = this.term('c360Code', 'personalField', name) || this.kindLabel(kind);
      const match = piiValue(kind, String(value));
      fields.push({ label, value: this.pii.value(match, path, { label }), key: match.key });
    }
    return fields;
  }

  /** The personal extension fields of a card, as a small description list. */
  personalFields(
    base: string,
    extensions: Record<string, unknown> | undefined,
  ): TemplateResult | typeof nothing {
    const fields = this.personalExtensions(base, extensions);
    if (fields.length === 0) return nothing;
    return html`<dl class="personal-fields">
      ${fields.map(
        ({ label, value }) =>
          html`<div>
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>`;
  }

  sectionName(section: CustomerSection): string {
    if (section === 'profile') return this.term('c360SectionsLabel');
    if (section === 'risk') return this.term('c360Alert', 'port-out-risk');
    return this.term('c360Tab', section);
  }

  /**
   * A section that has no data to show yet: loading, still loading, failed and being tried again, or
   * failed; undefined when its data (or its empty state) can be shown.
   */
  pending(section: CustomerSection): TemplateResult | undefined {
    const shown = displayState(this.sections[section]);
    if (shown === undefined || shown === 'stale' || shown === 'empty') return undefined;
    return this.stateBlock(section, shown);
  }

  /** A failed section's state (also while it is tried again), with its Retry button. */
  failure(section: CustomerSection): TemplateResult {
    const shown = displayState(this.sections[section]);
    return this.stateBlock(section, shown === 'retrying' || shown === 'stale' ? shown : 'error');
  }

  /** Above a section's data: it is saved data that is still being updated, or could not be. */
  stale(section: CustomerSection): TemplateResult | typeof nothing {
    return displayState(this.sections[section]) === 'stale' ? this.stateBlock(section, 'stale') : nothing;
  }

  /** A section with nothing in it: its own words ("No bills"), icon and colour. */
  empty(tab: Customer360Tab): TemplateResult {
    return this.stateBlock(tab, 'empty');
  }

  /** How many fields of a section could not be read (the detail in its title, masked). */
  issues(issues: readonly DataIssue[]): TemplateResult | typeof nothing {
    if (issues.length === 0) return nothing;
    return html`<p
      class="issues"
      part="invalid"
      title=${redactText(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'))}
    >
      ${this.term('c360InvalidFields', issues.length)}
    </p>`;
  }

  private stateBlock(section: CustomerSection, shown: SectionDisplayState): TemplateResult {
    return renderSectionState(shown, this.sections[section], {
      localize: this.localize,
      section,
      title: this.sectionName(section),
      emptyText: shown === 'empty' ? this.term('c360Empty', section as Customer360Tab) : undefined,
      onRetry: () => this.source.retry(section),
      now: this.source.now(),
    });
  }
}
