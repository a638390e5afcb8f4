// @ts-check
/**
 * TeleCare CRM — the demo host page of cx-desk.
 *
 * Plays an existing CRM that embeds cx-desk the way a real host would: its own markup, CSS and data
 * calls, plus the cx-desk widgets inside a <cx-agent-session>. The page runs under a strict
 * Content-Security-Policy with Trusted Types, so every node is built with createElement/textContent
 * (no innerHTML, no style attributes). No build step, no dependencies.
 *
 * URL parameters (handy for screenshots and browser tests): ?lang=en|zh-CN, ?theme=light|dark,
 * ?density=comfortable|compact, ?customer=CUST-0003, ?interaction=INT-….
 */

const TMF = {
  customers: '/tmf-api/customerManagement/v5/customer',
  individuals: '/tmf-api/partyManagement/v5/individual',
  products: '/tmf-api/productInventory/v5/product',
  tickets: '/tmf-api/troubleTicket/v5/troubleTicket',
};
const DEMO_API = { faults: '/api/faults', health: '/api/health' };

const CUSTOMER_PAGE_SIZE = 100;
const REQUEST_TIMEOUT_MS = 8_000;
const WIDGET_DEFINE_WAIT_MS = 1_500;
const HEALTH_POLL_MS = 20_000;
const SEARCH_DEBOUNCE_MS = 300;
const EVENT_LOG_SIZE = 8;
const PREFERENCES_KEY = 'telecare-crm-demo:preferences';
const SESSION_KEY = 'telecare-crm-demo:session';
const CLOSED_TICKET_STATUSES = new Set(['resolved', 'closed', 'cancelled', 'rejected']);

/** cx-desk events the demo shows in its log; every cx-desk event bubbles and is composed. */
const OBSERVED_EVENTS = [
  'cx-agent-session-change',
  'cx-error',
  'cx-sla-warning',
  'cx-sla-breach',
  'cx-customer-action',
  'cx-customer-offer-decision',
  'cx-customer-pii-reveal',
  'cx-customer-load-error',
  'cx-script-step-change',
  'cx-script-action',
  'cx-script-complete',
  'cx-script-phrase-warning',
  'cx-survey-submitted',
  'cx-survey-error',
];

/** @typedef {'en' | 'zh-CN'} Lang */
/** @typedef {'light' | 'dark'} Theme */
/** @typedef {'comfortable' | 'compact'} Density */
/** @typedef {{ id: string, name: string, phone: string, tier: string }} CustomerSummary */
/** @typedef {{ customerId: string, name: string, phone: string, idNumber: string, address: string, plan: string, notes: string }} RecordValues */
/** @typedef {{ id: string, type: string, subject: string, status: string, created: string }} TicketRow */
/** @typedef {{ mode: string, match?: string, latencyMs?: number, times?: number, remaining?: number }} FaultRule */
/** @typedef {{ customerId: string, interactionId: string, ticketId: string }} SessionValues */

/** The signed-in agent (agent-007), as the call script names them. */
const SCRIPT_AGENT = {
  en: { id: 'agent-007', name: 'Chen Jing' },
  'zh-CN': { id: 'agent-007', name: '陈静' },
};
/** Host values the sample scripts read as `{{vars.*}}`. */
const SCRIPT_VARIABLES = {
  en: { operatorName: 'TeleCare' },
  'zh-CN': { operatorName: '电信关怀' },
};

/**
 * What the host sets on each widget it creates. Inside <cx-agent-session> the widgets also get the
 * customer, interaction and agent through context; the attributes keep them usable on their own.
 * Rich data goes in as properties, as a real host would do.
 * @type {ReadonlyArray<{ tag: string, attributes: (session: SessionValues) => Record<string, string>, properties?: (session: SessionValues) => Record<string, unknown> }>}
 */
const WIDGETS = [
  // Pulled from the reference backend's TMF APIs through the session's transport.
  {
    tag: 'cx-customer-360',
    // The name the customer list already shows stays on screen while the 360 loads (or cannot).
    attributes: (session) => ({
      'customer-id': session.customerId,
      'customer-name':
        state.customers.items.find((customer) => customer.id === session.customerId)?.name ?? '',
    }),
  },
  {
    tag: 'cx-sla-countdown',
    attributes: (session) => ({ 'ticket-id': session.ticketId }),
    // The TMF621 ticket as the backend sent it: the countdown maps it to a resolution target.
    properties: (session) => ({ ticket: rawTickets.get(session.ticketId) ?? null }),
  },
  {
    tag: 'cx-script-prompter',
    // A sample script shipped in dist/scripts/, in the page's language; progress is kept per interaction.
    attributes: (session) => ({
      src: `/dist/scripts/greeting-identity.${state.lang}.json`,
      'interaction-id': session.interactionId,
    }),
    // What the script says about the agent ({{agent.name}}) and the operator ({{vars.operatorName}}):
    // the session knows only the agent's id, so the host gives the rest, in the page's language.
    properties: () => ({ agent: SCRIPT_AGENT[state.lang], variables: SCRIPT_VARIABLES[state.lang] }),
  },
  {
    tag: 'cx-satisfaction-survey',
    // The agent reads the post-call survey to the customer; responses go to the backend's outbox endpoint.
    attributes: (session) => ({
      preset: 'post-call',
      mode: 'agent',
      'interaction-id': session.interactionId,
      'customer-id': session.customerId,
      endpoint: '/api/survey-responses',
    }),
  },
];

// ---------------------------------------------------------------------------------------------
// Page strings

