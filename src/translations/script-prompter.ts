// Terms of <cx-script-prompter>, in every shipped language. Keys start with the widget's prefix.

/** Kinds of step, as the engine names them. */
type StepKindName = 'say' | 'ask' | 'confirm' | 'action' | 'gate' | 'end';
/** Codes of an answer problem, as the engine names them. */
type AnswerProblemName =
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
/** Why a script could not be loaded from `src`. */
export type ScriptLoadFailure = 'http' | 'timeout' | 'network' | 'not-json' | 'other';
/** A table of labels by code (actions, outcomes, issue codes); unknown codes get a readable fallback. */
export type CodeTerms = Readonly<Record<string, string>>;

/** What <cx-script-prompter> shows. */
export interface ScriptPrompterTerms {
  scriptRegionLabel: string;
  scriptLoading: string;
  scriptEmpty: string;
  /** `status` is the HTTP status for `http`, else empty. */
  scriptLoadFailed: (reason: ScriptLoadFailure, status: string) => string;
  scriptInvalidTitle: string;
  scriptInvalidIntro: (count: number) => string;
  scriptIssueAt: (path: string) => string;
  scriptIssueStep: (stepId: string) => string;
  scriptMoreIssues: (count: number) => string;
  /** What each kind of script issue means, by its code (`schema`, `unknown-step`…). */
  scriptIssueCodes: CodeTerms;
  scriptIssueUnknown: (readable: string) => string;
  scriptStepKind: (kind: StepKindName) => string;
  scriptStepHeading: (position: number, title: string) => string;
  scriptVerbatim: string;
  scriptRequired: string;
  scriptOptional: string;
  scriptMissingValue: string;
  scriptYes: string;
  scriptNo: string;
  /** A ticked confirmation, in the summary. */
  scriptConfirmed: string;
  scriptProblem: (code: AnswerProblemName, limit: string) => string;
  scriptNext: string;
  scriptBack: string;
  scriptSkip: string;
  scriptSkipReason: string;
  scriptSkipConfirm: string;
  scriptSkipCancel: string;
  scriptSkipReasonNeeded: string;
  scriptFinish: string;
  scriptFinishBlocked: string;
  scriptBlockRequiredStep: (title: string) => string;
  scriptBlockGate: (text: string) => string;
  scriptBlockConfirm: string;
  scriptBlockAction: string;
  scriptBlockAnswer: string;
  scriptBlockNotSkippable: string;
  scriptBlockAtStart: string;
  scriptBlockNoWayOn: string;
  scriptBlockFinished: string;
  scriptBlockOther: string;
  /** What an action step's button says when the script gives no label, by action (`open-ticket`…). */
  scriptActions: CodeTerms;
  scriptActionUnknown: (readable: string) => string;
  scriptActionDone: (result: string) => string;
  scriptGateOpen: string;
  scriptGateClosed: string;
  scriptUpcoming: (title: string) => string;
  scriptUpcomingPending: string;
  scriptUpcomingFinish: string;
  scriptProgress: (visited: number, remaining: number) => string;
  scriptPath: string;
  scriptProgressLabel: string;
  scriptCurrentStep: string;
  scriptPathShowAll: (count: number) => string;
  scriptShortcuts: string;
  scriptShortcutNext: string;
  scriptShortcutNextMultiline: string;
  scriptShortcutBack: string;
  scriptShortcutChoice: string;
  scriptKeyLeftArrow: string;
  scriptComplete: string;
  scriptCompleteOutcome: (outcome: string) => string;
  /** How a script ended, by the end step's `outcome` code. */
  scriptOutcomes: CodeTerms;
  scriptOutcomeUnknown: (readable: string) => string;
  scriptSummarySeparator: string;
  scriptSummarySkipped: (reason: string) => string;
  scriptCompleteSteps: (steps: number, skipped: number) => string;
  scriptRestart: string;
  scriptCoachTitle: string;
  scriptCoachDraft: string;
  scriptCoachInstead: (phrase: string, suggestion: string) => string;
  scriptCoachAvoid: (phrase: string) => string;
  scriptAnnounceStep: (position: number, title: string) => string;
  scriptAnnounceComplete: string;
  scriptAnnounceBlocked: (reason: string) => string;
}

