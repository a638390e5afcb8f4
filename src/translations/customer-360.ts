// Terms of <cx-customer-360>, in every shipped language. Keys start with the widget's prefix.
import { lookupCode } from '../internal/code-terms.js';

/** The tabs (or disclosures) of the 360, in order. */
export type Customer360Tab =
  'products' | 'usage' | 'bills' | 'tickets' | 'interactions' | 'satisfaction' | 'offers';

/** What <cx-customer-360> shows. */
export interface Customer360Terms {
  c360RegionLabel: string;
  c360SectionsLabel: string;
  c360Tab: (tab: Customer360Tab) => string;
  c360LoadFailed: (section: string) => string;
  c360Empty: (tab: Customer360Tab) => string;
  c360NoCustomer: string;
  c360Invalid: string;
  c360InvalidFields: (count: number) => string;
  c360Unknown: string;
  c360Phone: string;
  c360IdNumber: string;
  c360Tier: (tier: string) => string;
  c360TierLabel: string;
  c360Stage: (stage: string) => string;
  c360StageLabel: string;
  c360Status: (status: string) => string;
  c360StatusLabel: string;
  c360Tenure: (years: number, months: number) => string;
  c360TenureLabel: string;
  c360LanguageLabel: string;
  c360ChannelLabel: string;
  c360ContractEndLabel: string;
  c360AlertsLabel: string;
  c360Alert: (code: string) => string;
  /** Why a badge fired; amounts in `params` arrive formatted with their currency. */
  c360AlertReason: (code: string, params: Record<string, string | number>) => string;
  c360ActionsLabel: string;
  c360Action: (action: string) => string;
  c360ProductStatus: (status: string) => string;
  c360MonthlyFee: (amount: string) => string;
  c360Contract: (start: string, end: string) => string;
  c360Since: (date: string) => string;
  c360UsageType: (type: string) => string;
  c360UsageOf: (used: string, cap: string, unit: string) => string;
  c360UsageOnly: (used: string, unit: string) => string;
  c360OverCap: string;
  c360Resets: (date: string) => string;
  c360Shared: string;
  c360BillPeriod: string;
  c360AmountDue: string;
  c360Remaining: string;
  c360DueDate: string;
  c360BillStateLabel: string;
  c360BillState: (state: string) => string;
  c360BillsCaption: string;
  c360TicketType: (type: string) => string;
  c360TicketStatus: (status: string) => string;
  c360Opened: (date: string) => string;
  c360ClosedTickets: (count: number) => string;
  c360FeedLabel: string;
  c360FilterChannel: string;
  c360AllChannels: string;
  c360Direction: (direction: string) => string;
  c360InteractionCount: (shown: number, total: number) => string;
  c360LoadingMore: string;
  c360SatisfactionKind: (kind: string) => string;
  c360Score: (score: number, max: number) => string;
  c360Accept: string;
  c360Reject: string;
  c360RejectReasonLabel: string;
  c360RejectReason: (reason: string) => string;
  c360ConfirmReject: string;
  c360Cancel: string;
  c360Decided: (decision: 'accept' | 'reject') => string;
  // Codes a backend sends as open text, and the words of personal values (issue 15).
  /**
   * The label of a backend code of `family` (a ticket category, a channel, a unit…); empty when the
   * language has none: the widget then shows a readable form of the code and warns once per page.
   */
  c360Code: (family: Customer360CodeFamily, code: string) => string;
  /** Joins labels into one phrase ("a, b" / "a、b"). */
  c360List: (items: string[]) => string;
  /** A labelled value in running text ("Severity: Major" / "严重程度：重大"). */
  c360Labelled: (label: string, value: string) => string;
  c360SeverityLabel: string;
  c360PriorityLabel: string;
  c360CategoryLabel: string;

  // Section states (loading, still loading, retrying, saved data, failed) and their technical details.
  /** A section as the object of a sentence ("the customer's …"), e.g. `bills` → "bills". */
  c360StateSection: (section: string) => string;
  c360StateLoading: (section: string) => string;
  c360StateSlow: (section: string) => string;
  /** Why a request failed, in plain words, from the error's code (`timeout`, `http`…) and HTTP status. */
  c360StateReason: (code: string, status: number | undefined) => string;
  c360StateRetrying: string;
  c360StateRetryingIn: (seconds: number) => string;
  c360StateStaleSlow: string;
  c360StateStaleFailed: string;
  c360RetryNow: string;
  c360MoreFailed: string;
  c360ErrorDetails: string;
  c360ErrorDetailLabel: (field: 'url' | 'status' | 'attempts' | 'code' | 'message') => string;
}