const MESSAGES = {
  en: {
    skipToMain: 'Skip to customer record',
    agentLabel: 'Agent',
    queueLabel: 'Queue',
    queueName: 'Hotline 10086',
    logout: 'Log out',
    mainMenu: 'Main menu',
    menuHome: 'Home',
    menuCustomers: 'Customers',
    menuTickets: 'Tickets',
    menuReports: 'Reports',
    menuSettings: 'Settings',
    customerSearch: 'Customer search',
    searchLabel: 'Name contains',
    searchButton: 'Search',
    customerList: 'Customers',
    customerRecord: 'Customer record',
    currentCustomer: 'Customer',
    currentInteraction: 'Interaction',
    newInteraction: 'New interaction',
    fieldCustomerId: 'Customer ID',
    fieldName: 'Name',
    fieldPhone: 'Phone',
    fieldIdNumber: 'ID number',
    fieldPlan: 'Plan',
    fieldAddress: 'Address',
    fieldNotes: 'Notes',
    save: 'Save',
    revert: 'Revert',
    region360: 'Customer 360',
    tickets: 'Tickets',
    ticketsCaption: 'Trouble tickets of this customer',
    colTrack: 'SLA',
    colTicket: 'Ticket',
    colType: 'Type',
    colSubject: 'Subject',
    colStatus: 'Status',
    colCreated: 'Created',
    regionSla: 'SLA countdown',
    assistPanel: 'Agent assistance',
    regionScript: 'Call script',
    regionSurvey: 'Satisfaction survey (agent-assisted)',
    demoControls: 'Demo controls',
    language: 'Language',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    density: 'Widget density',
    densityComfortable: 'Comfortable',
    densityCompact: 'Compact',
    faultInjection: 'Fault injection',
    latencyMs: 'Latency (ms)',
    failure: 'Failure',
    modeNone: 'None',
    modeHttp500: 'HTTP 500',
    modeTimeout: 'Timeout',
    modeMalformed: 'Malformed JSON',
    onlyPaths: 'Only paths containing',
    onlyPathsPlaceholder: 'e.g. troubleTicket',
    times: 'Number of requests',
    timesPlaceholder: 'all',
    apply: 'Apply',
    clear: 'Clear',
    activeRules: 'Active rules',
    eventLog: 'Widget events',
    footerInternal: 'Internal use only',
    backend: 'Backend',
    widgets: 'cx-desk widgets',
    retry: 'Retry',
    loadingCustomers: 'Loading customers…',
    /** @param {number} shown @param {number} total */
    customersShown: (shown, total) => `Showing ${shown} of ${total} customers`,
    noCustomers: 'No customers found.',
    /** @param {string} query */
    noCustomersMatching: (query) => `No customer name contains “${query}”.`,
    /** @param {string} reason */
    customersFailed: (reason) => `Could not load customers: ${reason}.`,
    noPhone: 'no number',
    tiers: { ordinary: 'Ordinary', silver: 'Silver', gold: 'Gold', diamond: 'Diamond' },
    loadingRecord: 'Loading customer record…',
    recordPartial: 'Some details (ID number, address or plan) could not be loaded.',
    /** @param {string} reason */
    recordFailed: (reason) => `Could not load the customer record: ${reason}.`,
    /** @param {string} time */
    recordSaved: (time) => `Saved locally at ${time} (demo: nothing is sent to the server).`,
    recordInvalid: 'Please fill in the name before saving.',
    recordReverted: 'Changes reverted.',
    recordFromDraft: 'Showing your locally saved changes.',
    noCustomerSelected: 'Select a customer from the list.',
    loadingTickets: 'Loading tickets…',
    /** @param {string} reason */
    ticketsFailed: (reason) => `Could not load tickets: ${reason}.`,
    noTickets: 'No trouble tickets for this customer.',
    /** @param {string} id */
    trackSla: (id) => `Show the SLA of ticket ${id}`,
    ticketTypes: { complaint: 'Complaint', incident: 'Incident', request: 'Request' },
    ticketStatuses: {
      acknowledged: 'Acknowledged',
      inProgress: 'In progress',
      pending: 'Pending',
      held: 'Held',
      resolved: 'Resolved',
      closed: 'Closed',
      cancelled: 'Cancelled',
      rejected: 'Rejected',
    },
    widgetNames: {
      'cx-customer-360': 'Customer 360',
      'cx-sla-countdown': 'SLA countdown',
      'cx-script-prompter': 'Script prompter',
      'cx-satisfaction-survey': 'Satisfaction survey',
    },
    /** @param {{ tag: string, name: string }} widget */
    widgetPending: ({ tag }) => `${tag} will appear here`,
    widgetNotInBundle: 'Not defined by the loaded cx-desk bundle yet; it mounts here as soon as it is.',
    /** @param {number} mounted @param {number} total */
    widgetCount: (mounted, total) => `${mounted} of ${total} available`,
    /** @param {number} customers */
    healthOk: (customers) => `OK · ${customers} customers`,
    /** @param {string} reason */
    healthDown: (reason) => `unavailable (${reason})`,
    faultsNone: 'None: the backend answers normally.',
    /** @param {number} count */
    faultsApplied: (count) => (count === 1 ? '1 rule applied.' : `${count} rules applied.`),
    faultsCleared: 'Faults cleared.',
    /** @param {string} reason */
    faultsFailed: (reason) => `The fault rules could not be changed: ${reason}.`,
    /** @param {string} reason */
    faultsLoadFailed: (reason) => `The fault rules could not be read: ${reason}.`,
    faultModes: {
      latency: 'Latency',
      http500: 'HTTP 500',
      timeout: 'Timeout (no answer)',
      malformed: 'Malformed JSON',
      'ack-lost': 'Acknowledgement lost',
    },
    /** @param {number} ms */
    ruleLatency: (ms) => `${ms} ms`,
    /** @param {string} match */
    ruleMatch: (match) => `paths containing “${match}”`,
    ruleAllPaths: 'all TMF and survey paths',
    /** @param {number} times */
    ruleTimes: (times) => (times === 1 ? 'next request only' : `next ${times} requests`),
    eventLogEmpty: 'No events yet.',
    errors: {
      timeout: 'the server did not answer in time',
      network: 'the server cannot be reached',
      malformed: 'the answer is not valid JSON',
      /** @param {number} status */
      http: (status) => `HTTP ${status}`,
    },
  },
  'zh-CN': {
    skipToMain: '跳到客户资料',
    agentLabel: '坐席',
    queueLabel: '队列',
    queueName: '10086 热线',
    logout: '退出',
    mainMenu: '主菜单',
    menuHome: '首页',
    menuCustomers: '客户管理',
    menuTickets: '工单',
    menuReports: '报表',
    menuSettings: '系统设置',
    customerSearch: '客户查询',
    searchLabel: '姓名包含',
    searchButton: '查询',
    customerList: '客户',
    customerRecord: '客户资料',
    currentCustomer: '客户',
    currentInteraction: '接触',
    newInteraction: '新建接触',
    fieldCustomerId: '客户编号',
    fieldName: '姓名',
    fieldPhone: '联系电话',
    fieldIdNumber: '证件号码',
    fieldPlan: '套餐',
    fieldAddress: '地址',
    fieldNotes: '备注',
    save: '保存',
    revert: '撤销修改',
    region360: '客户360视图',
    tickets: '工单',
    ticketsCaption: '该客户的故障与投诉工单',
    colTrack: 'SLA',
    colTicket: '工单号',
    colType: '类型',
    colSubject: '主题',
    colStatus: '状态',
    colCreated: '创建时间',
    regionSla: 'SLA 倒计时',
    assistPanel: '坐席辅助',
    regionScript: '通话话术',
    regionSurvey: '满意度调查（坐席代填）',
    demoControls: '演示控制',
    language: '语言',
    theme: '主题',
    themeLight: '浅色',
    themeDark: '深色',
    density: '组件密度',
    densityComfortable: '宽松',
    densityCompact: '紧凑',
    faultInjection: '故障注入',
    latencyMs: '延迟（毫秒）',
    failure: '故障类型',
    modeNone: '无',
    modeHttp500: 'HTTP 500',
    modeTimeout: '超时',
    modeMalformed: 'JSON 格式错误',
    onlyPaths: '仅限路径包含',
    onlyPathsPlaceholder: '例如 troubleTicket',
    times: '请求次数',
    timesPlaceholder: '全部',
    apply: '应用',
    clear: '清除',
    activeRules: '当前规则',
    eventLog: '组件事件',
    footerInternal: '仅限内部使用',
    backend: '后端',
    widgets: 'cx-desk 组件',
    retry: '重试',
    loadingCustomers: '正在加载客户…',
    /** @param {number} shown @param {number} total */
    customersShown: (shown, total) => `显示 ${shown} / ${total} 位客户`,
    noCustomers: '没有客户。',
    /** @param {string} query */
    noCustomersMatching: (query) => `没有姓名包含“${query}”的客户。`,
    /** @param {string} reason */
    customersFailed: (reason) => `客户列表加载失败：${reason}。`,
    noPhone: '无号码',
    tiers: { ordinary: '普通', silver: '银卡', gold: '金卡', diamond: '钻石' },
    loadingRecord: '正在加载客户资料…',
    recordPartial: '部分信息（证件号码、地址或套餐）未能加载。',
    /** @param {string} reason */
    recordFailed: (reason) => `客户资料加载失败：${reason}。`,
    /** @param {string} time */
    recordSaved: (time) => `已于 ${time} 保存在本地（演示：不会发送到服务器）。`,
    recordInvalid: '请先填写姓名再保存。',
    recordReverted: '已撤销修改。',
    recordFromDraft: '显示的是您在本地保存的修改。',
    noCustomerSelected: '请从列表中选择客户。',
    loadingTickets: '正在加载工单…',
    /** @param {string} reason */
    ticketsFailed: (reason) => `工单加载失败：${reason}。`,
    noTickets: '该客户没有工单。',
    /** @param {string} id */
    trackSla: (id) => `显示工单 ${id} 的 SLA`,
    ticketTypes: { complaint: '投诉', incident: '故障', request: '请求' },
    ticketStatuses: {
      acknowledged: '已受理',
      inProgress: '处理中',
      pending: '待客户反馈',
      held: '挂起',
      resolved: '已解决',
      closed: '已关闭',
      cancelled: '已取消',
      rejected: '已驳回',
    },
    widgetNames: {
      'cx-customer-360': '客户360视图',
      'cx-sla-countdown': 'SLA 倒计时',
      'cx-script-prompter': '话术提示',
      'cx-satisfaction-survey': '满意度调查',
    },
    /** @param {{ tag: string, name: string }} widget */
    widgetPending: ({ name }) => `${name}将显示在这里`,
    widgetNotInBundle: '当前加载的 cx-desk 包尚未定义此组件；定义后会立即显示在这里。',
    /** @param {number} mounted @param {number} total */
    widgetCount: (mounted, total) => `已加载 ${mounted} / ${total}`,
    /** @param {number} customers */
    healthOk: (customers) => `正常 · ${customers} 位客户`,
    /** @param {string} reason */
    healthDown: (reason) => `不可用（${reason}）`,
    faultsNone: '无：后端正常应答。',
    /** @param {number} count */
    faultsApplied: (count) => `已应用 ${count} 条规则。`,
    faultsCleared: '已清除故障。',
    /** @param {string} reason */
    faultsFailed: (reason) => `故障规则修改失败：${reason}。`,
    /** @param {string} reason */
    faultsLoadFailed: (reason) => `故障规则读取失败：${reason}。`,
    faultModes: {
      latency: '延迟',
      http500: 'HTTP 500',
      timeout: '超时（不应答）',
      malformed: 'JSON 格式错误',
      'ack-lost': '确认丢失',
    },
    /** @param {number} ms */
    ruleLatency: (ms) => `${ms} 毫秒`,
    /** @param {string} match */
    ruleMatch: (match) => `路径包含“${match}”`,
    ruleAllPaths: '所有 TMF 与调查路径',
    /** @param {number} times */
    ruleTimes: (times) => `接下来 ${times} 次请求`,
    eventLogEmpty: '暂无事件。',
    errors: {
      timeout: '服务器应答超时',
      network: '无法连接服务器',
      malformed: '应答不是有效的 JSON',
      /** @param {number} status */
      http: (status) => `HTTP ${status}`,
    },
  },
};

