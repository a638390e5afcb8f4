// What each setting of <cx-satisfaction-survey> accepts, and what it becomes when it does not.
import type { CxErrorDetail } from '../../events/cx-error.js';
import { describeValue } from '../../internal/property-check.js';
import { PRESET_NAMES } from '../../services/survey/presets.js';
import type { SurveyOutbox } from '../../services/survey-outbox/outbox.js';

/** Where the survey's responses go unless `endpoint` says otherwise. */
export const DEFAULT_ENDPOINT = '/api/survey-responses';

/**
 * The properties checked before each update: the type (or the values) each takes, and its default,
 * which replaces a value it does not take (unset takes the default silently).
 */
const PROPERTY_RULES = [
  ['preset', 'string'],
  ['mode', ['customer', 'agent'], 'customer'],
  ['interactionId', 'string'],
  ['customerId', 'string'],
  ['agentId', 'string'],
  ['endpoint', 'string', DEFAULT_ENDPOINT],
  ['name', 'string'],
  ['disabled', 'boolean', false],
  ['hideSubmit', 'boolean', false],
  ['outbox', 'object'],
] as const;

/** A property the survey checks. */
export type CheckedProperty = (typeof PROPERTY_RULES)[number][0];

/** Whether `value` is one that property `key` takes. */
export function takes(key: CheckedProperty, value: unknown): boolean {
  const kind = PROPERTY_RULES.find((rule) => rule[0] === key)![1];
  if (typeof kind !== 'string') return (kind as readonly unknown[]).includes(value);
  try {
    return (
      typeof value === kind &&
      // An outbox is duck-typed (one from another copy of cx-desk on the page works too); an endpoint
      // is a path or an http(s) URL, never javascript:, data: or file:.
      (key === 'outbox'
        ? typeof (value as SurveyOutbox).enqueue === 'function'
        : key !== 'endpoint' || !/^(?!https?:)[a-z][\w+.-]*:/i.test(value as string))
    );
  } catch {
    return false; // a revoked proxy, a getter that throws
  }
}

/**
 * Replaces each changed property of `host` that holds a value it does not take by its default, before
 * anything reads (or reflects) it, and reports the value (not an unset one) through `report`.
 */
export function checkSurveyProperties(
  host: object,
  changed: { has(key: CheckedProperty): boolean },
  report: (error: Omit<CxErrorDetail, 'source'>) => void,
): void {
  const values = host as Record<CheckedProperty, unknown>;
  for (const [key, kind, fallback] of PROPERTY_RULES) {
    const value = values[key];
    if (!changed.has(key) || value === fallback || takes(key, value)) continue;
    if (value !== undefined && value !== null) {
      const expected =
        typeof kind !== 'string'
          ? kind.join(' or ')
          : key === 'preset'
            ? `one of ${PRESET_NAMES.join(', ')}`
            : `a ${kind}`;
      report({
        code: typeof value === 'string' ? 'unknown-value' : 'invalid-property',
        path: key,
        message: `${key} must be ${expected}; ${describeValue(value)} is replaced by the default`,
        severity: 'warning',
      });
    }
    values[key] = fallback;
  }
}
