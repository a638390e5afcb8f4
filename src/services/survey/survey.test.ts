import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  cesMean,
  copyAnswers,
  csatPercent,
  getPreset,
  isPresetName,
  npsCategory,
  npsScore,
  PRESET_NAMES,
  presetLocale,
  questionDistribution,
  scoreResponse,
  summarizeResponses,
  validateAnswers,
  validateSurvey,
  visibleAnswers,
  visibleQuestions,
  yesPercent,
  type SurveyDefinition,
  type SurveyIssue,
} from './index.js';

function valid(input: unknown): SurveyDefinition {
  const result = validateSurvey(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.survey;
}

function issuesOf(input: unknown): SurveyIssue[] {
  const result = validateSurvey(input);
  expect(result.ok, 'expected the survey to be refused').to.equal(false);
  return result.ok ? [] : result.issues;
}

const survey = (questions: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'test',
  locale: 'en',
  title: 'Test',
  questions,
  ...extra,
});

const rating = { id: 'csat', type: 'rating', title: 'How satisfied?' };

describe('survey definition validation', () => {
  it('fills in defaults and drops unknown fields', () => {
    const result = valid(survey([{ ...rating, colour: 'red' }], { vendor: 1 }));
    expect(result).to.deep.equal({
      id: 'test',
      locale: 'en',
      title: 'Test',
      questions: [
        {
          id: 'csat',
          type: 'rating',
          title: 'How satisfied?',
          required: false,
          min: 1,
          max: 5,
          display: 'stars',
          metric: 'csat',
        },
      ],
    });
  });

  it('accepts every question type', () => {
    const result = valid(
      survey([
        { ...rating, display: 'faces', required: true, readAloud: 'Please rate us', minLabel: 'Bad' },
        { id: 'nps', type: 'nps', title: 'Recommend?' },
        { id: 'ces', type: 'ces', title: 'Easy?', scale: 5 },
        { id: 'fcr', type: 'yes-no', title: 'Solved?', metric: 'fcr', yesLabel: 'Yes' },
        { id: 'plan', type: 'single-choice', title: 'Plan', choices: [{ value: 'a', label: 'A' }] },
        {
          id: 'why',
          type: 'multi-choice',
          title: 'Why',
          choices: [
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B' },
          ],
          minSelected: 1,
          maxSelected: 2,
        },
        { id: 'comment', type: 'text', title: 'Comment', maxLength: 200, multiline: false },
      ]),
    );
    expect(result.questions.map((question) => question.type)).to.deep.equal([
      'rating',
      'nps',
      'ces',
      'yes-no',
      'single-choice',
      'multi-choice',
      'text',
    ]);
    expect(result.questions[1]).to.include({ metric: 'nps' });
    expect(result.questions[2]).to.include({ metric: 'ces', scale: 5 });
    expect(result.questions[6]).to.include({ maxLength: 200, multiline: false });
  });

  it('reports shape problems with paths, never throwing', () => {
    for (const bad of [null, 42, 'survey', [], undefined]) {
      expect(issuesOf(bad)[0]!.message).to.equal('a survey must be an object');
    }
    expect(issuesOf({ id: 'x', title: 'X', questions: [rating] })).to.deep.include({
      path: 'locale',
      message: 'locale is required',
    });
    expect(issuesOf(survey([rating], { locale: 'not a locale!' }))[0]!.path).to.equal('locale');
    expect(issuesOf(survey([]))).to.deep.equal([
      { path: 'questions', message: 'questions must not be empty' },
    ]);
    expect(issuesOf(survey([{ ...rating, type: 'slider' }]))).to.deep.equal([
      {
        path: 'questions.0.type',
        message: 'type must be one of rating, nps, ces, yes-no, single-choice, multi-choice, text',
      },
    ]);
    expect(issuesOf(survey(['csat']))).to.deep.equal([
      { path: 'questions.0', message: 'a question must be an object' },
    ]);
    expect(issuesOf(survey([{ id: 'x', title: 'X' }]))).to.deep.equal([
      { path: 'questions.0.type', message: 'type is required' },
    ]);
    expect(issuesOf(survey([{ ...rating, id: '1 bad id' }]))[0]!.path).to.equal('questions.0.id');
    expect(issuesOf(survey([{ ...rating, title: '   ' }]))).to.deep.equal([
      { path: 'questions.0.title', message: 'title must not be empty' },
    ]);
    expect(issuesOf(survey([{ ...rating, max: 11 }]))[0]).to.deep.equal({
      path: 'questions.0.max',
      message: 'max must be at most 10',
    });
    expect(issuesOf(survey([{ ...rating, display: 'hearts' }]))[0]!.path).to.equal('questions.0.display');
    expect(issuesOf(survey([{ id: 'c', type: 'ces', title: 'C', scale: 6 }]))[0]!.message).to.equal(
      'scale must be 5 or 7',
    );
    expect(issuesOf(survey([{ id: 't', type: 'text', title: 'T', maxLength: 0 }]))[0]!.path).to.equal(
      'questions.0.maxLength',
    );
  });

  it('needs non-empty choices with unique values', () => {
    expect(issuesOf(survey([{ id: 'p', type: 'single-choice', title: 'P', choices: [] }]))).to.deep.equal([
      { path: 'questions.0.choices', message: 'choices must not be empty' },
    ]);
    expect(issuesOf(survey([{ id: 'p', type: 'multi-choice', title: 'P' }]))).to.deep.equal([
      { path: 'questions.0.choices', message: 'choices is required' },
    ]);
    const twice = survey([
      {
        id: 'p',
        type: 'single-choice',
        title: 'P',
        choices: [
          { value: 'a', label: 'A' },
          { value: 'a', label: 'A again' },
        ],
      },
    ]);
    expect(issuesOf(twice)).to.deep.equal([
      { path: 'questions.0.choices.1.value', message: 'choice value "a" is used twice' },
    ]);
  });

  it('checks scales and selection bounds', () => {
    expect(issuesOf(survey([{ ...rating, min: 5, max: 5 }]))[0]).to.deep.equal({
      path: 'questions.0.max',
      message: 'max must be greater than min',
    });
    expect(issuesOf(survey([{ ...rating, min: 0, max: 10, display: 'faces' }]))[0]!.path).to.equal(
      'questions.0.display',
    );
    expect(valid(survey([{ ...rating, min: 0, max: 10, display: 'numbers' }])).questions[0]).to.include({
      min: 0,
      max: 10,
    });
    const choices = [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ];
    const multi = (extra: Record<string, unknown>) =>
      survey([{ id: 'm', type: 'multi-choice', title: 'M', choices, ...extra }]);
    expect(issuesOf(multi({ maxSelected: 3 }))[0]!.path).to.equal('questions.0.maxSelected');
    expect(issuesOf(multi({ minSelected: 2, maxSelected: 1 }))[0]!.path).to.equal('questions.0.minSelected');
  });

  it('refuses duplicate question ids', () => {
    expect(issuesOf(survey([rating, { ...rating, title: 'Again' }]))).to.deep.equal([
      { path: 'questions.1.id', message: 'id "csat" is already used by questions.0' },
    ]);
  });

  it('lets visibleIf read only answers of earlier questions', () => {
    const later = survey([
      { id: 'why', type: 'text', title: 'Why', visibleIf: { path: 'answers.csat', op: 'lte', value: 3 } },
      rating,
    ]);
    expect(issuesOf(later)).to.deep.equal([
      {
        path: 'questions.0.visibleIf',
        message: '"answers.csat" refers to "csat", which is not an earlier question',
      },
    ]);
    const itself = survey([{ ...rating, visibleIf: { path: 'answers.csat', op: 'exists' } }]);
    expect(issuesOf(itself)[0]!.path).to.equal('questions.0.visibleIf');
    const outside = survey([
      rating,
      {
        id: 'why',
        type: 'text',
        title: 'Why',
        visibleIf: { path: 'customer.tier', op: 'eq', value: 'gold' },
      },
    ]);
    expect(issuesOf(outside)[0]!.message).to.contain('must read an earlier answer');
    const unknown = survey([
      rating,
      {
        id: 'why',
        type: 'text',
        title: 'Why',
        visibleIf: {
          and: [
            { path: 'answers.csat', op: 'lte', value: 3 },
            { path: 'answers.ghost', op: 'exists' },
          ],
        },
      },
    ]);
    expect(issuesOf(unknown)[0]!.message).to.contain('"ghost"');
    const malformed = survey([
      rating,
      { id: 'why', type: 'text', title: 'Why', visibleIf: { path: 'answers.csat', op: 'like' } },
    ]);
    expect(issuesOf(malformed)[0]!.path).to.match(/^questions\.1\.visibleIf/);
  });

  it('never throws on hostile input', () => {
    const hostile = {
      id: 'x',
      locale: 'en',
      title: 'X',
      get questions(): never {
        throw new Error('boom');
      },
    };
    expect(issuesOf(hostile)[0]!.message).to.contain('boom');
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateSurvey(input);
        return result.ok || result.issues.length > 0;
      }),
      { numRuns: 200 },
    );
  });
});

