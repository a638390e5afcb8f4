import type { ComplexAttributeConverter } from 'lit';

/**
 * Guards for values a host sets on a widget's properties, which can be anything at run time: a
 * number where a string is typed, an array, an object without a prototype (`Object.create(null)`,
 * which throws when turned into a string), an array nested thousands deep (which overflows the stack
 * when joined). Nothing here throws, whatever the value.
 */

/**
 * Converter for a reflected string property: a string reaches the attribute as it is; any other value
 * removes the attribute instead of being turned into a string (Lit's default would call `String()`,
 * which throws for those two cases above inside the update, as an unhandled rejection).
 */
export const stringAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => value,
  toAttribute: (value) => (typeof value === 'string' ? value : null),
};

/** A short description of any value for a `cx-error` message: `"huge"`, `42`, `an array`, `an object`. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) return 'an array';
      return Object.getPrototypeOf(value) === null ? 'an object without a prototype' : 'an object';
  }
}

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
