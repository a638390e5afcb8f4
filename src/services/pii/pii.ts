/**
 * Personal data (PII): what counts as personal, how each kind is masked, and how it is found inside
 * free text. One place for every widget, so a value masked in one part of the screen is masked in
 * all of them, and a value revealed once has one key everywhere. DOM-free.
 */

/** A kind of personal value, each masked its own way. */
export type PiiKind = 'phone' | 'idNumber' | 'email' | 'account' | 'address';

/** Every kind, for documentation and for checks over all kinds. */
export const PII_KINDS: readonly PiiKind[] = ['phone', 'idNumber', 'email', 'account', 'address'];

/** One personal value: its raw form, the form shown until it is revealed, and a stable key. */
export interface PiiMatch {
  readonly kind: PiiKind;
  /** The full value: show only after an audited reveal. */
  readonly raw: string;
  /** What is shown by default. */
  readonly masked: string;
  /** `kind:normalised raw`: the same value has the same key wherever it appears. */
  readonly key: string;
}

/**
 * The documented default set of personal fields of the customer view model (`Customer360`), as
 * dot paths where `[]` stands for every item of a list. A host adds its own with the widget's
 * `piiFields` property (same form).
 */
export const DEFAULT_PII_FIELDS: Readonly<Record<string, PiiKind>> = Object.freeze({
  'profile.identity.msisdn': 'phone',
  'profile.identity.idNumber': 'idNumber',
  'profile.identity.birthDate': 'idNumber',
  'profile.contactMedia[].value': 'phone',
  'products[].serviceNumber': 'phone',
  'products[].extensions.msisdn': 'phone',
  'products[].extensions.iccid': 'account',
  'products[].extensions.imsi': 'account',
  'products[].extensions.installationAddress': 'address',
  'bills[].extensions.paymentAccount': 'account',
  'bills[].extensions.bankAccount': 'account',
  'bills[].extensions.billingAddress': 'address',
  'tickets[].extensions.contactNumber': 'phone',
  'tickets[].extensions.address': 'address',
  'interactions[].extensions.callerNumber': 'phone',
  'interactions[].extensions.from': 'phone',
  'interactions[].extensions.to': 'phone',
});

/** A host's additions to the personal fields, `path → kind`. */
export type PiiFields = Readonly<Record<string, PiiKind>>;

const isKind = (value: unknown): value is PiiKind =>
  typeof value === 'string' && (PII_KINDS as readonly string[]).includes(value);

/**
 * The kind of a field path, e.g. `products.3.serviceNumber` or `products[].serviceNumber`, from the
 * defaults and a host's additions; undefined when the field is not personal.
 */
export function piiFieldKind(path: string, extraFields?: PiiFields): PiiKind | undefined {
  const pattern = path.replace(/\.\d+(?=\.|$)/g, '[]').replace(/\[\d+\]/g, '[]');
  const extra = extraFields?.[pattern];
  if (isKind(extra)) return extra;
  return Object.hasOwn(DEFAULT_PII_FIELDS, pattern) ? DEFAULT_PII_FIELDS[pattern] : undefined;
}

/**
 * Checks a host's `piiFields` value: a plain object of `path → kind`. Returns the usable fields and
 * a message for what is unusable (undefined when all is well).
 */
export function readPiiFields(value: unknown): { fields: PiiFields; problem?: string } {
  if (value === undefined || value === null) return { fields: {} };
  if (typeof value !== 'object' || Array.isArray(value))
    return { fields: {}, problem: `expected an object of field path → ${PII_KINDS.join(' | ')}` };
  const fields: Record<string, PiiKind> = {};
  const wrong: string[] = [];
  try {
    for (const [path, kind] of Object.entries(value)) {
      if (isKind(kind)) fields[path] = kind;
      else wrong.push(path);
    }
  } catch (error) {
    // A proxy or a getter that throws: what was read so far is kept.
    return { fields, problem: `unreadable (${error instanceof Error ? error.message : String(error)})` };
  }
  return wrong.length === 0
    ? { fields }
    : { fields, problem: `unknown kind for ${wrong.slice(0, 3).join(', ')} (use ${PII_KINDS.join(', ')})` };
}

// ---------------------------------------------------------------------------------------------
// Masking

