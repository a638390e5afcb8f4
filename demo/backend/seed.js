// @ts-check
/**
 * Deterministic demo data for the reference backend: 32 subscribers (half zh-CN, half en) that
 * together cover every tier, lifecycle stage and service story an agent meets, plus `CUST-BIG`
 * with 10,000 interactions. Names, amounts and stories come from a seeded PRNG; only the dates
 * move with the reference date, so the data always looks current.
 */

/** @typedef {'ordinary' | 'silver' | 'gold' | 'diamond'} Tier */
/** @typedef {'new' | 'growth' | 'stable' | 'decline'} LifecycleStage */
/** @typedef {'zh-CN' | 'en'} Language */
/** @typedef {'hotline' | 'sms' | 'store' | 'account-manager' | 'wechat' | 'weibo' | 'app' | 'robot'} Channel */
/** @typedef {'active' | 'suspended' | 'arrears'} AccountStatus */
/** @typedef {{ zh: string, en: string }} Text */
/**
 * @typedef {object} PostalAddress
 * @property {string} country
 * @property {string} stateOrProvince
 * @property {string} city
 * @property {string} district
 * @property {string} street1
 * @property {string} street2
 * @property {string} postCode
 */
/**
 * @typedef {object} Person
 * @property {string} id
 * @property {string} givenName
 * @property {string} familyName
 * @property {string} formattedName
 * @property {'female' | 'male'} gender
 * @property {number} birthDate epoch ms, midnight UTC
 * @property {Language[]} languages the first one is the favourite
 * @property {string} mobile
 * @property {string} [email]
 * @property {PostalAddress} [address]
 */
/** @typedef {'mobile' | 'broadband' | 'tv' | 'secondary-sim'} ProductKind */
/**
 * @typedef {object} Product
 * @property {string} id
 * @property {ProductKind} kind
 * @property {string} offeringId
 * @property {string} name
 * @property {'active' | 'suspended' | 'pendingActive'} status
 * @property {number} startDate
 * @property {number} monthlyFee CNY, tax included
 * @property {number} termMonths
 * @property {number} termStart
 * @property {number} termEnd
 * @property {string} serviceNumber
 */
/**
 * @typedef {object} UsageBucket
 * @property {'data' | 'voice' | 'sms'} usageType
 * @property {string} name
 * @property {string} units
 * @property {number} capacity
 * @property {number} used
 * @property {boolean} isShared
 * @property {string} productId
 */
/** @typedef {{ id: string, cycleStart: number, cycleEnd: number, buckets: UsageBucket[] }} UsageReport */
/** @typedef {'new' | 'sent' | 'partiallyPaid' | 'settled'} BillState */
/**
 * @typedef {object} Bill
 * @property {string} id
 * @property {string} billNo
 * @property {number} billDate
 * @property {number} periodStart
 * @property {number} periodEnd
 * @property {number} dueDate
 * @property {number} amountDue
 * @property {number} remaining
 * @property {BillState} state
 * @property {number} lastUpdate
 */
/** @typedef {'acknowledged' | 'inProgress' | 'pending' | 'held' | 'resolved' | 'closed'} TicketStatus */
/** @typedef {{ status: TicketStatus, date: number, reason: string }} StatusChange */
/** @typedef {{ author: string, date: number, text: string }} Note */
/**
 * @typedef {object} Ticket
 * @property {string} id
 * @property {'complaint' | 'incident' | 'request'} type
 * @property {string} [category] complaint category code
 * @property {number} [incidentLevel] 1 (major) … 3
 * @property {string} name
 * @property {string} description
 * @property {'Critical' | 'Major' | 'Minor'} severity
 * @property {'High' | 'Medium' | 'Low'} priority
 * @property {TicketStatus} status
 * @property {number} creationDate
 * @property {number} lastUpdate
 * @property {number} expectedResolutionDate
 * @property {number} [resolutionDate]
 * @property {StatusChange[]} history oldest first
 * @property {Channel} channel
 * @property {Note[]} notes
 * @property {string} productId
 */
/** @typedef {{ type: 'TroubleTicket' | 'CustomerBill' | 'Product', id: string, name: string }} ItemRef */
/**
 * @typedef {object} Interaction
 * @property {string} id
 * @property {number} date
 * @property {number} durationMin
 * @property {'inbound' | 'outbound'} direction
 * @property {string} reason
 * @property {'completed'} status
 * @property {Channel} channel
 * @property {ItemRef[]} items
 * @property {Note} note
 */
/** Newest first; items are built on demand so a long history costs nothing until it is read. */
/** @typedef {{ total: number, at(index: number): Interaction }} InteractionList */
/** @typedef {{ date: number, kind: 'csat' | 'nps', score: number }} SatisfactionAnswer */
/** @typedef {{ id: string, name: string, description: string, kind: string }} Offer */
/**
 * @typedef {object} Employee
 * @property {string} id
 * @property {string} givenName
 * @property {string} familyName
 * @property {string} formattedName
 * @property {'female' | 'male'} gender
 * @property {string} mobile
 */
/**
 * @typedef {object} CustomerRecord
 * @property {string} id `CUST-0001` … `CUST-0032`, `CUST-BIG`
 * @property {string} key the part after `CUST-`
 * @property {string} billingAccountId
 * @property {Language} language
 * @property {Tier} tier
 * @property {LifecycleStage} stage
 * @property {'Approved' | 'Validated'} status TMF629 status
 * @property {AccountStatus} accountStatus
 * @property {string} [statusReason]
 * @property {number} customerSince
 * @property {Person} person
 * @property {Employee} [accountManager]
 * @property {Product[]} products
 * @property {UsageReport} usage
 * @property {Bill[]} bills newest first
 * @property {Ticket[]} tickets newest first
 * @property {InteractionList} interactions
 * @property {number} churnRisk 0..1
 * @property {string[]} churnReasons
 * @property {Channel} preferredChannel
 * @property {SatisfactionAnswer[]} satisfaction oldest first
 * @property {Offer[]} offers
 * @property {boolean} networkFaultInArea
 * @property {number} contractEnd
 * @property {number} creditScore
 * @property {string} vendorSegment value of the `x-vendorSegment` extension
 */
/**
 * @typedef {object} SeedModel
 * @property {Date} referenceDate
 * @property {string[]} customerIds
 * @property {CustomerRecord[]} customers
 * @property {Map<string, CustomerRecord>} byId
 * @property {Employee[]} employees account managers, served as individuals too
 */

const SEED = 0x5eedc0de;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const TIERS = /** @type {const} */ (['ordinary', 'silver', 'gold', 'diamond']);
export const LIFECYCLE_STAGES = /** @type {const} */ (['new', 'growth', 'stable', 'decline']);
export const CHANNELS = /** @type {const} */ ([
  'hotline',
  'sms',
  'store',
  'account-manager',
  'wechat',
  'weibo',
  'app',
  'robot',
]);
export const BIG_CUSTOMER_ID = 'CUST-BIG';
export const BIG_INTERACTION_COUNT = 10_000;

// ---------------------------------------------------------------------------------------------
// Random numbers

/**
 * mulberry32: a tiny 32-bit PRNG, good enough for demo data and identical on every platform.
 * @param {number} seed
 * @returns {() => number} floats in [0, 1)
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes numbers and strings into one 32-bit seed, so each customer and each part of a customer
 * draws from its own stream (changing the bills does not reshuffle the names).
 * @param {...(number | string)} parts
 */
function hashSeed(...parts) {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    const text = String(part);
    for (let i = 0; i < text.length; i += 1) {
      hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    }
    hash = Math.imul(hash ^ 0xff, 0x01000193);
  }
  return hash >>> 0;
}

