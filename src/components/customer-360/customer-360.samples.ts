// Sample customers for the tests, the stories and the demo: plain data in the shape `data` accepts,
// with dates relative to `now` so alerts (arrears, repeat contact) fire whenever they are viewed.
import {
  parseSection,
  type CustomerSection,
  type CustomerSectionData,
} from '../../services/tmf/customer360.js';
import type {
  CustomerDataSource,
  InteractionRequest,
  SectionRequest,
} from '../../services/tmf/data-source.js';
import type { Lenient } from '../../services/tmf/lenient.js';
import { TransportError } from '../../services/transport.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const CHANNELS = ['hotline', 'wechat', 'app', 'store', 'sms', 'account-manager', 'weibo', 'robot'];
const SUMMARIES = [
  '查询本月流量使用情况',
  'Asked why the bill doubled this month',
  '反映家中宽带频繁掉线',
  'Requested a callback about contract renewal',
  '咨询携号转网流程',
  'Reported weak 5G signal at the office',
];

/** `count` interactions, newest first, one every 5 hours back from `now`. */
export function sampleInteractions(count: number, now = Date.now()): Array<Record<string, unknown>> {
  return Array.from({ length: count }, (_, index) => ({
    id: `INT-${String(index).padStart(5, '0')}`,
    channel: CHANNELS[index % CHANNELS.length],
    direction: index % 3 === 0 ? 'outbound' : 'inbound',
    date: iso(now - 3_600_000 - index * 5 * 3_600_000),
    summary: SUMMARIES[index % SUMMARIES.length],
    reason: index % 2 ? 'billing' : 'network',
    status: 'completed',
  }));
}

/** A gold customer in decline: port-out risk, arrears, an open complaint, repeat contacts. */
export function sampleCustomer(now = Date.now(), interactions = 40): Record<string, unknown> {
  return {
    profile: {
      id: 'CUST-S001',
      identity: {
        name: '王建国',
        msisdn: '18954873604',
        idNumber: '110105199612271234',
        preferredLanguage: 'zh-CN',
        preferredChannel: 'hotline',
      },
      tier: 'gold',
      lifecycleStage: 'decline',
      customerSince: '2016-06-05T18:00:00.000Z',
      status: 'active',
      contactMedia: [
        { kind: 'phone', preferred: true, value: '18954873604' },
        { kind: 'email', value: 'wang.jianguo@example.cn' },
      ],
      contractEndDate: iso(now + 14 * DAY),
    },
    products: [
      {
        id: 'P-1',
        name: '5G 畅享套餐 199元',
        status: 'active',
        kind: 'mobile',
        serviceNumber: '189****3604',
        monthlyFee: { value: 199, unit: 'CNY' },
        contractStart: '2024-12-05T00:00:00.000Z',
        contractEnd: iso(now + 14 * DAY),
      },
      {
        id: 'P-2',
        name: '千兆宽带',
        status: 'active',
        kind: 'broadband',
        monthlyFee: { value: 0, unit: 'CNY' },
        startDate: '2020-03-01T00:00:00.000Z',
      },
    ],
    usage: [
      { id: 'U-1', usageType: 'data', used: 38.6, cap: 40, unit: 'GB', resetDate: iso(now + 9 * DAY) },
      { id: 'U-2', usageType: 'voice', used: 512, cap: 500, unit: 'min', resetDate: iso(now + 9 * DAY) },
      { id: 'U-3', usageType: 'sms', used: 12, cap: 100, unit: 'SMS', resetDate: iso(now + 9 * DAY) },
    ],
    bills: [
      {
        id: 'B-3',
        billNo: 'BL-202611',
        period: { start: iso(now - 52 * DAY), end: iso(now - 22 * DAY) },
        amountDue: { value: 486.3, unit: 'CNY' },
        remaining: { value: 486.3, unit: 'CNY' },
        dueDate: iso(now - 7 * DAY),
        state: 'sent',
      },
      {
        id: 'B-2',
        billNo: 'BL-202610',
        period: { start: iso(now - 82 * DAY), end: iso(now - 52 * DAY) },
        amountDue: { value: 201.5, unit: 'CNY' },
        remaining: { value: 0, unit: 'CNY' },
        dueDate: iso(now - 37 * DAY),
        state: 'settled',
      },
      {
        id: 'B-1',
        billNo: 'BL-202609',
        period: { start: iso(now - 112 * DAY), end: iso(now - 82 * DAY) },
        amountDue: { value: 199, unit: 'CNY' },
        remaining: { value: 0, unit: 'CNY' },
        dueDate: iso(now - 67 * DAY),
        state: 'settled',
      },
    ],
    tickets: [
      {
        id: 'TT-S001',
        name: '网络信号差投诉',
        type: 'complaint',
        status: 'inProgress',
        severity: 'major',
        category: 'network-quality',
        creationDate: iso(now - 30 * 3_600_000),
        expectedResolutionDate: iso(now + 42 * 3_600_000),
      },
      {
        id: 'TT-S000',
        name: 'SIM replacement',
        type: 'request',
        status: 'closed',
        creationDate: iso(now - 90 * DAY),
      },
    ],
    interactions: sampleInteractions(interactions, now),
    interactionTotal: interactions,
    satisfaction: [
      { date: iso(now - 200 * DAY), kind: 'nps', score: 9 },
      { date: iso(now - 90 * DAY), kind: 'csat', score: 4 },
      { date: iso(now - 10 * DAY), kind: 'csat', score: 2, channel: 'hotline' },
    ],
    risk: { score: 0.82, reasons: ['contract-ending', 'competitor-offer'] },
    offers: [
      {
        id: 'NBO-RET-30',
        name: '老用户回馈：月费立减30元',
        description: '续约12个月，每月套餐费立减30元',
        reason: 'retention',
      },
      {
        id: 'NBO-DATA-20',
        name: '20 GB 流量加油包',
        description: '本月 ¥30 得 20 GB 流量',
        reason: 'data-pack',
      },
    ],
  };
}