/** Families of codes a backend sends as open text (validated enumerations have typed terms above). */
export type Customer360CodeFamily =
  | 'productKind'
  | 'ticketCategory'
  | 'severity'
  | 'priority'
  | 'interactionReason'
  | 'interactionStatus'
  | 'channel'
  | 'unit'
  | 'riskReason'
  | 'offerReason'
  | 'contactKind'
  | 'personalField';

/** Labels of each code family; keys are the codes (severity, priority and units also match lower-cased). */
export type Customer360CodeTables = Readonly<Record<Customer360CodeFamily, Readonly<Record<string, string>>>>;

const codeIn = (tables: Customer360CodeTables, family: Customer360CodeFamily, code: string): string =>
  typeof code === 'string' ? (lookupCode(tables[family], code) ?? '') : '';

/** English labels of the open code families. */
export const customer360CodesEn: Customer360CodeTables = {
  productKind: {
    mobile: 'Mobile',
    broadband: 'Broadband',
    tv: 'TV',
    iptv: 'TV',
    'secondary-sim': 'Secondary SIM',
    landline: 'Landline',
    iot: 'IoT',
    bundle: 'Bundle',
  },
  ticketCategory: {
    'network-quality': 'Network quality',
    'response-speed': 'Slow response',
    'incomplete-service': 'Unfinished service',
    'billing-dispute': 'Bill dispute',
    'unwanted-subscription': 'Unwanted subscription',
  },
  severity: { critical: 'Critical', major: 'Major', minor: 'Minor', warning: 'Warning' },
  priority: { urgent: 'Urgent', high: 'High', medium: 'Medium', low: 'Low' },
  interactionReason: {
    'data-usage': 'Data usage',
    'billing-inquiry': 'Bill question',
    billing: 'Billing',
    payment: 'Payment',
    'plan-change': 'Plan change',
    device: 'Device settings',
    roaming: 'Roaming',
    'network-fault': 'Network fault',
    network: 'Network',
    'broadband-install': 'Broadband installation',
    complaint: 'Complaint',
    'complaint-follow-up': 'Complaint follow-up',
    'satisfaction-survey': 'Satisfaction survey',
    'retention-offer': 'Retention offer',
  },
  interactionStatus: {
    completed: 'Completed',
    inProgress: 'In progress',
    open: 'Open',
    cancelled: 'Cancelled',
    failed: 'Failed',
    abandoned: 'Abandoned',
    verified: 'Verified',
  },
  channel: {
    hotline: 'Hotline',
    sms: 'SMS',
    store: 'Store',
    'account-manager': 'Account manager',
    wechat: 'WeChat',
    weibo: 'Weibo',
    app: 'App',
    robot: 'Chatbot',
    email: 'E-mail',
    chat: 'Online chat',
    web: 'Website',
    phone: 'Phone',
  },
  unit: {
    gb: 'GB',
    mb: 'MB',
    kb: 'KB',
    tb: 'TB',
    min: 'min',
    minute: 'min',
    minutes: 'min',
    sms: 'texts',
    message: 'texts',
    messages: 'texts',
  },
  riskReason: {
    'contract-ending': 'contract ending',
    'competitor-offer': 'competitor offer',
    'network-quality': 'network quality',
    'bill-shock': 'bill shock',
    complaints: 'complaints',
    'price-sensitive': 'price sensitive',
    'usage-decline': 'usage declining',
  },
  offerReason: {
    retention: 'Retention',
    renewal: 'Renewal',
    'data-pack': 'Data pack',
    upsell: 'Upgrade',
    upgrade: 'Upgrade',
    broadband: 'Broadband',
    onboarding: 'Welcome offer',
  },
  contactKind: { phone: 'Phone', email: 'E-mail', postal: 'Address', other: 'Other contact' },
  personalField: {
    msisdn: 'Mobile number',
    iccid: 'SIM card number',
    imsi: 'Subscriber identity',
    installationAddress: 'Installation address',
    paymentAccount: 'Payment account',
    bankAccount: 'Bank account',
    billingAddress: 'Billing address',
    contactNumber: 'Contact number',
    address: 'Address',
    callerNumber: 'Caller number',
    from: 'From',
    to: 'To',
  },
};

