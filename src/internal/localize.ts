import {
  LocalizeController as BaseLocalizeController,
  registerTranslation as registerBaseTranslation,
  update,
  type Translation,
} from '@shoelace-style/localize';
import en from '../translations/en.js';
import zhCN from '../translations/zh-cn.js';
import type { CxTranslation } from '../translations/translation.js';
import { codeLabel as codeLabelOf, lookupCode } from './code-terms.js';
import type { DurationUnits } from './duration-format.js';

/**
 * The shipped languages as the package holds them. It keeps the first registration of a language as
 * the object itself (a later one replaces it with a merged copy), and the first one of all as the
 * fallback: while no host has registered English or Chinese of its own, adding terms to these objects
 * is all a widget's registration needs.
 */
const zh = { ...zhCN, $code: 'zh' };
const SHIPPED_CODES = new Set(['en', 'zh-cn', 'zh']);
/** What hosts registered for the shipped languages (the package then holds copies, not ours). */
const hostShipped = new Map<string, Record<string, unknown>>();

let shippedRegistered = false;

/**
 * Registers the shipped languages, once, before anything else: English first, as the package makes
 * the first registered translation the fallback. Plain `zh` (and zh-Hans, zh-SG…) reads Simplified
 * Chinese. Called on first use rather than on import, so importing a module changes nothing.
 */
function registerShipped(): void {
  if (shippedRegistered) return;
  shippedRegistered = true;
  registerBaseTranslation(en, zhCN, zh);
}

/** Registers translations (a host's own languages, or more terms); the same as the package's. */
export function registerTranslation(...translations: Translation[]): void {
  registerShipped();
  for (const translation of translations) {
    const code = translation.$code.toLowerCase();
    if (SHIPPED_CODES.has(code)) hostShipped.set(code, { ...hostShipped.get(code), ...translation });
  }
  registerBaseTranslation(...translations);
}

/** One widget's terms in each shipped language. */
export interface WidgetTerms<Terms extends object = object> {
  readonly en: Terms;
  readonly 'zh-cn': Terms;
}

const registeredTerms = new WeakSet<object>();

/**
 * Adds one widget's terms to the shipped languages, once per terms object, at once and without
 * re-rendering anything: no element can have shown a term that was not there yet. The English object
 * is also the package's fallback for languages a host registered without these terms. Widgets do not
 * call it at module level: their {@link LocalizeController} does when the first element is created,
 * so importing a class file has no side effect.
 *
 * Once a host has registered English or Chinese terms of its own, the package holds copies: the
 * widget's terms then go in as a registration (under the host's own, which keep winning), right after
 * this — registering re-renders every localized element, which must not happen inside another
 * widget's render, where a first element is often created.
 */
export function registerWidgetTerms<Terms extends object>(terms: WidgetTerms<Terms>): void {
  if (registeredTerms.has(terms)) return;
  registeredTerms.add(terms);
  registerShipped();
  Object.assign(en, terms.en);
  Object.assign(zhCN, terms['zh-cn']);
  Object.assign(zh, terms['zh-cn']);
  if (hostShipped.size === 0) return;
  // Each shipped language again, the widget's terms under the host's own (the copies of languages the
  // host left alone hold the same as the objects).
  queueMicrotask(() =>
    registerBaseTranslation(
      ...[en, zhCN, zh].map(
        (base) =>
          ({
            ...(base === en ? terms.en : terms['zh-cn']),
            ...hostShipped.get(base.$code),
            $code: base.$code,
            $name: base.$name,
            $dir: 'ltr',
          }) as Translation,
      ),
    ),
  );
}
export type { CxTranslation };

const observedRoots = new Set<Node>();
/** Counts the `lang` / `dir` changes seen on the page: a language resolved before the last one is stale. */
let langChanges = 0;
let observer: MutationObserver | undefined;
/** Localized elements on the page now: the observer lives while there is one. */
let connectedCount = 0;

