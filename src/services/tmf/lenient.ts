import * as v from 'valibot';
import { isRecord } from '../is-record.js';

/** What kind of problem a field had. */
export type DataIssueCode =
  | 'required'
  | 'invalid-type'
  | 'unknown-value'
  | 'out-of-range'
  | 'too-long'
  | 'invalid-date'
  | 'invalid-format'
  | 'unsupported-type'
  | 'unavailable';

/** One problem found in customer data; the field was repaired (kept as text) or dropped. */
export interface DataIssue {
  /** Dot path of the field, e.g. `usage.2.used`. */
  path: string;
  /** Human-readable, English. */
  message: string;
  /** Machine code, for translation and `cx-error`. */
  code: DataIssueCode;
}

/** A value plus the problems found while producing it; never thrown. */
export interface Lenient<T> {
  /** What survived. */
  value: T;
  /** What was repaired or dropped, with paths. */
  issues: DataIssue[];
}

type AnySchema = v.GenericSchema;

/** Turns a failing input into a kept value (with an issue), or gives up (the field is dropped). */
type Repair = (input: unknown) => { value: unknown; code: DataIssueCode; message: string } | undefined;

const repairs = new WeakMap<object, Repair>();

/** Registers how a leaf schema repairs input it refuses, e.g. a too-long text is cut. */
export function withRepair<T extends AnySchema>(schema: T, repair: Repair): T {
  repairs.set(schema, repair);
  return schema;
}

const atomics = new WeakSet<object>();

/** Marks an object schema as one value: when any part is bad the whole value is dropped. */
export function atomic<T extends AnySchema>(schema: T): T {
  atomics.add(schema);
  return schema;
}

const fastPaths = new WeakMap<object, (input: unknown) => boolean>();

/**
 * Registers a plain-JS guard for a hot item schema (long lists): an input the guard accepts is
 * taken as is, without running valibot. The guard must only accept inputs the schema accepts
 * unchanged (the property tests check this).
 */
export function withFastPath<T extends AnySchema>(schema: T, guard: (input: unknown) => boolean): T {
  fastPaths.set(schema, guard);
  return schema;
}

export { isRecord };

const join = (path: string, key: string | number): string => (path === '' ? String(key) : `${path}.${key}`);

function codeOf(issue: v.BaseIssue<unknown>, input: unknown): DataIssueCode {
  if (input === undefined || input === null) return 'required';
  switch (issue.type) {
    case 'picklist':
    case 'literal':
      return 'unknown-value';
    case 'min_value':
    case 'max_value':
    case 'finite':
    case 'integer':
      return 'out-of-range';
    case 'max_length':
      return 'too-long';
    case 'check':
    case 'custom':
    case 'regex':
    case 'min_length':
      if (issue.message.includes('date')) return 'invalid-date';
      return issue.message.includes('range') ? 'out-of-range' : 'invalid-format';
    default:
      return 'invalid-type';
  }
}

type Step = { ok: true; value: unknown } | { ok: false };

function walkItems(
  item: AnySchema,
  input: unknown[],
  path: string,
  issues: DataIssue[],
  fast?: (input: unknown) => boolean,
): unknown[] {
  const output: unknown[] = [];
  input.forEach((element, index) => {
    if (fast?.(element)) {
      output.push(element);
      return;
    }
    const step = walk(item, element, join(path, index), issues);
    if (step.ok) output.push(step.value);
  });
  return output;
}

function isOptional(schema: AnySchema): boolean {
  return schema.type === 'optional' || schema.type === 'nullish';
}

/**
 * Validates `input` against `schema` field by field: a whole object or array is accepted at once
 * when it is valid (the fast path for clean data); otherwise only the bad branches are walked, a
 * bad optional field is dropped, a bad required field drops its object, a bad array item is
 * dropped, and every problem is recorded with its path.
 */
function walk(schema: AnySchema, input: unknown, path: string, issues: DataIssue[]): Step {
  if (isOptional(schema)) {
    if (input === undefined || input === null) return { ok: true, value: v.getDefault(schema) };
    return walk((schema as unknown as { wrapped: AnySchema }).wrapped, input, path, issues);
  }
  const item = schema.type === 'array' ? (schema as unknown as { item: AnySchema }).item : undefined;
  const fast = item && fastPaths.get(item);
  if (item && fast && Array.isArray(input))
    return { ok: true, value: walkItems(item, input, path, issues, fast) };
  const whole = v.safeParse(schema, input);
  if (whole.success) return { ok: true, value: whole.output };
  if (schema.type === 'object' && isRecord(input) && !atomics.has(schema)) {
    const entries = (schema as unknown as { entries: Record<string, AnySchema> }).entries;
    const output: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(entries)) {
      const step = walk(entry, input[key], join(path, key), issues);
      if (!step.ok) {
        if (!isOptional(entry)) return { ok: false };
        // A bad optional field is dropped, or replaced by its default so the shape stays whole.
        const fallback = v.getDefault(entry);
        if (fallback !== undefined) output[key] = fallback;
        continue;
      }
      if (step.value !== undefined) output[key] = step.value;
    }
    // Object-level rules (a pipe on the object, e.g. a score within its scale) still apply.
    if ('pipe' in schema) {
      const again = v.safeParse(schema, output);
      if (!again.success) {
        issues.push({ path, code: codeOf(again.issues[0], output), message: again.issues[0].message });
        return { ok: false };
      }
      return { ok: true, value: again.output };
    }
    return { ok: true, value: output };
  }
  if (item && Array.isArray(input)) {
    return { ok: true, value: walkItems(item, input, path, issues) };
  }
  const repaired = repairs.get(schema)?.(input);
  if (repaired) {
    issues.push({ path, code: repaired.code, message: repaired.message });
    return { ok: true, value: repaired.value };
  }
  const first = whole.issues[0];
  issues.push({ path, code: codeOf(first, input), message: first.message });
  return { ok: false };
}

/**
 * Parses `input` leniently against a valibot schema; never throws. When even the top level
 * cannot be read, `fallback` is returned.
 */
export function parseLeniently<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  fallback: T,
  path = '',
): Lenient<T> {
  const issues: DataIssue[] = [];
  try {
    const step = walk(schema, input, path, issues);
    return { value: step.ok ? (step.value as T) : fallback, issues };
  } catch (error) {
    // A hostile object (a throwing getter, a revoked Proxy) must not take the widget down.
    issues.push({ path, code: 'invalid-type', message: `unreadable value: ${String(error)}` });
    return { value: fallback, issues };
  }
}
