// The valibot schema of a declarative condition (strict keys, bounded depth, typed values per
// operator). Evaluation is in evaluate.ts.
import * as v from 'valibot';
import {
  CONDITION_OPERATORS,
  FORBIDDEN_SEGMENTS,
  isPrimitive,
  isRecord,
  MAX_CONDITION_DEPTH,
  MAX_CONDITION_PATH_LENGTH,
  type Condition,
  type ConditionOperator,
} from './evaluate.js';

const PATH_PATTERN = /^[^.\s]+(?:\.[^.\s]+)*$/u;

const PrimitiveSchema = v.union([v.string(), v.number(), v.boolean(), v.null()]);

const PathSchema = v.pipe(
  v.string(),
  v.minLength(1, 'path must not be empty'),
  v.maxLength(MAX_CONDITION_PATH_LENGTH, `path is longer than ${MAX_CONDITION_PATH_LENGTH} characters`),
  v.regex(PATH_PATTERN, 'path must be dot-separated names without spaces, e.g. answers.score'),
  v.check(
    (path) => !path.split('.').some((segment) => FORBIDDEN_SEGMENTS.has(segment)),
    'path must not use __proto__, constructor or prototype',
  ),
);

function compareValueMessage(op: ConditionOperator): string {
  switch (op) {
    case 'in':
    case 'nin':
      return `"${op}" needs a value that is an array of strings, numbers, booleans or null`;
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return `"${op}" needs a number or string value`;
    case 'exists':
    case 'empty':
      return `"${op}" takes no value, or true / false`;
    default:
      return `"${op}" needs a string, number, boolean or null value`;
  }
}

function isValueValidFor(op: ConditionOperator, value: unknown, hasValue: boolean): boolean {
  switch (op) {
    case 'in':
    case 'nin':
      return Array.isArray(value) && value.every(isPrimitive);
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
    case 'exists':
    case 'empty':
      return !hasValue || value === undefined || typeof value === 'boolean';
    default:
      return hasValue && isPrimitive(value);
  }
}

const CompareSchema = v.pipe(
  v.strictObject({
    path: PathSchema,
    op: v.picklist(CONDITION_OPERATORS, `op must be one of ${CONDITION_OPERATORS.join(', ')}`),
    value: v.optional(v.union([PrimitiveSchema, v.array(PrimitiveSchema)])),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { op, value } = dataset.value;
    if (!isValueValidFor(op, value, 'value' in dataset.value)) {
      addIssue({
        message: compareValueMessage(op),
        path: [
          {
            type: 'object',
            origin: 'value',
            input: dataset.value,
            key: 'value',
            value,
          },
        ],
      });
    }
  }),
);

const ConditionNodeSchema: v.GenericSchema<Condition> = v.lazy((input) => {
  // Choose the shape by its key, so a mistake deep inside is reported at its own path.
  if (isRecord(input)) {
    if ('and' in input) return AndSchema;
    if ('or' in input) return OrSchema;
    if ('not' in input) return NotSchema;
  }
  return CompareSchema;
});

const AndSchema = v.strictObject({
  and: v.pipe(v.array(ConditionNodeSchema), v.minLength(1, '"and" needs at least one condition')),
});
const OrSchema = v.strictObject({
  or: v.pipe(v.array(ConditionNodeSchema), v.minLength(1, '"or" needs at least one condition')),
});
const NotSchema = v.strictObject({ not: ConditionNodeSchema });

/** valibot schema of a condition (strict keys, bounded depth, typed values per operator). */
export const ConditionSchema: v.GenericSchema<unknown, Condition> = v.pipe(
  v.unknown(),
  v.check(
    (input) => depthWithin(input, MAX_CONDITION_DEPTH),
    `condition is nested deeper than ${MAX_CONDITION_DEPTH} levels`,
  ),
  ConditionNodeSchema,
);

/** Checks nesting without recursion, so a 100 000-deep hostile object cannot overflow the stack. */
function depthWithin(input: unknown, limit: number): boolean {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: input, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isRecord(node)) continue;
    const children: unknown[] = [];
    if (Array.isArray(node['and'])) children.push(...(node['and'] as unknown[]));
    if (Array.isArray(node['or'])) children.push(...(node['or'] as unknown[]));
    if ('not' in node) children.push(node['not']);
    if (children.length === 0) continue;
    if (depth >= limit) return false;
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return true;
}
