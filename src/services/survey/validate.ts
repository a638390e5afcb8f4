// Validation of a survey definition: the valibot schema and the checks across questions. Loaded only
// where a host passes its own definition: the built-in presets are stored already validated.
import * as v from 'valibot';
import { conditionPaths } from '../conditions/evaluate.js';
import { ConditionSchema } from '../conditions/schema.js';
import {
  answerPathTarget,
  MAX_CHOICES,
  MAX_QUESTIONS,
  MAX_TEXT_LENGTH,
  type QuestionType,
  type SurveyDefinition,
  type SurveyIssue,
  type SurveyValidation,
} from './model.js';

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

const identifier = (name: string) =>
  v.pipe(
    v.string(`${name} must be a string`),
    v.regex(
      ID_PATTERN,
      `${name} must start with a letter and use only letters, digits, "-" or "_" (at most 64)`,
    ),
  );

const text = (name: string, max: number) =>
  v.pipe(
    v.string(`${name} must be a string`),
    v.trim(),
    v.nonEmpty(`${name} must not be empty`),
    v.maxLength(max, `${name} must be at most ${max} characters`),
  );

const integer = (name: string, min: number, max: number) =>
  v.pipe(
    v.number(`${name} must be a number`),
    v.integer(`${name} must be a whole number`),
    v.minValue(min, `${name} must be at least ${min}`),
    v.maxValue(max, `${name} must be at most ${max}`),
  );

const locale = v.pipe(
  v.string('locale must be a string'),
  v.check((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, 'locale must be a BCP 47 language tag such as en or zh-CN'),
);

const common = {
  id: identifier('id'),
  title: text('title', 500),
  description: v.optional(text('description', 2_000)),
  readAloud: v.optional(text('readAloud', 2_000)),
  required: v.optional(v.boolean('required must be true or false'), false),
  visibleIf: v.optional(ConditionSchema),
};

const scaleLabels = {
  minLabel: v.optional(text('minLabel', 100)),
  maxLabel: v.optional(text('maxLabel', 100)),
};

const choices = v.pipe(
  v.array(v.object({ value: text('value', 64), label: text('label', 500) }), 'choices must be a list'),
  v.minLength(1, 'choices must not be empty'),
  v.maxLength(MAX_CHOICES, `choices must hold at most ${MAX_CHOICES} options`),
);

const QUESTION_TYPES: readonly QuestionType[] = [
  'rating',
  'nps',
  'ces',
  'yes-no',
  'single-choice',
  'multi-choice',
  'text',
];

const questionSchema = v.variant(
  'type',
  [
    v.object({
      ...common,
      ...scaleLabels,
      type: v.literal('rating'),
      min: v.optional(integer('min', 0, 10), 1),
      max: v.optional(integer('max', 1, 10), 5),
      display: v.optional(
        v.picklist(['stars', 'faces', 'numbers'], 'display must be stars, faces or numbers'),
        'stars',
      ),
      metric: v.optional(v.picklist(['csat', 'tcsi'], 'metric of a rating must be csat or tcsi'), 'csat'),
    }),
    v.object({
      ...common,
      ...scaleLabels,
      type: v.literal('nps'),
      metric: v.optional(v.literal('nps', 'metric of an nps question must be nps'), 'nps'),
    }),
    v.object({
      ...common,
      ...scaleLabels,
      type: v.literal('ces'),
      scale: v.optional(v.picklist([5, 7], 'scale must be 5 or 7'), 7),
      metric: v.optional(v.literal('ces', 'metric of a ces question must be ces'), 'ces'),
    }),
    v.object({
      ...common,
      type: v.literal('yes-no'),
      yesLabel: v.optional(text('yesLabel', 100)),
      noLabel: v.optional(text('noLabel', 100)),
      metric: v.optional(v.literal('fcr', 'metric of a yes-no question must be fcr')),
    }),
    v.object({ ...common, type: v.literal('single-choice'), choices }),
    v.object({
      ...common,
      type: v.literal('multi-choice'),
      choices,
      minSelected: v.optional(integer('minSelected', 0, MAX_CHOICES)),
      maxSelected: v.optional(integer('maxSelected', 1, MAX_CHOICES)),
    }),
    v.object({
      ...common,
      type: v.literal('text'),
      maxLength: v.optional(integer('maxLength', 1, MAX_TEXT_LENGTH), 1_000),
      multiline: v.optional(v.boolean('multiline must be true or false'), true),
      placeholder: v.optional(text('placeholder', 200)),
    }),
  ],
  `type must be one of ${QUESTION_TYPES.join(', ')}`,
);

const surveySchema = v.object(
  {
    id: identifier('id'),
    locale,
    title: text('title', 500),
    description: v.optional(text('description', 2_000)),
    questions: v.pipe(
      v.array(questionSchema, 'questions must be a list'),
      v.minLength(1, 'questions must not be empty'),
      v.maxLength(MAX_QUESTIONS, `a survey holds at most ${MAX_QUESTIONS} questions`),
    ),
  },
  'a survey must be an object',
);

function toIssues(issues: ReadonlyArray<v.BaseIssue<unknown>>): SurveyIssue[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '';
    // valibot reports a missing key with the message of the object around it.
    const missing = issue.kind === 'schema' && issue.received === 'undefined' && path !== '';
    if (missing) return { path, message: `${path.split('.').pop()} is required` };
    // A variant issue away from the `type` key means the question itself is not an object.
    const notObject = issue.type === 'variant' && !path.endsWith('.type');
    return { path, message: notObject ? 'a question must be an object' : issue.message };
  });
}