/** Masks a phone number: `18954873604` → `189****3604`. */
export function maskPhone(raw: string): string {
  const digits = raw.replace(/[\s-]/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  if (digits.length < 8) return `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
  const head = digits.startsWith('+') ? digits.slice(0, digits.length - 8) : digits.slice(0, 3);
  return `${head}${'*'.repeat(digits.length - head.length - 4)}${digits.slice(-4)}`;
}

/** Masks an identity-document number, keeping the first and last 4 characters at most. */
export function maskIdNumber(raw: string): string {
  const value = raw.trim();
  if (value.length <= 2) return '*'.repeat(value.length || 1);
  if (value.length <= 8)
    return `${value.slice(0, 1)}${'*'.repeat(Math.max(0, value.length - 2))}${value.slice(-1)}`;
  const keep = value.length >= 15 ? 4 : 2;
  return `${value.slice(0, keep)}${'*'.repeat(value.length - 2 * keep)}${value.slice(-keep)}`;
}

/** Masks an e-mail address: `li.wei@example.cn` → `l***@example.cn`. */
export function maskEmail(raw: string): string {
  const value = raw.trim();
  const at = value.lastIndexOf('@');
  if (at <= 0) return maskIdNumber(value);
  return `${value.slice(0, 1)}***${value.slice(at)}`;
}

/** Masks an account or card number, keeping the last 4 digits: `**** 1234`. */
export function maskAccount(raw: string): string {
  const value = raw.replace(/[\s-]/g, '');
  return value.length <= 4 ? '*'.repeat(value.length) : `**** ${value.slice(-4)}`;
}

/** Masks a street address, keeping its first two characters (often the province or city). */
export function maskAddress(raw: string): string {
  const chars = Array.from(raw.trim());
  return chars.length <= 2 ? '**' : `${chars.slice(0, 2).join('')}****`;
}

const MASKERS: Record<PiiKind, (raw: string) => string> = {
  phone: maskPhone,
  idNumber: maskIdNumber,
  email: maskEmail,
  account: maskAccount,
  address: maskAddress,
};

/** The masked form of a personal value of the given kind. */
export function maskPii(kind: PiiKind, raw: string): string {
  return MASKERS[kind](raw);
}

/** The stable key of a personal value: the same number has the same key whatever its spacing. */
export function piiKey(kind: PiiKind, raw: string): string {
  const normal =
    kind === 'email' || kind === 'address'
      ? raw.trim().toLowerCase()
      : raw
          .replace(/[\s-]/g, '')
          .replace(/^\+?86(?=1\d{10}$)/, '')
          .toUpperCase();
  return `${kind}:${normal}`;
}

/** A personal value of a known kind, with its masked form and key. */
export function piiValue(kind: PiiKind, raw: string): PiiMatch {
  return { kind, raw, masked: maskPii(kind, raw), key: piiKey(kind, raw) };
}

// ---------------------------------------------------------------------------------------------
// Finding personal values in free text (ticket descriptions, summaries, labels, script text)

/*
 * Alternatives in order of precedence; each is bounded by a non-word, non-digit character so that
 * IDs such as `TT-20261201-0001` or `CUST-0002` are left alone. Digits may be grouped by spaces or
 * hyphens as people type them.
 */
const PATTERNS: ReadonlyArray<{ kind: PiiKind; source: string }> = [
  { kind: 'email', source: String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}` },
  // Chinese resident ID: 6-digit region, 8-digit birth date, 3 digits, check digit (or X).
  {
    kind: 'idNumber',
    source: String.raw`[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]`,
  },
  // Mobile (optionally +86), then landline with an area code, then international numbers.
  { kind: 'phone', source: String.raw`(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}` },
  { kind: 'phone', source: String.raw`0\d{2,3}-\d{7,8}` },
  { kind: 'phone', source: String.raw`\+\d{1,3}[ -]?\d(?:[ -]?\d){6,13}` },
  // Bank card / account numbers: 12–19 digits, optionally grouped.
  { kind: 'account', source: String.raw`\d{4}(?:[ -]?\d{2,4}){2,4}` },
];

const FINDER = new RegExp(PATTERNS.map(({ source }) => `(?<![\\w@.+-])(${source})(?![\\w@])`).join('|'), 'g');

function accountLike(raw: string): boolean {
  const digits = raw.replace(/[\s-]/g, '');
  return digits.length >= 12 && digits.length <= 19;
}

/**
 * Splits free text into plain parts and the personal values found in it (phone numbers, Chinese
 * ID numbers, e-mail addresses, account numbers). Never throws; a non-string gives `[]`.
 */
export function findPii(text: string): Array<string | PiiMatch> {
  if (typeof text !== 'string' || text === '') return [];
  const parts: Array<string | PiiMatch> = [];
  let last = 0;
  for (const match of text.matchAll(FINDER)) {
    const group = match.slice(1).findIndex((value) => value !== undefined);
    const raw = match[0];
    const kind = PATTERNS[group]?.kind;
    if (!kind || (kind === 'account' && !accountLike(raw))) continue;
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    parts.push(piiValue(kind, raw));
    last = index + raw.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Whether free text carries a personal value. */
export function hasPii(text: string): boolean {
  return findPii(text).some((part) => typeof part !== 'string');
}

/** The text with every personal value in it masked (labels, accessible names, event details). */
export function redactText(text: string): string {
  if (typeof text !== 'string') return text;
  return findPii(text)
    .map((part) => (typeof part === 'string' ? part : part.masked))
    .join('');
}

/**
 * A copy of a value (an event detail, a record a host might log) with every personal field masked
 * by its path and every personal value inside strings masked. Plain objects and arrays are copied;
 * other objects (dates, class instances) are kept as they are. Cycles are cut.
 */
export function redactDeep<T>(value: T, extraFields?: PiiFields): T {
  const seen = new WeakSet<object>();
  const walk = (input: unknown, path: string): unknown => {
    if (typeof input === 'string') {
      const kind = path ? piiFieldKind(path, extraFields) : undefined;
      return kind ? maskPii(kind, input) : redactText(input);
    }
    if (typeof input !== 'object' || input === null) return input;
    if (seen.has(input)) return undefined;
    if (Array.isArray(input)) {
      seen.add(input);
      return input.map((item, index) => walk(item, path ? `${path}.${index}` : String(index)));
    }
    const proto = Object.getPrototypeOf(input) as unknown;
    if (proto !== Object.prototype && proto !== null) return input;
    seen.add(input);
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(input)) copy[key] = walk(item, path ? `${path}.${key}` : key);
    return copy;
  };
  return walk(value, '') as T;
}
