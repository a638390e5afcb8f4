// Terms of <cx-satisfaction-survey>, in every shipped language. Keys start with the widget's prefix.

/** Where a submitted response is, as shown to the user. */
export type SurveyPhase =
  'saving' | 'sending' | 'sent' | 'queued-offline' | 'retrying' | 'failed' | 'declined';

/** Why an answer is not accepted (mirrors the survey service's issue codes). */
export type SurveyAnswerProblem =
  'required' | 'type' | 'range' | 'choice' | 'too-long' | 'too-few' | 'too-many';

/** What <cx-satisfaction-survey> shows. */
export interface SurveyTerms {
  surveyRegionLabel: string;
  /** Shown when neither `survey` nor `preset` is set. */
  surveyEmpty: string;
  /** Heading of the invalid-definition state. */
  surveyInvalid: string;
  /** A part the survey needs could not be fetched (offline, blocked). */
  surveyLoadFailed: string;
  /** One problem of an invalid definition: where and what. */
  surveyInvalidItem: (path: string, message: string) => string;
  surveyUnknownPreset: (name: string) => string;
  surveyRestoring: string;
  surveyRestored: string;
  surveyRequired: string;
  /** Visible note on top of a survey with required questions. */
  surveyRequiredNote: string;
  surveySubmit: string;
  surveySubmitAgain: string;
  surveyRetryNow: string;
  /** Agent mode: the banner explaining what to do. */
  surveyAgentIntro: string;
  /** Agent mode: label of the words to read. */
  surveyReadAloud: string;
  surveyDeclined: string;
  surveyDeclinedDone: string;
  surveyPhase: (phase: SurveyPhase) => string;
  /** A delivery error in words (the technical code stays in the event). */
  surveyFailureReason: (code: string) => string;
  surveyProblem: (problem: SurveyAnswerProblem, limit: number | undefined) => string;
  /** Announced when submitting is blocked. */
  surveyProblemsAnnounce: (count: number) => string;
  surveyStars: (value: number, max: number) => string;
  surveyFace: (index: number, points: number) => string;
  surveyYes: string;
  surveyNo: string;
  surveyCharactersLeft: (left: number) => string;
  surveyResponseId: (id: string) => string;
}

const enFaces = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];
const zhFaces = ['非常不满意', '不满意', '一般', '满意', '非常满意'];

/** Which of the five face words a point of a 2- to 5-point scale gets. */
export function faceWordIndex(index: number, points: number): number {
  if (points <= 1) return 2;
  return Math.round((index / (points - 1)) * 4);
}

/** English. */
export const surveyEn: SurveyTerms = {
  surveyRegionLabel: 'Satisfaction survey',
  surveyEmpty: 'No survey to show',
  surveyInvalid: 'This survey cannot be shown',
  surveyLoadFailed: 'This survey could not be loaded',
  surveyInvalidItem: (path, message) => (path ? `${path}: ${message}` : message),
  surveyUnknownPreset: (name) => `There is no preset survey called "${name}".`,
  surveyRestoring: 'Restoring saved answers…',
  surveyRestored: 'Your earlier answers were restored.',
  surveyRequired: 'required',
  surveyRequiredNote: 'Questions marked * need an answer.',
  surveySubmit: 'Submit',
  surveySubmitAgain: 'Start a new response',
  surveyRetryNow: 'Try again now',
  surveyAgentIntro: 'Agent-assisted: read each question to the customer and record the answer.',
  surveyReadAloud: 'Read aloud',
  surveyDeclined: 'Customer declined',
  surveyDeclinedDone: 'Recorded: the customer declined the survey.',
  surveyPhase: (phase) =>
    ({
      saving: 'Saving…',
      sending: 'Sending…',
      sent: 'Sent. Thank you!',
      'queued-offline': 'Saved offline — will send when the connection is back.',
      retrying: 'Failed — retrying. Your answers are saved.',
      failed: 'Could not save the answers.',
      declined: 'Recorded: the customer declined the survey.',
    })[phase],
  surveyFailureReason: (code) =>
    ({
      timeout: 'The server did not answer in time.',
      network: 'No connection to the server.',
      http: 'The server reported an error.',
      parse: 'The server sent an unreadable answer.',
      ack: 'The server did not confirm receipt.',
      storage: 'This device could not store the answers.',
    })[code] ?? 'Something went wrong.',
  surveyProblem: (problem, limit) =>
    ({
      required: 'Please answer this question.',
      type: 'This answer is not valid.',
      range: `Choose a value within the scale${limit === undefined ? '' : ` (limit ${limit})`}.`,
      choice: 'Choose one of the options.',
      'too-long': `Use at most ${limit ?? ''} characters.`,
      'too-few': `Choose at least ${limit ?? ''}.`,
      'too-many': `Choose at most ${limit ?? ''}.`,
    })[problem],
  surveyProblemsAnnounce: (count) =>
    count === 1 ? '1 question needs attention.' : `${count} questions need attention.`,
  surveyStars: (value, max) => `${value} of ${max} ${max === 1 ? 'star' : 'stars'}`,
  surveyFace: (index, points) => enFaces[faceWordIndex(index, points)]!,
  surveyYes: 'Yes',
  surveyNo: 'No',
  surveyCharactersLeft: (left) => `${left} characters left`,
  surveyResponseId: (id) => `Reference ${id.slice(0, 8)}`,
};

