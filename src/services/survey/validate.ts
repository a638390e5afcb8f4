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
  type SurveyDefinition,
  type SurveyIssue,
  type SurveyValidation,
} from './model.js';

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

// The schemas carry no messages: wordIssue() words every problem from what valibot reports, in one place.
const identifier = v.pipe(v.string(), v.regex(ID_PATTERN));

const text = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(max));

const integer = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const locale = v.pipe(
  v.string(),
  v.check((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }),
);

const common = {
  id: identifier,
  title: text(500),
  description: v.optional(text(2_000)),
  readAloud: v.optional(text(2_000)),
  required: v.optional(v.boolean(), false),
  visibleIf: v.optional(ConditionSchema),
};

const scaleLabels = {
  minLabel: v.optional(text(100)),
  maxLabel: v.optional(text(100)),
};

const choices = v.pipe(
  v.array(v.object({ value: text(64), label: text(500) })),
  v.minLength(1),
  v.maxLength(MAX_CHOICES),
);

const questionSchema = v.variant('type', [
  v.object({
    ...common,
    ...scaleLabels,
    type: v.literal('rating'),
    min: v.optional(integer(0, 10), 1),
    max: v.optional(integer(1, 10), 5),
    display: v.optional(v.picklist(['stars', 'faces', 'numbers']), 'stars'),
    metric: v.optional(v.picklist(['csat', 'tcsi']), 'csat'),
  }),
  v.object({
    ...common,
    ...scaleLabels,
    type: v.literal('nps'),
    metric: v.optional(v.literal('nps'), 'nps'),
  }),
  v.object({
    ...common,
    ...scaleLabels,
    type: v.literal('ces'),
    scale: v.optional(v.picklist([5, 7]), 7),
    metric: v.optional(v.literal('ces'), 'ces'),
  }),
  v.object({
    ...common,
    type: v.literal('yes-no'),
    yesLabel: v.optional(text(100)),
    noLabel: v.optional(text(100)),
    metric: v.optional(v.literal('fcr')),
  }),
  v.object({ ...common, type: v.literal('single-choice'), choices }),
  v.object({
    ...common,
    type: v.literal('multi-choice'),
    choices,
    minSelected: v.optional(integer(0, MAX_CHOICES)),
    maxSelected: v.optional(integer(1, MAX_CHOICES)),
  }),
  v.object({
    ...common,
    type: v.literal('text'),
    maxLength: v.optional(integer(1, MAX_TEXT_LENGTH), 1_000),
    multiline: v.optional(v.boolean(), true),
    placeholder: v.optional(text(200)),
  }),
]);

const surveySchema = v.object({
  id: identifier,
  locale,
  title: text(500),
  description: v.optional(text(2_000)),
  questions: v.pipe(v.array(questionSchema), v.minLength(1), v.maxLength(MAX_QUESTIONS)),
});

/** What each kind of valibot issue says, after the name of the field it is about. */
const ISSUE_WORDS: Readonly<Record<string, string>> = {
  string: 'must be a string',
  number: 'must be a number',
  boolean: 'must be true or false',
  array: 'must be a list',
  non_empty: 'must not be empty',
  min_length: 'must not be empty',
  integer: 'must be a whole number',
  min_value: 'must be at least',
  max_value: 'must be at most',
  max_length: 'must be at most',
  regex: 'must start with a letter and use only letters, digits, "-" or "_" (at most 64)',
  check: 'must be a BCP 47 language tag such as en or zh-CN',
};

/** One valibot issue in words: `title must not be empty`, `max must be at most 10`, `scale must be 5 or 7`. */
function wordIssue(issue: v.BaseIssue<unknown>, path: string): string {
  const field = path.split('.').pop()!;
  // A condition's schema words its own issues.
  if (path.includes('.visibleIf')) return issue.message;
  // valibot reports a missing key with the message of the object around it.
  if (issue.kind === 'schema' && issue.received === 'undefined' && path !== '') return `${field} is required`;
  // An object issue at the root is the survey; a variant issue away from the `type` key is a question.
  if (issue.type === 'object')
    return path === '' ? 'a survey must be an object' : 'a choice must be an object';
  if (issue.type === 'variant' && !path.endsWith('.type')) return 'a question must be an object';
  const words = ISSUE_WORDS[issue.type];
  if (!words) {
    // A fixed set (a picklist, a literal, the question type): what it takes.
    const options = (issue.expected ?? '').replace(/["()]/g, '').split(' | ');
    return `${field} must be ${options.length > 2 ? `one of ${options.join(', ')}` : options.join(' or ')}`;
  }
  if (!/at (least|most)$/.test(words)) return `${field} ${words}`;
  // The bound: at least 0, at most 10, at most 500 characters, at most 50 items.
  const unit = issue.type !== 'max_length' ? '' : typeof issue.input === 'string' ? ' characters' : ' items';
  return `${field} ${words} ${String(issue.requirement)}${unit}`;
}

function toIssues(issues: ReadonlyArray<v.BaseIssue<unknown>>): SurveyIssue[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '';
    return { path, message: wordIssue(issue, path) };
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
