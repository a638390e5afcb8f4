// Declarative conditions shared by scripts and surveys: plain JSON, evaluated by a small interpreter.
// Nothing here compiles strings into code, and paths never reach an object's prototype chain.
// The valibot schema that checks a condition's shape is in schema.ts, so code that only evaluates
// trusted conditions (the built-in survey presets) does not load valibot.
import { isRecord } from '../is-record.js';

/** A comparison operator of a leaf condition. */
export type ConditionOperator = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | 'in' | 'nin' | 'exists' | 'empty';

/** A declarative condition: a comparison on a dotted path, or and / or / not of conditions. */
export type Condition =
  | { path: string; op: ConditionOperator; value?: unknown }
  | { and: Condition[] }
  | { or: Condition[] }
  | { not: Condition };

/** Every operator, in the order they are documented. */
export const CONDITION_OPERATORS: readonly ConditionOperator[] = [
  'eq',
  'ne',
  'lt',
  'lte',
  'gt',
  'gte',
  'in',
  'nin',
  'exists',
  'empty',
];

/** Deepest nesting of and / or / not accepted (keeps hostile input from exhausting the stack). */
export const MAX_CONDITION_DEPTH = 32;

/** Longest path accepted, in characters. */
export const MAX_CONDITION_PATH_LENGTH = 200;

/** Path segments that are never followed. */
export const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

export { isRecord };

/** A JSON primitive: string, number, boolean or null. */
export function isPrimitive(value: unknown): value is string | number | boolean | null {
  return (
    value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
  );
}

/**
 * Reads a dotted path from a scope using own properties only; `__proto__`, `constructor` and
 * `prototype` segments, and anything reached through them, are undefined.
 */
export function resolvePath(scope: unknown, path: string): unknown {
  if (typeof path !== 'string' || path === '') return undefined;
  let current: unknown = scope;
  for (const segment of path.split('.')) {
    if (FORBIDDEN_SEGMENTS.has(segment)) return undefined;
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Same value for JSON-like data: primitives by `===` (types must match), arrays element by element. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (typeof a !== typeof b) return false;
  return a === b;
}

function ordered(actual: unknown, expected: unknown): number | undefined {
  if (typeof actual === 'number' && typeof expected === 'number') {
    if (Number.isNaN(actual) || Number.isNaN(expected)) return undefined;
    return actual - expected;
  }
  if (typeof actual === 'string' && typeof expected === 'string') {
    // Code-unit order: ISO 8601 dates compare correctly, and the result does not depend on locale.
    return actual < expected ? -1 : actual > expected ? 1 : 0;
  }
  return undefined;
}

function isIn(actual: unknown, expected: unknown): boolean {
  if (!Array.isArray(expected)) return false;
  // A list answer (several choices) is "in" when any of its items is.
  if (Array.isArray(actual)) return actual.some((item) => expected.some((option) => sameValue(item, option)));
  return expected.some((option) => sameValue(actual, option));
}

function isEmpty(actual: unknown): boolean {
  if (actual === undefined || actual === null) return true;
  if (typeof actual === 'string') return actual.trim() === '';
  if (Array.isArray(actual)) return actual.length === 0;
  if (typeof actual === 'object') return Object.keys(actual).length === 0;
  return false;
}

function evaluateLeaf(op: unknown, actual: unknown, expected: unknown): boolean {
  switch (op) {
    case 'eq':
      return sameValue(actual, expected);
    case 'ne':
      return !sameValue(actual, expected);
    case 'lt': {
      const order = ordered(actual, expected);
      return order !== undefined && order < 0;
    }
    case 'lte': {
      const order = ordered(actual, expected);
      return order !== undefined && order <= 0;
    }
    case 'gt': {
      const order = ordered(actual, expected);
      return order !== undefined && order > 0;
    }
    case 'gte': {
      const order = ordered(actual, expected);
      return order !== undefined && order >= 0;
    }
    case 'in':
      return isIn(actual, expected);
    case 'nin':
      return Array.isArray(expected) && !isIn(actual, expected);
    case 'exists':
      return (actual !== undefined && actual !== null) === (expected !== false);
    case 'empty':
      return isEmpty(actual) === (expected !== false);
    default:
      return false;
  }
}

function evaluateAt(condition: unknown, scope: Record<string, unknown>, depth: number): boolean {
  if (!isRecord(condition) || depth > MAX_CONDITION_DEPTH) return false;
  if ('and' in condition) {
    const items = condition['and'];
    return Array.isArray(items) && items.every((item) => evaluateAt(item, scope, depth + 1));
  }
  if ('or' in condition) {
    const items = condition['or'];
    return Array.isArray(items) && items.some((item) => evaluateAt(item, scope, depth + 1));
  }
  if ('not' in condition) {
    return isRecord(condition['not']) && !evaluateAt(condition['not'], scope, depth + 1);
  }
  const path = condition['path'];
  if (typeof path !== 'string') return false;
  return evaluateLeaf(condition['op'], resolvePath(scope, path), condition['value']);
}

/**
 * Evaluates a condition against a scope. Never throws: malformed or too-deep conditions are false,
 * ordering comparisons (`lt`, `lte`, `gt`, `gte`) and `eq` between mismatched types are false,
 * `ne` / `nin` are the exact negations of `eq` / `in` (so a missing value is `ne` anything),
 * `exists` means neither undefined nor null, `empty` means undefined, null, blank string, [] or {}
 * (`value: false` inverts either).
 */
export function evaluateCondition(condition: Condition, scope: Record<string, unknown>): boolean {
  return evaluateAt(condition, scope, 1);
}

/** Every path a condition reads, in first-use order without duplicates (for reference checks). */
export function conditionPaths(condition: Condition): string[] {
  const paths = new Set<string>();
  const stack: unknown[] = [condition];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isRecord(node)) continue;
    if (Array.isArray(node['and'])) stack.push(...(node['and'] as unknown[]).slice().reverse());
    else if (Array.isArray(node['or'])) stack.push(...(node['or'] as unknown[]).slice().reverse());
    else if ('not' in node) stack.push(node['not']);
    else if (typeof node['path'] === 'string') paths.add(node['path']);
  }
  return [...paths];
}