/** Simplified Chinese labels of the open code families. */
export const customer360CodesZhCN: Customer360CodeTables = {
  productKind: {
    mobile: '手机',
    broadband: '宽带',
    tv: '电视',
    iptv: '电视',
    'secondary-sim': '副卡',
    landline: '固话',
    iot: '物联网',
    bundle: '融合套餐',
  },
  ticketCategory: {
    'network-quality': '网络质量',
    'response-speed': '响应速度',
    'incomplete-service': '服务未完成',
    'billing-dispute': '账单争议',
    'unwanted-subscription': '不知情定制',
  },
  severity: { critical: '紧急', major: '重大', minor: '一般', warning: '提示' },
  priority: { urgent: '紧急', high: '高', medium: '中', low: '低' },
  interactionReason: {
    'data-usage': '流量查询',
    'billing-inquiry': '账单咨询',
    billing: '账单',
    payment: '缴费',
    'plan-change': '套餐变更',
    device: '终端设置',
    roaming: '国际漫游',
    'network-fault': '网络故障',
    network: '网络',
    'broadband-install': '宽带装机',
    complaint: '投诉',
    'complaint-follow-up': '投诉跟进',
    'satisfaction-survey': '满意度回访',
    'retention-offer': '挽留优惠',
  },
  interactionStatus: {
    completed: '已完成',
    inProgress: '处理中',
    open: '进行中',
    cancelled: '已取消',
    failed: '未成功',
    abandoned: '已放弃',
    verified: '已核验',
  },
  channel: {
    hotline: '热线',
    sms: '短信',
    store: '营业厅',
    'account-manager': '客户经理',
    wechat: '微信',
    weibo: '微博',
    app: '手机营业厅',
    robot: '智能客服',
    email: '电子邮件',
    chat: '在线客服',
    web: '网上营业厅',
    phone: '电话',
  },
  unit: {
    gb: 'GB',
    mb: 'MB',
    kb: 'KB',
    tb: 'TB',
    min: '分钟',
    minute: '分钟',
    minutes: '分钟',
    sms: '条',
    message: '条',
    messages: '条',
  },
  riskReason: {
    'contract-ending': '合约即将到期',
    'competitor-offer': '竞争对手优惠',
    'network-quality': '网络质量',
    'bill-shock': '账单异常',
    complaints: '多次投诉',
    'price-sensitive': '价格敏感',
    'usage-decline': '用量下降',
  },
  offerReason: {
    retention: '挽留',
    renewal: '续约',
    'data-pack': '流量包',
    upsell: '升级',
    upgrade: '升级',
    broadband: '宽带',
    onboarding: '新用户礼包',
  },
  contactKind: { phone: '联系电话', email: '电子邮箱', postal: '联系地址', other: '其他联系方式' },
  personalField: {
    msisdn: '手机号码',
    iccid: 'SIM卡号',
    imsi: '用户识别码',
    installationAddress: '装机地址',
    paymentAccount: '付款账户',
    bankAccount: '银行账户',
    billingAddress: '账单地址',
    contactNumber: '联系电话',
    address: '地址',
    callerNumber: '来电号码',
    from: '主叫号码',
    to: '被叫号码',
  },
};