/** Re-renders every localized element when a `lang` or `dir` attribute changes anywhere in `root`. */
function observeLangChanges(root: Node): void {
  if (typeof MutationObserver === 'undefined' || observedRoots.has(root)) return;
  observer ??= new MutationObserver(() => {
    langChanges += 1;
    update();
  });
  observer.observe(root, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
  observedRoots.add(root);
}

/** The last localized element left: nothing on the page needs to hear of `lang` / `dir` changes. */
function stopObservingLangChanges(): void {
  observer?.disconnect();
  observer = undefined;
  observedRoots.clear();
}

/** The nearest ancestor (crossing shadow boundaries) carrying `attribute`, starting at `element`. */
function closestAttribute(element: Element, attribute: 'lang' | 'dir'): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(attribute);
      if (value) return value;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

const canonicalLocales = new Map<string, string>();

/** `zh_cn` → `zh-CN`; anything unusable → `en`. Cached: a page has few distinct lang values. */
function canonicalLocale(tag: string): string {
  let canonical = canonicalLocales.get(tag);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? 'en';
    } catch {
      canonical = 'en';
    }
    canonicalLocales.set(tag, canonical);
  }
  return canonical;
}

/**
 * Localize controller that follows the nearest `lang` / `dir` (the element, its ancestors across
 * shadow roots, then the document), with cx-desk's typed terms.
 */
export class LocalizeController extends BaseLocalizeController<CxTranslation> {
  /**
   * @param host the widget
   * @param terms the widget's own terms, registered when the first element is created (not when its
   *   module is imported)
   */
  constructor(host: ConstructorParameters<typeof BaseLocalizeController>[0], terms?: WidgetTerms) {
    super(host);
    registerShipped();
    if (terms) registerWidgetTerms(terms);
  }

  /**
   * The language resolved last: every term() asks for it, so the DOM walk runs once until a `lang`
   * change on the page (counted by `langChanges`, before the update it asks for, so `willUpdate`
   * sees it too) or the element moving (`hostConnected`).
   */
  private resolvedLang: string | undefined;
  private resolvedAt = 0;

  override hostConnected(): void {
    this.resolvedLang = undefined;
    super.hostConnected();
    connectedCount += 1;
    observeLangChanges(this.host.ownerDocument);
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) observeLangChanges(root);
  }
  override hostDisconnected(): void {
    super.hostDisconnected();
    connectedCount = Math.max(0, connectedCount - 1);
    if (connectedCount === 0) stopObservingLangChanges();
  }

  override lang(): string {
    if (this.resolvedLang === undefined || this.resolvedAt !== langChanges) {
      this.resolvedLang = canonicalLocale(closestAttribute(this.host, 'lang') ?? navigator.language ?? 'en');
      this.resolvedAt = langChanges;
    }
    return this.resolvedLang;
  }

  /** Unit names for spoken durations in the current language. */
  durationUnits(): DurationUnits {
    return this.term('durationUnits') as unknown as DurationUnits;
  }

  override dir(): string {
    return (closestAttribute(this.host, 'dir') ?? 'ltr').toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
  }

  /**
   * A code from data (an action, an outcome, a state) as words, from `table` — a term whose value is
   * a `code → label` map — of the current language, else of English; an unknown code is shown in a
   * readable form (through `fallback` when given, e.g. "Unknown action: …") with one console warning
   * per page (the shared rule of `code-terms.ts`), never raw.
   */
  codeLabel(table: CodeTableKey, code: string, fallback?: (readable: string) => string): string {
    const lang = this.lang();
    const english = (en as unknown as Record<string, Readonly<Record<string, string>> | undefined>)[table];
    const label =
      lookupCode(this.term(table) as unknown as Readonly<Record<string, string>> | undefined, code) ??
      lookupCode(english, code);
    return codeLabelOf(this.host.localName, table, code, lang, label, fallback);
  }
}

/** The names of the terms that are `code → label` tables. */
export type CodeTableKey = {
  [K in keyof CxTranslation]: CxTranslation[K] extends Readonly<Record<string, string>> ? K : never;
}[keyof CxTranslation] &
  string;