/** What a broken or hostile upstream might send: markup as a name, a 10 kB name, negative usage, unknown values. */
export function hostileCustomer(now = Date.now()): Record<string, unknown> {
  const base = sampleCustomer(now, 5);
  const profile = base.profile as Record<string, unknown>;
  return {
    ...base,
    profile: {
      ...profile,
      identity: { ...(profile.identity as object), name: '<img src=x onerror=alert(1)>' },
      status: 'vip-platinum',
      tier: 'mythril',
      customerSince: 'last Tuesday',
    },
    products: [
      { id: 'P-X', name: 'x'.repeat(10_240), status: 'exploded', monthlyFee: { value: 'free', unit: 'CNY' } },
    ],
    usage: [
      { id: 'U-X', usageType: 'data', used: -5, cap: 40, unit: 'GB' },
      { id: 'U-Y', usageType: 'teleport', used: 3, cap: 10, unit: 'jumps' },
    ],
    bills: [{ id: 'B-X', amountDue: { value: 88, unit: 'CNY' }, state: 'lost-in-mail', dueDate: 'soon' }],
    offers: [{ id: 'O-X', name: '<script>alert(1)</script>', description: '"><svg onload=alert(1)>' }],
  };
}

/** The name a 10 kB hostile name starts with, for tests. */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

/** How the sample data source answers each section. */
export interface SampleSourceOptions {
  /** Sections that fail (as a server error would). */
  fail?: readonly CustomerSection[];
  /** Sections that never answer (stay loading). */
  pending?: readonly CustomerSection[];
  /** Delay of every answer in ms (default 0). */
  delayMs?: number;
}

/**
 * A `CustomerDataSource` over the sample customer, for stories and demos without a backend: each
 * section can be made to fail or hang, so every state of the widget can be shown.
 */
export function sampleDataSource(
  customer: Record<string, unknown> = sampleCustomer(),
  options: SampleSourceOptions = {},
): CustomerDataSource {
  const answer = <T>(section: CustomerSection, request: SectionRequest, value: () => Lenient<T>) =>
    new Promise<Lenient<T>>((resolve, reject) => {
      if (options.pending?.includes(section)) return;
      const timer = setTimeout(() => {
        if (options.fail?.includes(section))
          reject(
            new TransportError('http', `HTTP 503 from /tmf-api (${section})`, {
              url: '/tmf-api',
              status: 503,
              attempts: 1,
            }),
          );
        else resolve(value());
      }, options.delayMs ?? 0);
      request.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new TransportError('aborted', 'aborted', { url: '/tmf-api', attempts: 1 }));
      });
    });
  const section =
    <S extends Exclude<CustomerSection, 'interactions'>>(name: S) =>
    (_id: string, request: SectionRequest) =>
      answer(name, request, () => parseSection(name, customer[name]) as Lenient<CustomerSectionData[S]>);
  return {
    profile: section('profile'),
    products: section('products'),
    usage: section('usage'),
    bills: section('bills'),
    tickets: section('tickets'),
    satisfaction: section('satisfaction'),
    risk: section('risk'),
    offers: section('offers'),
    interactions: (_id: string, request: InteractionRequest) =>
      answer('interactions', request, () => {
        const parsed = parseSection('interactions', customer.interactions ?? []);
        const items = parsed.value ?? [];
        return {
          value: {
            items: items.slice(request.offset, request.offset + request.limit),
            total: items.length,
            offset: request.offset,
          },
          issues: parsed.issues,
        };
      }),
  } as CustomerDataSource;
}