/** @typedef {typeof MESSAGES.en} Messages */

/** @returns {Messages} the strings of the page's current language */
function messages() {
  return MESSAGES[state.lang];
}

/**
 * A plain page string by key (for `data-i18n` attributes in the markup).
 * @param {string} key
 * @returns {string}
 */
function staticText(key) {
  const value = /** @type {Record<string, unknown>} */ (messages())[key];
  return typeof value === 'string' ? value : key;
}

/**
 * A label from one of the string tables, or the raw value when the table does not know it.
 * @param {Record<string, string>} table
 * @param {string} value
 */
function label(table, value) {
  return table[value] ?? value;
}

// ---------------------------------------------------------------------------------------------
// State

/** The trouble tickets of the current customer as the backend sent them, by id. */
/** @type {Map<string, unknown>} */
let rawTickets = new Map();

const state = {
  /** @type {Lang} */ lang: 'en',
  /** @type {Theme} */ theme: 'light',
  /** @type {Density} */ density: 'comfortable',
  /** @type {SessionValues} */ session: { customerId: '', interactionId: '', ticketId: '' },
  customers: {
    /** @type {'loading' | 'ready' | 'error'} */ phase: 'loading',
    /** @type {CustomerSummary[]} */ items: [],
    total: 0,
    query: '',
    /** @type {unknown} */ error: undefined,
  },
  record: {
    /** @type {'idle' | 'loading' | 'ready' | 'partial' | 'error' | 'saved' | 'invalid' | 'reverted' | 'draft'} */
    phase: 'idle',
    /** @type {RecordValues | undefined} loaded from the backend, for Revert */ original: undefined,
    /** @type {unknown} */ error: undefined,
    savedAt: '',
  },
  tickets: {
    /** @type {'idle' | 'loading' | 'ready' | 'error'} */ phase: 'idle',
    /** @type {TicketRow[]} */ items: [],
    /** @type {unknown} */ error: undefined,
  },
  faults: {
    /** @type {FaultRule[]} */ rules: [],
    /** @type {'' | 'applied' | 'cleared' | 'failed' | 'loadFailed'} */ notice: '',
    appliedCount: 0,
    /** @type {unknown} */ error: undefined,
  },
  /** @type {{ ok: boolean, customers: number, error?: unknown } | undefined} */ health: undefined,
  /** @type {Map<string, RecordValues>} records the agent saved in this tab (the demo never writes back) */
  savedRecords: new Map(),
  /** @type {Array<{ time: string, type: string, summary: string }>} */ events: [],
  /** @type {Set<string>} */ mountedWidgets: new Set(),
};

// ---------------------------------------------------------------------------------------------
// DOM helpers

/**
 * The element for `selector`, checked to be of `type`.
 * @template {Element} T
 * @param {string} selector
 * @param {{ new (): T, prototype: T }} type
 * @returns {T}
 */
function $(selector, type) {
  const node = document.querySelector(selector);
  if (!(node instanceof type)) throw new Error(`TeleCare CRM: ${selector} is missing from the page.`);
  return node;
}

/**
 * Builds an element from attributes and children (strings become text nodes, never markup).
 * @param {string} tag
 * @param {Record<string, string | boolean | undefined>} [attributes]
 * @param {Array<Node | string | false | null | undefined>} [children]
 * @returns {HTMLElement}
 */
function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child !== false && child !== null && child !== undefined) node.append(child);
  }
  return node;
}

/**
 * Shows a short message (and a Retry button when `retryAction` is given) in a status container.
 * @param {HTMLElement} container
 * @param {string} message
 * @param {{ tone?: 'info' | 'error' | 'success', retryAction?: string }} [options]
 */
function renderStatus(container, message, options = {}) {
  const retry = options.retryAction
    ? el('button', { type: 'button', class: 'button-small', 'data-action': options.retryAction }, [
        messages().retry,
      ])
    : null;
  container.replaceChildren(...(message ? [el('span', {}, [message])] : []), ...(retry ? [' ', retry] : []));
  container.dataset.tone = options.tone ?? 'info';
}

const elements = {
  html: document.documentElement,
  session: $('cx-agent-session', HTMLElement),
  widgetArea: $('#widget-area', HTMLElement),
  searchForm: $('#search-form', HTMLFormElement),
  searchInput: $('#search-name', HTMLInputElement),
  customerList: $('#customer-list', HTMLUListElement),
  customerListStatus: $('#customer-list-status', HTMLElement),
  currentCustomerId: $('#current-customer-id', HTMLElement),
  currentInteractionId: $('#current-interaction-id', HTMLElement),
  newInteractionButton: $('#new-interaction-button', HTMLButtonElement),
  recordForm: $('#record-form', HTMLFormElement),
  recordStatus: $('#record-status', HTMLElement),
  recordRevert: $('#record-revert', HTMLButtonElement),
  ticketsTable: $('#tickets-table', HTMLTableElement),
  ticketsBody: $('#tickets-body', HTMLTableSectionElement),
  ticketsStatus: $('#tickets-status', HTMLElement),
  faultsForm: $('#faults-form', HTMLFormElement),
  faultsClear: $('#faults-clear', HTMLButtonElement),
  faultsStatus: $('#faults-status', HTMLElement),
  faultRules: $('#fault-rules', HTMLUListElement),
  eventLog: $('#event-log', HTMLOListElement),
  backendHealth: $('#backend-health', HTMLElement),
  widgetCount: $('#widget-count', HTMLElement),
};