describe('survey presets', () => {
  it('are valid in both locales, with the same structure', () => {
    for (const name of PRESET_NAMES) {
      const en = getPreset(name, 'en');
      const zh = getPreset(name, 'zh-CN');
      expect(validateSurvey(en).ok, `${name} en`).to.equal(true);
      expect(validateSurvey(zh).ok, `${name} zh-CN`).to.equal(true);
      expect(en.locale).to.equal('en');
      expect(zh.locale).to.equal('zh-CN');
      expect(zh.questions.map((question) => [question.id, question.type])).to.deep.equal(
        en.questions.map((question) => [question.id, question.type]),
      );
      for (const question of [...en.questions, ...zh.questions]) {
        expect(question.readAloud, `${name}.${question.id} readAloud`).to.be.a('string');
      }
      expect(zh.questions[0]!.title).to.not.equal(en.questions[0]!.title);
      expect(zh.questions[0]!.title, 'zh-CN labels are Chinese').to.match(/[\u4e00-\u9fff]/);
    }
  });

  it('are stored exactly as validateSurvey normalises them (getPreset does not validate)', () => {
    for (const name of PRESET_NAMES) {
      for (const locale of ['en', 'zh-CN']) {
        const preset = getPreset(name, locale);
        const result = validateSurvey(preset);
        expect(result.ok, `${name} ${locale}`).to.equal(true);
        expect(result.ok && result.survey, `${name} ${locale}`).to.deep.equal(preset);
      }
    }
  });

  it('post-call asks CSAT, resolution, reasons after a low score, and a comment', () => {
    const postCall = getPreset('post-call', 'en');
    expect(postCall.questions.map((question) => question.type)).to.deep.equal([
      'rating',
      'yes-no',
      'multi-choice',
      'text',
    ]);
    expect(postCall.questions[0]).to.include({ min: 1, max: 5, required: true });
    const shown = (csat: number) => visibleQuestions(postCall, { csat }).map((question) => question.id);
    expect(shown(3)).to.deep.equal(['csat', 'resolved', 'reasons', 'comment']);
    expect(shown(4)).to.deep.equal(['csat', 'resolved', 'comment']);
  });

  it('tcsi holds the seven factors on a 1–10 scale', () => {
    const tcsi = getPreset('tcsi', 'zh-CN');
    expect(tcsi.questions.map((question) => question.id)).to.deep.equal([
      'brand-image',
      'expected-quality',
      'perceived-quality',
      'perceived-value',
      'satisfaction',
      'complaints',
      'loyalty',
    ]);
    expect(tcsi.questions.every((question) => question.metric === 'tcsi')).to.equal(true);
  });

  it('resolves locales, returns fresh copies, and knows its names', () => {
    expect(presetLocale('zh')).to.equal('zh-CN');
    expect(presetLocale('zh-Hans-CN')).to.equal('zh-CN');
    expect(presetLocale('zh_TW')).to.equal('zh-CN');
    expect(presetLocale('zhx')).to.equal('en');
    expect(presetLocale('fr')).to.equal('en');
    expect(presetLocale(undefined)).to.equal('en');
    const first = getPreset('csat');
    (first.questions as unknown[]).length = 0;
    expect(getPreset('csat').questions).to.have.length(1);
    expect(getPreset('nope')).to.equal(undefined);
    expect(isPresetName('nps')).to.equal(true);
    expect(isPresetName('NPS')).to.equal(false);
  });
});