/** English. */
export const scriptPrompterEn: ScriptPrompterTerms = {
  scriptRegionLabel: 'Call script',
  scriptLoading: 'Loading the script…',
  scriptEmpty: 'No script to follow',
  scriptLoadFailed: (reason, status) =>
    `The script could not be loaded (${
      {
        http: `HTTP ${status}`,
        timeout: 'no answer in time',
        network: 'no connection',
        'not-json': 'not valid JSON',
        other: 'unexpected error',
      }[reason] ?? 'unexpected error'
    }).`,
  scriptInvalidTitle: 'This script cannot be run',
  scriptInvalidIntro: (count) =>
    count === 1
      ? '1 problem was found. No part of the script runs until it is fixed.'
      : `${count} problems were found. No part of the script runs until they are fixed.`,
  scriptIssueAt: (path) => `at ${path}`,
  scriptIssueStep: (stepId) => `step “${stepId}”`,
  scriptMoreIssues: (count) => `…and ${count} more`,
  scriptIssueCodes: {
    schema: 'Not in the script format',
    'too-large': 'Too large',
    'duplicate-id': 'Name used twice',
    'duplicate-value': 'Option used twice',
    'unknown-step': 'Goes to a step that does not exist',
    'unknown-reference': 'Refers to something unknown',
    'no-next': 'No way on',
    'no-default-rule': 'No way on for some answers',
    'no-end': 'Never ends',
    unreachable: 'Step cannot be reached',
    'no-exit': 'Loops with no way out',
    bypassable: 'A check can be bypassed',
    markup: 'Contains markup',
    'invalid-pattern': 'Invalid answer pattern',
    'unsafe-pattern': 'Answer pattern too costly',
    'invalid-range': 'Invalid range',
    'not-skippable': 'Step cannot be skipped',
  },
  scriptIssueUnknown: (readable) => `Problem: ${readable}`,
  scriptStepKind: (kind) =>
    ({
      say: 'Say',
      ask: 'Ask',
      confirm: 'Confirm',
      action: 'Action',
      gate: 'Check',
      end: 'End',
    })[kind] ?? kind,
  scriptStepHeading: (position, title) => `Step ${position}: ${title}`,
  scriptVerbatim: 'Read word for word',
  scriptRequired: 'Required',
  scriptOptional: '(optional)',
  scriptMissingValue: 'missing value:',
  scriptYes: 'Yes',
  scriptNo: 'No',
  scriptConfirmed: 'Confirmed',
  scriptProblem: (code, limit) =>
    ({
      required: 'An answer is needed.',
      type: 'This is not a valid answer.',
      'too-short': `Enter at least ${limit} characters.`,
      'too-long': `Enter at most ${limit} characters.`,
      pattern: 'The answer does not have the expected form.',
      min: `Enter ${limit} or more.`,
      max: `Enter ${limit} or less.`,
      integer: 'Enter a whole number.',
      option: 'Pick one of the options.',
      'not-answerable': 'This step takes no answer.',
    })[code] ?? 'This is not a valid answer.',
  scriptNext: 'Next',
  scriptBack: 'Back',
  scriptSkip: 'Skip…',
  scriptSkipReason: 'Why skip this step?',
  scriptSkipConfirm: 'Skip step',
  scriptSkipCancel: 'Cancel',
  scriptSkipReasonNeeded: 'Give a reason to skip.',
  scriptFinish: 'Finish',
  scriptFinishBlocked: 'Cannot finish yet:',
  scriptBlockRequiredStep: (title) => `“${title}” is required and was not done.`,
  scriptBlockGate: (text) => `Check not passed: ${text}`,
  scriptBlockConfirm: 'Tick the box to go on.',
  scriptBlockAction: 'Run the action to go on.',
  scriptBlockAnswer: 'Answer the question to go on.',
  scriptBlockNotSkippable: 'This step cannot be skipped.',
  scriptBlockAtStart: 'This is the first step.',
  scriptBlockNoWayOn: 'The script has no way on from this step with these answers.',
  scriptBlockFinished: 'The script is already complete.',
  scriptBlockOther: 'This cannot be done at this step.',
  scriptActions: {
    'open-ticket': 'Open a ticket',
    'send-sms': 'Send the SMS',
    transfer: 'Transfer the call',
    'apply-offer': 'Apply the offer',
  },
  scriptActionUnknown: (readable) => `Run “${readable}”`,
  scriptActionDone: (result) => (result === 'done' ? 'Done' : `Done: ${result}`),
  scriptGateOpen: 'Condition met',
  scriptGateClosed: 'Waiting for this condition',
  scriptUpcoming: (title) => `Next: ${title}`,
  scriptUpcomingPending: 'Next: depends on this step',
  scriptUpcomingFinish: 'Next: finish the script',
  scriptProgress: (visited, remaining) =>
    remaining === 0 ? `Step ${visited}, last step` : `Step ${visited}, at least ${remaining} more to go`,
  scriptPath: 'Path so far',
  scriptProgressLabel: 'Progress through the script',
  scriptCurrentStep: '(current)',
  scriptPathShowAll: (count) => (count === 1 ? 'Show 1 more step' : `Show ${count} more steps`),
  scriptShortcuts: 'Keyboard shortcuts',
  scriptShortcutNext: 'Next step',
  scriptShortcutNextMultiline: 'Next step from a multi-line answer',
  scriptShortcutBack: 'Previous step',
  scriptShortcutChoice: 'Pick option 1 to 9',
  scriptKeyLeftArrow: 'Left arrow',
  scriptComplete: 'Script complete',
  scriptCompleteOutcome: (outcome) => `Outcome: ${outcome}`,
  scriptOutcomes: {
    verified: 'identity verified',
    'not-verified': 'identity not verified',
    handled: 'handled',
    resolved: 'resolved',
    'dispute-recorded': 'dispute recorded',
    'ticket-opened': 'ticket opened',
    retained: 'customer retained',
    'port-out-code-sent': 'port-out code sent',
    transferred: 'transferred',
    escalated: 'escalated',
    'callback-scheduled': 'call-back scheduled',
    closed: 'call closed',
    continue: 'continue with another request',
  },
  scriptOutcomeUnknown: (readable) => readable,
  scriptSummarySeparator: ': ',
  scriptSummarySkipped: (reason) => `(skipped: ${reason})`,
  scriptCompleteSteps: (steps, skipped) =>
    skipped === 0 ? `${steps} steps taken` : `${steps} steps taken, ${skipped} skipped`,
  scriptRestart: 'Start again',
  scriptCoachTitle: 'Phrase coaching',
  scriptCoachDraft: 'Your reply:',
  scriptCoachInstead: (phrase, suggestion) => `Instead of “${phrase}”, try: “${suggestion}”`,
  scriptCoachAvoid: (phrase) => `Avoid “${phrase}”.`,
  scriptAnnounceStep: (position, title) => `Step ${position}: ${title}`,
  scriptAnnounceComplete: 'Script complete',
  scriptAnnounceBlocked: (reason) => `Cannot go on: ${reason}`,
};

