// The script model: TypeScript types and the valibot schema that checks a script's shape. The graph
// checks (dangling ids, reachability, cycles) live in validate.ts; script.schema.json mirrors this file.
import * as v from 'valibot';
import { ConditionSchema, type Condition } from '../conditions/index.js';

/** Version of the script JSON format this engine reads (`schemaVersion`, default 1). */
export const SCRIPT_FORMAT_VERSION = 1;
/** Longest single text (step text, title, label), in characters. */
export const MAX_TEXT_LENGTH = 20_000;
/** Largest whole script, in characters of its JSON. */
export const MAX_SCRIPT_SIZE = 1_000_000;
/** Most steps in one script. */
export const MAX_STEPS = 5_000;
/** Longest `pattern` of a text input (patterns are kept short so they stay cheap to run). */
export const MAX_PATTERN_LENGTH = 200;
/** Longest text answer when the input sets no `maxLength`. */
export const DEFAULT_TEXT_MAX_LENGTH = 2_000;
/** Actions every host is expected to understand; any other kebab-case name is passed through. */
export const KNOWN_ACTIONS = ['open-ticket', 'send-sms', 'transfer', 'apply-offer'] as const;
/** Kinds of step. */
export const STEP_KINDS = ['say', 'ask', 'confirm', 'action', 'gate', 'end'] as const;
/** Types of input an `ask` step can have. */
export const INPUT_TYPES = ['text', 'number', 'choice', 'yes-no', 'date'] as const;

/** A well-known action name. */
export type KnownAction = (typeof KNOWN_ACTIONS)[number];
/** A step kind. */
export type StepKind = (typeof STEP_KINDS)[number];
/** An input type of an `ask` step. */
export type InputType = (typeof INPUT_TYPES)[number];
/** A recorded answer: text, number, choice value(s), yes/no, ISO date, confirmation or action result. */
export type AnswerValue = string | number | boolean | string[];
/** A parameter handed to the host with an action; strings may contain `{{…}}` placeholders. */
export type ActionParam = string | number | boolean | null;

/** A variable the host provides (`{{vars.name}}`), with an optional default. */
export interface ScriptVariable {
  name: string;
  label?: string;
  default?: string | number | boolean;
}

/** One branching rule: go to `goto` when `when` holds (or always, without `when`). */
export interface NextRule {
  when?: Condition;
  goto: string;
}

/** Where a step goes next: a step id, or rules tried in order (the last one without `when`). */
export type StepNext = string | NextRule[];

interface InputBase {
  label?: string;
  /** Whether an answer is needed before going on (default true). */
  required?: boolean;
}
/** Free text, optionally bounded and matched against a short pattern. */
export interface TextInput extends InputBase {
  type: 'text';
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  patternHint?: string;
  multiline?: boolean;
}
/** A number, optionally bounded and whole. */
export interface NumberInput extends InputBase {
  type: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
  unit?: string;
}
/** One option of a choice. */
export interface ChoiceOption {
  value: string;
  label: string;
}
/** One (or, with `multiple`, several) of a list of options. */
export interface ChoiceInput extends InputBase {
  type: 'choice';
  options: ChoiceOption[];
  multiple?: boolean;
}
/** Yes or no (a boolean answer). */
export interface YesNoInput extends InputBase {
  type: 'yes-no';
}
/** A calendar date `YYYY-MM-DD`, optionally bounded. */
export interface DateInput extends InputBase {
  type: 'date';
  min?: string;
  max?: string;
}
/** The input of an `ask` step. */
export type AskInput = TextInput | NumberInput | ChoiceInput | YesNoInput | DateInput;