class Random {
  /** @param {...(number | string)} parts */
  constructor(...parts) {
    this.next = mulberry32(hashSeed(SEED, ...parts));
  }

  /** @param {number} min @param {number} max */
  float(min, max) {
    return min + this.next() * (max - min);
  }

  /** Integer in [min, max]. @param {number} min @param {number} max */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** @param {number} probability */
  chance(probability) {
    return this.next() < probability;
  }

  /** @template T @param {readonly T[]} items @returns {T} */
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /** @template T @param {ReadonlyArray<readonly [T, number]>} entries value/weight pairs @returns {T} */
  weighted(entries) {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** @param {number} length */
  digits(length) {
    let text = '';
    for (let i = 0; i < length; i += 1) text += String(this.int(0, 9));
    return text;
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers (UTC, epoch milliseconds)

/** @param {number} ms @param {number} months */
function addMonths(ms, months) {
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}

/** @param {number} ms @param {number} [monthOffset] */
function monthStart(ms, monthOffset = 0) {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + monthOffset, 1);
}

/** @param {number} ms */
function dayStart(ms) {
  return Math.floor(ms / DAY) * DAY;
}

/** @param {number} value */
function round2(value) {
  return Math.round(value * 100) / 100;
}

/** @param {number} ms */
function yearMonth(ms) {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** @param {Text} text @param {Language} language */
function say(text, language) {
  return language === 'en' ? text.en : text.zh;
}

// ---------------------------------------------------------------------------------------------
// Reference data

/** [hanzi, pinyin] */
const ZH_FAMILY_NAMES = [
  ['王', 'wang'],
  ['李', 'li'],
  ['张', 'zhang'],
  ['刘', 'liu'],
  ['陈', 'chen'],
  ['杨', 'yang'],
  ['黄', 'huang'],
  ['赵', 'zhao'],
  ['吴', 'wu'],
  ['周', 'zhou'],
  ['徐', 'xu'],
  ['孙', 'sun'],
  ['马', 'ma'],
  ['朱', 'zhu'],
  ['胡', 'hu'],
  ['郭', 'guo'],
];
/** [hanzi, pinyin, gender] */
const ZH_GIVEN_NAMES = /** @type {const} */ ([
  ['建国', 'jianguo', 'male'],
  ['娜', 'na', 'female'],
  ['伟', 'wei', 'male'],
  ['芳', 'fang', 'female'],
  ['秀英', 'xiuying', 'female'],
  ['敏', 'min', 'female'],
  ['静', 'jing', 'female'],
  ['磊', 'lei', 'male'],
  ['强', 'qiang', 'male'],
  ['洋', 'yang', 'male'],
  ['艳', 'yan', 'female'],
  ['杰', 'jie', 'male'],
  ['丽娟', 'lijuan', 'female'],
  ['涛', 'tao', 'male'],
  ['晓东', 'xiaodong', 'male'],
  ['子涵', 'zihan', 'female'],
]);
const EN_NAMES = /** @type {const} */ ([
  ['James', 'Whitfield', 'male'],
  ['Emily', 'Carter', 'female'],
  ['Daniel', 'Brooks', 'male'],
  ['Sophie', 'Turner', 'female'],
  ['Michael', 'Harrison', 'male'],
  ['Olivia', 'Bennett', 'female'],
  ['Thomas', 'Reid', 'male'],
  ['Charlotte', 'Hughes', 'female'],
  ['William', 'Foster', 'male'],
  ['Hannah', 'Lewis', 'female'],
  ['Oliver', 'Grant', 'male'],
  ['Grace', 'Mitchell', 'female'],
  ['Lucas', 'Morgan', 'male'],
  ['Amelia', 'Hayes', 'female'],
  ['Benjamin', 'Cole', 'male'],
  ['Isabella', 'Ward', 'female'],
]);
const MOBILE_PREFIXES = [
  '130',
  '133',
  '135',
  '136',
  '138',
  '139',
  '150',
  '151',
  '152',
  '158',
  '159',
  '180',
  '182',
  '186',
  '187',
  '188',
  '189',
];

/**
 * @typedef {object} District
 * @property {Text} city
 * @property {Text} province
 * @property {Text} district
 * @property {Text} street
 * @property {string} postCode
 * @property {string} areaCode
 */
/** @type {District[]} */
const DISTRICTS = [
  {
    city: { zh: '北京市', en: 'Beijing' },
    province: { zh: '北京市', en: 'Beijing' },
    district: { zh: '朝阳区', en: 'Chaoyang District' },
    street: { zh: '建国路', en: 'Jianguo Road' },
    postCode: '100022',
    areaCode: '010',
  },
  {
    city: { zh: '北京市', en: 'Beijing' },
    province: { zh: '北京市', en: 'Beijing' },
    district: { zh: '海淀区', en: 'Haidian District' },
    street: { zh: '中关村大街', en: 'Zhongguancun Street' },
    postCode: '100080',
    areaCode: '010',
  },
  {
    city: { zh: '上海市', en: 'Shanghai' },
    province: { zh: '上海市', en: 'Shanghai' },
    district: { zh: '浦东新区', en: 'Pudong New Area' },
    street: { zh: '世纪大道', en: 'Century Avenue' },
    postCode: '200120',
    areaCode: '021',
  },
  {
    city: { zh: '上海市', en: 'Shanghai' },
    province: { zh: '上海市', en: 'Shanghai' },
    district: { zh: '徐汇区', en: 'Xuhui District' },
    street: { zh: '漕溪北路', en: 'North Caoxi Road' },
    postCode: '200030',
    areaCode: '021',
  },
  {
    city: { zh: '广州市', en: 'Guangzhou' },
    province: { zh: '广东省', en: 'Guangdong' },
    district: { zh: '天河区', en: 'Tianhe District' },
    street: { zh: '天河路', en: 'Tianhe Road' },
    postCode: '510620',
    areaCode: '020',
  },
  {
    city: { zh: '深圳市', en: 'Shenzhen' },
    province: { zh: '广东省', en: 'Guangdong' },
    district: { zh: '南山区', en: 'Nanshan District' },
    street: { zh: '科技南路', en: 'South Keji Road' },
    postCode: '518057',
    areaCode: '0755',
  },
  {
    city: { zh: '杭州市', en: 'Hangzhou' },
    province: { zh: '浙江省', en: 'Zhejiang' },
    district: { zh: '西湖区', en: 'Xihu District' },
    street: { zh: '文三路', en: 'Wensan Road' },
    postCode: '310012',
    areaCode: '0571',
  },
  {
    city: { zh: '成都市', en: 'Chengdu' },
    province: { zh: '四川省', en: 'Sichuan' },
    district: { zh: '武侯区', en: 'Wuhou District' },
    street: { zh: '人民南路', en: 'South Renmin Road' },
    postCode: '610041',
    areaCode: '028',
  },
  {
    city: { zh: '南京市', en: 'Nanjing' },
    province: { zh: '江苏省', en: 'Jiangsu' },
    district: { zh: '鼓楼区', en: 'Gulou District' },
    street: { zh: '中山北路', en: 'North Zhongshan Road' },
    postCode: '210008',
    areaCode: '025',
  },
  {
    city: { zh: '武汉市', en: 'Wuhan' },
    province: { zh: '湖北省', en: 'Hubei' },
    district: { zh: '洪山区', en: 'Hongshan District' },
    street: { zh: '珞喻路', en: 'Luoyu Road' },
    postCode: '430074',
    areaCode: '027',
  },
  {
    city: { zh: '西安市', en: "Xi'an" },
    province: { zh: '陕西省', en: 'Shaanxi' },
    district: { zh: '雁塔区', en: 'Yanta District' },
    street: { zh: '长安南路', en: "South Chang'an Road" },
    postCode: '710061',
    areaCode: '029',
  },
];

/** @typedef {{ id: string, fee: number, dataGB: number, voiceMin: number, sms: number, name: Text }} MobilePlan */
/** @type {Record<Tier, MobilePlan[]>} */
const MOBILE_PLANS = {
  ordinary: [
    {
      id: 'PO-MOB-59',
      fee: 59,
      dataGB: 10,
      voiceMin: 200,
      sms: 100,
      name: { zh: '畅享套餐 59元', en: 'Essentials 59' },
    },
    {
      id: 'PO-MOB-89',
      fee: 89,
      dataGB: 20,
      voiceMin: 300,
      sms: 100,
      name: { zh: '畅享套餐 89元', en: 'Smart 89' },
    },
  ],
  silver: [
    {
      id: 'PO-MOB-129',
      fee: 129,
      dataGB: 40,
      voiceMin: 500,
      sms: 200,
      name: { zh: '畅享套餐 129元', en: 'Unlimited Plus 129' },
    },
  ],
  gold: [
    {
      id: 'PO-MOB-199',
      fee: 199,
      dataGB: 80,
      voiceMin: 1000,
      sms: 300,
      name: { zh: '5G畅享套餐 199元', en: 'Unlimited Max 199' },
    },
  ],
  diamond: [
    {
      id: 'PO-MOB-299',
      fee: 299,
      dataGB: 150,
      voiceMin: 2000,
      sms: 500,
      name: { zh: '5G尊享套餐 299元', en: 'Premier 5G 299' },
    },
    {
      id: 'PO-MOB-399',
      fee: 399,
      dataGB: 300,
      voiceMin: 3000,
      sms: 1000,
      name: { zh: '5G尊享套餐 399元', en: 'Premier 5G 399' },
    },
  ],
};
const BROADBAND_500 = { id: 'PO-BB-500', fee: 50, name: { zh: '千兆宽带 500M', en: 'Fibre Broadband 500M' } };
const BROADBAND_1000 = {
  id: 'PO-BB-1000',
  fee: 80,
  name: { zh: '千兆宽带 1000M', en: 'Fibre Broadband 1000M' },
};
const IPTV = { id: 'PO-IPTV-HD', fee: 15, name: { zh: 'IPTV 高清', en: 'IPTV HD' } };
const SECONDARY_SIM = { id: 'PO-SIM-SEC', fee: 10, name: { zh: '副卡', en: 'Secondary SIM' } };

const AGENTS = [
  { zh: '陈晓', en: 'Chen Xiao' },
  { zh: '刘婷', en: 'Liu Ting' },
  { zh: '王磊', en: 'Wang Lei' },
  { zh: '赵敏', en: 'Zhao Min' },
  { zh: '孙浩', en: 'Sun Hao' },
  { zh: '周琳', en: 'Zhou Lin' },
];
const ROBOT = { zh: '智能客服', en: 'Virtual assistant' };
const SELF_SERVICE = { zh: '自助服务', en: 'Self-service' };

/** @type {Employee[]} */
const ACCOUNT_MANAGERS = [
  {
    id: 'EMP-0101',
    familyName: '何',
    givenName: '丽',
    formattedName: '何丽',
    gender: 'female',
    mobile: '13910100101',
  },
  {
    id: 'EMP-0102',
    familyName: '郑',
    givenName: '凯',
    formattedName: '郑凯',
    gender: 'male',
    mobile: '13910100102',
  },
  {
    id: 'EMP-0103',
    familyName: '高',
    givenName: '雪',
    formattedName: '高雪',
    gender: 'female',
    mobile: '13910100103',
  },
];

/** Complaint categories with the shares operators report. */
const COMPLAINT_CATEGORY_WEIGHTS = /** @type {const} */ ([
  ['network-quality', 32],
  ['response-speed', 25],
  ['incomplete-service', 18],
  ['billing-dispute', 15],
  ['unwanted-subscription', 10],
]);
/** @type {Record<string, { name: Text, description: Text }>} */
const COMPLAINTS = {
  'network-quality': {
    name: { zh: '网络信号差投诉', en: 'Poor network coverage' },
    description: {
      zh: '家中和小区内信号差，通话经常掉线，要求尽快处理',
      en: 'Weak signal at home, calls keep dropping; wants it fixed quickly',
    },
  },
  'response-speed': {
    name: { zh: '报修响应慢投诉', en: 'Slow response to a fault report' },
    description: {
      zh: '上周报修至今无人联系，对处理速度不满',
      en: 'Reported a fault last week and nobody has called back',
    },
  },
  'incomplete-service': {
    name: { zh: '宽带安装未完成', en: 'Broadband installation left unfinished' },
    description: {
      zh: '宽带上门安装后无法上网，光猫未配置完成',
      en: 'Technician left without finishing the router set-up; no internet',
    },
  },
  'billing-dispute': {
    name: { zh: '账单金额异议', en: 'Bill dispute' },
    description: {
      zh: '本月账单金额远高于平时，要求核实费用明细',
      en: 'This bill is far higher than usual; asks for every charge to be checked',
    },
  },
  'unwanted-subscription': {
    name: { zh: '不知情定制投诉', en: 'Charged for a service never ordered' },
    description: {
      zh: '账单中出现未订购的增值业务，要求退订并退费',
      en: 'A value-added service appeared on the bill without consent; wants a refund',
    },
  },
};

/** @type {Record<string, Text>} */
const INTERACTION_NOTES = {
  'data-usage': {
    zh: '咨询本月流量使用情况，已告知剩余流量',
    en: 'Asked about data used this cycle; remaining allowance explained',
  },
  'billing-inquiry': {
    zh: '咨询账单明细，已逐项解释',
    en: 'Asked for a breakdown of the bill; each charge explained',
  },
  payment: { zh: '办理话费缴纳', en: 'Paid the outstanding balance' },
  'plan-change': { zh: '咨询套餐变更，已介绍可选套餐', en: 'Asked about changing plan; options presented' },
  device: { zh: '协助设置手机 APN 与 VoLTE', en: 'Helped with APN and VoLTE settings' },
  roaming: { zh: '开通国际漫游并说明资费', en: 'Activated international roaming and explained the rates' },
  'network-fault': {
    zh: '反映网络信号问题，已记录位置和时间',
    en: 'Reported a network problem; location and time recorded',
  },
  'broadband-install': { zh: '预约宽带上门安装', en: 'Booked a broadband installation visit' },
  'complaint-follow-up': { zh: '查询投诉处理进度', en: 'Asked for progress on the open complaint' },
  'satisfaction-survey': {
    zh: '服务回访，客户已参与满意度调查',
    en: 'Follow-up call; customer answered the satisfaction survey',
  },
  'retention-offer': {
    zh: '推荐续约优惠，客户表示考虑',
    en: 'Presented a retention offer; customer will think about it',
  },
};
const OUTBOUND_REASONS = new Set(['satisfaction-survey', 'retention-offer']);

/** @type {Record<string, { id: string, name: Text, description: Text }>} */
const OFFERS = {
  retention: {
    id: 'NBO-RET-30',
    name: { zh: '老用户回馈：月费立减30元', en: 'Loyalty discount: 30 CNY off every month' },
    description: {
      zh: '续约12个月，每月套餐费立减30元',
      en: 'Renew for 12 months and pay 30 CNY less each month',
    },
  },
  renewal: {
    id: 'NBO-RENEW-24',
    name: { zh: '合约续约送200元话费', en: 'Renew your contract, get 200 CNY credit' },
    description: {
      zh: '续约24个月，赠送200元话费，分12个月返还',
      en: 'Renew for 24 months; 200 CNY credit paid back over 12 months',
    },
  },
  'data-pack': {
    id: 'NBO-DATA-20GB',
    name: { zh: '20GB 流量月包 20元', en: '20 GB monthly data pack, 20 CNY' },
    description: {
      zh: '每月额外20GB国内流量，可随时退订',
      en: 'An extra 20 GB of domestic data each month; cancel any time',
    },
  },
  upgrade: {
    id: 'NBO-UPG-5G',
    name: { zh: '升级5G畅享套餐', en: 'Upgrade to a 5G plan' },
    description: {
      zh: '升级5G套餐，前3个月半价',
      en: 'Move to a 5G plan at half price for the first 3 months',
    },
  },
  broadband: {
    id: 'NBO-BB-FTTR',
    name: { zh: '全屋光纤 FTTR 体验', en: 'Whole-home fibre (FTTR) trial' },
    description: { zh: '免费体验全屋光纤3个月', en: 'Three months of whole-home fibre free' },
  },
  onboarding: {
    id: 'NBO-NEW-APP',
    name: { zh: '下载营业厅App领10GB', en: 'Get 10 GB with the operator app' },
    description: {
      zh: '首次登录营业厅App赠送10GB通用流量',
      en: 'First log-in to the app adds 10 GB of data',
    },
  },
};

/**
 * The story of each seeded customer, by position (customer CUST-0001 is the first):
 * C open complaint, A arrears, S suspended for non-payment, L suspended (lost SIM), B bill shock,
 * N network fault in the area, R repeat contacts in the last 7 days, E contract ending soon,
 * X port-out risk outside the decline stage.
 * Even positions are zh-CN customers, odd positions en; tier and stage rotate so that each
 * language covers all 16 tier × stage combinations.
 */
const STORIES = [
  'C R E',
  'N E',
  'B X',
  'A',
  'R',
  'C N R',
  'C',
  'R',
  'N',
  'C B R',
  'A',
  '',
  'B',
  'L',
  'A S C',
  'R E',
  'C',
  'N',
  '',
  'C R',
  'N C R',
  'A B',
  'A',
  'B X R',
  'R',
  '',
  'A S',
  'C E',
  'C N',
  'A',
  'C A',
  'N X',
];
const TIER_ROTATION = /** @type {const} */ (['diamond', 'gold', 'silver', 'ordinary']);
const STAGE_ROTATION = /** @type {const} */ (['decline', 'stable', 'growth', 'new']);

/**
 * @typedef {object} Story
 * @property {number} index position, 0-based
 * @property {string} key
 * @property {Language} language
 * @property {Tier} tier
 * @property {LifecycleStage} stage
 * @property {Set<string>} flags
 * @property {number} interactionCount
 */

/** @param {number} index @returns {Story} */
function storyAt(index) {
  const pair = index >> 1;
  return {
    index,
    key: String(index + 1).padStart(4, '0'),
    language: index % 2 === 0 ? 'zh-CN' : 'en',
    tier: TIER_ROTATION[pair % 4],
    stage: STAGE_ROTATION[(pair + (pair >> 2)) % 4],
    flags: new Set(STORIES[index].split(' ').filter(Boolean)),
    interactionCount: 0,
  };
}

/** @returns {Story} */
function bigStory() {
  return {
    index: STORIES.length,
    key: 'BIG',
    language: 'zh-CN',
    tier: 'gold',
    stage: 'stable',
    flags: new Set(['C', 'R']),
    interactionCount: BIG_INTERACTION_COUNT,
  };
}

// ---------------------------------------------------------------------------------------------
// Building one customer

/**
 * @typedef {object} Builder
 * @property {Story} story
 * @property {number} now
 * @property {Set<string>} usedNumbers keeps mobile numbers unique across customers
 */

/** @param {Builder} b @param {Random} rng */
function uniqueMobile(b, rng) {
  for (;;) {
    const number = rng.pick(MOBILE_PREFIXES) + rng.digits(8);
    if (!b.usedNumbers.has(number)) {
      b.usedNumbers.add(number);
      return number;
    }
  }
}

/** @param {Story} story */
function nameOf(story) {
  if (story.key === 'BIG')
    return {
      givenName: '浩然',
      familyName: '林',
      gender: /** @type {const} */ ('male'),
      formattedName: '林浩然',
      pinyin: 'linhaoran',
    };
  const slot = story.index >> 1;
  if (story.language === 'en') {
    const [givenName, familyName, gender] = EN_NAMES[slot];
    return { givenName, familyName, gender, formattedName: `${givenName} ${familyName}`, pinyin: '' };
  }
  const [family, familyPinyin] = ZH_FAMILY_NAMES[slot];
  const [given, givenPinyin, gender] = ZH_GIVEN_NAMES[slot];
  return {
    givenName: given,
    familyName: family,
    gender,
    formattedName: family + given,
    pinyin: familyPinyin + givenPinyin,
  };
}

/** @param {Builder} b @returns {{ person: Person, district: District }} */
function buildPerson(b) {
  const { story, now } = b;
  const rng = new Random(story.key, 'person');
  const name = nameOf(story);
  const birthYear = new Date(now).getUTCFullYear() - rng.int(22, 68);
  const district = rng.pick(DISTRICTS);
  const lang = story.language;
  const building = rng.int(1, 12);
  const unit = `${rng.int(1, 28)}${String(rng.int(1, 4)).padStart(2, '0')}`;
  const houseNumber = rng.int(1, 399);
  const email =
    lang === 'en'
      ? `${name.givenName}.${name.familyName}${rng.chance(0.4) ? rng.int(1, 99) : ''}@${rng.pick(['gmail.com', 'outlook.com', 'icloud.com'])}`.toLowerCase()
      : `${name.pinyin}${String(birthYear % 100).padStart(2, '0')}@${rng.pick(['163.com', 'qq.com', '126.com', 'sina.com'])}`;
  /** @type {Language[]} */
  const languages =
    lang === 'en'
      ? rng.chance(0.4)
        ? ['en', 'zh-CN']
        : ['en']
      : rng.chance(0.25)
        ? ['zh-CN', 'en']
        : ['zh-CN'];
  const person = {
    id: `IND-${story.key}`,
    givenName: name.givenName,
    familyName: name.familyName,
    formattedName: name.formattedName,
    gender: name.gender,
    birthDate: Date.UTC(birthYear, rng.int(0, 11), rng.int(1, 28)),
    languages,
    mobile: uniqueMobile(b, rng),
    email: rng.chance(0.85) ? email : undefined,
    address: {
      country: lang === 'en' ? 'China' : '中国',
      stateOrProvince: say(district.province, lang),
      city: say(district.city, lang),
      district: say(district.district, lang),
      street1:
        lang === 'en'
          ? `${houseNumber} ${district.street.en}, ${district.district.en}`
          : `${district.district.zh}${district.street.zh}${houseNumber}号`,
      street2: lang === 'en' ? `Building ${building}, Unit ${unit}` : `${building}栋${unit}室`,
      postCode: district.postCode,
    },
  };
  return { person, district };
}

/** @param {Story} story @param {Random} rng @param {number} now */
function customerSince(story, rng, now) {
  const days = {
    new: [45, 88],
    growth: [120, 540],
    stable: [730, 2900],
    decline: [1100, 4300],
  }[story.stage];
  return dayStart(now - rng.int(days[0], days[1]) * DAY) + rng.int(8, 19) * HOUR;
}

/**
 * The contract renews every `termMonths` from the first day; a story with `E` has it end within
 * a few weeks instead.
 * @param {Story} story @param {Random} rng @param {number} since @param {number} termMonths @param {number} now
 */
function contractTerm(story, rng, since, termMonths, now) {
  if (story.flags.has('E')) {
    const termEnd = dayStart(now + rng.int(8, 40) * DAY);
    return { termStart: addMonths(termEnd, -termMonths), termEnd };
  }
  let termStart = since;
  while (addMonths(termStart, termMonths) <= now) termStart = addMonths(termStart, termMonths);
  return { termStart, termEnd: addMonths(termStart, termMonths) };
}

/**
 * @param {Builder} b @param {Person} person @param {District} district @param {number} since
 * @returns {{ products: Product[], plan: MobilePlan }}
 */
function buildProducts(b, person, district, since) {
  const { story, now } = b;
  const rng = new Random(story.key, 'products');
  const lang = story.language;
  const plan = rng.pick(MOBILE_PLANS[story.tier]);
  const termMonths = story.tier === 'gold' || story.tier === 'diamond' ? 24 : 12;
  const { termStart, termEnd } = contractTerm(story, rng, since, termMonths, now);
  const suspended = story.flags.has('S') || story.flags.has('L');
  /** @type {Product['status']} */
  const liveStatus = suspended ? 'suspended' : 'active';
  let sequence = 0;
  const nextId = () => `PRD-${story.key}-${String((sequence += 1)).padStart(2, '0')}`;

  /** @type {Product[]} */
  const products = [
    {
      id: nextId(),
      kind: 'mobile',
      offeringId: plan.id,
      name: say(plan.name, lang),
      status: liveStatus,
      startDate: since,
      monthlyFee: plan.fee,
      termMonths,
      termStart,
      termEnd,
      serviceNumber: person.mobile,
    },
  ];
  const broadbandOdds = { ordinary: 0.3, silver: 0.5, gold: 1, diamond: 1 }[story.tier];
  if (rng.chance(broadbandOdds)) {
    const offering = story.tier === 'diamond' ? BROADBAND_1000 : BROADBAND_500;
    const installPending = story.stage === 'new' && rng.chance(0.5);
    const startDate = installPending
      ? dayStart(now + rng.int(1, 4) * DAY) + 9 * HOUR
      : since + rng.int(0, 20) * DAY;
    // Broadband is free when bundled with a plan of 129 CNY or more.
    const monthlyFee = plan.fee >= 129 ? 0 : offering.fee;
    /** @type {Product} */
    const broadband = {
      id: nextId(),
      kind: 'broadband',
      offeringId: offering.id,
      name: say(offering.name, lang),
      status: installPending ? 'pendingActive' : liveStatus,
      startDate,
      monthlyFee,
      termMonths,
      termStart,
      termEnd,
      serviceNumber: `${district.areaCode}${rng.digits(8)}`,
    };
    products.push(broadband);
    if (rng.chance(0.5)) {
      products.push({
        ...broadband,
        id: nextId(),
        kind: 'tv',
        offeringId: IPTV.id,
        name: say(IPTV.name, lang),
        monthlyFee: IPTV.fee,
        serviceNumber: `TV${rng.digits(10)}`,
      });
    }
  }
  const simOdds = story.tier === 'gold' || story.tier === 'diamond' ? 0.5 : 0.2;
  if (rng.chance(simOdds)) {
    products.push({
      id: nextId(),
      kind: 'secondary-sim',
      offeringId: SECONDARY_SIM.id,
      name: say(SECONDARY_SIM.name, lang),
      status: liveStatus,
      startDate: since + rng.int(1, Math.min(200, Math.floor((now - since) / DAY) - 1)) * DAY,
      monthlyFee: SECONDARY_SIM.fee,
      termMonths,
      termStart,
      termEnd,
      serviceNumber: uniqueMobile(b, rng),
    });
  }
  return { products, plan };
}

/**
 * Usage this cycle grows with the day of the month; bill-shock stories are at or near the cap.
 * @param {Builder} b @param {MobilePlan} plan @param {Product[]} products @returns {UsageReport}
 */
function buildUsage(b, plan, products) {
  const { story, now } = b;
  const rng = new Random(story.key, 'usage');
  const cycleStart = monthStart(now);
  const cycleEnd = monthStart(now, 1);
  const elapsed = Math.max(0.05, (now - cycleStart) / (cycleEnd - cycleStart));
  const heavy = story.flags.has('B') || story.flags.has('X');
  const shared = products.some((product) => product.kind === 'secondary-sim');
  const planId = products[0].id;
  /** @param {number} capacity @param {number} intensity @param {number} decimals */
  const usedOf = (capacity, intensity, decimals) => {
    const factor = 10 ** decimals;
    return Math.round(Math.min(capacity, capacity * elapsed * intensity) * factor) / factor;
  };
  const dataUsed = heavy
    ? round2(plan.dataGB * rng.float(0.93, 1))
    : usedOf(plan.dataGB, rng.float(0.4, 1.3), 2);
  return {
    id: `UCR-${story.key}`,
    cycleStart,
    cycleEnd,
    buckets: [
      {
        usageType: 'data',
        name: story.language === 'en' ? 'Domestic data' : '国内通用流量',
        units: 'GB',
        capacity: plan.dataGB,
        used: dataUsed,
        isShared: shared,
        productId: planId,
      },
      {
        usageType: 'voice',
        name: story.language === 'en' ? 'Domestic calls' : '国内通话',
        units: 'min',
        capacity: plan.voiceMin,
        used: usedOf(plan.voiceMin, rng.float(0.2, 1.1), 0),
        isShared: false,
        productId: planId,
      },
      {
        usageType: 'sms',
        name: story.language === 'en' ? 'Text messages' : '短信',
        units: 'sms',
        capacity: plan.sms,
        used: usedOf(plan.sms, rng.float(0.02, 0.3), 0),
        isShared: false,
        productId: planId,
      },
    ],
  };
}

const BILL_ISSUE_OFFSET = 2 * DAY + 8 * HOUR; // bills go out on the 3rd at 08:00
const BILL_DUE_OFFSET = 20 * DAY; // and are due on the 21st

/** The first day of the most recent billing period whose bill has been issued. @param {number} now */
function latestIssuedPeriod(now) {
  const previous = monthStart(now, -1);
  return monthStart(previous, 1) + BILL_ISSUE_OFFSET <= now ? previous : monthStart(now, -2);
}

/**
 * Six monthly bills (fewer for new customers), newest first. Arrears stories leave the latest
 * overdue bills unpaid; bill-shock stories get a latest bill several times the usual amount.
 * @param {Builder} b @param {Product[]} products @param {number} since @returns {Bill[]}
 */
function buildBills(b, products, since) {
  const { story, now } = b;
  const rng = new Random(story.key, 'bills');
  const usual = products.reduce((sum, product) => sum + product.monthlyFee, 0);
  const latest = latestIssuedPeriod(now);
  const unpaidOverdue = story.flags.has('S') ? 3 : story.flags.has('A') ? 2 : 0;
  const autopay = rng.chance(0.3);
  /** @type {Bill[]} */
  const bills = [];
  let overdueSeen = 0;
  for (let k = 0; k < 6; k += 1) {
    const periodStart = monthStart(latest, -k);
    const nextPeriod = monthStart(periodStart, 1);
    if (nextPeriod <= since) break;
    const share = Math.min(1, (nextPeriod - Math.max(since, periodStart)) / (nextPeriod - periodStart));
    const shock = k === 0 && story.flags.has('B') ? rng.float(3.5, 6) : 1;
    const amountDue = round2((usual * share + rng.float(0, usual * 0.15)) * shock);
    const dueDate = nextPeriod + BILL_DUE_OFFSET;
    const billDate = nextPeriod + BILL_ISSUE_OFFSET;
    const bill = {
      id: `CB-${story.key}-${yearMonth(periodStart)}`,
      billNo: `${yearMonth(periodStart)}${String(story.index + 1).padStart(6, '0')}`,
      billDate,
      periodStart,
      periodEnd: nextPeriod - 1000,
      dueDate,
      amountDue,
      remaining: 0,
      state: /** @type {BillState} */ ('settled'),
      lastUpdate: dueDate - rng.int(1, 15) * DAY,
    };
    if (dueDate > now) {
      Object.assign(bill, openBillState(bill, now, autopay && unpaidOverdue === 0));
    } else if (overdueSeen < unpaidOverdue) {
      overdueSeen += 1;
      const partly = overdueSeen === 2;
      bill.state = partly ? 'partiallyPaid' : 'sent';
      bill.remaining = partly ? round2(amountDue * rng.float(0.3, 0.7)) : amountDue;
      bill.lastUpdate = partly ? dueDate - rng.int(1, 5) * DAY : billDate;
    }
    bills.push(bill);
  }
  return bills;
}

/** @param {Bill} bill @param {number} now @param {boolean} paidByAutopay */
function openBillState(bill, now, paidByAutopay) {
  if (now - bill.billDate < 2 * DAY)
    return { state: 'new', remaining: bill.amountDue, lastUpdate: bill.billDate };
  if (paidByAutopay) return { state: 'settled', remaining: 0, lastUpdate: bill.billDate + DAY };
  return { state: 'sent', remaining: bill.amountDue, lastUpdate: bill.billDate };
}

/**
 * Open complaint shapes, as [status, hours after creation], with the age range in hours that
 * keeps every change in the past. Pending and held are paused SLA clocks.
 * @type {Array<{ steps: Array<[TicketStatus, number]>, age: [number, number] }>}
 */
const OPEN_COMPLAINT_SHAPES = [
  { steps: [['acknowledged', 0]], age: [3, 20] },
  {
    steps: [
      ['acknowledged', 0],
      ['inProgress', 1.5],
    ],
    age: [10, 60],
  },
  {
    steps: [
      ['acknowledged', 0],
      ['inProgress', 2],
      ['pending', 20],
    ],
    age: [26, 50],
  },
  {
    steps: [
      ['acknowledged', 0],
      ['inProgress', 3],
      ['held', 8],
    ],
    age: [20, 44],
  },
  {
    steps: [
      ['acknowledged', 0],
      ['inProgress', 1],
      ['pending', 6],
      ['inProgress', 30],
    ],
    age: [40, 100],
  },
];
/** @type {Record<TicketStatus, Text>} */
const STATUS_REASONS = {
  acknowledged: { zh: '已受理', en: 'Received and logged' },
  inProgress: { zh: '处理中', en: 'Being handled' },
  pending: { zh: '等待客户提供信息', en: 'Waiting for details from the customer' },
  held: { zh: '等待网络部门处理', en: 'Waiting on the network operations team' },
  resolved: { zh: '问题已解决', en: 'Problem solved' },
  closed: { zh: '客户确认，已结单', en: 'Confirmed by the customer and closed' },
};

/** @param {Story} story @param {Random} rng */
function complaintCategory(story, rng) {
  if (story.flags.has('N')) return 'network-quality';
  if (story.flags.has('B') || story.flags.has('S')) return 'billing-dispute';
  if (story.stage === 'new') return 'incomplete-service';
  return rng.weighted(COMPLAINT_CATEGORY_WEIGHTS);
}

/** @param {Story} story @param {Random} rng @param {number} date @param {string} text @returns {Note} */
function agentNote(story, rng, date, text) {
  return { author: say(rng.pick(AGENTS), story.language), date, text };
}

/** @param {Array<[TicketStatus, number]>} steps @param {number} created @param {Language} lang */
function historyOf(steps, created, lang) {
  return steps.map(([status, hours]) => ({
    status,
    date: Math.round(created + hours * HOUR),
    reason: say(STATUS_REASONS[status], lang),
  }));
}

/**
 * @param {Builder} b @param {Product[]} products @param {District} district @param {number} since
 * @returns {Ticket[]} newest first
 */
function buildTickets(b, products, district, since) {
  const { story, now } = b;
  const rng = new Random(story.key, 'tickets');
  const lang = story.language;
  const plan = products[0];
  const broadband = products.find((product) => product.kind === 'broadband');
  /** @type {Ticket[]} */
  const tickets = [];
  let sequence = 0;
  const nextId = () => `TT-${story.key}-${String((sequence += 1)).padStart(2, '0')}`;
  const highValue = story.tier === 'gold' || story.tier === 'diamond';

  if (story.flags.has('C')) {
    const category = complaintCategory(story, rng);
    const shape = OPEN_COMPLAINT_SHAPES[story.index % OPEN_COMPLAINT_SHAPES.length];
    const created = Math.round(now - rng.float(shape.age[0], shape.age[1]) * HOUR);
    const history = historyOf(shape.steps, created, lang);
    const text = COMPLAINTS[category];
    tickets.push({
      id: nextId(),
      type: 'complaint',
      category,
      name: say(text.name, lang),
      description: say(text.description, lang),
      severity: category === 'network-quality' ? 'Major' : 'Minor',
      priority: highValue ? 'High' : 'Medium',
      status: history[history.length - 1].status,
      creationDate: created,
      lastUpdate: history[history.length - 1].date,
      expectedResolutionDate: created + 72 * HOUR,
      history,
      channel: rng.weighted([
        ['hotline', 6],
        ['wechat', 2],
        ['app', 1],
        ['store', 1],
      ]),
      notes: [agentNote(story, rng, created + 5 * MINUTE, say(text.description, lang))],
      productId: category === 'incomplete-service' && broadband ? broadband.id : plan.id,
    });
  }

  if (story.flags.has('N')) {
    // With an open complaint too, the outage was reported earlier, so it is not a second recent contact.
    const recent = story.flags.has('R') || !story.flags.has('C');
    const created = Math.round(recent ? now - rng.float(8, 96) * HOUR : now - rng.float(8, 12) * DAY);
    const area = say(district.district, lang);
    const history = historyOf(
      [
        ['acknowledged', 0],
        ['inProgress', 0.5],
      ],
      created,
      lang,
    );
    tickets.push({
      id: nextId(),
      type: 'incident',
      incidentLevel: 2,
      name: lang === 'en' ? `Mobile network outage in ${area}` : `${area}移动网络故障`,
      description:
        lang === 'en'
          ? `Base station fault in ${area}; no 4G/5G service indoors. Repair crew dispatched.`
          : `${area}基站故障，室内无4G/5G信号，维修人员已出发`,
      severity: 'Major',
      priority: 'High',
      status: 'inProgress',
      creationDate: created,
      lastUpdate: created + 0.5 * HOUR,
      expectedResolutionDate: created + 2 * HOUR + rng.int(1, 6) * HOUR,
      history,
      channel: 'hotline',
      notes: [agentNote(story, rng, created + 10 * MINUTE, say(INTERACTION_NOTES['network-fault'], lang))],
      productId: plan.id,
    });
  }

  const pastTickets = rng.int(0, 2);
  for (let n = 0; n < pastTickets; n += 1) {
    const created = Math.round(Math.max(since + DAY, now - rng.float(20, 300) * DAY));
    const isComplaint = rng.chance(0.5);
    const category = isComplaint ? rng.weighted(COMPLAINT_CATEGORY_WEIGHTS) : undefined;
    const history = historyOf(
      [
        ['acknowledged', 0],
        ['inProgress', 2],
        ['resolved', rng.float(20, 70)],
        ['closed', 80],
      ],
      created,
      lang,
    );
    tickets.push({
      id: nextId(),
      type: isComplaint ? 'complaint' : 'request',
      category,
      name: category
        ? say(COMPLAINTS[category].name, lang)
        : lang === 'en'
          ? 'Plan change request'
          : '套餐变更申请',
      description: category
        ? say(COMPLAINTS[category].description, lang)
        : say(INTERACTION_NOTES['plan-change'], lang),
      severity: 'Minor',
      priority: highValue ? 'High' : 'Low',
      status: 'closed',
      creationDate: created,
      lastUpdate: created + 80 * HOUR,
      expectedResolutionDate: created + 72 * HOUR,
      resolutionDate: history[2].date,
      history,
      channel: rng.weighted([
        ['hotline', 5],
        ['app', 2],
        ['store', 2],
        ['wechat', 1],
      ]),
      notes: [agentNote(story, rng, history[2].date, say(STATUS_REASONS.resolved, lang))],
      productId: plan.id,
    });
  }
  return tickets.sort((a, b2) => b2.creationDate - a.creationDate);
}

/** @param {Story} story @param {Random} rng @returns {Channel} */
function preferredChannelOf(story, rng) {
  if ((story.tier === 'gold' || story.tier === 'diamond') && rng.chance(0.3)) return 'account-manager';
  return story.language === 'en'
    ? rng.weighted([
        ['app', 4],
        ['hotline', 3],
        ['wechat', 2],
        ['store', 1],
      ])
    : rng.weighted([
        ['hotline', 35],
        ['wechat', 25],
        ['app', 20],
        ['store', 10],
        ['sms', 5],
        ['weibo', 5],
      ]);
}

/** @param {Story} story @returns {ReadonlyArray<readonly [Channel, number]>} */
function inboundChannelWeights(story) {
  const managed = story.tier === 'gold' || story.tier === 'diamond';
  return [
    ['hotline', 40],
    ['app', 15],
    ['wechat', story.language === 'en' ? 8 : 14],
    ['robot', 10],
    ['store', 8],
    ['sms', 4],
    ['weibo', story.language === 'en' ? 1 : 3],
    ['account-manager', managed ? 6 : 0],
  ];
}

/** @param {Channel} channel @param {Random} rng */
function durationOn(channel, rng) {
  if (channel === 'store') return rng.int(10, 35);
  if (channel === 'hotline' || channel === 'account-manager') return rng.int(2, 18);
  return rng.int(1, 9);
}

/** @param {Story} story @param {Channel} channel @param {Random} rng */
function authorOn(story, channel, rng) {
  if (channel === 'robot') return say(ROBOT, story.language);
  if (channel === 'app' || channel === 'sms') return say(SELF_SERVICE, story.language);
  return say(rng.pick(AGENTS), story.language);
}

/**
 * @typedef {object} InteractionDraft
 * @property {number} date
 * @property {'inbound' | 'outbound'} direction
 * @property {string} reason
 * @property {Channel} channel
 * @property {ItemRef[]} items
 * @property {string} [text]
 */

/**
 * The recent interactions each story calls for: the contact that opened a ticket, repeat
 * contacts in the last 7 days, a retention call for customers in decline.
 * @param {Story} story @param {Ticket[]} tickets @param {number} now @param {Random} rng
 * @returns {InteractionDraft[]}
 */
function storyInteractions(story, tickets, now, rng) {
  /** @type {InteractionDraft[]} */
  const drafts = [];
  const openTickets = tickets.filter((ticket) => ticket.status !== 'closed');
  for (const ticket of openTickets) {
    drafts.push({
      date: ticket.creationDate,
      direction: 'inbound',
      reason: ticket.type === 'complaint' ? 'complaint' : 'network-fault',
      channel: ticket.channel,
      items: [{ type: 'TroubleTicket', id: ticket.id, name: ticket.name }],
      text: ticket.description,
    });
  }
  if (story.flags.has('R')) {
    const complaint = openTickets.find((ticket) => ticket.type === 'complaint');
    const latestOpened = Math.max(now - 6.5 * DAY, ...openTickets.map((ticket) => ticket.creationDate));
    const reason = complaint
      ? 'complaint-follow-up'
      : story.flags.has('N')
        ? 'network-fault'
        : story.flags.has('B')
          ? 'billing-inquiry'
          : 'data-usage';
    const repeats = rng.int(2, 3);
    for (let n = 0; n < repeats; n += 1) {
      const date = latestOpened + ((now - latestOpened) * (n + rng.float(0.2, 0.9))) / repeats;
      drafts.push({
        date,
        direction: 'inbound',
        reason,
        channel: rng.weighted([
          ['hotline', 5],
          ['wechat', 2],
          ['app', 2],
          ['robot', 1],
        ]),
        items: complaint ? [{ type: 'TroubleTicket', id: complaint.id, name: complaint.name }] : [],
      });
    }
  }
  if (story.stage === 'decline') {
    const managed = story.tier === 'gold' || story.tier === 'diamond';
    drafts.push({
      date: now - rng.float(8, 14) * DAY,
      direction: 'outbound',
      reason: 'retention-offer',
      channel: managed ? 'account-manager' : 'hotline',
      items: [],
    });
  }
  return drafts.sort((a, b) => b.date - a.date);
}

/**
 * @param {Story} story @param {InteractionDraft} draft @param {number} index @param {Random} rng
 * @returns {Interaction}
 */
function finishInteraction(story, draft, index, rng) {
  const id = `INT-${story.key}-${String(index).padStart(5, '0')}`;
  const text = draft.text ?? say(INTERACTION_NOTES[draft.reason], story.language);
  const date = Math.round(draft.date);
  return {
    id,
    date,
    durationMin: durationOn(draft.channel, rng),
    direction: draft.direction,
    reason: draft.reason,
    status: 'completed',
    channel: draft.channel,
    items: draft.items,
    note: { author: authorOn(story, draft.channel, rng), date, text },
  };
}

/** @param {Story} story @param {boolean} hasBroadband */
function historyReasonWeights(story, hasBroadband) {
  return /** @type {const} */ ([
    ['data-usage', 20],
    ['billing-inquiry', 18],
    ['payment', 10],
    ['plan-change', 10],
    ['device', 8],
    ['roaming', 5],
    ['network-fault', story.flags.has('N') ? 15 : 6],
    ['broadband-install', hasBroadband ? 4 : 0],
    ['satisfaction-survey', 6],
    ['retention-offer', story.stage === 'decline' ? 6 : 0],
  ]);
}

/**
 * Recent story interactions first, then older history generated from its index alone, so any
 * page of a 10,000-item history costs only the items on it.
 * @param {Builder} b @param {Ticket[]} tickets @param {Product[]} products @param {number} since
 * @returns {InteractionList}
 */
function buildInteractions(b, tickets, products, since) {
  const { story, now } = b;
  const rng = new Random(story.key, 'interactions');
  const recent = storyInteractions(story, tickets, now, rng).map((draft, index) =>
    finishInteraction(story, draft, index, rng),
  );
  const total =
    story.interactionCount ||
    recent.length +
      { new: rng.int(3, 7), growth: rng.int(8, 18), stable: rng.int(12, 35), decline: rng.int(20, 45) }[
        story.stage
      ];
  const historyCount = total - recent.length;
  const oldestRecent = recent.length ? recent[recent.length - 1].date : now;
  const historyStart = Math.min(oldestRecent - DAY, now - 8 * DAY);
  const gap = (historyStart - since - DAY) / Math.max(1, historyCount);
  const reasons = historyReasonWeights(
    story,
    products.some((product) => product.kind === 'broadband'),
  );
  const inbound = inboundChannelWeights(story);
  const managed = story.tier === 'gold' || story.tier === 'diamond';
  const plan = products[0];

  /** @param {number} h position in the history, newest first */
  const historyItem = (h) => {
    const itemRng = new Random(story.key, 'history', h);
    const reason = itemRng.weighted(reasons);
    const outbound = OUTBOUND_REASONS.has(reason);
    const channel = outbound
      ? managed && reason === 'retention-offer'
        ? 'account-manager'
        : 'hotline'
      : itemRng.weighted(inbound);
    return finishInteraction(
      story,
      {
        // Each item stays inside its own slot of the timeline, so the order is newest first.
        date: historyStart - h * gap - itemRng.float(0, gap * 0.8),
        direction: outbound ? 'outbound' : 'inbound',
        reason,
        channel,
        items: reason === 'plan-change' ? [{ type: 'Product', id: plan.id, name: plan.name }] : [],
      },
      recent.length + h,
      itemRng,
    );
  };

  return {
    total,
    at(index) {
      if (!Number.isInteger(index) || index < 0 || index >= total)
        throw new RangeError(`No interaction at ${index}`);
      return index < recent.length ? recent[index] : historyItem(index - recent.length);
    },
  };
}

/** @param {Builder} b @param {number} since @returns {SatisfactionAnswer[]} */
function buildSatisfaction(b, since) {
  const { story, now } = b;
  const rng = new Random(story.key, 'satisfaction');
  const unhappy =
    story.flags.has('C') || story.flags.has('B') || story.flags.has('S') || story.stage === 'decline';
  const count = rng.int(2, 5);
  const span = Math.min(365 * DAY, now - since - 2 * DAY);
  /** @type {SatisfactionAnswer[]} */
  const answers = [];
  for (let n = 0; n < count; n += 1) {
    const kind = rng.chance(0.6) ? 'csat' : 'nps';
    const recentOne = n === count - 1;
    const sour = unhappy && (recentOne || rng.chance(0.4));
    const score =
      kind === 'csat'
        ? sour
          ? rng.int(1, 3)
          : rng.weighted([
              [3, 1],
              [4, 3],
              [5, 4],
            ])
        : sour
          ? rng.int(0, 6)
          : rng.int(7, 10);
    answers.push({ date: Math.round(now - span + (span * (n + rng.float(0.1, 0.9))) / count), kind, score });
  }
  return answers;
}

/** @param {Story} story @param {Product[]} products @returns {Offer[]} */
function buildOffers(story, products) {
  const hasBroadband = products.some((product) => product.kind === 'broadband');
  /** @type {Record<LifecycleStage, string[]>} */
  const byStage = {
    new: ['onboarding', 'data-pack'],
    growth: ['upgrade', 'data-pack'],
    stable: hasBroadband ? ['data-pack'] : ['data-pack', 'broadband'],
    decline: ['retention', 'renewal'],
  };
  const kinds =
    story.flags.has('B') && story.stage !== 'new'
      ? ['data-pack', ...byStage[story.stage].filter((kind) => kind !== 'data-pack')]
      : byStage[story.stage];
  return kinds.map((kind) => {
    const offer = OFFERS[kind];
    return {
      id: offer.id,
      name: say(offer.name, story.language),
      description: say(offer.description, story.language),
      kind,
    };
  });
}

/** @param {Story} story @param {number} contractEnd @param {number} now */
function churnOf(story, contractEnd, now) {
  const rng = new Random(story.key, 'churn');
  const atRisk = story.stage === 'decline' || story.flags.has('X');
  /** @type {string[]} */
  const reasons = [];
  if (story.flags.has('N')) reasons.push('network-quality');
  if (story.flags.has('B')) reasons.push('bill-shock');
  if (contractEnd - now < 60 * DAY) reasons.push('contract-ending');
  if (atRisk) {
    if (reasons.length === 0 || rng.chance(0.5)) reasons.push('competitor-offer');
    return { churnRisk: round2(rng.float(0.62, 0.93)), churnReasons: reasons };
  }
  const churnRisk = round2(rng.float(0.04, 0.45));
  return { churnRisk, churnReasons: churnRisk > 0.3 ? reasons.slice(0, 1) : [] };
}

/** @param {Story} story */
function accountStatusOf(story) {
  if (story.flags.has('S'))
    return { accountStatus: /** @type {const} */ ('suspended'), statusReason: 'suspended-non-payment' };
  if (story.flags.has('L'))
    return { accountStatus: /** @type {const} */ ('suspended'), statusReason: 'suspended-lost-sim' };
  if (story.flags.has('A'))
    return { accountStatus: /** @type {const} */ ('arrears'), statusReason: 'overdue-balance' };
  return { accountStatus: /** @type {const} */ ('active'), statusReason: undefined };
}

/** @param {Builder} b @returns {CustomerRecord} */
function buildCustomer(b) {
  const { story, now } = b;
  const rng = new Random(story.key, 'customer');
  const since = customerSince(story, rng, now);
  const { person, district } = buildPerson(b);
  const { products, plan } = buildProducts(b, person, district, since);
  const tickets = buildTickets(b, products, district, since);
  const contractEnd = products[0].termEnd;
  const { accountStatus, statusReason } = accountStatusOf(story);
  const managed = story.tier === 'gold' || story.tier === 'diamond';
  return {
    id: `CUST-${story.key}`,
    key: story.key,
    billingAccountId: `BA-${story.key}`,
    language: story.language,
    tier: story.tier,
    stage: story.stage,
    status: story.stage === 'new' ? 'Validated' : 'Approved',
    accountStatus,
    statusReason,
    customerSince: since,
    person,
    accountManager: managed ? ACCOUNT_MANAGERS[story.index % ACCOUNT_MANAGERS.length] : undefined,
    products,
    usage: buildUsage(b, plan, products),
    bills: buildBills(b, products, since),
    tickets,
    interactions: buildInteractions(b, tickets, products, since),
    ...churnOf(story, contractEnd, now),
    preferredChannel: preferredChannelOf(story, rng),
    satisfaction: buildSatisfaction(b, since),
    offers: buildOffers(story, products),
    networkFaultInArea: story.flags.has('N'),
    contractEnd,
    creditScore: accountStatus === 'active' ? rng.int(650, 820) : rng.int(480, 640),
    vendorSegment: `${story.tier.slice(0, 3).toUpperCase()}-${district.areaCode}-${story.stage.toUpperCase()}-${rng.int(1, 12)}`,
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Builds the demo data set for a reference date (default: now). Same date, same data.
 * @param {{ now?: Date | number }} [options]
 * @returns {SeedModel}
 */
export function createSeed({ now = new Date() } = {}) {
  const reference = new Date(now);
  if (Number.isNaN(reference.getTime())) throw new TypeError('createSeed: invalid reference date');
  const usedNumbers = new Set(ACCOUNT_MANAGERS.map((employee) => employee.mobile));
  const stories = [...STORIES.keys()].map(storyAt);
  stories.push(bigStory());
  const customers = stories.map((story) => buildCustomer({ story, now: reference.getTime(), usedNumbers }));
  return {
    referenceDate: reference,
    customerIds: customers.map((customer) => customer.id),
    customers,
    byId: new Map(customers.map((customer) => [customer.id, customer])),
    employees: ACCOUNT_MANAGERS,
  };
}
