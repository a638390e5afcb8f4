// Declarative conditions shared by scripts and surveys: the evaluator (evaluate.ts) and the valibot
// schema that checks their shape (schema.ts).
export {
  conditionPaths,
  CONDITION_OPERATORS,
  evaluateCondition,
  MAX_CONDITION_DEPTH,
  MAX_CONDITION_PATH_LENGTH,
  resolvePath,
  type Condition,
  type ConditionOperator,
} from './evaluate.js';
export { ConditionSchema } from './schema.js';