// ---------------------------------------------------------------------------------------------
// HTTP

/** Why a request failed, in terms the page can explain. */
class RequestError extends Error {
  /**
   * @param {'timeout' | 'network' | 'malformed' | 'http'} kind
   * @param {number} [status]
   */
  constructor(kind, status) {
    super(status ? `${kind} ${status}` : kind);
    this.name = 'RequestError';
    this.kind = kind;
    this.status = status;
  }
}

/**
 * fetch + JSON with a timeout (the `timeout` fault never answers) and cancellation.
 * @param {string} url
 * @param {{ method?: string, body?: unknown, signal?: AbortSignal, timeoutMs?: number }} [options]
 * @returns {Promise<{ data: unknown, headers: Headers }>}
 */
async function requestJson(url, options = {}) {
  const { method = 'GET', body, signal, timeoutMs = REQUEST_TIMEOUT_MS } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new RequestError('timeout')), timeoutMs);
  const forwardAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) forwardAbort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    const response = await fetch(url, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
    const text = await response.text();
    if (!response.ok) throw new RequestError('http', response.status);
    return { data: parseJson(text), headers: response.headers };
  } catch (error) {
    if (error instanceof RequestError) throw error;
    if (controller.signal.aborted) throw controller.signal.reason;
    throw new RequestError('network');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

/**
 * @param {string} text
 * @returns {unknown} undefined for an empty body
 */
function parseJson(text) {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestError('malformed');
  }
}

/**
 * @param {unknown} error
 * @returns {boolean} whether the caller cancelled the request (a newer one replaced it)
 */
function isCancelled(error) {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * @param {unknown} error
 * @returns {string} a short, translated reason
 */
function describeError(error) {
  const text = messages().errors;
  if (!(error instanceof RequestError)) return text.network;
  if (error.kind === 'http') return text.http(error.status ?? 0);
  return text[error.kind];
}

/**
 * A signal source where starting a new request cancels the previous one ("latest wins").
 * @returns {() => AbortSignal}
 */
function latestRequest() {
  /** @type {AbortController | undefined} */
  let controller;
  return () => {
    controller?.abort();
    controller = new AbortController();
    return controller.signal;
  };
}

const nextCustomersSignal = latestRequest();
const nextRecordSignal = latestRequest();
const nextTicketsSignal = latestRequest();

// ---------------------------------------------------------------------------------------------
// TM Forum shapes (v5 as requested; v4 shapes are accepted too)

/**
 * @param {unknown} value
 * @returns {Record<string, any>}
 */
function asObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? /** @type {Record<string, any>} */ (value)
    : {};
}

/**
 * TMF list bodies are bare arrays; tolerate an `{ items }` wrapper.
 * @param {unknown} data
 * @returns {Record<string, any>[]}
 */
