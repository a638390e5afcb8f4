// Terms of <cx-sla-countdown>, in every shipped language. Keys start with the widget's prefix.

/** What <cx-sla-countdown> shows and announces. */
export interface SlaTerms {
  slaRegionLabel: string;
  slaEmpty: string;
  slaInvalidTarget: string;
  slaInvalidList: string;
  slaKind: (kind: string) => string;
  slaState: (state: 'active' | 'warning' | 'paused' | 'breached' | 'met' | 'cancelled') => string;
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
  slaAnnounceWarning: (label: string, duration: string) => string;
  slaAnnounceLastMinute: (label: string) => string;
  slaAnnounceBreach: (label: string) => string;
}

export const slaEn: SlaTerms = {
  slaRegionLabel: 'SLA targets',
  slaEmpty: 'No SLA targets for this ticket',
  slaInvalidTarget: 'This target cannot be shown',
  slaInvalidList: 'The SLA targets cannot be read',
  slaKind: (kind) =>
    ({
      'first-response': 'First response',
      response: 'Response',
      resolution: 'Resolution',
      'follow-up': 'Follow-up',
    })[kind] ?? kind,
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
  slaAnnounceWarning: (label, duration) => `${label}: ${duration} left`,
  slaAnnounceLastMinute: (label) => `${label}: one minute left`,
  slaAnnounceBreach: (label) => `${label}: deadline passed`,
};

export const slaZhCN: SlaTerms = {
  slaRegionLabel: 'SLA 时限',
  slaEmpty: '此工单没有 SLA 时限',
  slaInvalidTarget: '此时限无法显示',
  slaInvalidList: '无法读取 SLA 时限',
  slaKind: (kind) =>
    ({ 'first-response': '首次响应', response: '响应', resolution: '处理完成', 'follow-up': '回访' })[kind] ??
    kind,
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
  slaAnnounceWarning: (label, duration) => `${label}：剩余 ${duration}`,
  slaAnnounceLastMinute: (label) => `${label}：仅剩一分钟`,
  slaAnnounceBreach: (label) => `${label}：已超时`,
};
