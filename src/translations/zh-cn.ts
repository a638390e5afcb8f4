import type { CxBaseTerms } from './translation.js';

/** 简体中文 */
const zhCN: CxBaseTerms = {
  $code: 'zh-cn',
  $name: '简体中文',
  $dir: 'ltr',
  loading: '加载中…',
  retry: '重试',
  close: '关闭',
  errorTitle: '数据有误',
  errorDetails: '详情',
  empty: '暂无内容',
  widgetPending: (tag) => `${tag} 将显示在这里`,
  sessionCustomer: (customerId) => `客户 ${customerId}`,
  sessionNoCustomer: '未选择客户',

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
  durationUnits: { day: '天', hour: '小时', minute: '分钟', second: '秒' },
};

export default zhCN;