function asList(data) {
  const list = Array.isArray(data) ? data : asObject(data).items;
  return Array.isArray(list) ? list.map(asObject) : [];
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function asText(value) {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/**
 * A characteristic's value by name (v4 `{ name, value }`, v5 adds `@type`).
 * @param {Record<string, any>} resource
 * @param {string} name
 * @returns {unknown}
 */
function characteristicValue(resource, name) {
  const items = Array.isArray(resource.characteristic) ? resource.characteristic.map(asObject) : [];
  return items.find((item) => item.name === name)?.value;
}

/**
 * The id behind a party reference: v5 `{ partyOrPartyRole: { id } }` or a plain `{ id }`.
 * @param {unknown} reference
 * @returns {string}
 */
function partyId(reference) {
  const ref = asObject(reference);
  return asText(asObject(ref.partyOrPartyRole).id) || asText(ref.id);
}

/**
 * @param {Record<string, any>} resource
 * @returns {Record<string, any>[]}
 */
function contactMedia(resource) {
  return Array.isArray(resource.contactMedium) ? resource.contactMedium.map(asObject) : [];
}

/**
 * The (preferred) phone number: v5 `PhoneContactMedium.phoneNumber`, v4 `characteristic.phoneNumber`.
 * @param {Record<string, any>[]} media
 * @returns {string}
 */
function findPhoneNumber(media) {
  const phones = media
    .map((medium) => ({
      medium,
      number: asText(medium.phoneNumber) || asText(asObject(medium.characteristic).phoneNumber),
    }))
    .filter((phone) => phone.number);
  const preferred = phones.find((phone) => phone.medium.preferred === true) ?? phones[0];
  return preferred?.number ?? '';
}

/**
 * The postal address: v5 `GeographicAddressContactMedium` fields, v4 `characteristic` fields.
 * @param {Record<string, any>[]} media
 * @returns {string}
 */
function findAddress(media) {
  for (const medium of media) {
    const fields = medium.street1 || medium.city ? medium : asObject(medium.characteristic);
    if (fields.street1 || fields.city) return formatAddress(fields);
  }
  return '';
}

/**
 * Chinese addresses run from province to street without separators; others from street outwards.
 * @param {Record<string, any>} fields
 * @returns {string}
 */
function formatAddress(fields) {
  const parts = ['stateOrProvince', 'city', 'district', 'street1', 'street2']
    .map((key) => asText(fields[key]))
    .filter((part, index, all) => part && part !== all[index - 1]); // 北京市 is province and city
  if (parts.some((part) => /[\u4e00-\u9fff]/.test(part))) return parts.join('');
  const postCode = asText(fields.postCode);
  return [...parts.reverse(), postCode].filter(Boolean).join(', ');
}

/**
 * Masks the middle of a phone number the way agents see it: 13812345678 → 138****5678.
 * @param {string} phone
 * @returns {string}
 */
function maskPhone(phone) {
  let digits = phone.replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  if (digits.length < 8) return digits ? '****' : '';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/**
 * @param {Record<string, any>} customer TMF629 Customer
 * @returns {CustomerSummary}
 */
function toCustomerSummary(customer) {
  return {
    id: asText(customer.id),
    name: asText(customer.name) || asText(asObject(customer.engagedParty).name) || asText(customer.id),
    phone: findPhoneNumber(contactMedia(customer)),
    tier: asText(characteristicValue(customer, 'tier')),
  };
}

/**
 * The main plan: the first active product (else the first product) by name.
 * @param {Record<string, any>[]} products TMF637 Products
 * @returns {string}
 */
function findPlanName(products) {
  const product = products.find((item) => item.status === 'active') ?? products[0];
  if (!product) return '';
  return asText(product.name) || asText(asObject(product.productOffering).name);
}

/**
 * The record form's values from what the backend knows.
 * @param {Record<string, any>} customer TMF629 Customer
 * @param {Record<string, any>} individual TMF632 Individual (may be empty)
 * @param {Record<string, any>[]} products TMF637 Products
 * @returns {RecordValues}
 */
function toRecordValues(customer, individual, products) {
  const media = [...contactMedia(customer), ...contactMedia(individual)];
  const identifications = Array.isArray(individual.individualIdentification)
    ? individual.individualIdentification.map(asObject)
    : [];
  return {
    customerId: asText(customer.id),
    name:
      asText(customer.name) ||
      asText(individual.formattedName) ||
      asText(asObject(customer.engagedParty).name),
    phone: findPhoneNumber(media),
    idNumber: asText(identifications[0]?.identificationId),
    address: findAddress(media),
    plan: findPlanName(products),
    notes: '',
  };
}

/**
 * @param {Record<string, any>} ticket TMF621 TroubleTicket
 * @returns {TicketRow}
 */
function toTicketRow(ticket) {
  return {
    id: asText(ticket.id),
    type: asText(ticket.ticketType),
    subject: asText(ticket.name) || asText(ticket.description),
    status: asText(ticket.status),
    created: asText(ticket.creationDate),
  };
}

/**
 * @param {string} iso
 * @returns {string}
 */
function formatDateTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(state.lang, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

// ---------------------------------------------------------------------------------------------
// Customer list

async function loadCustomers() {
  const signal = nextCustomersSignal();
  const query = elements.searchInput.value.trim();
  state.customers = { ...state.customers, phase: 'loading', query, error: undefined };
  renderCustomerList();
  const params = new URLSearchParams({ limit: String(CUSTOMER_PAGE_SIZE) });
  if (query) params.set('name', query);
  try {
    const { data, headers } = await requestJson(`${TMF.customers}?${params}`, { signal });
    const items = asList(data)
      .map(toCustomerSummary)
      .filter((customer) => customer.id);
    const total = Number(headers.get('X-Total-Count') ?? items.length);
    state.customers = {
      ...state.customers,
      phase: 'ready',
      items,
      total: Number.isFinite(total) ? total : items.length,
    };
  } catch (error) {
    if (isCancelled(error)) return;
    state.customers = { ...state.customers, phase: 'error', items: [], error };
  }
  renderCustomerList();
}

function renderCustomerList() {
  const { phase, items, total, query, error } = state.customers;
  const text = messages();
  if (phase === 'loading') {
    renderStatus(elements.customerListStatus, text.loadingCustomers);
  } else if (phase === 'error') {
    renderStatus(elements.customerListStatus, text.customersFailed(describeError(error)), {
      tone: 'error',
      retryAction: 'retry-customers',
    });
  } else if (items.length === 0) {
    renderStatus(elements.customerListStatus, query ? text.noCustomersMatching(query) : text.noCustomers);
  } else {
    renderStatus(elements.customerListStatus, text.customersShown(items.length, total));
  }
  elements.customerList.setAttribute('aria-busy', String(phase === 'loading'));
  elements.customerList.replaceChildren(...items.map(renderCustomerItem));
}

/**
 * @param {CustomerSummary} customer
 * @returns {HTMLElement}
 */
function renderCustomerItem(customer) {
  const text = messages();
  const selected = customer.id === state.session.customerId;
  const tier = customer.tier
    ? el('span', { class: `tier-badge tier-${customer.tier}` }, [label(text.tiers, customer.tier)])
    : null;
  const button = el(
    'button',
    {
      type: 'button',
      class: 'customer-item',
      'data-customer-id': customer.id,
      'aria-current': selected ? 'true' : undefined,
    },
    [
      el('span', { class: 'customer-item-line' }, [
        el('span', { class: 'customer-name' }, [customer.name]),
        tier,
      ]),
      el('span', { class: 'customer-item-line customer-item-meta' }, [
        el('span', { class: 'customer-phone' }, [maskPhone(customer.phone) || text.noPhone]),
        el('span', { class: 'customer-id' }, [customer.id]),
      ]),
    ],
  );
  return el('li', {}, [button]);
}

function markSelectedCustomer() {
  for (const button of elements.customerList.querySelectorAll('button[data-customer-id]')) {
    if (button instanceof HTMLElement && button.dataset.customerId === state.session.customerId)
      button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let searchTimer;

function handleSearchInput() {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(loadCustomers, SEARCH_DEBOUNCE_MS);
}

/** @param {SubmitEvent} event */
function handleSearchSubmit(event) {
  event.preventDefault();
  clearTimeout(searchTimer);
  loadCustomers();
}

/** @param {MouseEvent} event */
function handleCustomerClick(event) {
  const button = event.target instanceof Element ? event.target.closest('button[data-customer-id]') : null;
  if (!(button instanceof HTMLElement) || !button.dataset.customerId) return;
  selectCustomer(button.dataset.customerId);
}

// ---------------------------------------------------------------------------------------------
// The session: customer, interaction, ticket

/** @returns {string} a fresh interaction id, as the telephony system would hand over with a call */
function newInteractionId() {
  return `INT-${Date.now()}`;
}

/**
 * Starts serving `customerId` in a new interaction.
 * @param {string} customerId
 */
function selectCustomer(customerId) {
  state.session = { customerId, interactionId: newInteractionId(), ticketId: '' };
  applySession();
  markSelectedCustomer();
  loadRecord();
  loadTickets();
}

function startNewInteraction() {
  state.session = { ...state.session, interactionId: newInteractionId() };
  applySession();
}

/** Pushes the session to <cx-agent-session>, the mounted widgets and the interaction bar. */
function applySession() {
  const { customerId, interactionId } = state.session;
  setOrRemoveAttribute(elements.session, 'customer-id', customerId);
  setOrRemoveAttribute(elements.session, 'interaction-id', interactionId);
  for (const widget of WIDGETS) {
    const element = elements.widgetArea.querySelector(`[data-widget="${widget.tag}"] > ${widget.tag}`);
    if (element)
      applyWidgetAttributes(element, widget.attributes(state.session), widget.properties?.(state.session));
  }
  elements.currentCustomerId.textContent = customerId || '—';
  elements.currentInteractionId.textContent = interactionId || '—';
  saveSession();
}

/**
 * @param {Element} element
 * @param {string} name
 * @param {string} value removed when empty
 */
function setOrRemoveAttribute(element, name, value) {
  if (value) element.setAttribute(name, value);
  else element.removeAttribute(name);
}

/** @returns {SessionValues} from the URL, else this tab's last session, else the markup */
function restoreSession() {
  const params = new URLSearchParams(location.search);
  /** @type {Partial<SessionValues>} */
  let stored = {};
  try {
    stored = asObject(JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? '{}'));
  } catch {
    stored = {};
  }
  const customerId =
    params.get('customer') ?? stored.customerId ?? elements.session.getAttribute('customer-id') ?? '';
  const sameCustomer = customerId === (stored.customerId ?? elements.session.getAttribute('customer-id'));
  // A reload keeps the interaction (widgets key resumable progress on it); another customer starts a new one.
  const interactionId =
    params.get('interaction') ??
    (sameCustomer ? (stored.interactionId ?? elements.session.getAttribute('interaction-id')) : null) ??
    newInteractionId();
  return { customerId, interactionId, ticketId: '' };
}

function saveSession() {
  const { customerId, interactionId } = state.session;
  try {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ customerId, interactionId }));
  } catch {
    // Storage may be disabled; the session then simply starts fresh on reload.
  }
}

// ---------------------------------------------------------------------------------------------
// Customer record form

async function loadRecord() {
  const { customerId } = state.session;
  const signal = nextRecordSignal();
  if (!customerId) {
    state.record = { ...state.record, phase: 'idle', original: undefined };
    fillRecordForm(emptyRecord(''));
    renderRecordStatus();
    return;
  }
  state.record = { ...state.record, phase: 'loading', original: undefined, error: undefined };
  fillRecordForm(recordFromSummary(customerId));
  renderRecordStatus();
  try {
    const values = await fetchRecordValues(customerId, signal);
    state.record = { ...state.record, phase: values.complete ? 'ready' : 'partial', original: values.record };
    const draft = state.savedRecords.get(customerId);
    if (draft) state.record.phase = 'draft';
    fillRecordForm(draft ?? values.record);
  } catch (error) {
    if (isCancelled(error)) return;
    state.record = { ...state.record, phase: 'error', error };
  }
  renderRecordStatus();
}

/**
 * Customer (TMF629), then the individual (TMF632) and products (TMF637) side by side.
 * @param {string} customerId
 * @param {AbortSignal} signal
 * @returns {Promise<{ record: RecordValues, complete: boolean }>}
 */
async function fetchRecordValues(customerId, signal) {
  const { data } = await requestJson(`${TMF.customers}/${encodeURIComponent(customerId)}`, { signal });
  const customer = asObject(data);
  const individualId = partyId(customer.engagedParty);
  const [individual, products] = await Promise.allSettled([
    individualId
      ? requestJson(`${TMF.individuals}/${encodeURIComponent(individualId)}`, { signal })
      : Promise.resolve({ data: {} }),
    requestJson(`${TMF.products}?${new URLSearchParams({ 'relatedParty.id': customerId })}`, { signal }),
  ]);
  if (signal.aborted) throw signal.reason;
  return {
    record: toRecordValues(
      customer,
      individual.status === 'fulfilled' ? asObject(individual.value.data) : {},
      products.status === 'fulfilled' ? asList(products.value.data) : [],
    ),
    complete: individual.status === 'fulfilled' && products.status === 'fulfilled',
  };
}

/**
 * @param {string} customerId
 * @returns {RecordValues}
 */
function emptyRecord(customerId) {
  return { customerId, name: '', phone: '', idNumber: '', address: '', plan: '', notes: '' };
}

/**
 * What the list already knows, shown while the full record loads.
 * @param {string} customerId
 * @returns {RecordValues}
 */
function recordFromSummary(customerId) {
  const summary = state.customers.items.find((customer) => customer.id === customerId);
  return { ...emptyRecord(customerId), name: summary?.name ?? '', phone: summary?.phone ?? '' };
}

/** @param {RecordValues} values */
function fillRecordForm(values) {
  for (const [name, value] of Object.entries(values)) {
    const field = elements.recordForm.elements.namedItem(name);
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.value = value;
  }
}

/** @returns {RecordValues} */
function readRecordForm() {
  const data = new FormData(elements.recordForm);
  /** @param {string} name */
  const read = (name) => asText(data.get(name));
  return {
    customerId: read('customerId'),
    name: read('name'),
    phone: read('phone'),
    idNumber: read('idNumber'),
    address: read('address'),
    plan: read('plan'),
    notes: read('notes'),
  };
}

function renderRecordStatus() {
  const { phase, error, savedAt } = state.record;
  const text = messages();
  const status = elements.recordStatus;
  if (phase === 'loading') renderStatus(status, text.loadingRecord);
  else if (phase === 'idle') renderStatus(status, text.noCustomerSelected);
  else if (phase === 'partial')
    renderStatus(status, text.recordPartial, { tone: 'error', retryAction: 'retry-record' });
  else if (phase === 'error')
    renderStatus(status, text.recordFailed(describeError(error)), {
      tone: 'error',
      retryAction: 'retry-record',
    });
  else if (phase === 'saved') renderStatus(status, text.recordSaved(savedAt), { tone: 'success' });
  else if (phase === 'draft') renderStatus(status, text.recordFromDraft);
  else if (phase === 'invalid') renderStatus(status, text.recordInvalid, { tone: 'error' });
  else if (phase === 'reverted') renderStatus(status, text.recordReverted);
  else renderStatus(status, '');
  elements.recordForm.setAttribute('aria-busy', String(phase === 'loading'));
}

/** @param {SubmitEvent} event */
function handleRecordSubmit(event) {
  event.preventDefault();
  const values = readRecordForm();
  if (!values.customerId) return;
  if (!values.name.trim()) {
    state.record = { ...state.record, phase: 'invalid' };
    renderRecordStatus();
    elements.recordForm.querySelector('#field-name')?.setAttribute('aria-invalid', 'true');
    $('#field-name', HTMLInputElement).focus();
    return;
  }
  elements.recordForm.querySelector('#field-name')?.removeAttribute('aria-invalid');
  state.savedRecords.set(values.customerId, values);
  state.record = { ...state.record, phase: 'saved', savedAt: new Date().toLocaleTimeString(state.lang) };
  renderRecordStatus();
}

function handleRecordRevert() {
  const { customerId } = state.session;
  if (!customerId) return;
  state.savedRecords.delete(customerId);
  fillRecordForm(state.record.original ?? recordFromSummary(customerId));
  elements.recordForm.querySelector('#field-name')?.removeAttribute('aria-invalid');
  state.record = { ...state.record, phase: 'reverted' };
  renderRecordStatus();
}

// ---------------------------------------------------------------------------------------------
// Tickets (the host's own table; the SLA widget beside it follows the chosen ticket)

async function loadTickets() {
  const { customerId } = state.session;
  const signal = nextTicketsSignal();
  if (!customerId) {
    state.tickets = { phase: 'idle', items: [], error: undefined };
    renderTickets();
    return;
  }
  state.tickets = { phase: 'loading', items: [], error: undefined };
  renderTickets();
  try {
    const { data } = await requestJson(
      `${TMF.tickets}?${new URLSearchParams({ 'relatedParty.id': customerId })}`,
      { signal },
    );
    rawTickets = new Map(asList(data).map((ticket) => [asText(ticket.id), ticket]));
    const items = asList(data)
      .map(toTicketRow)
      .filter((ticket) => ticket.id);
    state.tickets = { phase: 'ready', items, error: undefined };
    const firstOpen = items.find((ticket) => !CLOSED_TICKET_STATUSES.has(ticket.status)) ?? items[0];
    trackTicket(firstOpen?.id ?? '');
  } catch (error) {
    if (isCancelled(error)) return;
    state.tickets = { phase: 'error', items: [], error };
  }
  renderTickets();
}

/** @param {string} ticketId the ticket whose SLA the countdown shows ('' for none) */
function trackTicket(ticketId) {
  state.session = { ...state.session, ticketId };
  applySession();
}

function renderTickets() {
  const { phase, items, error } = state.tickets;
  const text = messages();
  if (phase === 'loading') renderStatus(elements.ticketsStatus, text.loadingTickets);
  else if (phase === 'error')
    renderStatus(elements.ticketsStatus, text.ticketsFailed(describeError(error)), {
      tone: 'error',
      retryAction: 'retry-tickets',
    });
  else if (phase === 'ready' && items.length === 0) renderStatus(elements.ticketsStatus, text.noTickets);
  else if (phase === 'idle') renderStatus(elements.ticketsStatus, text.noCustomerSelected);
  else renderStatus(elements.ticketsStatus, '');
  elements.ticketsTable.hidden = items.length === 0;
  elements.ticketsBody.replaceChildren(...items.map(renderTicketRow));
}

/**
 * @param {TicketRow} ticket
 * @returns {HTMLElement}
 */
function renderTicketRow(ticket) {
  const text = messages();
  const open = !CLOSED_TICKET_STATUSES.has(ticket.status);
  const radio = el('input', {
    type: 'radio',
    name: 'sla-ticket',
    value: ticket.id,
    'aria-label': text.trackSla(ticket.id),
    checked: ticket.id === state.session.ticketId,
  });
  return el('tr', { class: ticket.id === state.session.ticketId ? 'is-selected' : undefined }, [
    el('td', { class: 'cell-center' }, [radio]),
    el('td', { class: 'cell-nowrap' }, [el('code', {}, [ticket.id])]),
    el('td', {}, [label(text.ticketTypes, ticket.type)]),
    el('td', {}, [ticket.subject]),
    el('td', {}, [
      el('span', { class: `status-badge ${open ? 'status-open' : 'status-closed'}` }, [
        label(text.ticketStatuses, ticket.status),
      ]),
    ]),
    el('td', { class: 'cell-nowrap' }, [formatDateTime(ticket.created)]),
  ]);
}

/** @param {Event} event */
function handleTicketChange(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.name !== 'sla-ticket') return;
  trackTicket(input.value);
  for (const row of elements.ticketsBody.rows) {
    row.classList.toggle('is-selected', row.querySelector('input')?.value === input.value);
  }
}

// ---------------------------------------------------------------------------------------------
// Widget regions

function setUpWidgetSlots() {
  for (const slot of elements.widgetArea.querySelectorAll('[data-widget]')) {
    const spec = WIDGETS.find((widget) => slot instanceof HTMLElement && widget.tag === slot.dataset.widget);
    if (spec && slot instanceof HTMLElement) setUpWidgetSlot(slot, spec);
  }
  renderWidgetCount();
}

/**
 * Mounts the real widget when its tag is defined; until then a placeholder holds its place.
 * @param {HTMLElement} slot
 * @param {typeof WIDGETS[number]} spec
 */
async function setUpWidgetSlot(slot, spec) {
  if (!customElements.get(spec.tag)) {
    slot.dataset.state = 'waiting';
    renderPlaceholder(slot, spec.tag);
    const defined = await whenDefinedWithin(spec.tag, WIDGET_DEFINE_WAIT_MS);
    if (!defined) {
      slot.dataset.state = 'placeholder';
      renderPlaceholder(slot, spec.tag);
      // A bundle that loads later (or a hot reload) still gets its widget mounted here.
      await customElements.whenDefined(spec.tag);
    }
  }
  mountWidget(slot, spec);
}

/**
 * @param {string} tag
 * @param {number} ms
 * @returns {Promise<boolean>} whether `tag` got defined within `ms`
 */
function whenDefinedWithin(tag, ms) {
  return Promise.race([
    customElements.whenDefined(tag).then(() => true),
    new Promise((resolve) => setTimeout(resolve, ms, false)),
  ]);
}

/**
 * @param {HTMLElement} slot
 * @param {typeof WIDGETS[number]} spec
 */
function mountWidget(slot, spec) {
  const widget = document.createElement(spec.tag);
  applyWidgetAttributes(widget, spec.attributes(state.session), spec.properties?.(state.session));
  slot.replaceChildren(widget);
  slot.dataset.state = 'mounted';
  state.mountedWidgets.add(spec.tag);
  renderWidgetCount();
}

/**
 * @param {Element} widget
 * @param {Record<string, string>} attributes empty values remove the attribute
 * @param {Record<string, unknown>} [properties] rich data, set as properties
 */
function applyWidgetAttributes(widget, attributes, properties = {}) {
  for (const [name, value] of Object.entries(attributes)) setOrRemoveAttribute(widget, name, value);
  Object.assign(widget, properties);
}

/**
 * @param {HTMLElement} slot
 * @param {string} tag
 */
function renderPlaceholder(slot, tag) {
  const text = messages();
  const name = label(text.widgetNames, tag);
  slot.replaceChildren(
    el('div', { class: 'widget-placeholder' }, [
      el('p', { class: 'widget-placeholder-title' }, [text.widgetPending({ tag, name })]),
      el('p', {}, [el('code', {}, [`<${tag}>`])]),
      slot.dataset.state === 'placeholder'
        ? el('p', { class: 'widget-placeholder-hint' }, [text.widgetNotInBundle])
        : null,
    ]),
  );
}

function renderPlaceholders() {
  for (const slot of elements.widgetArea.querySelectorAll('[data-widget]')) {
    if (slot instanceof HTMLElement && slot.dataset.state !== 'mounted' && slot.dataset.widget)
      renderPlaceholder(slot, slot.dataset.widget);
  }
}

function renderWidgetCount() {
  elements.widgetCount.textContent = messages().widgetCount(state.mountedWidgets.size, WIDGETS.length);
}

// ---------------------------------------------------------------------------------------------
// Language, theme, density

/**
 * @param {Lang} lang
 */
function applyLanguage(lang) {
  state.lang = lang;
  // cx-desk widgets follow the nearest `lang`; the page's own strings follow the same switch.
  elements.html.lang = lang;
  translateMarkup();
  renderAll();
  // The sample script comes in the page's language.
  if (state.session.customerId) applySession();
}

function translateMarkup() {
  for (const node of document.querySelectorAll('[data-i18n]')) {
    if (node instanceof HTMLElement && node.dataset.i18n) node.textContent = staticText(node.dataset.i18n);
  }
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) {
    if (node instanceof HTMLInputElement && node.dataset.i18nPlaceholder)
      node.placeholder = staticText(node.dataset.i18nPlaceholder);
  }
  for (const node of document.querySelectorAll('[data-i18n-aria-label]')) {
    if (node instanceof HTMLElement && node.dataset.i18nAriaLabel)
      node.setAttribute('aria-label', staticText(node.dataset.i18nAriaLabel));
  }
}

