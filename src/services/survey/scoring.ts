import { visibleAnswers } from './answers.js';
import { scaleOf, type SurveyAnswers, type SurveyDefinition, type SurveyQuestion } from './model.js';

/** NPS group of a 0–10 answer. */
export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** Scores of one response, as sent in the submit event (plain data; absent when not asked or not answered). */
export interface ResponseScores {
  /** The first CSAT question's answer, on its scale. */
  csat?: number;
  /** Whether that answer is in the top two points (4–5 of 1–5). */
  csatSatisfied?: boolean;
  /** The NPS answer, 0–10. */
  nps?: number;
  npsCategory?: NpsCategory;
  /** The CES answer, on its scale (1–7 or 1–5). */
  ces?: number;
  /** First-contact resolution: the answer to the `fcr` yes-no question. */
  fcr?: boolean;
  /** TCSI index 0–100: the answered TCSI factors, each mapped onto 0–100, averaged. */
  tcsi?: number;
}

/** How often each value was chosen for one question. */
export interface QuestionDistribution {
  readonly questionId: string;
  /** Responses that answered the question. */
  readonly answered: number;
  /** One bucket per scale point, choice, or yes / no; text questions have none. */
  readonly buckets: ReadonlyArray<{ value: number | string | boolean; count: number; share: number }>;
}

/** Aggregates over many responses. */
export interface SurveySummary {
  readonly responses: number;
  /** CSAT %: share of top-two answers × 100. */
  readonly csat?: number;
  /** NPS: % promoters − % detractors (−100…100). */
  readonly nps?: number;
  /** CES mean. */
  readonly ces?: number;
  /** Share of "yes" on first-contact resolution × 100. */
  readonly fcr?: number;
  /** Mean TCSI index. */
  readonly tcsi?: number;
  readonly distributions: Readonly<Record<string, QuestionDistribution>>;
}

const DEFAULT_CSAT_SCALE = { min: 1, max: 5 };

/** CSAT %: the share of answers in the top two points of the scale (4 and 5 on 1–5) × 100; undefined for none. */
export function csatPercent(values: readonly number[], scale = DEFAULT_CSAT_SCALE): number | undefined {
  if (values.length === 0) return undefined;
  return (values.filter((value) => value >= scale.max - 1).length / values.length) * 100;
}

/** NPS group: promoters 9–10, passives 7–8, detractors 0–6. */
export function npsCategory(value: number): NpsCategory {
  return value >= 9 ? 'promoter' : value >= 7 ? 'passive' : 'detractor';
}

/** NPS: % promoters (9–10) − % detractors (0–6), from −100 to 100; undefined for none. */
export function npsScore(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let promoters = 0;
  let detractors = 0;
  for (const value of values) {
    const category = npsCategory(value);
    if (category === 'promoter') promoters += 1;
    else if (category === 'detractor') detractors += 1;
  }
  return ((promoters - detractors) / values.length) * 100;
}

function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** CES: the mean answer; undefined for none. */
export function cesMean(values: readonly number[]): number | undefined {
  return mean(values);
}

/** Share of `true` × 100 (first-contact resolution rate); undefined for none. */
export function yesPercent(values: readonly boolean[]): number | undefined {
  if (values.length === 0) return undefined;
  return (values.filter(Boolean).length / values.length) * 100;
}

function firstOf(survey: SurveyDefinition, metric: string): SurveyQuestion | undefined {
  return survey.questions.find((question) => question.metric === metric);
}

function tcsiIndex(survey: SurveyDefinition, answers: SurveyAnswers): number | undefined {
  const points: number[] = [];
  for (const question of survey.questions) {
    const scale = scaleOf(question);
    const answer = answers[question.id];
    if (question.metric !== 'tcsi' || !scale || typeof answer !== 'number') continue;
    points.push(((answer - scale.min) / (scale.max - scale.min)) * 100);
  }
  return mean(points);
}