/** The personal values `piiCustomer()` carries, each of another kind (or another number). */
export const PII_SAMPLE = {
  phone: '13812345678',
  otherPhone: '13987654321',
  idNumber: '110105199612271234',
  email: 'li.wei@example.cn',
  account: '6222021234567890123',
  iccid: '89860123456789012345',
  address: '上海市浦东新区世纪大道100号',
} as const;

/** Fields a host adds to the personal ones for `piiCustomer()` (the rest are the default set). */
export const PII_SAMPLE_FIELDS = {
  'profile.extensions.x-home-address': 'address',
  'tickets[].extensions.x-callback': 'phone',
} as const;

/**
 * A customer with a personal value in every field of every section that can carry one: the
 * identity, contact media, personal `extensions` of products, bills, tickets and interactions (the
 * default set and `PII_SAMPLE_FIELDS`), and phone numbers, ID numbers, e-mail and account numbers
 * inside free text (names, descriptions, summaries, comments, offers).
 */
export function piiCustomer(now = Date.now()): Record<string, unknown> {
  const { phone, otherPhone, idNumber, email, account, iccid, address } = PII_SAMPLE;
  const base = sampleCustomer(now, 12);
  const interactions = base.interactions as Array<Record<string, unknown>>;
  interactions[0] = {
    ...interactions[0],
    summary: `来电号码 ${otherPhone}，要求把账单发到 ${email}`,
    extensions: { callerNumber: phone, to: otherPhone },
  };
  interactions[1] = { ...interactions[1], summary: `Verified ID ${idNumber}; refund to card ${account}` };
  return {
    ...base,
    profile: {
      id: 'CUST-PII',
      identity: {
        name: '李伟',
        msisdn: phone,
        idNumber,
        preferredLanguage: 'zh-CN',
        preferredChannel: 'wechat',
      },
      tier: 'gold',
      lifecycleStage: 'stable',
      customerSince: '2019-04-01T00:00:00.000Z',
      status: 'active',
      contactMedia: [
        { kind: 'phone', preferred: true, value: phone },
        { kind: 'phone', value: otherPhone },
        { kind: 'email', value: email },
        { kind: 'postal', value: address },
      ],
      extensions: { 'x-home-address': address, 'x-segment': 'GOLD-021' },
    },
    products: [
      {
        id: 'P-PII-1',
        name: '5G 畅享套餐 199元',
        status: 'active',
        kind: 'mobile',
        serviceNumber: phone,
        monthlyFee: { value: 199, unit: 'CNY' },
        extensions: { iccid, msisdn: phone },
      },
      {
        id: 'P-PII-2',
        name: `副卡 ${otherPhone}`,
        status: 'active',
        kind: 'secondary-sim',
        serviceNumber: otherPhone,
        monthlyFee: { value: 10, unit: 'CNY' },
      },
      {
        id: 'P-PII-3',
        name: '千兆宽带',
        status: 'active',
        kind: 'broadband',
        monthlyFee: { value: 0, unit: 'CNY' },
        extensions: { installationAddress: address },
      },
    ],
    usage: [
      { id: 'U-PII', usageType: 'data', name: `共享流量（${otherPhone}）`, used: 12, cap: 40, unit: 'GB' },
    ],
    bills: [
      {
        id: 'B-PII',
        billNo: 'BL-PII-1',
        amountDue: { value: 209, unit: 'CNY' },
        dueDate: new Date(now + 9 * 86_400_000).toISOString(),
        state: 'sent',
        extensions: { paymentAccount: account, billingAddress: address },
      },
    ],
    tickets: [
      {
        id: 'TT-PII',
        name: `回拨 ${phone}`,
        description: `客户（证件 ${idNumber}）要求回拨 ${phone} 或发邮件至 ${email}；退款到 6222 0212 3456 7890 123`,
        type: 'complaint',
        status: 'inProgress',
        severity: 'Major',
        priority: 'High',
        category: 'billing-dispute',
        creationDate: new Date(now - 5 * 3_600_000).toISOString(),
        expectedResolutionDate: new Date(now + 60 * 3_600_000).toISOString(),
        extensions: { contactNumber: otherPhone, address, 'x-callback': phone },
      },
    ],
    interactions,
    satisfaction: [
      {
        date: new Date(now - 3 * 86_400_000).toISOString(),
        kind: 'csat',
        score: 2,
        comment: `请打 ${phone}`,
      },
    ],
    offers: [
      {
        id: 'NBO-PII',
        name: `给 ${phone} 的续约礼包`,
        description: `发送到 ${email}`,
        reason: 'retention',
      },
    ],
  };
}