function renderAll() {
  renderCustomerList();
  renderRecordStatus();
  renderTickets();
  renderPlaceholders();
  renderWidgetCount();
  renderFaults();
  renderHealth();
  renderEventLog();
}

/** @param {Theme} theme */
function applyTheme(theme) {
  state.theme = theme;
  elements.html.dataset.cxTheme = theme;
}

/** @param {Density} density */
function applyDensity(density) {
  state.density = density;
  setOrRemoveAttribute(elements.widgetArea, 'data-cx-density', density === 'compact' ? 'compact' : '');
}

/** @returns {{ lang: Lang, theme: Theme, density: Density }} from the URL, else the last choice, else defaults */
function readPreferences() {
  const params = new URLSearchParams(location.search);
  /** @type {Record<string, any>} */
  let stored = {};
  try {
    stored = asObject(JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}'));
  } catch {
    stored = {};
  }
  /** @param {string} name @param {readonly string[]} allowed @param {string} fallback */
  const pick = (name, allowed, fallback) =>
    [params.get(name), stored[name]].find((value) => allowed.includes(value)) ?? fallback;
  return {
    lang: /** @type {Lang} */ (pick('lang', ['en', 'zh-CN'], 'en')),
    theme: /** @type {Theme} */ (pick('theme', ['light', 'dark'], 'light')),
    density: /** @type {Density} */ (pick('density', ['comfortable', 'compact'], 'comfortable')),
  };
}

