import type { ComplexAttributeConverter } from 'lit';

// Checks of the values a host sets on a widget's properties and attributes. Pure: they never throw,
// whatever they are given (numbers where text is expected, objects without a prototype, arrays nested
// thousands deep, strings with lone surrogates), and they never turn the value into a string to look
// at it — `String()` of such values throws or recurses.

/** Lone UTF-16 surrogates: no id, URL, time zone or name contains one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True for a string without lone surrogates. */
export function isWellFormedString(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(value);
}

/** A short, printable description of any value for a message (`the number 42`, `an array`…). */
export function describeValue(value: unknown): string {
  try {
    if (value === null) return 'null';
    switch (typeof value) {
      case 'undefined':
        return 'undefined';
      case 'string': {
        const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
        return `"${cut.replace(LONE_SURROGATE, (unit) => `\\u${unit.charCodeAt(0).toString(16).toUpperCase()}`)}"`;
      }
      case 'number':
      case 'boolean':
      case 'bigint':
        return `the ${typeof value} ${value}`;
      case 'symbol':
        return 'a symbol';
      case 'function':
        return 'a function';
    }
    if (Array.isArray(value)) return 'an array';
    return Object.getPrototypeOf(value) === null ? 'an object without a prototype' : 'an object';
  } catch {
    return 'an unreadable value'; // a Proxy whose traps throw
  }
}

/** A setting's rule: what it accepts, in words for the message, and the test. */
export interface SettingRule {
  /** What the setting accepts, for the message: `one of: auto, tabs, disclosures`. */
  readonly expected: string;
  /** Whether a value (not null / undefined: those mean "not set") is usable. */
  accepts(value: unknown): boolean;
}

/** One of a fixed list of words, e.g. a `layout`. */
export function oneOf(allowed: readonly string[]): SettingRule {
  return {
    expected: `one of: ${allowed.join(', ')}`,
    accepts: (value) => typeof value === 'string' && allowed.includes(value),
  };
}

/** Any string, as it is (lone surrogates and all): ids and text that come from other systems or a keyboard. */
export const anyText: SettingRule = { expected: 'text', accepts: (value) => typeof value === 'string' };

/** Text (well formed, at most `maxLength` long) that `test` accepts. */
export function text(
  expected: string,
  test: (value: string) => boolean = () => true,
  maxLength = 2048,
): SettingRule {
  return {
    expected,
    accepts: (value) => isWellFormedString(value) && value.length <= maxLength && safely(() => test(value)),
  };
}

/** An object (not an array) whose fields `test` accepts. */
export function record(
  expected: string,
  test: (value: Record<string, unknown>) => boolean = () => true,
): SettingRule {
  return {
    expected,
    accepts: (value) =>
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      safely(() => test(value as Record<string, unknown>)),
  };
}

const timeZones = new Map<string, boolean>();

/** Whether `zone` is a time zone this browser knows (IANA name such as `Asia/Shanghai`, or `UTC`). */
export function isTimeZone(zone: string): boolean {
  let known = timeZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = zone.trim() !== '';
    } catch {
      known = false;
    }
    timeZones.set(zone, known);
  }
  return known;
}

/** Whether `url` is empty, a path, or an http(s) URL (no `javascript:`, `data:`…). */
export function isHttpBase(url: string): boolean {
  if (url === '') return true;
  const parsed = new URL(url, 'https://host.invalid/');
  return parsed.protocol === 'http:' || parsed.protocol === 'https:';
}

function safely(test: () => boolean): boolean {
  try {
    return test();
  } catch {
    return false;
  }
}

/** One setting of a widget: its property, the name a `cx-error` gives it, its rule and its default. */
export interface Setting<Property extends string> {
  /** The property, e.g. `timeZone`. */
  readonly property: Property;
  /** The attribute (or, for a property without one, the property): `time-zone`. */
  readonly name: string;
  readonly rule: SettingRule;
  /** What is used instead of an unusable value, and how the message says it. */
  readonly fallback: { readonly value: unknown; readonly text: string };
}

/** A setting in one line: its property, the name a `cx-error` gives it, its rule, and its default (and how a message says it). */
export function setting<Property extends string>(
  property: Property,
  name: string,
  rule: SettingRule,
  value: unknown,
  says: string,
): Setting<Property> {
  return { property, name, rule, fallback: { value, text: says } };
}

/**
 * Checks the settings that changed (null / undefined mean "not set"): each unusable value is reported
 * once through `report(name, message)` and replaced on `host` by its default, so nothing after the
 * check sees a wrong type. Call it first thing in `willUpdate`.
 */
export function checkChangedSettings<Property extends string>(
  host: object,
  changed: { has(property: Property): boolean },
  settings: ReadonlyArray<Setting<Property>>,
  report: (name: string, message: string) => void,
): void {
  const values = host as Record<Property, unknown>;
  for (const { property, name, rule, fallback } of settings) {
    if (!changed.has(property)) continue;
    const value = values[property];
    if (value === undefined || value === null || rule.accepts(value)) continue;
    report(name, settingMessage(`${name} (${property})`, value, rule, fallback.text));
    values[property] = fallback.value;
  }
}

/**
 * The message of a `cx-error` for an unusable setting: names the attribute (or property), what it got,
 * what it accepts and what the widget uses instead.
 */
export function settingMessage(name: string, value: unknown, rule: SettingRule, fallback: string): string {
  return `${name} ${describeValue(value)} is not usable: expected ${rule.expected}; using ${fallback}`;
}

/**
 * Converter for a reflected string property: a string reaches the attribute as it is; any other value
 * removes the attribute instead of being turned into a string (Lit's default would call `String()`,
 * which throws for those two cases above inside the update, as an unhandled rejection).
 */
export const stringAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => value,
  toAttribute: (value) => (typeof value === 'string' ? value : null),
};

/** What `readEnum` / `readOptionalString` make of a value: the usable value, or why it is refused. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * An enumerated string setting (`variant`, `precision`): one of `allowed`, or `fallback` when unset
 * (undefined, null, ''); anything else is refused with a message naming the attribute and the
 * allowed values.
 */
export function readEnum<T extends string>(
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T | undefined,
): Checked<T | undefined> {
  if (value === undefined || value === null || value === '') return { ok: true, value: fallback };
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return { ok: true, value: value as T };
  return {
    ok: false,
    message: `${attribute} ${describeValue(value)} is not one of ${allowed.join(', ')}${fallback ? `; using ${fallback}` : ''}`,
  };
}

/** An optional string setting (an id): a string, or undefined when unset; any other value is refused. */
export function readOptionalString(attribute: string, value: unknown): Checked<string | undefined> {
  if (value === undefined || value === null) return { ok: true, value: undefined };
  if (typeof value === 'string') return { ok: true, value };
  return { ok: false, message: `${attribute} must be a string, not ${describeValue(value)}` };
}

/**
 * Checks settings and reports each wrong value once: a setting falls back to its default and the
 * host hears about it in one `cx-error`, not again on every re-render with the same value.
 */
export class SettingChecks {
  /** The wrong value last reported, per attribute. */
  private readonly reported = new Map<string, unknown>();

  constructor(private readonly report: (attribute: string, message: string) => void) {}

  /** The checked value when usable, else `fallback` (reporting the value unless already reported). */
  use<T>(attribute: string, value: unknown, checked: Checked<T>, fallback: T): T {
    if (checked.ok) {
      this.reported.delete(attribute);
      return checked.value;
    }
    if (!this.reported.has(attribute) || !Object.is(this.reported.get(attribute), value)) {
      this.reported.set(attribute, value);
      this.report(attribute, checked.message);
    }
    return fallback;
  }
}