/** Scores of one response (only answers of visible questions count). */
export function scoreResponse(
  survey: SurveyDefinition,
  answers: Readonly<Record<string, unknown>>,
): ResponseScores {
  const given = visibleAnswers(survey, answers);
  const scores: ResponseScores = {};
  const numberFor = (question: SurveyQuestion | undefined): number | undefined => {
    const answer = question && given[question.id];
    return typeof answer === 'number' ? answer : undefined;
  };
  const csatQuestion = firstOf(survey, 'csat');
  const csat = numberFor(csatQuestion);
  if (csat !== undefined) {
    scores.csat = csat;
    scores.csatSatisfied = csat >= scaleOf(csatQuestion!)!.max - 1;
  }
  const nps = numberFor(firstOf(survey, 'nps'));
  if (nps !== undefined) {
    scores.nps = nps;
    scores.npsCategory = npsCategory(nps);
  }
  const ces = numberFor(firstOf(survey, 'ces'));
  if (ces !== undefined) scores.ces = ces;
  const fcrQuestion = firstOf(survey, 'fcr');
  const fcr = fcrQuestion && given[fcrQuestion.id];
  if (typeof fcr === 'boolean') scores.fcr = fcr;
  const tcsi = tcsiIndex(survey, given);
  if (tcsi !== undefined) scores.tcsi = tcsi;
  return scores;
}

/** How the answers to one question are spread over its scale points or choices. */
export function questionDistribution(
  question: SurveyQuestion,
  responses: ReadonlyArray<Readonly<Record<string, unknown>>>,
): QuestionDistribution {
  const answers = responses.map((response) => response[question.id]);
  let values: Array<number | string | boolean> = [];
  const scale = scaleOf(question);
  if (scale) values = Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
  else if (question.type === 'yes-no') values = [true, false];
  else if (question.type === 'single-choice' || question.type === 'multi-choice') {
    values = question.choices.map((choice) => choice.value);
  }
  const counts = new Map<number | string | boolean, number>(values.map((value) => [value, 0]));
  let answered = 0;
  for (const answer of answers) {
    const picked = Array.isArray(answer) ? [...new Set(answer)] : [answer];
    if (answer === undefined || answer === null || picked.length === 0 || answer === '') continue;
    answered += 1;
    for (const value of picked) {
      const count = counts.get(value as number | string | boolean);
      if (count !== undefined) counts.set(value as number | string | boolean, count + 1);
    }
  }
  return {
    questionId: question.id,
    answered,
    buckets: values.map((value) => {
      const count = counts.get(value)!;
      return { value, count, share: answered === 0 ? 0 : count / answered };
    }),
  };
}

/** CSAT %, NPS, CES mean, FCR % and TCSI over many responses, and every question's distribution. */
export function summarizeResponses(
  survey: SurveyDefinition,
  responses: ReadonlyArray<Readonly<Record<string, unknown>>>,
): SurveySummary {
  const given = responses.map((answers) => visibleAnswers(survey, answers));
  const scored = given.map((answers) => scoreResponse(survey, answers));
  const pick = <K extends keyof ResponseScores>(key: K): Array<NonNullable<ResponseScores[K]>> =>
    scored.flatMap((score) => (score[key] === undefined ? [] : [score[key]!]));
  const csatQuestion = firstOf(survey, 'csat');
  const distributions: Record<string, QuestionDistribution> = {};
  for (const question of survey.questions) distributions[question.id] = questionDistribution(question, given);
  const summary: { -readonly [K in keyof SurveySummary]: SurveySummary[K] } = {
    responses: responses.length,
    distributions,
  };
  const csat = csatPercent(pick('csat'), csatQuestion && scaleOf(csatQuestion));
  if (csat !== undefined) summary.csat = csat;
  const nps = npsScore(pick('nps'));
  if (nps !== undefined) summary.nps = nps;
  const ces = cesMean(pick('ces'));
  if (ces !== undefined) summary.ces = ces;
  const fcr = yesPercent(pick('fcr'));
  if (fcr !== undefined) summary.fcr = fcr;
  const tcsi = mean(pick('tcsi'));
  if (tcsi !== undefined) summary.tcsi = tcsi;
  return summary;
}