/** Simplified Chinese. */
export const surveyZhCN: SurveyTerms = {
  surveyRegionLabel: '满意度调查',
  surveyEmpty: '暂无调查问卷',
  surveyInvalid: '此调查问卷无法显示',
  surveyLoadFailed: '此调查问卷加载失败',
  surveyInvalidItem: (path, message) => (path ? `${path}：${message}` : message),
  surveyUnknownPreset: (name) => `没有名为“${name}”的预设问卷。`,
  surveyRestoring: '正在恢复已保存的答案…',
  surveyRestored: '已恢复您之前填写的答案。',
  surveyRequired: '必答',
  surveyRequiredNote: '标有 * 的问题为必答题。',
  surveySubmit: '提交',
  surveySubmitAgain: '填写新的答卷',
  surveyRetryNow: '立即重试',
  surveyAgentIntro: '坐席代填：请向客户逐题朗读并记录客户的回答。',
  surveyReadAloud: '朗读话术',
  surveyDeclined: '客户拒绝回答',
  surveyDeclinedDone: '已记录：客户拒绝参与调查。',
  surveyPhase: (phase) =>
    ({
      saving: '正在保存…',
      sending: '正在发送…',
      sent: '已发送，谢谢！',
      'queued-offline': '已离线保存，网络恢复后自动发送。',
      retrying: '发送失败，正在重试。您的答案已保存。',
      failed: '答案未能保存。',
      declined: '已记录：客户拒绝参与调查。',
    })[phase],
  surveyFailureReason: (code) =>
    ({
      timeout: '服务器响应超时。',
      network: '无法连接服务器。',
      http: '服务器返回错误。',
      parse: '服务器返回的内容无法读取。',
      ack: '服务器未确认收到。',
      storage: '此设备无法保存答案。',
    })[code] ?? '出现了问题。',
  surveyProblem: (problem, limit) =>
    ({
      required: '请回答此问题。',
      type: '此答案无效。',
      range: `请在量表范围内选择${limit === undefined ? '' : `（界限 ${limit}）`}。`,
      choice: '请选择其中一个选项。',
      'too-long': `最多 ${limit ?? ''} 个字符。`,
      'too-few': `请至少选择 ${limit ?? ''} 项。`,
      'too-many': `最多选择 ${limit ?? ''} 项。`,
    })[problem],
  surveyProblemsAnnounce: (count) => `有 ${count} 个问题需要处理。`,
  surveyStars: (value, max) => `${value} 星（共 ${max} 星）`,
  surveyFace: (index, points) => zhFaces[faceWordIndex(index, points)]!,
  surveyYes: '是',
  surveyNo: '否',
  surveyCharactersLeft: (left) => `还可输入 ${left} 个字符`,
  surveyResponseId: (id) => `编号 ${id.slice(0, 8)}`,
};
