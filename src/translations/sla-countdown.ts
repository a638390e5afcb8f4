// Terms of <cx-sla-countdown>, in every shipped language. Keys start with the widget's prefix.

/** The state of a target as the agent reads it. */
export type SlaShownState = 'active' | 'warning' | 'paused' | 'breached' | 'met' | 'cancelled';

/** What <cx-sla-countdown> shows and announces. */
export interface SlaTerms {
  slaRegionLabel: string;
  slaEmpty: string;
  /** The ticket could not be loaded: the SLA is unknown (never "no targets"). */
  slaUnavailable: string;
  /** One line under `slaUnavailable` in the full variant: what the agent can expect. */
  slaUnavailableHint: string;
  slaInvalidTarget: string;
  slaInvalidList: string;
  /** A setting (thresholds, calendar) was not understood and its default is used. */
  slaSettingsFallback: string;
  /** Target kinds (`targets[].kind`), code → label; an unknown kind shows in a readable form. */
  slaKinds: Readonly<Record<string, string>>;
  /** TMF621 statuses that pause a ticket's clock, shown as the pause reason when the ticket gives none. */
  slaPauseStatuses: Readonly<Record<string, string>>;
  slaState: (state: SlaShownState) => string;
  slaRemaining: (duration: string) => string;
  slaOverdue: (duration: string) => string;
  slaMetEarly: (duration: string) => string;
  slaMetLate: (duration: string) => string;
  slaDue: (date: string) => string;
  slaDueUnknown: string;
  slaPausedFor: (reason: string, duration: string) => string;
  slaWallClock: (duration: string) => string;
  slaShowSeconds: string;
  slaShowWallClock: string;
  slaNotCovered: (years: string) => string;
  /** The accessible name of a compact countdown: label, time and state. */
  slaCompactLabel: (label: string, remaining: string, state: string) => string;
  slaAnnounceWarning: (label: string, duration: string) => string;
  slaAnnounceLastMinute: (label: string) => string;
  slaAnnounceBreach: (label: string) => string;
}

export const slaEn: SlaTerms = {
  slaRegionLabel: 'SLA targets',
  slaEmpty: 'No SLA targets for this ticket',
  slaUnavailable: 'SLA unavailable',
  slaUnavailableHint: 'The ticket could not be loaded, so its deadlines are unknown for now.',
  slaInvalidTarget: 'This target cannot be shown',
  slaInvalidList: 'The SLA targets cannot be read',
  slaSettingsFallback: 'Some SLA settings were not understood: the defaults are used',
  slaKinds: {
    'first-response': 'First response',
    response: 'Response',
    'next-response': 'Next response',
    resolution: 'Resolution',
    'follow-up': 'Follow-up',
    callback: 'Callback',
    'on-site': 'On-site visit',
    restoration: 'Service restoration',
  },
  slaPauseStatuses: { pending: 'Pending', held: 'On hold' },
  slaState: (state) =>
    ({
      active: 'On track',
      warning: 'At risk',
      paused: 'Paused',
      breached: 'Breached',
      met: 'Met',
      cancelled: 'Cancelled',
    })[state],
  slaRemaining: (duration) => `${duration} left`,
  slaOverdue: (duration) => `${duration} overdue`,
  slaMetEarly: (duration) => `Met with ${duration} to spare`,
  slaMetLate: (duration) => `Met ${duration} late`,
  slaDue: (date) => `Due ${date}`,
  slaDueUnknown: 'Due date on hold while paused',
  slaPausedFor: (reason, duration) =>
    reason ? `Paused (${reason}) for ${duration}` : `Paused for ${duration}`,
  slaWallClock: (duration) => `${duration} on the clock`,
  slaShowSeconds: 'Seconds',
  slaShowWallClock: 'Wall-clock time',
  slaNotCovered: (years) => `No holiday data for ${years}: counted as plain weekdays`,
  slaCompactLabel: (label, remaining, state) => `${label}: ${remaining}, ${state}`,
  slaAnnounceWarning: (label, duration) => `${label}: ${duration} left`,
  slaAnnounceLastMinute: (label) => `${label}: one minute left`,
  slaAnnounceBreach: (label) => `${label}: deadline passed`,
};

export const slaZhCN: SlaTerms = {
  slaRegionLabel: 'SLA 时限',
  slaEmpty: '此工单没有 SLA 时限',
  slaUnavailable: 'SLA 暂不可用',
  slaUnavailableHint: '工单未能加载，暂时无法得知其截止时间。',
  slaInvalidTarget: '此时限无法显示',
  slaInvalidList: '无法读取 SLA 时限',
  slaSettingsFallback: '部分 SLA 设置无法识别，已使用默认设置',
  slaKinds: {
    'first-response': '首次响应',
    response: '响应',
    'next-response': '下次响应',
    resolution: '处理完成',
    'follow-up': '回访',
    callback: '回电',
    'on-site': '上门服务',
    restoration: '业务恢复',
  },
  slaPauseStatuses: { pending: '等待中', held: '已挂起' },
  slaState: (state) =>
    ({
      active: '正常',
      warning: '即将超时',
      paused: '已暂停',
      breached: '已超时',
      met: '已达成',
      cancelled: '已取消',
    })[state],
  slaRemaining: (duration) => `剩余 ${duration}`,
  slaOverdue: (duration) => `已超时 ${duration}`,
  slaMetEarly: (duration) => `已达成，提前 ${duration}`,
  slaMetLate: (duration) => `已达成，超时 ${duration}`,
  slaDue: (date) => `截止 ${date}`,
  slaDueUnknown: '暂停期间截止时间顺延',
  slaPausedFor: (reason, duration) => (reason ? `已暂停（${reason}）${duration}` : `已暂停 ${duration}`),
  slaWallClock: (duration) => `自然时间 ${duration}`,
  slaShowSeconds: '显示秒',
  slaShowWallClock: '自然时间',
  slaNotCovered: (years) => `缺少 ${years} 年节假日数据：按普通工作日计算`,
  slaCompactLabel: (label, remaining, state) => `${label}：${remaining}，${state}`,
  slaAnnounceWarning: (label, duration) => `${label}：剩余 ${duration}`,
  slaAnnounceLastMinute: (label) => `${label}：仅剩一分钟`,
  slaAnnounceBreach: (label) => `${label}：已超时`,
};
