import type { SurveyDefinition, SurveyQuestion, SurveyValidation } from './model.js';

/** The built-in surveys. */
export type PresetName = 'csat' | 'nps' | 'ces' | 'fcr' | 'post-call' | 'tcsi';

/** The languages presets are written in. */
export type PresetLocale = 'en' | 'zh-CN';

/** Every preset name. */
export const PRESET_NAMES: readonly PresetName[] = ['csat', 'nps', 'ces', 'fcr', 'post-call', 'tcsi'];

/** Whether `name` is a preset. */
export function isPresetName(name: unknown): name is PresetName {
  return typeof name === 'string' && (PRESET_NAMES as readonly string[]).includes(name);
}

/** The preset language for any locale: Chinese variants get `zh-CN`, everything else `en`. */
export function presetLocale(locale: string | undefined): PresetLocale {
  return /^zh(?:[-_]|$)/i.test(locale ?? '') ? 'zh-CN' : 'en';
}

type Texts = Record<PresetLocale, string>;

/** The wording of every preset, side by side, so the two languages stay in step. */
const T = {
  csatTitle: { en: 'Satisfaction with this contact', 'zh-CN': '本次服务满意度' },
  csat: { en: 'How satisfied are you with the service you received today?', 'zh-CN': '您对本次服务满意吗？' },
  csatRead: {
    en: 'On a scale from 1 to 5, where 1 is very dissatisfied and 5 is very satisfied, how satisfied are you with the service you received today?',
    'zh-CN': '请问您对本次服务的满意程度如何？1 分表示非常不满意，5 分表示非常满意，请您打分。',
  },
  csatMin: { en: 'Very dissatisfied', 'zh-CN': '非常不满意' },
  csatMax: { en: 'Very satisfied', 'zh-CN': '非常满意' },
  npsTitle: { en: 'Recommendation', 'zh-CN': '推荐意愿' },
  nps: {
    en: 'How likely are you to recommend us to a friend or colleague?',
    'zh-CN': '您有多大可能向亲友或同事推荐我们？',
  },
  npsRead: {
    en: 'On a scale from 0 to 10, where 0 is not at all likely and 10 is extremely likely, how likely are you to recommend us to a friend or colleague?',
    'zh-CN': '请问您有多大可能向亲友或同事推荐我们？0 分表示完全不可能，10 分表示非常可能。',
  },
  npsMin: { en: 'Not at all likely', 'zh-CN': '完全不可能' },
  npsMax: { en: 'Extremely likely', 'zh-CN': '非常可能' },
  cesTitle: { en: 'Ease of getting help', 'zh-CN': '办理便捷度' },
  ces: {
    en: 'We made it easy for you to handle your issue.',
    'zh-CN': '本次我们让您轻松地办理了您的事项。',
  },
  cesRead: {
    en: 'How much do you agree with this statement, from 1, strongly disagree, to 7, strongly agree: we made it easy for you to handle your issue.',
    'zh-CN':
      '请问您在多大程度上同意这句话：本次我们让您轻松地办理了您的事项。1 分表示非常不同意，7 分表示非常同意。',
  },
  cesMin: { en: 'Strongly disagree', 'zh-CN': '非常不同意' },
  cesMax: { en: 'Strongly agree', 'zh-CN': '非常同意' },
  fcrTitle: { en: 'Issue resolution', 'zh-CN': '问题解决情况' },
  fcr: { en: 'Was your issue resolved in this contact?', 'zh-CN': '您的问题在本次联系中解决了吗？' },
  fcrRead: {
    en: 'Was your issue resolved during this contact, yes or no?',
    'zh-CN': '请问您的问题在本次联系中是否已经解决？',
  },
  fcrYes: { en: 'Yes, resolved', 'zh-CN': '已解决' },
  fcrNo: { en: 'No, not resolved', 'zh-CN': '未解决' },
  postCallTitle: { en: 'How did we do?', 'zh-CN': '服务评价' },
  reasons: { en: 'What disappointed you?', 'zh-CN': '您不满意的原因是什么？' },
  reasonsRead: {
    en: 'I am sorry to hear that. What disappointed you? You can name more than one reason: network, billing, the attitude of our staff, the waiting time, the issue not being solved, or something else.',
    'zh-CN':
      '非常抱歉。请问您不满意的原因是什么？可以选择多项：网络质量、账单资费、服务态度、等待时间、问题未解决，或其他原因。',
  },
  network: { en: 'Network quality', 'zh-CN': '网络质量' },
  billing: { en: 'Billing and charges', 'zh-CN': '账单资费' },
  attitude: { en: 'Staff attitude', 'zh-CN': '服务态度' },
  waiting: { en: 'Waiting time', 'zh-CN': '等待时间' },
  notSolved: { en: 'Issue not solved', 'zh-CN': '问题未解决' },
  other: { en: 'Something else', 'zh-CN': '其他' },
  comment: { en: 'Anything else you would like to tell us?', 'zh-CN': '您还有其他意见或建议吗？' },
  commentRead: {
    en: 'Is there anything else you would like to tell us?',
    'zh-CN': '请问您还有其他意见或建议吗？',
  },
  commentPlaceholder: { en: 'Your comment (optional)', 'zh-CN': '请输入您的意见（选填）' },
  tcsiTitle: { en: 'Customer satisfaction index (TCSI)', 'zh-CN': '电信用户满意度指数（TCSI）' },
  tcsiMin: { en: '1 – very poor', 'zh-CN': '1 分 - 非常差' },
  tcsiMax: { en: '10 – excellent', 'zh-CN': '10 分 - 非常好' },
  brandImage: {
    en: 'How would you rate our overall image as a telecom operator?',
    'zh-CN': '您对我们作为电信运营商的整体形象评价如何？',
  },
  expectedQuality: {
    en: 'Before using our services, how good did you expect them to be?',
    'zh-CN': '在使用我们的服务之前，您对服务质量的期望如何？',
  },
  perceivedQuality: {
    en: 'How would you rate the quality of the services you actually received?',
    'zh-CN': '您对实际获得的服务质量评价如何？',
  },
  perceivedValue: {
    en: 'Considering what you pay, how would you rate the value of our services?',
    'zh-CN': '综合考虑您支付的费用，您对我们服务的性价比评价如何？',
  },
  satisfaction: {
    en: 'Overall, how satisfied are you with our services?',
    'zh-CN': '总体而言，您对我们的服务满意程度如何？',
  },
  complaints: {
    en: 'If you have complained to us, how well was your complaint handled?',
    'zh-CN': '如果您曾向我们投诉，您对投诉处理的评价如何？',
  },
  loyalty: {
    en: 'How likely are you to keep using our services?',
    'zh-CN': '您继续使用我们服务的可能性有多大？',
  },
  tcsiRead: {
    en: 'Please answer on a scale from 1 to 10, where 1 is very poor and 10 is excellent.',
    'zh-CN': '请用 1 到 10 分回答，1 分表示非常差，10 分表示非常好。',
  },
} satisfies Record<string, Texts>;