describe('survey answers', () => {
  const postCall = getPreset('post-call', 'en');

  it('hides follow-ups, and what depends on a hidden question', () => {
    const chained = valid(
      survey([
        rating,
        {
          id: 'why',
          type: 'single-choice',
          title: 'Why',
          choices: [
            { value: 'net', label: 'Network' },
            { value: 'bill', label: 'Bill' },
          ],
          visibleIf: { path: 'answers.csat', op: 'lte', value: 3 },
        },
        {
          id: 'callback',
          type: 'yes-no',
          title: 'Call back?',
          visibleIf: { path: 'answers.why', op: 'eq', value: 'net' },
        },
      ]),
    );
    const ids = (answers: Record<string, unknown>) =>
      visibleQuestions(chained, answers).map((question) => question.id);
    expect(ids({})).to.deep.equal(['csat']);
    expect(ids({ csat: 2, why: 'net' })).to.deep.equal(['csat', 'why', 'callback']);
    // The stale answer to a now hidden question must not keep its follow-up visible.
    expect(ids({ csat: 5, why: 'net' })).to.deep.equal(['csat']);
    expect(visibleAnswers(chained, { csat: 5, why: 'net', callback: true, stray: 1 })).to.deep.equal({
      csat: 5,
    });
  });

  it('copies answers so that neither side can change the other', () => {
    const original = { csat: 2, resolved: false, reasons: ['network'], comment: 'dropped' };
    const copy = copyAnswers(original);
    expect(copy).to.deep.equal(original);
    (copy.reasons as string[]).push('billing');
    copy.csat = 5;
    expect(original).to.deep.equal({ csat: 2, resolved: false, reasons: ['network'], comment: 'dropped' });
    const shown = visibleAnswers(postCall, original);
    (shown.reasons as string[]).push('billing');
    expect(original.reasons).to.deep.equal(['network']);
  });

  it('requires visible required questions only', () => {
    expect(validateAnswers(postCall, {}).issues.map((issue) => [issue.questionId, issue.code])).to.deep.equal(
      [
        ['csat', 'required'],
        ['resolved', 'required'],
      ],
    );
    expect(validateAnswers(postCall, { csat: 5, resolved: true }).ok).to.equal(true);
    const required = valid(
      survey([
        rating,
        {
          id: 'why',
          type: 'text',
          title: 'Why',
          required: true,
          visibleIf: { path: 'answers.csat', op: 'lte', value: 3 },
        },
      ]),
    );
    expect(validateAnswers(required, { csat: 4 }).ok).to.equal(true);
    expect(validateAnswers(required, { csat: 2, why: '  ' }).issues).to.deep.equal([
      { questionId: 'why', code: 'required', message: 'an answer is required' },
    ]);
  });

  it('checks types, ranges, choices and lengths', () => {
    const all = valid(
      survey([
        rating,
        { id: 'nps', type: 'nps', title: 'N' },
        { id: 'ces', type: 'ces', title: 'C' },
        { id: 'fcr', type: 'yes-no', title: 'F' },
        { id: 'plan', type: 'single-choice', title: 'P', choices: [{ value: 'a', label: 'A' }] },
        {
          id: 'why',
          type: 'multi-choice',
          title: 'W',
          minSelected: 2,
          maxSelected: 2,
          choices: [
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B' },
            { value: 'c', label: 'C' },
          ],
        },
        { id: 'comment', type: 'text', title: 'T', maxLength: 5 },
      ]),
    );
    const codes = (answers: Record<string, unknown>) =>
      validateAnswers(all, answers).issues.map(
        (issue) => `${issue.questionId}:${issue.code}:${issue.limit ?? ''}`,
      );
    expect(
      codes({ csat: 0, nps: 11, ces: 7, fcr: true, plan: 'a', why: ['a', 'b'], comment: 'hello' }),
    ).to.deep.equal(['csat:range:1', 'nps:range:10']);
    expect(
      codes({ csat: 4.5, nps: '9', ces: 8, fcr: 'yes', plan: 'z', why: ['a', 'z'], comment: 'too long' }),
    ).to.deep.equal([
      'csat:type:',
      'nps:type:',
      'ces:range:7',
      'fcr:type:',
      'plan:choice:',
      'why:choice:',
      'comment:too-long:5',
    ]);
    expect(codes({ plan: 3, why: 'a', comment: 5 })).to.deep.equal([
      'plan:type:',
      'why:type:',
      'comment:type:',
    ]);
    expect(codes({ why: ['a'] })).to.deep.equal(['why:too-few:2']);
    expect(codes({ why: ['a', 'b', 'c'] })).to.deep.equal(['why:too-many:2']);
  });
});

