// Script engine: model, validation, interpolation, the runner (state machine) and phrase coaching.
// Pure, no DOM. Sample scripts are in samples.ts; generators for tests and benchmarks in
// test/support/script-generator.ts.
export {
  DEFAULT_TEXT_MAX_LENGTH,
  INPUT_TYPES,
  KNOWN_ACTIONS,
  MAX_PATTERN_LENGTH,
  MAX_SCRIPT_SIZE,
  MAX_STEPS,
  MAX_TEXT_LENGTH,
  SCRIPT_FORMAT_VERSION,
  STEP_KINDS,
  ScriptSchema,
  isIsoDate,
  type ActionParam,
  type ActionStep,
  type AnswerValue,
  type AskInput,
  type AskStep,
  type ChoiceInput,
  type ChoiceOption,
  type ConfirmStep,
  type DateInput,
  type EndStep,
  type GateStep,
  type InputType,
  type KnownAction,
  type NextRule,
  type NumberInput,
  type SayStep,
  type Script,
  type ScriptStep,
  type ScriptVariable,
  type StepKind,
  type StepNext,
  type TextInput,
  type YesNoInput,
} from './model.js';
export {
  CompiledScript,
  SCOPE_ROOTS,
  validateScript,
  type ScriptIssue,
  type ScriptIssueCode,
  type ScriptValidationResult,
} from './validate.js';
export { checkAnswer, isBlankAnswer, type AnswerProblem, type AnswerProblemCode } from './answers.js';
export {
  MAX_INSERTED_LENGTH,
  formatValue,
  interpolate,
  interpolateToString,
  resolveParams,
  templatePaths,
  type InterpolateOptions,
  type TextSegment,
} from './interpolate.js';
export {
  SNAPSHOT_FORMAT,
  ScriptRunner,
  type AnswerResult,
  type AuditEntry,
  type BlockCode,
  type Blocker,
  type CompletionRecord,
  type FinishResult,
  type MoveResult,
  type RunnerContext,
  type RunnerOptions,
  type RunnerResult,
  type ScriptSnapshot,
  type SkippedStep,
  type StepExit,
} from './runner.js';
export {
  DEFAULT_PROHIBITED_PHRASES,
  ProhibitedPhrasesSchema,
  coachedPhrases,
  findProhibitedPhrases,
  mergeProhibitedPhrases,
  prohibitedPhrasesFor,
  type PhraseMatch,
  type ProhibitedPhrase,
} from './phrases.js';
export {
  SCRIPT_PII_FIELDS,
  redactAnswer,
  redactAnswers,
  redactParams,
  scriptPiiKind,
} from './personal-data.js';
export { PROGRESS_KEY_PREFIX, decodeKeyPart, encodeKeyPart, progressKey } from './storage-key.js';
export { SAMPLE_NAMES, sampleScript, sampleScripts, type SampleLocale, type SampleName } from './samples.js';
export {
  CONDITION_OPERATORS,
  ConditionSchema,
  conditionPaths,
  evaluateCondition,
  type Condition,
  type ConditionOperator,
} from '../conditions/index.js';
