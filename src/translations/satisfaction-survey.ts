// Terms of <cx-satisfaction-survey>, in every shipped language. Keys start with the widget's prefix.
// Metric names (CSAT, NPS, CES, FCR, TCSI) are industry acronyms, kept as they are in every language,
// like brand names; every other code is shown through a term. zh-CN uses full-width punctuation.

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
  /** The invalid-definition state, and what the agent can do about it. */
  surveyInvalid: string;
  /** A part the survey needs could not be fetched (offline, blocked); Retry follows. */
  surveyLoadFailed: string;
  surveyRestoring: string;
  surveyRestored: string;
  /** Read after a required question's title (with its brackets). */
  surveyRequired: string;
  /** Visible note on top of a survey with required questions. */
  surveyRequiredNote: string;
  surveySubmit: string;
  surveyRetryNow: string;
  /** Agent mode: the banner explaining what to do. */
  surveyAgentIntro: string;
  /** Agent mode: label of the words to read. */
  surveyReadAloud: string;
  surveyDeclined: string;
  surveyDeclinedDone: string;
  /** The delivery state in words: `idle` before a response is submitted. */
  surveyPhase: (phase: 'idle' | SurveyPhase) => string;
  /** A delivery error in words (the technical code stays in the event); undefined for an unknown code. */
  surveyFailureReason: (code: string) => string | undefined;
  /** Said for a delivery error whose code has no term. */
  surveyFailureUnknown: string;
  surveyProblem: (problem: SurveyAnswerProblem, limit: number | undefined) => string;
  /** Announced when submitting is blocked. */
  surveyProblemsAnnounce: (count: number) => string;
  surveyYes: string;
  surveyNo: string;
  surveyCharactersLeft: (left: number) => string;
  surveyResponseId: (id: string) => string;
}

/** English. */
export const surveyEn: SurveyTerms = {
  surveyRegionLabel: 'Satisfaction survey',
  surveyEmpty: 'No survey to show',
  surveyInvalid: 'This survey cannot be shown. Please tell your administrator.',
  surveyLoadFailed: 'This survey could not be loaded',
  surveyRestoring: 'Restoring saved answers…',
  surveyRestored: 'Your earlier answers were restored.',
  surveyRequired: '(required)',
  surveyRequiredNote: 'Questions marked * need an answer.',
  surveySubmit: 'Submit',
  surveyRetryNow: 'Try again now',
  surveyAgentIntro: 'Agent-assisted: read each question to the customer and record the answer.',
  surveyReadAloud: 'Read aloud',
  surveyDeclined: 'Customer declined',
  surveyDeclinedDone: 'Recorded: the customer declined the survey.',
  surveyPhase: (phase) =>
    ({
      idle: 'Not submitted yet.',
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
      aborted: 'The request was cancelled.',
    })[code],
  surveyFailureUnknown: 'Something went wrong.',
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
  surveyYes: 'Yes',
  surveyNo: 'No',
  surveyCharactersLeft: (left) => `${left} characters left`,
  surveyResponseId: (id) => `Reference ${id.slice(0, 8)}`,
};

/** Simplified Chinese. */
export const surveyZhCN: SurveyTerms = {
  surveyRegionLabel: '满意度调查',
  surveyEmpty: '暂无调查问卷',
  surveyInvalid: '此调查问卷无法显示，请联系管理员。',
  surveyLoadFailed: '此调查问卷加载失败',
  surveyRestoring: '正在恢复已保存的答案…',
  surveyRestored: '已恢复您之前填写的答案。',
  surveyRequired: '（必答）',
  surveyRequiredNote: '标有 * 的问题为必答题。',
  surveySubmit: '提交',
  surveyRetryNow: '立即重试',
  surveyAgentIntro: '坐席代填：请向客户逐题朗读并记录客户的回答。',
  surveyReadAloud: '朗读话术',
  surveyDeclined: '客户拒绝回答',
  surveyDeclinedDone: '已记录：客户拒绝参与调查。',
  surveyPhase: (phase) =>
    ({
      idle: '尚未提交。',
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
      aborted: '请求已取消。',
    })[code],
  surveyFailureUnknown: '出现了问题。',
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
  surveyYes: '是',
  surveyNo: '否',
  surveyCharactersLeft: (left) => `还可输入 ${left} 个字符`,
  surveyResponseId: (id) => `编号 ${id.slice(0, 8)}`,
};