/** English. */
export const customer360En: Customer360Terms = {
  c360RegionLabel: 'Customer 360',
  c360SectionsLabel: 'Customer details',
  c360Tab: (tab) =>
    ({
      products: 'Plan & products',
      usage: 'Usage',
      bills: 'Bills',
      tickets: 'Open tickets',
      interactions: 'History',
      satisfaction: 'Satisfaction',
      offers: 'Offers',
    })[tab],
  c360LoadFailed: (section) => `${section} could not be loaded.`,
  c360Empty: (tab) =>
    ({
      products: 'No products',
      usage: 'No usage this cycle',
      bills: 'No bills',
      tickets: 'No tickets',
      interactions: 'No contacts yet',
      satisfaction: 'No satisfaction answers',
      offers: 'No offers for this customer',
    })[tab],
  c360NoCustomer: 'No customer selected',
  c360Invalid: 'invalid',
  c360InvalidFields: (count) =>
    count === 1 ? '1 field could not be read' : `${count} fields could not be read`,
  c360Unknown: '—',
  c360Phone: 'Mobile',
  c360IdNumber: 'ID number',
  c360Tier: (tier) =>
    ({ ordinary: 'Ordinary', silver: 'Silver', gold: 'Gold', diamond: 'Diamond' })[tier] ?? tier,
  c360TierLabel: 'Tier',
  c360Stage: (stage) =>
    ({ new: 'New', growth: 'Growth', stable: 'Stable', decline: 'Decline' })[stage] ?? stage,
  c360StageLabel: 'Lifecycle',
  c360Status: (status) =>
    ({ active: 'Active', suspended: 'Suspended', arrears: 'In arrears', terminated: 'Terminated' })[status] ??
    status,
  c360StatusLabel: 'Status',
  c360Tenure: (years, months) =>
    years > 0 ? `${years} yr${months > 0 ? ` ${months} mo` : ''}` : `${months} mo`,
  c360TenureLabel: 'Tenure',
  c360LanguageLabel: 'Language',
  c360ChannelLabel: 'Preferred channel',
  c360ContractEndLabel: 'Contract ends',
  c360AlertsLabel: 'Alerts',
  c360Alert: (code) =>
    ({
      'port-out-risk': 'Port-out risk',
      'bill-shock': 'Bill shock',
      arrears: 'Arrears',
      'open-complaint': 'Open complaint',
      'repeat-contact': 'Repeat contact',
      'network-fault': 'Network fault',
    })[code] ?? code,
  c360AlertReason: (code, params) => {
    switch (code) {
      case 'port-out-risk':
        return `Churn score ${params.percent}%${params.reasons ? `: ${params.reasons}` : ''}`;
      case 'bill-shock':
        return `Latest bill ${params.amount} is ${params.ratio}× the usual ${params.average}`;
      case 'arrears':
        return `${params.count} overdue bill(s), ${params.total} unpaid, oldest ${params.days} day(s) overdue`;
      case 'open-complaint':
        return `${params.count} open complaint(s)${params.categories ? ` (${params.categories})` : ''}`;
      case 'repeat-contact':
        return `${params.count} contacts in the last ${params.days} days`;
      case 'network-fault':
        return 'Known network fault in the customer’s area';
      default:
        return code;
    }
  },
  c360ActionsLabel: 'Actions',
  c360Action: (action) =>
    ({ call: 'Call', sms: 'SMS', email: 'E-mail', 'open-ticket': 'New ticket' })[action] ?? action,
  c360ProductStatus: (status) =>
    ({
      created: 'Created',
      pendingActive: 'Activating',
      active: 'Active',
      suspended: 'Suspended',
      pendingTerminate: 'Terminating',
      terminated: 'Terminated',
      cancelled: 'Cancelled',
      aborted: 'Aborted',
    })[status] ?? status,
  c360MonthlyFee: (amount) => `${amount} / month`,
  c360Contract: (start, end) => `Contract ${start} – ${end}`,
  c360Since: (date) => `Since ${date}`,
  c360UsageType: (type) => ({ data: 'Data', voice: 'Voice', sms: 'SMS', other: 'Other' })[type] ?? type,
  c360UsageOf: (used, cap, unit) => `${used} of ${cap} ${unit}`,
  c360UsageOnly: (used, unit) => `${used} ${unit} used`,
  c360OverCap: 'over the cap',
  c360Resets: (date) => `Resets ${date}`,
  c360Shared: 'shared',
  c360BillPeriod: 'Period',
  c360AmountDue: 'Amount due',
  c360Remaining: 'Unpaid',
  c360DueDate: 'Due',
  c360BillStateLabel: 'State',
  c360BillState: (state) =>
    ({
      new: 'New',
      onHold: 'On hold',
      validated: 'Validated',
      sent: 'Sent',
      partiallyPaid: 'Partially paid',
      settled: 'Settled',
    })[state] ?? state,
  c360BillsCaption: 'Bills, newest first',
  c360TicketType: (type) =>
    ({ incident: 'Incident', complaint: 'Complaint', request: 'Request' })[type] ?? type,
  c360TicketStatus: (status) =>
    ({
      acknowledged: 'Acknowledged',
      rejected: 'Rejected',
      pending: 'Pending',
      held: 'Held',
      inProgress: 'In progress',
      cancelled: 'Cancelled',
      closed: 'Closed',
      resolved: 'Resolved',
    })[status] ?? status,
  c360Opened: (date) => `Opened ${date}`,
  c360ClosedTickets: (count) =>
    count === 1 ? '1 closed ticket not shown' : `${count} closed tickets not shown`,
  c360FeedLabel: 'Interaction history',
  c360FilterChannel: 'Channel',
  c360AllChannels: 'All channels',
  c360Direction: (direction) => ({ inbound: 'Inbound', outbound: 'Outbound' })[direction] ?? direction,
  c360InteractionCount: (shown, total) => `${shown} of ${total}`,
  c360LoadingMore: 'Loading more…',
  c360SatisfactionKind: (kind) =>
    ({ csat: 'CSAT', nps: 'NPS', ces: 'Effort (CES)', fcr: 'First-contact resolution' })[kind] ?? kind,
  c360Score: (score, max) => `${score} / ${max}`,
  c360Accept: 'Accept',
  c360Reject: 'Reject',
  c360RejectReasonLabel: 'Why did the customer decline?',
  c360RejectReason: (reason) =>
    ({
      'not-interested': 'Not interested',
      'too-expensive': 'Too expensive',
      'already-has': 'Already has a similar offer',
      'call-back-later': 'Wants to think about it',
      'no-consent': 'Does not want offers',
      other: 'Other',
    })[reason] ?? reason,
  c360ConfirmReject: 'Record rejection',
  c360Cancel: 'Cancel',
  c360Decided: (decision) => (decision === 'accept' ? 'Accepted' : 'Rejected'),
  // Codes a backend sends as open text, and the words of personal values (issue 15).
  c360Code: (family, code) => codeIn(customer360CodesEn, family, code),
  c360List: (items) => items.join(', '),
  c360Labelled: (label, value) => `${label}: ${value}`,
  c360SeverityLabel: 'Severity',
  c360PriorityLabel: 'Priority',
  c360CategoryLabel: 'Category',

  // Section states
  c360StateSection: (section) =>
    ({
      profile: 'details',
      products: 'plan and products',
      usage: 'usage',
      bills: 'bills',
      tickets: 'open tickets',
      interactions: 'contact history',
      satisfaction: 'satisfaction answers',
      risk: 'port-out risk',
      offers: 'offers',
    })[section] ?? 'details',
  c360StateLoading: (section) => `Loading the customer's ${section}…`,
  c360StateSlow: (section) => `Still loading the customer's ${section}…`,
  c360StateReason: (code, status) => {
    if (code === 'timeout') return 'The server did not answer in time.';
    if (code === 'network') return 'The server could not be reached.';
    if (code === 'parse') return "The server's answer could not be read.";
    if (code !== 'http') return 'Something went wrong.';
    if (status === 401 || status === 403) return 'Access was refused.';
    if (status === 404) return 'The server does not know this record.';
    if (status === 408 || status === 429) return 'The server is busy.';
    return status !== undefined && status >= 500
      ? 'The server had a problem.'
      : 'The server refused the request.';
  },
  c360StateRetrying: 'Trying again…',
  c360StateRetryingIn: (seconds) => `Trying again in ${seconds} s…`,
  c360StateStaleSlow: 'Showing saved data; still updating…',
  c360StateStaleFailed: 'Showing saved data: it could not be updated.',
  c360RetryNow: 'Retry now',
  c360MoreFailed: 'More contacts could not be loaded.',
  c360ErrorDetails: 'Technical details',
  c360ErrorDetailLabel: (field) =>
    ({ url: 'Address', status: 'HTTP status', attempts: 'Attempts', code: 'Error code', message: 'Message' })[
      field
    ],
};