type Key = keyof typeof T;

/**
 * Every preset in one language, written exactly as `validateSurvey` returns it (every default filled
 * in), so `getPreset` needs no validation at run time; a test checks that they stay that way.
 */
function definitions(locale: PresetLocale): Record<PresetName, SurveyDefinition> {
  const t = (key: Key): string => T[key][locale];
  const csat: SurveyQuestion = {
    id: 'csat',
    type: 'rating',
    title: t('csat'),
    readAloud: t('csatRead'),
    required: true,
    min: 1,
    max: 5,
    display: 'stars',
    metric: 'csat',
    minLabel: t('csatMin'),
    maxLabel: t('csatMax'),
  };
  const fcr: SurveyQuestion = {
    id: 'resolved',
    type: 'yes-no',
    title: t('fcr'),
    readAloud: t('fcrRead'),
    required: true,
    metric: 'fcr',
    yesLabel: t('fcrYes'),
    noLabel: t('fcrNo'),
  };
  const tcsiFactor = (id: string, key: Key, required = true): SurveyQuestion => ({
    id,
    type: 'rating',
    title: t(key),
    readAloud: `${t(key)} ${t('tcsiRead')}`,
    required,
    min: 1,
    max: 10,
    display: 'numbers',
    metric: 'tcsi',
    minLabel: t('tcsiMin'),
    maxLabel: t('tcsiMax'),
  });
  const single = (id: string, title: Key, questions: SurveyQuestion[]): SurveyDefinition => ({
    id,
    locale,
    title: t(title),
    questions,
  });
  return {
    csat: single('csat', 'csatTitle', [csat]),
    nps: single('nps', 'npsTitle', [
      {
        id: 'nps',
        type: 'nps',
        title: t('nps'),
        readAloud: t('npsRead'),
        required: true,
        metric: 'nps',
        minLabel: t('npsMin'),
        maxLabel: t('npsMax'),
      },
    ]),
    ces: single('ces', 'cesTitle', [
      {
        id: 'ces',
        type: 'ces',
        scale: 7,
        title: t('ces'),
        readAloud: t('cesRead'),
        required: true,
        metric: 'ces',
        minLabel: t('cesMin'),
        maxLabel: t('cesMax'),
      },
    ]),
    fcr: single('fcr', 'fcrTitle', [fcr]),
    'post-call': single('post-call', 'postCallTitle', [
      csat,
      fcr,
      {
        id: 'reasons',
        type: 'multi-choice',
        title: t('reasons'),
        readAloud: t('reasonsRead'),
        required: false,
        visibleIf: { path: 'answers.csat', op: 'lte', value: 3 },
        choices: [
          { value: 'network', label: t('network') },
          { value: 'billing', label: t('billing') },
          { value: 'attitude', label: t('attitude') },
          { value: 'waiting-time', label: t('waiting') },
          { value: 'not-solved', label: t('notSolved') },
          { value: 'other', label: t('other') },
        ],
      },
      {
        id: 'comment',
        type: 'text',
        title: t('comment'),
        readAloud: t('commentRead'),
        required: false,
        maxLength: 500,
        multiline: true,
        placeholder: t('commentPlaceholder'),
      },
    ]),
    tcsi: single('tcsi', 'tcsiTitle', [
      tcsiFactor('brand-image', 'brandImage'),
      tcsiFactor('expected-quality', 'expectedQuality'),
      tcsiFactor('perceived-quality', 'perceivedQuality'),
      tcsiFactor('perceived-value', 'perceivedValue'),
      tcsiFactor('satisfaction', 'satisfaction'),
      // Not every customer has complained: optional.
      tcsiFactor('complaints', 'complaints', false),
      tcsiFactor('loyalty', 'loyalty'),
    ]),
  };
}

