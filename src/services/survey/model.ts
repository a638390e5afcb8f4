import type { Condition } from '../conditions/evaluate.js';

/** The question types a survey can hold. */
export type QuestionType = 'rating' | 'nps' | 'ces' | 'yes-no' | 'single-choice' | 'multi-choice' | 'text';

/** What a question measures, for scoring: CSAT, NPS, CES, first-contact resolution or a TCSI factor. */
export type SurveyMetric = 'csat' | 'nps' | 'ces' | 'fcr' | 'tcsi';

/** How a rating is drawn. */
export type RatingDisplay = 'stars' | 'faces' | 'numbers';

/** One answer: a number (scales), a boolean (yes-no), a string (single choice, text) or strings (multi choice). */
export type SurveyAnswer = number | boolean | string | string[];

/** Answers keyed by question id. */
export type SurveyAnswers = Record<string, SurveyAnswer>;

/** A problem in a definition: where (dotted path, e.g. `questions.2.choices`) and what. */
export interface SurveyIssue {
  path: string;
  message: string;
}

/** What every question has. */
interface QuestionBase {
  /** Unique within the survey; the key of its answer. Letters, digits, `-`, `_`; starts with a letter. */
  readonly id: string;
  /** The question as shown, in the survey's locale. */
  readonly title: string;
  /** Optional help text under the title. */
  readonly description?: string;
  /** Words the agent reads aloud in agent mode (defaults to the title). */
  readonly readAloud?: string;
  /** Must be answered when visible. */
  readonly required: boolean;
  /** Shown only when this condition on earlier answers holds (scope `{ answers }`). */
  readonly visibleIf?: Condition;
  /** What it measures, if it is scored. */
  readonly metric?: SurveyMetric;
}

/** Labels at the ends of a scale. */
interface ScaleLabels {
  /** Label of the lowest value, e.g. "Very dissatisfied". */
  readonly minLabel?: string;
  /** Label of the highest value, e.g. "Very satisfied". */
  readonly maxLabel?: string;
}

/** A rating on a configurable integer scale (CSAT: 1 to 5). */
export interface RatingQuestion extends QuestionBase, ScaleLabels {
  readonly type: 'rating';
  readonly min: number;
  readonly max: number;
  readonly display: RatingDisplay;
  /** `csat` (default) or `tcsi` (a factor of the TCSI index). */
  readonly metric: 'csat' | 'tcsi';
}

/** Net Promoter Score: 0 to 10. */
export interface NpsQuestion extends QuestionBase, ScaleLabels {
  readonly type: 'nps';
  readonly metric: 'nps';
}

/** Customer Effort Score: 1 to 7 (or 1 to 5). */
export interface CesQuestion extends QuestionBase, ScaleLabels {
  readonly type: 'ces';
  readonly scale: 5 | 7;
  readonly metric: 'ces';
}

/** Yes or no, e.g. first-contact resolution. */
export interface YesNoQuestion extends QuestionBase {
  readonly type: 'yes-no';
  readonly yesLabel?: string;
  readonly noLabel?: string;
  readonly metric?: 'fcr';
}

/** One option of a choice question. */
export interface SurveyChoice {
  /** Stored in the answer; unique within the question. */
  readonly value: string;
  /** Shown to the customer, in the survey's locale. */
  readonly label: string;
}

/** Pick one. */
export interface SingleChoiceQuestion extends QuestionBase {
  readonly type: 'single-choice';
  readonly choices: readonly SurveyChoice[];
}

/** Pick any (e.g. reasons for a low score). */
export interface MultiChoiceQuestion extends QuestionBase {
  readonly type: 'multi-choice';
  readonly choices: readonly SurveyChoice[];
  /** Fewest choices when answered (a required question needs at least one anyway). */
  readonly minSelected?: number;
  /** Most choices. */
  readonly maxSelected?: number;
}

/** Free text (comment). */
export interface TextQuestion extends QuestionBase {
  readonly type: 'text';
  /** Longest answer in characters (default 1,000). */
  readonly maxLength: number;
  /** A text area rather than one line (default true). */
  readonly multiline: boolean;
  readonly placeholder?: string;
}

/** Any question. */
export type SurveyQuestion =
  | RatingQuestion
  | NpsQuestion
  | CesQuestion
  | YesNoQuestion
  | SingleChoiceQuestion
  | MultiChoiceQuestion
  | TextQuestion;

/** A validated survey definition (defaults filled in, unknown fields dropped). */
export interface SurveyDefinition {
  /** Sent with each response as `surveyId`. */
  readonly id: string;
  /** BCP 47 tag of the language every label is written in, e.g. `en` or `zh-CN`. */
  readonly locale: string;
  readonly title: string;
  readonly description?: string;
  readonly questions: readonly SurveyQuestion[];
}

/** What `validateSurvey` returns: the survey, or every problem found. */
export type SurveyValidation = { ok: true; survey: SurveyDefinition } | { ok: false; issues: SurveyIssue[] };

/** Most questions a survey may hold. */
export const MAX_QUESTIONS = 100;
/** Most choices a question may offer. */
export const MAX_CHOICES = 50;
/** Largest `maxLength` of a text question. */
export const MAX_TEXT_LENGTH = 10_000;

/** Points on a question's scale, or undefined for unscaled questions. */
export function scaleOf(question: SurveyQuestion): { min: number; max: number } | undefined {
  switch (question.type) {
    case 'rating':
      return { min: question.min, max: question.max };
    case 'nps':
      return { min: 0, max: 10 };
    case 'ces':
      return { min: 1, max: question.scale };
    default:
      return undefined;
  }
}

/** The question id a `visibleIf` path reads (`answers.<id>…`), or undefined when it reads anything else. */
export function answerPathTarget(path: string): string | undefined {
  const [scope, questionId] = path.split('.');
  return scope === 'answers' && questionId ? questionId : undefined;
}