interface StepBase {
  id: string;
  title?: string;
  next?: StepNext;
  /** Must be completed on every way to the end (checked by the validator and before `end`). */
  required?: boolean;
  /** The agent may skip it with a reason. */
  skippable?: boolean;
}
/** Text the agent says; `verbatim` marks a compliance text that must be read word for word. */
export interface SayStep extends StepBase {
  kind: 'say';
  text: string;
  verbatim?: boolean;
}
/** A question with a typed input; the answer is stored under the step id. */
export interface AskStep extends StepBase {
  kind: 'ask';
  text: string;
  input: AskInput;
}
/** A checkbox the agent must tick, e.g. "identity verified". */
export interface ConfirmStep extends StepBase {
  kind: 'confirm';
  text: string;
  label: string;
}
/** An action handed to the host (open a ticket, send an SMS, transfer, apply an offer…). */
export interface ActionStep extends StepBase {
  kind: 'action';
  action: string;
  text?: string;
  label?: string;
  params?: Record<string, ActionParam>;
}
/** A condition that must hold before going on; `text` says what is needed. */
export interface GateStep extends StepBase {
  kind: 'gate';
  text: string;
  condition: Condition;
}
/** The end of the script; finishing here produces the completion record. */
export interface EndStep {
  kind: 'end';
  id: string;
  title?: string;
  text?: string;
  outcome?: string;
}
/** Any step. */
export type ScriptStep = SayStep | AskStep | ConfirmStep | ActionStep | GateStep | EndStep;

/** A guided script: the first step is where it starts. */
export interface Script {
  schemaVersion?: number;
  id: string;
  version: string;
  locale: string;
  title: string;
  description?: string;
  variables: ScriptVariable[];
  steps: ScriptStep[];
}

const ID_PATTERN = /^[A-Za-z][\w-]{0,63}$/u;
const ID_MESSAGE = 'must be 1–64 letters, digits, "_" or "-", starting with a letter';
const LOCALE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u;
const ACTION_PATTERN = /^[a-z][a-z0-9-]{0,63}$/u;
/** `YYYY-MM-DD` that is a real calendar date. */
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/u;

/** True when the text is a real calendar date `YYYY-MM-DD`. */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string' || !DATE_PATTERN.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const textOf = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.maxLength(
      MAX_TEXT_LENGTH,
      (issue) => `${what} is ${issue.received} characters long; the limit is ${MAX_TEXT_LENGTH}`,
    ),
  );
const RequiredText = (what: string) => v.pipe(textOf(what), v.minLength(1, `${what} must not be empty`));
const IdSchema = v.pipe(v.string('id must be text'), v.regex(ID_PATTERN, `id ${ID_MESSAGE}`));
const FiniteNumber = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));
const Count = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must be ≥ 0'),
);
const IsoDate = v.pipe(
  v.string('must be a date YYYY-MM-DD'),
  v.check((text: string) => isIsoDate(text), 'must be a real date YYYY-MM-DD'),
);

const inputBase = {
  label: v.optional(textOf('label')),
  required: v.optional(v.boolean('required must be true or false')),
};

const TextInputSchema = v.object({
  ...inputBase,
  type: v.literal('text'),
  minLength: v.optional(Count),
  maxLength: v.optional(v.pipe(Count, v.maxValue(MAX_TEXT_LENGTH, `maxLength must be ≤ ${MAX_TEXT_LENGTH}`))),
  pattern: v.optional(
    v.pipe(
      v.string('pattern must be text'),
      v.minLength(1, 'pattern must not be empty'),
      v.maxLength(MAX_PATTERN_LENGTH, `pattern is longer than ${MAX_PATTERN_LENGTH} characters`),
    ),
  ),
  patternHint: v.optional(textOf('patternHint')),
  multiline: v.optional(v.boolean()),
});
const NumberInputSchema = v.object({
  ...inputBase,
  type: v.literal('number'),
  min: v.optional(FiniteNumber),
  max: v.optional(FiniteNumber),
  integer: v.optional(v.boolean()),
  unit: v.optional(textOf('unit')),
});
const ChoiceInputSchema = v.object({
  ...inputBase,
  type: v.literal('choice'),
  options: v.pipe(
    v.array(
      v.object({
        value: v.pipe(
          v.string('value must be text'),
          v.minLength(1, 'value must not be empty'),
          v.maxLength(200),
        ),
        label: RequiredText('label'),
      }),
      'options must be a list',
    ),
    v.minLength(1, 'a choice needs at least one option'),
    v.maxLength(100, 'a choice has at most 100 options'),
  ),
  multiple: v.optional(v.boolean()),
});
const YesNoInputSchema = v.object({ ...inputBase, type: v.literal('yes-no') });
const DateInputSchema = v.object({
  ...inputBase,
  type: v.literal('date'),
  min: v.optional(IsoDate),
  max: v.optional(IsoDate),
});