function savePreferences() {
  try {
    localStorage.setItem(
      PREFERENCES_KEY,
      JSON.stringify({ lang: state.lang, theme: state.theme, density: state.density }),
    );
  } catch {
    // Storage may be disabled; preferences then last for this page view only.
  }
}

/**
 * Checks the radio button of a demo control that matches the current value.
 * @param {string} name
 * @param {string} value
 */
function checkRadio(name, value) {
  for (const input of document.querySelectorAll(`.demo-controls input[type="radio"][name="${name}"]`)) {
    if (input instanceof HTMLInputElement) input.checked = input.value === value;
  }
}

/** @param {Event} event */
function handlePreferenceChange(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'radio' || !input.checked) return;
  if (input.name === 'lang' && (input.value === 'en' || input.value === 'zh-CN')) applyLanguage(input.value);
  else if (input.name === 'theme' && (input.value === 'light' || input.value === 'dark'))
    applyTheme(input.value);
  else if (input.name === 'density' && (input.value === 'comfortable' || input.value === 'compact'))
    applyDensity(input.value);
  else return;
  savePreferences();
}

// ---------------------------------------------------------------------------------------------
// Fault injection (PUT / GET / DELETE /api/faults)

/**
 * Turns the form into rules. The backend applies the first matching rule that has requests left,
 * so a failure limited to N requests comes first and the latency then applies to the rest.
 * @param {FormData} data
 * @returns {FaultRule[]}
 */
