// Shared checks for every widget that shows customer data: no personal value reaches the screen —
// text, attributes, nested shadow roots, the page's live regions, event details — unmasked, until an
// audited reveal; and after a reveal it shows exactly where that value is, and nowhere else.
import { expect } from '@open-wc/testing';

/** One place something is rendered: a text node or an attribute (or a form control's value). */
export interface RenderedText {
  /** A readable path to it, e.g. `cx-customer-360 › #shadow › li.card › span.pii-value`. */
  readonly where: string;
  /** `text` for a text node, `@name` for an attribute, `value` for a form control's value. */
  readonly kind: string;
  readonly text: string;
  /** The element it belongs to (the parent of a text node). */
  readonly element: Element | undefined;
}

const SKIPPED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

function describeElement(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const classes =
    typeof element.className === 'string' && element.className.trim()
      ? `.${element.className.trim().split(/\s+/).join('.')}`
      : '';
  return `${element.localName}${id}${classes}`;
}

/**
 * Every text node, attribute value and form-control value under `root`, crossing into every open
 * shadow root (nested widgets too).
 */
export function renderedTexts(root: Node): RenderedText[] {
  const found: RenderedText[] = [];
  const walk = (node: Node, where: string): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.nodeValue ?? '';
      if (text.trim()) found.push({ where, kind: 'text', text, element: node.parentElement ?? undefined });
      return;
    }
    if (node instanceof Element) {
      if (SKIPPED.has(node.tagName)) return;
      where = `${where} › ${describeElement(node)}`;
      for (const attribute of node.attributes)
        if (attribute.value)
          found.push({ where, kind: `@${attribute.name}`, text: attribute.value, element: node });
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement)
        if (node.value) found.push({ where, kind: 'value', text: node.value, element: node });
      if (node.shadowRoot) walk(node.shadowRoot, where);
    } else if (node instanceof ShadowRoot) {
      where = `${where} › #shadow`;
    }
    for (const child of node.childNodes) walk(child, where);
  };
  walk(root, '');
  return found;
}

/** Digits and letters only: `138 1234-5678` and `13812345678` read the same. */
const compact = (text: string): string => text.replace(/[\s\-–.()]/g, '');

/** Whether `text` shows `raw`, however its digits are grouped. */
export function showsRaw(text: string, raw: string): boolean {
  return text.includes(raw) || compact(text).includes(compact(raw));
}

/** Where `raw` appears under `root` (text, attributes, values, nested shadow roots). */
export function placesOf(root: Node, raw: string): RenderedText[] {
  return renderedTexts(root).filter((entry) => showsRaw(entry.text, raw));
}

/**
 * Fails when any of `raws` (phone numbers, ID numbers, e-mail addresses, accounts, addresses) is
 * rendered unmasked anywhere under `root`, naming each place; `context` says which tab or state.
 */
export function assertNoUnmaskedPii(root: Node, raws: readonly string[], context = ''): void {
  const leaks = raws.flatMap((raw) =>
    placesOf(root, raw).map(
      (entry) => `${raw} in ${entry.kind} at ${entry.where}: "${entry.text.trim().slice(0, 120)}"`,
    ),
  );
  expect(
    leaks,
    `unmasked personal values${context ? ` (${context})` : ''}:\n${leaks.join('\n')}`,
  ).to.deep.equal([]);
}

/** Fails when an event detail, as a logger would serialise it, carries any of `raws`. */
export function assertNoPiiInDetails(
  events: ReadonlyArray<{ type: string; detail: unknown }>,
  raws: readonly string[],
): void {
  const leaks = events.flatMap(({ type, detail }) => {
    const json = JSON.stringify(detail) ?? '';
    return raws.filter((raw) => showsRaw(json, raw)).map((raw) => `${raw} in ${type}: ${json.slice(0, 200)}`);
  });
  expect(leaks, `personal values in event details:\n${leaks.join('\n')}`).to.deep.equal([]);
}

/** Records every event of `types` fired on (or bubbling through) `target`. */
export function spyEvents(
  target: EventTarget,
  types: readonly string[],
): Array<{ type: string; detail: unknown; event: Event }> {
  const seen: Array<{ type: string; detail: unknown; event: Event }> = [];
  for (const type of types)
    target.addEventListener(type, (event) =>
      seen.push({ type, detail: (event as CustomEvent<unknown>).detail, event }),
    );
  return seen;
}