const AskInputSchema = v.variant(
  'type',
  [TextInputSchema, NumberInputSchema, ChoiceInputSchema, YesNoInputSchema, DateInputSchema],
  `input type must be one of ${INPUT_TYPES.join(', ')}`,
);

const NextRuleSchema = v.object({
  when: v.optional(ConditionSchema),
  goto: IdSchema,
});
const NextRulesSchema = v.pipe(
  v.array(NextRuleSchema, 'next must be a step id or a list of { when?, goto } rules'),
  v.minLength(1, 'next rules must not be empty'),
  v.maxLength(100, 'a step has at most 100 next rules'),
);
// Pick the shape by type, so a mistake inside a rule is reported at its own path.
const NextSchema = v.lazy((input) => (typeof input === 'string' ? IdSchema : NextRulesSchema));

const stepBase = {
  id: IdSchema,
  title: v.optional(textOf('title')),
  next: v.optional(NextSchema),
  required: v.optional(v.boolean('required must be true or false')),
  skippable: v.optional(v.boolean('skippable must be true or false')),
};

const ActionParamSchema = v.union(
  [textOf('param'), FiniteNumber, v.boolean(), v.null()],
  'a param is text, a number, true/false or null',
);

const StepSchema = v.variant(
  'kind',
  [
    v.object({
      ...stepBase,
      kind: v.literal('say'),
      text: RequiredText('text'),
      verbatim: v.optional(v.boolean()),
    }),
    v.object({ ...stepBase, kind: v.literal('ask'), text: RequiredText('text'), input: AskInputSchema }),
    v.object({
      ...stepBase,
      kind: v.literal('confirm'),
      text: RequiredText('text'),
      label: RequiredText('label'),
    }),
    v.object({
      ...stepBase,
      kind: v.literal('action'),
      action: v.pipe(
        v.string(),
        v.regex(ACTION_PATTERN, 'action must be a kebab-case name, e.g. open-ticket'),
      ),
      text: v.optional(textOf('text')),
      label: v.optional(textOf('label')),
      params: v.optional(
        v.pipe(
          v.record(v.pipe(v.string(), v.regex(ID_PATTERN, `param name ${ID_MESSAGE}`)), ActionParamSchema),
          v.check((params) => Object.keys(params).length <= 50, 'an action has at most 50 params'),
        ),
      ),
    }),
    v.object({
      ...stepBase,
      kind: v.literal('gate'),
      text: RequiredText('text'),
      condition: ConditionSchema,
    }),
    v.object({
      kind: v.literal('end'),
      id: IdSchema,
      next: v.optional(v.never('an end step has no next')),
      title: v.optional(textOf('title')),
      text: v.optional(textOf('text')),
      outcome: v.optional(v.pipe(v.string(), v.maxLength(64))),
    }),
  ],
  `kind must be one of ${STEP_KINDS.join(', ')}`,
);

/** valibot schema of a script's shape (unknown extra fields are dropped, not fatal). */
export const ScriptSchema = v.object(
  {
    schemaVersion: v.optional(
      v.literal(
        SCRIPT_FORMAT_VERSION,
        `schemaVersion ${SCRIPT_FORMAT_VERSION} is the only format this engine reads`,
      ),
    ),
    id: IdSchema,
    version: v.pipe(v.string('version must be text, e.g. "1.0.0"'), v.minLength(1), v.maxLength(40)),
    locale: v.pipe(v.string(), v.regex(LOCALE_PATTERN, 'locale must be a language tag, e.g. en or zh-CN')),
    title: RequiredText('title'),
    description: v.optional(textOf('description')),
    variables: v.optional(
      v.pipe(
        v.array(
          v.object({
            name: IdSchema,
            label: v.optional(textOf('label')),
            default: v.optional(v.union([textOf('default'), FiniteNumber, v.boolean()])),
          }),
        ),
        v.maxLength(200, 'a script has at most 200 variables'),
      ),
      [],
    ),
    steps: v.pipe(
      v.array(StepSchema, 'steps must be a list'),
      v.minLength(1, 'a script needs at least one step'),
      v.maxLength(MAX_STEPS, `a script has at most ${MAX_STEPS} steps`),
    ),
  },
  'a script must be an object',
);