const stored = new Map<PresetLocale, Record<PresetName, SurveyDefinition>>();

/**
 * A built-in survey in English or Simplified Chinese (any `zh` locale gets `zh-CN`, anything else
 * `en`); a fresh copy the caller may change; undefined for an unknown name.
 */
export function getPreset(name: PresetName, locale?: string): SurveyDefinition;
/** A built-in survey by a name read from an attribute; undefined when there is no such preset. */
export function getPreset(name: string, locale?: string): SurveyDefinition | undefined;
export function getPreset(name: string, locale?: string): SurveyDefinition | undefined {
  if (!isPresetName(name)) return undefined;
  const language = presetLocale(locale);
  let presets = stored.get(language);
  if (!presets) stored.set(language, (presets = definitions(language)));
  // Stored normalised (see definitions()): a copy, no validation.
  return structuredClone(presets[name]);
}

/** A preset as a validation result: the survey, or the one problem (`preset`: no such name). */
export function presetValidation(name: string, locale?: string): SurveyValidation {
  const survey = getPreset(name, locale);
  if (survey) return { ok: true, survey };
  const message = `There is no preset survey called ${JSON.stringify(name.slice(0, 40))}; use ${PRESET_NAMES.join(', ')}.`;
  return { ok: false, issues: [{ path: 'preset', message }] };
}
