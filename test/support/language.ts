// Shared checks that a widget speaks the agent's language: in zh-CN no English word or raw code (only
// IDs, numbers, unit symbols and brand names from an allow list) and full-width punctuation; in any
// language no raw backend code where a term belongs.
import { expect } from '@open-wc/testing';
import { renderedTexts, type RenderedText } from './pii.js';

/** Words that stay in Latin letters in a zh-CN interface: unit symbols, brands, industry abbreviations. */
export const LATIN_ALLOWED: ReadonlySet<string> = new Set([
  'GB',
  'MB',
  'KB',
  'TB',
  'SIM',
  'IPTV',
  'FTTR',
  'App',
  'APN',
  'VoLTE',
  'CSAT',
  'NPS',
  'CES',
  'ICCID',
  'IMSI',
  'SLA',
]);

/** Attributes whose text is read out (the rest are machine values). */
const SPOKEN_ATTRIBUTES = new Set([
  '@aria-label',
  '@aria-valuetext',
  '@aria-roledescription',
  '@title',
  '@placeholder',
  '@alt',
]);

/** Tokens with Latin letters in them; a token runs over letters, digits and ID / e-mail punctuation. */
const TOKEN = /[A-Za-z0-9@.*_+-]*[A-Za-z][A-Za-z0-9@.*_+-]*/g;
/** `CUST-0001`, `TT-0001-01`, `NBO-RET-30`: upper-case prefix and parts. */
const IDENTIFIER = /^[A-Z]{1,6}(?:-[A-Z0-9]+)+$/;
/** `5G`, `500M`, `20GB`, `1.5TB`. */
const NUMBER_WITH_UNIT = /^\d+(?:\.\d+)?(?:GB|MB|KB|TB|G|M|K)$/;

function allowedToken(token: string, allow: ReadonlySet<string>): boolean {
  const trimmed = token.replace(/^[.*_+-]+|[.*_+-]+$/g, '');
  return (
    trimmed === '' ||
    allow.has(trimmed) ||
    IDENTIFIER.test(trimmed) ||
    NUMBER_WITH_UNIT.test(trimmed) ||
    trimmed.includes('@') || // an e-mail address, which is data
    token.includes('*') // a masked personal value (a service number), which is data
  );
}

/** Whether an element is seen or read out (clipped visually-hidden text is; `visibility: hidden` is not). */
const perceivable = (element: Element | undefined): boolean =>
  !element ||
  typeof element.checkVisibility !== 'function' ||
  element.checkVisibility({ visibilityProperty: true });

/** What a person reads: text nodes and the spoken attributes of rendered elements. */
function readTexts(root: Node, skip: (entry: RenderedText) => boolean): RenderedText[] {
  return renderedTexts(root).filter(
    (entry) =>
      (entry.kind === 'text' || SPOKEN_ATTRIBUTES.has(entry.kind)) &&
      perceivable(entry.element) &&
      !skip(entry),
  );
}

export interface LanguageScanOptions {
  /** More allowed Latin words (brand names of the host). */
  allow?: Iterable<string>;
  /** Leaves out some places, e.g. a nested widget checked on its own. */
  skip?: (entry: RenderedText) => boolean;
  /** Says which view failed. */
  context?: string;
}

/**
 * Fails on any Latin word in a zh-CN rendering that is not an identifier, a number with its unit, an
 * e-mail address, or an allowed word; and on half-width punctuation `( ) : , ;` next to Chinese
 * (a `:` or `,` between digits, as in `10:30` or `1,280`, is fine).
 */
export function assertChineseOnly(root: Node, options: LanguageScanOptions = {}): void {
  const problems = chineseOnlyProblems(root, options);
  expect(
    problems,
    `not in Chinese${options.context ? ` (${options.context})` : ''}:\n${problems.join('\n')}`,
  ).to.deep.equal([]);
}

/** What `assertChineseOnly` fails on, one line a problem. */
export function chineseOnlyProblems(root: Node, options: LanguageScanOptions = {}): string[] {
  const allow = new Set([...LATIN_ALLOWED, ...(options.allow ?? [])]);
  const problems: string[] = [];
  for (const entry of readTexts(root, options.skip ?? (() => false))) {
    for (const match of entry.text.matchAll(TOKEN))
      if (!allowedToken(match[0], allow))
        problems.push(`"${match[0]}" in ${entry.kind} "${entry.text.trim().slice(0, 80)}" at ${entry.where}`);
    for (const match of entry.text.matchAll(/[(),:;]/g)) {
      const before = entry.text[match.index - 1] ?? '';
      const after = entry.text[match.index + 1] ?? '';
      const betweenDigits = /\d/.test(before) && /\d/.test(after);
      if (!betweenDigits)
        problems.push(
          `half-width "${match[0]}" in ${entry.kind} "${entry.text.trim().slice(0, 80)}" at ${entry.where}`,
        );
    }
  }
  return problems;
}

/**
 * Fails when a raw code shows where its term belongs: a text (or a part of it between ` · `), or a
 * spoken attribute, that is exactly one of `codes`, or contains a kebab-case or camelCase one.
 */
export function assertNoRawCodes(
  root: Node,
  codes: Iterable<string>,
  options: LanguageScanOptions = {},
): void {
  const problems = rawCodeProblems(root, codes, options);
  expect(
    problems,
    `raw codes${options.context ? ` (${options.context})` : ''}:\n${problems.join('\n')}`,
  ).to.deep.equal([]);
}

/** What `assertNoRawCodes` fails on, one line a problem. */
export function rawCodeProblems(
  root: Node,
  codes: Iterable<string>,
  options: LanguageScanOptions = {},
): string[] {
  const all = new Set(codes);
  const compound = [...all].filter((code) => /[a-z]-[a-z]|[a-z][A-Z]/.test(code));
  const problems: string[] = [];
  for (const entry of readTexts(root, options.skip ?? (() => false))) {
    const text = entry.text.trim();
    for (const part of text.split(/\s+·\s+/))
      if (all.has(part.trim())) problems.push(`"${part.trim()}" in ${entry.kind} at ${entry.where}`);
    for (const code of compound)
      if (new RegExp(`(^|[^\\w-])${code}($|[^\\w-])`).test(text))
        problems.push(`"${code}" in ${entry.kind} "${text.slice(0, 80)}" at ${entry.where}`);
  }
  return problems;
}
