// Answer checks per input type. Pure: the widget calls `checkAnswer` while the agent types, the
// runner calls it again before recording.
import {
  DEFAULT_TEXT_MAX_LENGTH,
  isIsoDate,
  type AnswerValue,
  type AskInput,
  type ScriptStep,
} from './model.js';

/** Why an answer is not accepted. */
export type AnswerProblemCode =
  | 'required'
  | 'type'
  | 'too-short'
  | 'too-long'
  | 'pattern'
  | 'min'
  | 'max'
  | 'integer'
  | 'option'
  | 'not-answerable';

/** An answer problem, with the limit it broke where there is one (for a localised message). */
export interface AnswerProblem {
  code: AnswerProblemCode;
  message: string;
  limit?: number | string;
}

const patterns = new WeakMap<object, RegExp | null>();

function compiledPattern(input: AskInput & { type: 'text' }): RegExp | null {
  let pattern = patterns.get(input);
  if (pattern === undefined) {
    try {
      pattern = input.pattern === undefined ? null : new RegExp(input.pattern, 'u');
    } catch {
      pattern = null;
    }
    patterns.set(input, pattern);
  }
  return pattern;
}

function problem(code: AnswerProblemCode, message: string, limit?: number | string): AnswerProblem {
  return limit === undefined ? { code, message } : { code, message, limit };
}

/** True when a value counts as "no answer" (undefined, null, blank text, empty list). */
export function isBlankAnswer(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

function checkInput(input: AskInput, value: unknown): AnswerProblem | null {
  if (isBlankAnswer(value)) {
    return input.required === false ? null : problem('required', 'an answer is required');
  }
  switch (input.type) {
    case 'text': {
      if (typeof value !== 'string') return problem('type', 'the answer must be text');
      const max = input.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
      // Length first: the pattern only ever runs on bounded input.
      if (value.length > max) return problem('too-long', `at most ${max} characters`, max);
      if (input.minLength !== undefined && value.trim().length < input.minLength) {
        return problem('too-short', `at least ${input.minLength} characters`, input.minLength);
      }
      const pattern = compiledPattern(input);
      if (pattern !== null && !pattern.test(value)) {
        return problem(
          'pattern',
          input.patternHint ?? 'the answer does not have the expected form',
          input.pattern,
        );
      }
      return null;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return problem('type', 'the answer must be a number');
      if (input.integer === true && !Number.isInteger(value))
        return problem('integer', 'the answer must be a whole number');
      if (input.min !== undefined && value < input.min)
        return problem('min', `at least ${input.min}`, input.min);
      if (input.max !== undefined && value > input.max)
        return problem('max', `at most ${input.max}`, input.max);
      return null;
    }
    case 'choice': {
      const allowed = new Set(input.options.map((option) => option.value));
      if (input.multiple === true) {
        if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
          return problem('type', 'the answer must be a list of options');
        }
        if (new Set(value).size !== value.length) return problem('option', 'an option is chosen twice');
        const unknown = value.find((item) => !allowed.has(item));
        return unknown === undefined
          ? null
          : problem('option', `"${unknown.slice(0, 40)}" is not one of the options`);
      }
      if (typeof value !== 'string') return problem('type', 'the answer must be one option');
      return allowed.has(value)
        ? null
        : problem('option', `"${value.slice(0, 40)}" is not one of the options`);
    }
    case 'yes-no':
      return typeof value === 'boolean' ? null : problem('type', 'the answer must be yes or no');
    case 'date': {
      if (!isIsoDate(value)) return problem('type', 'the answer must be a date YYYY-MM-DD');
      if (input.min !== undefined && value < input.min)
        return problem('min', `on or after ${input.min}`, input.min);
      if (input.max !== undefined && value > input.max)
        return problem('max', `on or before ${input.max}`, input.max);
      return null;
    }
    default:
      return problem('type', 'unknown input type');
  }
}

/**
 * Checks a value against a step: an `ask` step's input rules, `true` for a `confirm`, a non-empty
 * text result for an `action`. Returns null when the value may be recorded.
 */
export function checkAnswer(step: ScriptStep, value: unknown): AnswerProblem | null {
  switch (step.kind) {
    case 'ask':
      return checkInput(step.input, value);
    case 'confirm':
      return value === true ? null : problem('required', 'the box must be ticked');
    case 'action':
      return typeof value === 'string' && value.trim() !== '' && value.length <= 500
        ? null
        : problem('type', 'an action result is a short non-empty text');
    default:
      return problem('not-answerable', `a ${step.kind} step takes no answer`);
  }
}

/** A value that is an AnswerValue (for checking data read back from storage). */
export function isAnswerValue(value: unknown): value is AnswerValue {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    (Array.isArray(value) && value.every((item) => typeof item === 'string'))
  );
}
