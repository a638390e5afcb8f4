import { evaluateCondition } from '../conditions/evaluate.js';
import { isRecord } from '../is-record.js';
import {
  scaleOf,
  type SurveyAnswer,
  type SurveyAnswers,
  type SurveyDefinition,
  type SurveyQuestion,
} from './model.js';

/** Why an answer is not acceptable. */
export type AnswerIssueCode = 'required' | 'type' | 'range' | 'choice' | 'too-long' | 'too-few' | 'too-many';

/** A problem with one answer; the widget words it in the user's language from `code` and `limit`. */
export interface AnswerIssue {
  readonly questionId: string;
  readonly code: AnswerIssueCode;
  /** The bound that was crossed (scale end, length, count), when there is one. */
  readonly limit?: number;
  /** An English explanation for logs and developers. */
  readonly message: string;
}

/** A copy of one answer: a list is copied, the rest are primitives (cheaper than structuredClone). */
export function copyAnswer<T extends SurveyAnswer>(answer: T): T {
  return (Array.isArray(answer) ? [...answer] : answer) as T;
}

/** A copy of some answers, each copied as by `copyAnswer`. */
export function copyAnswers(answers: Readonly<SurveyAnswers>): SurveyAnswers {
  const copy: SurveyAnswers = {};
  for (const id of Object.keys(answers)) copy[id] = copyAnswer(answers[id]!);
  return copy;
}

/** Whether a value has the shape of an answer: a number, a boolean, text, or a list of texts. */
export function isAnswerShape(value: unknown): value is SurveyAnswer {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return true;
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * The answers in a host's value, copied (its objects never leak in), and how many entries were not
 * answers. Never throws: a getter that throws or a revoked proxy counts as one entry dropped.
 */
export function pickAnswers(value: unknown): { answers: SurveyAnswers; dropped: number } {
  const answers: SurveyAnswers = {};
  let dropped = 0;
  try {
    if (isRecord(value)) {
      for (const [id, answer] of Object.entries(value)) {
        if (isAnswerShape(answer)) answers[id] = copyAnswer(answer);
        else dropped += 1;
      }
    } else if (value !== null && value !== undefined) dropped += 1;
  } catch {
    dropped += 1;
  }
  return { answers, dropped };
}

/** Whether an answer counts as given (not undefined, null, blank text or an empty list). */
export function isAnswered(answer: unknown): boolean {
  if (answer === undefined || answer === null) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  if (Array.isArray(answer)) return answer.length > 0;
  return true;
}

/**
 * The questions shown for these answers, in order. A question's `visibleIf` sees only the answers
 * of questions that are themselves visible, so hiding a question also hides what depends on it.
 */
export function visibleQuestions(
  survey: SurveyDefinition,
  answers: Readonly<Record<string, unknown>>,
): SurveyQuestion[] {
  const visible: SurveyQuestion[] = [];
  const seen: Record<string, unknown> = {};
  for (const question of survey.questions) {
    if (!question.visibleIf || evaluateCondition(question.visibleIf, { answers: seen })) {
      visible.push(question);
      const answer = answers[question.id];
      if (isAnswered(answer)) seen[question.id] = answer;
    }
  }
  return visible;
}

/** The answers to submit: those of visible questions that are answered (hidden ones are dropped). */
export function visibleAnswers(
  survey: SurveyDefinition,
  answers: Readonly<Record<string, unknown>>,
): SurveyAnswers {
  const kept: SurveyAnswers = {};
  for (const question of visibleQuestions(survey, answers)) {
    const answer = answers[question.id];
    if (isAnswered(answer)) kept[question.id] = copyAnswer(answer as SurveyAnswer);
  }
  return kept;
}

function checkAnswer(question: SurveyQuestion, answer: unknown): AnswerIssue | undefined {
  const issue = (code: AnswerIssueCode, message: string, limit?: number): AnswerIssue =>
    limit === undefined
      ? { questionId: question.id, code, message }
      : { questionId: question.id, code, message, limit };
  switch (question.type) {
    case 'rating':
    case 'nps':
    case 'ces': {
      const { min, max } = scaleOf(question)!;
      if (typeof answer !== 'number' || !Number.isInteger(answer))
        return issue('type', 'expected a whole number');
      if (answer < min) return issue('range', `must be at least ${min}`, min);
      if (answer > max) return issue('range', `must be at most ${max}`, max);
      return undefined;
    }
    case 'yes-no':
      return typeof answer === 'boolean' ? undefined : issue('type', 'expected true or false');
    case 'single-choice':
      if (typeof answer !== 'string') return issue('type', 'expected a choice value');
      return question.choices.some((choice) => choice.value === answer)
        ? undefined
        : issue('choice', `"${answer}" is not one of the choices`);
    case 'multi-choice': {
      if (!Array.isArray(answer) || !answer.every((item) => typeof item === 'string')) {
        return issue('type', 'expected a list of choice values');
      }
      const unknown = answer.find((item) => !question.choices.some((choice) => choice.value === item));
      if (unknown !== undefined) return issue('choice', `"${unknown}" is not one of the choices`);
      const count = new Set(answer).size;
      if (question.minSelected !== undefined && count < question.minSelected) {
        return issue('too-few', `choose at least ${question.minSelected}`, question.minSelected);
      }
      if (question.maxSelected !== undefined && count > question.maxSelected) {
        return issue('too-many', `choose at most ${question.maxSelected}`, question.maxSelected);
      }
      return undefined;
    }
    case 'text':
      if (typeof answer !== 'string') return issue('type', 'expected text');
      return answer.length > question.maxLength
        ? issue('too-long', `at most ${question.maxLength} characters`, question.maxLength)
        : undefined;
  }
}

/**
 * Checks answers against the survey: required questions answered, values in range and of the right
 * type. Only visible questions count; answers to hidden or unknown questions are ignored.
 */
export function validateAnswers(
  survey: SurveyDefinition,
  answers: Readonly<Record<string, unknown>>,
): { ok: boolean; issues: AnswerIssue[] } {
  const issues: AnswerIssue[] = [];
  for (const question of visibleQuestions(survey, answers)) {
    const answer = answers[question.id];
    if (!isAnswered(answer)) {
      if (question.required)
        issues.push({ questionId: question.id, code: 'required', message: 'an answer is required' });
      continue;
    }
    const issue = checkAnswer(question, answer);
    if (issue) issues.push(issue);
  }
  return { ok: issues.length === 0, issues };
}