/** Simplified Chinese. */
export const customer360ZhCN: Customer360Terms = {
  c360RegionLabel: '客户360视图',
  c360SectionsLabel: '客户详情',
  c360Tab: (tab) =>
    ({
      products: '套餐与产品',
      usage: '用量',
      bills: '账单',
      tickets: '未结工单',
      interactions: '接触历史',
      satisfaction: '满意度',
      offers: '推荐',
    })[tab],
  c360LoadFailed: (section) => `${section}加载失败。`,
  c360Empty: (tab) =>
    ({
      products: '暂无产品',
      usage: '本周期暂无用量',
      bills: '暂无账单',
      tickets: '暂无工单',
      interactions: '暂无接触记录',
      satisfaction: '暂无满意度评价',
      offers: '暂无适合该客户的推荐',
    })[tab],
  c360NoCustomer: '未选择客户',
  c360Invalid: '数据无效',
  c360InvalidFields: (count) => `${count} 个字段无法读取`,
  c360Unknown: '—',
  c360Phone: '手机号',
  c360IdNumber: '证件号',
  c360Tier: (tier) => ({ ordinary: '普通', silver: '银卡', gold: '金卡', diamond: '钻石' })[tier] ?? tier,
  c360TierLabel: '客户等级',
  c360Stage: (stage) =>
    ({ new: '新入网', growth: '成长期', stable: '稳定期', decline: '衰退期' })[stage] ?? stage,
  c360StageLabel: '生命周期',
  c360Status: (status) =>
    ({ active: '正常', suspended: '停机', arrears: '欠费', terminated: '已销户' })[status] ?? status,
  c360StatusLabel: '状态',
  c360Tenure: (years, months) =>
    years > 0 ? `${years}年${months > 0 ? `${months}个月` : ''}` : `${months}个月`,
  c360TenureLabel: '在网时长',
  c360LanguageLabel: '语言',
  c360ChannelLabel: '偏好渠道',
  c360ContractEndLabel: '合约到期',
  c360AlertsLabel: '提醒',
  c360Alert: (code) =>
    ({
      'port-out-risk': '携号转网风险',
      'bill-shock': '账单异常',
      arrears: '欠费',
      'open-complaint': '未结投诉',
      'repeat-contact': '重复来电',
      'network-fault': '网络故障',
    })[code] ?? code,
  c360AlertReason: (code, params) => {
    switch (code) {
      case 'port-out-risk':
        return `流失评分 ${params.percent}%${params.reasons ? `：${params.reasons}` : ''}`;
      case 'bill-shock':
        return `最新账单 ${params.amount}，是平时 ${params.average} 的 ${params.ratio} 倍`;
      case 'arrears':
        return `${params.count} 张账单逾期，未缴 ${params.total}，最早逾期 ${params.days} 天`;
      case 'open-complaint':
        return `${params.count} 个未结投诉${params.categories ? `（${params.categories}）` : ''}`;
      case 'repeat-contact':
        return `近 ${params.days} 天联系 ${params.count} 次`;
      case 'network-fault':
        return '客户所在区域存在已知网络故障';
      default:
        return code;
    }
  },
  c360ActionsLabel: '操作',
  c360Action: (action) =>
    ({ call: '呼叫', sms: '短信', email: '邮件', 'open-ticket': '新建工单' })[action] ?? action,
  c360ProductStatus: (status) =>
    ({
      created: '已创建',
      pendingActive: '待激活',
      active: '生效中',
      suspended: '已暂停',
      pendingTerminate: '待终止',
      terminated: '已终止',
      cancelled: '已取消',
      aborted: '已中止',
    })[status] ?? status,
  c360MonthlyFee: (amount) => `${amount}/月`,
  c360Contract: (start, end) => `合约 ${start} 至 ${end}`,
  c360Since: (date) => `自 ${date}`,
  c360UsageType: (type) => ({ data: '流量', voice: '语音', sms: '短信', other: '其他' })[type] ?? type,
  c360UsageOf: (used, cap, unit) => `已用 ${used} / ${cap} ${unit}`,
  c360UsageOnly: (used, unit) => `已用 ${used} ${unit}`,
  c360OverCap: '已超出套餐',
  c360Resets: (date) => `${date} 重置`,
  c360Shared: '共享',
  c360BillPeriod: '账期',
  c360AmountDue: '应缴金额',
  c360Remaining: '未缴',
  c360DueDate: '缴费截止',
  c360BillStateLabel: '状态',
  c360BillState: (state) =>
    ({
      new: '新出账',
      onHold: '暂缓',
      validated: '已确认',
      sent: '已发送',
      partiallyPaid: '部分缴清',
      settled: '已结清',
    })[state] ?? state,
  c360BillsCaption: '账单（最新在前）',
  c360TicketType: (type) => ({ incident: '故障', complaint: '投诉', request: '请求' })[type] ?? type,
  c360TicketStatus: (status) =>
    ({
      acknowledged: '已受理',
      rejected: '已驳回',
      pending: '待处理',
      held: '挂起',
      inProgress: '处理中',
      cancelled: '已取消',
      closed: '已关闭',
      resolved: '已解决',
    })[status] ?? status,
  c360Opened: (date) => `创建于 ${date}`,
  c360ClosedTickets: (count) => `另有 ${count} 个已结工单未显示`,
  c360FeedLabel: '接触历史',
  c360FilterChannel: '渠道',
  c360AllChannels: '全部渠道',
  c360Direction: (direction) => ({ inbound: '呼入', outbound: '呼出' })[direction] ?? direction,
  c360InteractionCount: (shown, total) => `${shown} / ${total}`,
  c360LoadingMore: '正在加载更多…',
  c360SatisfactionKind: (kind) =>
    ({ csat: '满意度（CSAT）', nps: '净推荐值（NPS）', ces: '费力度（CES）', fcr: '首次解决' })[kind] ?? kind,
  c360Score: (score, max) => `${score} / ${max}`,
  c360Accept: '接受',
  c360Reject: '拒绝',
  c360RejectReasonLabel: '客户拒绝的原因',
  c360RejectReason: (reason) =>
    ({
      'not-interested': '不感兴趣',
      'too-expensive': '价格太高',
      'already-has': '已有类似优惠',
      'call-back-later': '需要考虑',
      'no-consent': '不希望接收推荐',
      other: '其他',
    })[reason] ?? reason,
  c360ConfirmReject: '记录拒绝',
  c360Cancel: '取消',
  c360Decided: (decision) => (decision === 'accept' ? '已接受' : '已拒绝'),
  // Codes a backend sends as open text, and the words of personal values (issue 15).
  c360Code: (family, code) => codeIn(customer360CodesZhCN, family, code),
  c360List: (items) => items.join('、'),
  c360Labelled: (label, value) => `${label}：${value}`,
  c360SeverityLabel: '严重程度',
  c360PriorityLabel: '优先级',
  c360CategoryLabel: '类别',

  // Section states
  c360StateSection: (section) =>
    ({
      profile: '资料',
      products: '套餐与产品',
      usage: '用量',
      bills: '账单',
      tickets: '未结工单',
      interactions: '接触历史',
      satisfaction: '满意度记录',
      risk: '携号转网风险',
      offers: '推荐',
    })[section] ?? '资料',
  c360StateLoading: (section) => `正在加载客户的${section}…`,
  c360StateSlow: (section) => `仍在加载客户的${section}…`,
  c360StateReason: (code, status) => {
    if (code === 'timeout') return '服务器未及时应答。';
    if (code === 'network') return '无法连接服务器。';
    if (code === 'parse') return '无法读取服务器的应答。';
    if (code !== 'http') return '出现错误。';
    if (status === 401 || status === 403) return '访问被拒绝。';
    if (status === 404) return '服务器上没有这条记录。';
    if (status === 408 || status === 429) return '服务器繁忙。';
    return status !== undefined && status >= 500 ? '服务器出现故障。' : '服务器拒绝了请求。';
  },
  c360StateRetrying: '正在重试…',
  c360StateRetryingIn: (seconds) => `${seconds} 秒后重试…`,
  c360StateStaleSlow: '显示的是已保存的数据，仍在更新…',
  c360StateStaleFailed: '显示的是已保存的数据，未能更新。',
  c360RetryNow: '立即重试',
  c360MoreFailed: '更多接触记录加载失败。',
  c360ErrorDetails: '技术详情',
  c360ErrorDetailLabel: (field) =>
    ({ url: '地址', status: 'HTTP 状态', attempts: '尝试次数', code: '错误代码', message: '信息' })[field],
};
