// Personal data in scripts: which values a script fills in are personal (by the placeholder's path, or
// found in the value's text), and the same values masked for what leaves the widget (event details a
// host may log). Masking, keys and detection come from the shared PII service.
import { PII_KINDS, maskPii, redactText, type PiiFields, type PiiKind } from '../pii/index.js';
import type { ActionParam, AnswerValue } from './model.js';

/**
 * The documented default set of personal fields of a script's data, as placeholder paths. A host adds
 * its own with the prompter's `piiFields` property (same form, e.g. `{ 'answers.callback-number':
 * 'phone' }`). Any other value a script fills in is still searched for phone numbers, ID numbers,
 * e-mail addresses and account numbers.
 */
export const SCRIPT_PII_FIELDS: PiiFields = Object.freeze({
  'customer.msisdn': 'phone',
  'customer.phone': 'phone',
  'customer.mobile': 'phone',
  'customer.contactNumber': 'phone',
  'customer.idNumber': 'idNumber',
  'customer.email': 'email',
  'customer.address': 'address',
  'customer.account': 'account',
  'customer.bankAccount': 'account',
  'customer.paymentAccount': 'account',
});

const isKind = (value: unknown): value is PiiKind =>
  typeof value === 'string' && (PII_KINDS as readonly string[]).includes(value);

/** The kind of personal data at a placeholder path (`customer.msisdn`), or undefined. */
export function scriptPiiKind(path: string, extraFields?: PiiFields): PiiKind | undefined {
  const extra = extraFields && Object.hasOwn(extraFields, path) ? extraFields[path] : undefined;
  if (isKind(extra)) return extra;
  return Object.hasOwn(SCRIPT_PII_FIELDS, path) ? SCRIPT_PII_FIELDS[path] : undefined;
}

/** A value masked as the field at `path` is, or with every personal value in its text masked. */
function maskedValue<T>(path: string, value: T, extraFields?: PiiFields): T {
  const kind = scriptPiiKind(path, extraFields);
  if (typeof value === 'string') return (kind ? maskPii(kind, value) : redactText(value)) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => maskedValue(path, item, extraFields)) as T;
  return value;
}

/** Answers (by step id) with every personal value masked: `answers.<id>` fields and values found in text. */
export function redactAnswers(
  answers: Readonly<Record<string, AnswerValue>>,
  extraFields?: PiiFields,
): Record<string, AnswerValue> {
  const masked: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(answers))
    masked[id] = maskedValue(`answers.${id}`, value, extraFields);
  return masked;
}

/** One answer masked (an audit entry's). */
export function redactAnswer(stepId: string, value: AnswerValue, extraFields?: PiiFields): AnswerValue {
  return maskedValue(`answers.${stepId}`, value, extraFields);
}

const WHOLE_PLACEHOLDER = /^\{\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*\}\}$/u;

/**
 * An action's resolved params with every personal value masked: a param that is exactly a personal
 * field's placeholder (`{{customer.msisdn}}`) is masked as that field, any other text where it holds
 * a personal value.
 */
export function redactParams(
  templates: Readonly<Record<string, ActionParam>> | undefined,
  resolved: Readonly<Record<string, ActionParam>>,
  extraFields?: PiiFields,
): Record<string, ActionParam> {
  const masked: Record<string, ActionParam> = {};
  for (const [name, value] of Object.entries(resolved)) {
    const template = templates?.[name];
    const whole = typeof template === 'string' ? WHOLE_PLACEHOLDER.exec(template) : null;
    masked[name] = typeof value === 'string' ? maskedValue(whole?.[1] ?? '', value, extraFields) : value;
  }
  return masked;
}