function checkSemantics(survey: SurveyDefinition): SurveyIssue[] {
  const issues: SurveyIssue[] = [];
  const seen = new Map<string, number>();
  survey.questions.forEach((question, index) => {
    const at = `questions.${index}`;
    const first = seen.get(question.id);
    if (first === undefined) seen.set(question.id, index);
    else
      issues.push({ path: `${at}.id`, message: `id "${question.id}" is already used by questions.${first}` });

    if (question.type === 'rating') {
      const points = question.max - question.min + 1;
      if (points < 2) issues.push({ path: `${at}.max`, message: 'max must be greater than min' });
      else if (points > 11)
        issues.push({ path: `${at}.max`, message: 'a rating scale has at most 11 points' });
      else if (question.display === 'faces' && points > 5) {
        issues.push({ path: `${at}.display`, message: 'faces can show a scale of at most 5 points' });
      }
    }
    if (question.type === 'single-choice' || question.type === 'multi-choice') {
      const values = new Set<string>();
      question.choices.forEach((choice, choiceIndex) => {
        if (values.has(choice.value)) {
          issues.push({
            path: `${at}.choices.${choiceIndex}.value`,
            message: `choice value "${choice.value}" is used twice`,
          });
        }
        values.add(choice.value);
      });
    }
    if (question.type === 'multi-choice') {
      const { minSelected, maxSelected, choices: options } = question;
      if (maxSelected !== undefined && maxSelected > options.length) {
        issues.push({ path: `${at}.maxSelected`, message: 'maxSelected is more than there are choices' });
      }
      if (
        minSelected !== undefined &&
        minSelected > Math.min(maxSelected ?? options.length, options.length)
      ) {
        issues.push({ path: `${at}.minSelected`, message: 'minSelected is more than can be selected' });
      }
    }
    if (question.visibleIf) {
      for (const path of conditionPaths(question.visibleIf)) {
        const target = answerPathTarget(path);
        const targetIndex = target === undefined ? undefined : seen.get(target);
        if (target === undefined) {
          issues.push({
            path: `${at}.visibleIf`,
            message: `"${path}" must read an earlier answer, e.g. answers.<question id>`,
          });
        } else if (targetIndex === undefined || targetIndex >= index) {
          issues.push({
            path: `${at}.visibleIf`,
            message: `"${path}" refers to "${target}", which is not an earlier question`,
          });
        }
      }
    }
  });
  return issues;
}

/**
 * Validates a survey definition. Never throws: returns the survey with defaults filled in, or every
 * problem with its path. Besides shapes it checks unique ids, non-empty choices, sensible scales, and
 * that each `visibleIf` reads only answers of earlier questions.
 */
export function validateSurvey(input: unknown): SurveyValidation {
  try {
    // valibot's object schema accepts arrays; a list is not a survey.
    if (Array.isArray(input))
      return { ok: false, issues: [{ path: '', message: 'a survey must be an object' }] };
    const parsed = v.safeParse(surveySchema, input);
    if (!parsed.success) return { ok: false, issues: toIssues(parsed.issues) };
    const survey: SurveyDefinition = parsed.output;
    const issues = checkSemantics(survey);
    return issues.length > 0 ? { ok: false, issues } : { ok: true, survey };
  } catch (error) {
    // A getter that throws, a revoked proxy: bad input, not a crash.
    return { ok: false, issues: [{ path: '', message: `unreadable survey: ${String(error)}` }] };
  }
}