/** Simplified Chinese. */
export const scriptPrompterZhCN: ScriptPrompterTerms = {
  scriptRegionLabel: '通话脚本',
  scriptLoading: '正在加载脚本…',
  scriptEmpty: '暂无脚本',
  scriptLoadFailed: (reason, status) =>
    `脚本加载失败（${
      {
        http: `HTTP ${status}`,
        timeout: '请求超时',
        network: '网络连接失败',
        'not-json': '不是有效的 JSON',
        other: '意外错误',
      }[reason] ?? '意外错误'
    }）。`,
  scriptInvalidTitle: '此脚本无法运行',
  scriptInvalidIntro: (count) => `发现 ${count} 个问题。修正之前，脚本的任何部分都不会运行。`,
  scriptIssueAt: (path) => `位置：${path}`,
  scriptIssueStep: (stepId) => `步骤“${stepId}”`,
  scriptMoreIssues: (count) => `……另有 ${count} 个`,
  scriptIssueCodes: {
    schema: '不符合脚本格式',
    'too-large': '脚本过大',
    'duplicate-id': '名称重复',
    'duplicate-value': '选项重复',
    'unknown-step': '指向不存在的步骤',
    'unknown-reference': '引用了未知数据',
    'no-next': '没有下一步',
    'no-default-rule': '部分答案没有下一步',
    'no-end': '脚本没有结束步骤',
    unreachable: '步骤无法到达',
    'no-exit': '循环无法退出',
    bypassable: '检查可被绕过',
    markup: '包含标记代码',
    'invalid-pattern': '答案格式规则无效',
    'unsafe-pattern': '答案格式规则开销过大',
    'invalid-range': '取值范围无效',
    'not-skippable': '步骤不可跳过',
  },
  scriptIssueUnknown: (readable) => `问题：${readable}`,
  scriptStepKind: (kind) =>
    ({
      say: '话术',
      ask: '询问',
      confirm: '确认',
      action: '操作',
      gate: '检查',
      end: '结束',
    })[kind] ?? kind,
  scriptStepHeading: (position, title) => `第 ${position} 步：${title}`,
  scriptVerbatim: '须逐字宣读',
  scriptRequired: '必做',
  scriptOptional: '（选填）',
  scriptMissingValue: '缺少数据：',
  scriptYes: '是',
  scriptNo: '否',
  scriptConfirmed: '已确认',
  scriptProblem: (code, limit) =>
    ({
      required: '请填写答案。',
      type: '答案无效。',
      'too-short': `请至少输入 ${limit} 个字符。`,
      'too-long': `最多输入 ${limit} 个字符。`,
      pattern: '答案格式不符合要求。',
      min: `请输入不小于 ${limit} 的值。`,
      max: `请输入不大于 ${limit} 的值。`,
      integer: '请输入整数。',
      option: '请选择一个选项。',
      'not-answerable': '此步骤无需作答。',
    })[code] ?? '答案无效。',
  scriptNext: '下一步',
  scriptBack: '上一步',
  scriptSkip: '跳过…',
  scriptSkipReason: '跳过此步骤的原因',
  scriptSkipConfirm: '跳过此步骤',
  scriptSkipCancel: '取消',
  scriptSkipReasonNeeded: '请填写跳过的原因。',
  scriptFinish: '完成',
  scriptFinishBlocked: '尚不能完成：',
  scriptBlockRequiredStep: (title) => `“${title}”为必做步骤，尚未完成。`,
  scriptBlockGate: (text) => `检查未通过：${text}`,
  scriptBlockConfirm: '请勾选确认后继续。',
  scriptBlockAction: '请先执行操作。',
  scriptBlockAnswer: '请先回答问题。',
  scriptBlockNotSkippable: '此步骤不能跳过。',
  scriptBlockAtStart: '已经是第一步。',
  scriptBlockNoWayOn: '根据当前答案，脚本无法从此步骤继续。',
  scriptBlockFinished: '脚本已完成。',
  scriptBlockOther: '当前步骤无法执行此操作。',
  scriptActions: {
    'open-ticket': '创建工单',
    'send-sms': '发送短信',
    transfer: '转接通话',
    'apply-offer': '办理优惠',
  },
  scriptActionUnknown: (readable) => `执行“${readable}”`,
  scriptActionDone: (result) => (result === 'done' ? '已完成' : `已完成：${result}`),
  scriptGateOpen: '条件已满足',
  scriptGateClosed: '等待满足条件',
  scriptUpcoming: (title) => `下一步：${title}`,
  scriptUpcomingPending: '下一步：取决于本步骤',
  scriptUpcomingFinish: '下一步：完成脚本',
  scriptProgress: (visited, remaining) =>
    remaining === 0 ? `第 ${visited} 步，最后一步` : `第 ${visited} 步，至少还有 ${remaining} 步`,
  scriptPath: '已走步骤',
  scriptProgressLabel: '脚本进度',
  scriptCurrentStep: '（当前）',
  scriptPathShowAll: (count) => `显示其余 ${count} 步`,
  scriptShortcuts: '键盘快捷键',
  scriptShortcutNext: '下一步',
  scriptShortcutNextMultiline: '在多行答案中进入下一步',
  scriptShortcutBack: '上一步',
  scriptShortcutChoice: '选择第 1–9 个选项',
  scriptKeyLeftArrow: '左方向键',
  scriptComplete: '脚本已完成',
  scriptCompleteOutcome: (outcome) => `结果：${outcome}`,
  scriptOutcomes: {
    verified: '身份已核验',
    'not-verified': '身份未核验',
    handled: '已处理',
    resolved: '已解决',
    'dispute-recorded': '争议已登记',
    'ticket-opened': '已建工单',
    retained: '客户已挽留',
    'port-out-code-sent': '已发送携号转网授权码',
    transferred: '已转接',
    escalated: '已升级',
    'callback-scheduled': '已预约回电',
    closed: '通话已结束',
    continue: '继续服务',
  },
  scriptOutcomeUnknown: (readable) => readable,
  scriptSummarySeparator: '：',
  scriptSummarySkipped: (reason) => `（已跳过：${reason}）`,
  scriptCompleteSteps: (steps, skipped) =>
    skipped === 0 ? `共 ${steps} 步` : `共 ${steps} 步，跳过 ${skipped} 步`,
  scriptRestart: '重新开始',
  scriptCoachTitle: '用语提示',
  scriptCoachDraft: '您的回复：',
  scriptCoachInstead: (phrase, suggestion) => `请避免说“${phrase}”，建议改为：“${suggestion}”`,
  scriptCoachAvoid: (phrase) => `请避免说“${phrase}”。`,
  scriptAnnounceStep: (position, title) => `第 ${position} 步：${title}`,
  scriptAnnounceComplete: '脚本已完成',
  scriptAnnounceBlocked: (reason) => `无法继续：${reason}`,
};