describe('survey scoring', () => {
  it('computes CSAT % as the share of 4 and 5', () => {
    expect(csatPercent([5, 4, 3, 2])).to.equal(50);
    expect(csatPercent([1, 2, 3])).to.equal(0);
    expect(csatPercent([])).to.equal(undefined);
    expect(csatPercent([9, 10, 8], { min: 1, max: 10 })).to.be.closeTo(66.667, 0.001);
  });

  it('computes NPS as % promoters − % detractors', () => {
    expect(npsScore([10, 9, 8, 7, 6, 0])).to.be.closeTo(0, 1e-9);
    expect(npsScore([10, 10, 9, 7])).to.equal(75);
    expect(npsScore([0, 6])).to.equal(-100);
    expect(npsScore([])).to.equal(undefined);
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).to.deep.equal([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it('keeps NPS within −100…100 and CSAT within 0…100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }), (values) => {
        const nps = npsScore(values)!;
        const csat = csatPercent(values.map((value) => 1 + (value % 5)))!;
        return nps >= -100 && nps <= 100 && csat >= 0 && csat <= 100;
      }),
    );
  });

  it('computes CES mean and yes share', () => {
    expect(cesMean([7, 5, 6])).to.equal(6);
    expect(cesMean([])).to.equal(undefined);
    expect(yesPercent([true, false, true, true])).to.equal(75);
    expect(yesPercent([])).to.equal(undefined);
  });

  it('scores one response for the submit event', () => {
    const postCall = getPreset('post-call', 'en');
    expect(scoreResponse(postCall, { csat: 2, resolved: false, reasons: ['network'] })).to.deep.equal({
      csat: 2,
      csatSatisfied: false,
      fcr: false,
    });
    expect(scoreResponse(postCall, { csat: 4 })).to.deep.equal({ csat: 4, csatSatisfied: true });
    expect(scoreResponse(postCall, {})).to.deep.equal({});
    expect(scoreResponse(getPreset('nps'), { nps: 9 })).to.deep.equal({ nps: 9, npsCategory: 'promoter' });
    expect(scoreResponse(getPreset('ces'), { ces: 6 })).to.deep.equal({ ces: 6 });
    const tcsi = scoreResponse(getPreset('tcsi'), { 'brand-image': 10, satisfaction: 1, loyalty: 'x' });
    expect(tcsi).to.deep.equal({ tcsi: 50 });
  });

  it('distributes answers over scale points and choices', () => {
    const postCall = getPreset('post-call', 'en');
    const responses = [
      { csat: 5, resolved: true },
      { csat: 2, resolved: false, reasons: ['network', 'billing', 'network'] },
      { csat: 1, resolved: false, reasons: ['network'] },
      { csat: 5, resolved: true, comment: 'great' },
    ];
    const csat = questionDistribution(postCall.questions[0]!, responses);
    expect(csat.answered).to.equal(4);
    expect(csat.buckets.map((bucket) => [bucket.value, bucket.count])).to.deep.equal([
      [1, 1],
      [2, 1],
      [3, 0],
      [4, 0],
      [5, 2],
    ]);
    expect(csat.buckets[4]!.share).to.equal(0.5);
    const reasons = questionDistribution(postCall.questions[2]!, responses);
    expect(reasons.answered).to.equal(2);
    expect(reasons.buckets.find((bucket) => bucket.value === 'network')).to.deep.equal({
      value: 'network',
      count: 2,
      share: 1,
    });
    const resolved = questionDistribution(postCall.questions[1]!, responses);
    expect(resolved.buckets).to.deep.equal([
      { value: true, count: 2, share: 0.5 },
      { value: false, count: 2, share: 0.5 },
    ]);
    const comment = questionDistribution(postCall.questions[3]!, responses);
    expect(comment).to.deep.equal({ questionId: 'comment', answered: 1, buckets: [] });
    expect(questionDistribution(postCall.questions[0]!, []).buckets[0]!.share).to.equal(0);

    const summary = summarizeResponses(postCall, responses);
    expect(summary).to.include({ responses: 4, csat: 50, fcr: 50 });
    expect(summary.nps).to.equal(undefined);
    expect(summary.distributions['reasons']!.answered).to.equal(2);
  });

  it('summarises NPS, CES and TCSI over many responses, ignoring hidden answers', () => {
    expect(summarizeResponses(getPreset('nps'), [{ nps: 10 }, { nps: 3 }, { nps: 9 }, {}]).nps).to.be.closeTo(
      33.333,
      0.001,
    );
    expect(summarizeResponses(getPreset('ces'), [{ ces: 7 }, { ces: 4 }]).ces).to.equal(5.5);
    const tcsi = summarizeResponses(getPreset('tcsi'), [
      { satisfaction: 10 },
      { satisfaction: 1, loyalty: 10 },
    ]);
    expect(tcsi.tcsi).to.equal(75);
    const postCall = getPreset('post-call', 'en');
    // A reason left over from a low score that was changed to 5 is not counted.
    const stale = summarizeResponses(postCall, [{ csat: 5, reasons: ['billing'] }]);
    expect(stale.distributions['reasons']!.answered).to.equal(0);
  });
});