function buildFaultRules(data) {
  const mode = asText(data.get('mode')) || 'none';
  const match = asText(data.get('match')).trim();
  const latencyMs = Math.max(0, Math.round(Number(data.get('latencyMs')) || 0));
  const times = Math.max(0, Math.round(Number(data.get('times')) || 0));
  /** @type {FaultRule} */
  const scope = match ? { mode: '', match } : { mode: '' };
  /** @type {FaultRule[]} */
  const rules = [];
  if (mode !== 'none') rules.push({ ...scope, mode, ...(times ? { times } : {}) });
  if (latencyMs > 0)
    rules.push({ ...scope, mode: 'latency', latencyMs, ...(times && mode === 'none' ? { times } : {}) });
  return rules;
}

/**
 * @param {unknown} data body of GET /api/faults
 * @returns {FaultRule[]}
 */
function readFaultRules(data) {
  const rules = Array.isArray(data) ? data : asObject(data).rules;
  return Array.isArray(rules) ? rules.map(asObject).map((rule) => /** @type {FaultRule} */ (rule)) : [];
}

async function loadFaultRules() {
  try {
    const { data } = await requestJson(DEMO_API.faults);
    state.faults = { ...state.faults, rules: readFaultRules(data) };
  } catch (error) {
    state.faults = { ...state.faults, rules: [], notice: 'loadFailed', error };
  }
  renderFaults();
}

/** @param {SubmitEvent} event */
async function handleFaultsSubmit(event) {
  event.preventDefault();
  const rules = buildFaultRules(new FormData(elements.faultsForm));
  await changeFaults(
    () => requestJson(DEMO_API.faults, { method: 'PUT', body: { rules } }),
    'applied',
    rules.length,
  );
}

async function handleFaultsClear() {
  await changeFaults(() => requestJson(DEMO_API.faults, { method: 'DELETE' }), 'cleared', 0);
}

/**
 * @param {() => Promise<unknown>} send
 * @param {'applied' | 'cleared'} notice
 * @param {number} count
 */
async function changeFaults(send, notice, count) {
  try {
    await send();
    state.faults = { ...state.faults, notice, appliedCount: count, error: undefined };
  } catch (error) {
    state.faults = { ...state.faults, notice: 'failed', error };
  }
  await loadFaultRules();
  refreshHealth();
}

function renderFaults() {
  const { rules, notice, appliedCount, error } = state.faults;
  const text = messages();
  if (notice === 'applied')
    renderStatus(elements.faultsStatus, text.faultsApplied(appliedCount), { tone: 'success' });
  else if (notice === 'cleared') renderStatus(elements.faultsStatus, text.faultsCleared, { tone: 'success' });
  else if (notice === 'failed')
    renderStatus(elements.faultsStatus, text.faultsFailed(describeError(error)), { tone: 'error' });
  else if (notice === 'loadFailed')
    renderStatus(elements.faultsStatus, text.faultsLoadFailed(describeError(error)), { tone: 'error' });
  else renderStatus(elements.faultsStatus, '');
  const items =
    rules.length > 0
      ? rules.map((rule) => el('li', { class: 'fault-rule' }, [describeFaultRule(rule)]))
      : [el('li', {}, [text.faultsNone])];
  elements.faultRules.replaceChildren(...items);
  document.body.classList.toggle('has-faults', rules.length > 0);
}

/**
 * @param {FaultRule} rule
 * @returns {string} e.g. "HTTP 500 · paths containing “troubleTicket” · next 3 requests"
 */
function describeFaultRule(rule) {
  const text = messages();
  const mode = label(text.faultModes, asText(rule.mode));
  const parts = [
    rule.mode === 'latency' && rule.latencyMs ? `${mode} ${text.ruleLatency(rule.latencyMs)}` : mode,
  ];
  parts.push(rule.match ? text.ruleMatch(rule.match) : text.ruleAllPaths);
  const left = typeof rule.remaining === 'number' ? rule.remaining : rule.times; // the backend reports what is left
  if (typeof left === 'number') parts.push(text.ruleTimes(left));
  return parts.join(' · ');
}

// ---------------------------------------------------------------------------------------------
// Backend health (footer)

async function refreshHealth() {
  try {
    const { data } = await requestJson(DEMO_API.health, { timeoutMs: 5_000 });
    const body = asObject(data);
    state.health = { ok: body.ok === true, customers: Number(body.customers) || 0 };
  } catch (error) {
    state.health = { ok: false, customers: 0, error };
  }
  renderHealth();
}

function renderHealth() {
  const node = elements.backendHealth;
  const health = state.health;
  const text = messages();
  node.classList.remove('health-unknown', 'health-ok', 'health-down');
  if (!health) {
    node.textContent = '…';
    node.classList.add('health-unknown');
  } else if (health.ok) {
    node.textContent = text.healthOk(health.customers);
    node.classList.add('health-ok');
  } else {
    node.textContent = text.healthDown(describeError(health.error));
    node.classList.add('health-down');
  }
}

// ---------------------------------------------------------------------------------------------
// Widget event log

/** @param {Event} event */
function handleWidgetEvent(event) {
  const detail =
    event instanceof CustomEvent || 'detail' in event
      ? /** @type {{ detail?: unknown }} */ (event).detail
      : undefined;
  let summary = '';
  try {
    summary = detail === undefined ? '' : JSON.stringify(detail);
  } catch {
    summary = String(detail);
  }
  state.events = [
    { time: new Date().toLocaleTimeString(state.lang), type: event.type, summary: truncate(summary, 140) },
    ...state.events,
  ].slice(0, EVENT_LOG_SIZE);
  renderEventLog();
}

/**
 * @param {string} value
 * @param {number} max
 */
function truncate(value, max) {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

function renderEventLog() {
  const items =
    state.events.length > 0
      ? state.events.map((entry) =>
          el('li', {}, [
            el('span', { class: 'event-time' }, [entry.time]),
            ' ',
            el('code', { class: 'event-type' }, [entry.type]),
            ' ',
            entry.summary,
          ]),
        )
      : [el('li', { class: 'event-empty' }, [messages().eventLogEmpty])];
  elements.eventLog.replaceChildren(...items);
}

// ---------------------------------------------------------------------------------------------
// Wiring

/** @param {MouseEvent} event */
function handleActionClick(event) {
  const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
  if (!(button instanceof HTMLElement)) return;
  if (button.dataset.action === 'retry-customers') loadCustomers();
  else if (button.dataset.action === 'retry-record') loadRecord();
  else if (button.dataset.action === 'retry-tickets') loadTickets();
}

function bindEvents() {
  document.addEventListener('click', handleActionClick);
  elements.searchForm.addEventListener('submit', handleSearchSubmit);
  elements.searchInput.addEventListener('input', handleSearchInput);
  elements.customerList.addEventListener('click', handleCustomerClick);
  elements.newInteractionButton.addEventListener('click', startNewInteraction);
  elements.recordForm.addEventListener('submit', handleRecordSubmit);
  elements.recordRevert.addEventListener('click', handleRecordRevert);
  elements.ticketsBody.addEventListener('change', handleTicketChange);
  elements.faultsForm.addEventListener('submit', handleFaultsSubmit);
  elements.faultsClear.addEventListener('click', handleFaultsClear);
  $('.demo-controls', HTMLElement).addEventListener('change', handlePreferenceChange);
  for (const type of OBSERVED_EVENTS) document.addEventListener(type, handleWidgetEvent);
}

function start() {
  const preferences = readPreferences();
  checkRadio('lang', preferences.lang);
  checkRadio('theme', preferences.theme);
  checkRadio('density', preferences.density);
  applyTheme(preferences.theme);
  applyDensity(preferences.density);
  state.session = restoreSession();
  applySession();
  bindEvents();
  applyLanguage(preferences.lang);
  setUpWidgetSlots();
  loadCustomers();
  loadRecord();
  loadTickets();
  loadFaultRules();
  refreshHealth();
  setInterval(refreshHealth, HEALTH_POLL_MS);
}

start();
