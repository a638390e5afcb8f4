import type { BillSummary, Customer360 } from './customer360.js';

/** Machine codes of the alert badges. */
export type CustomerAlertCode =
  'port-out-risk' | 'bill-shock' | 'arrears' | 'open-complaint' | 'repeat-contact' | 'network-fault';

/** How urgent a badge is; drives its colour. */
export type CustomerAlertSeverity = 'critical' | 'warning' | 'info';

/** One badge: a code, why it fired (English `reason` + `params` for translation). */
export interface CustomerAlert {
  /** Machine code, also the translation key. */
  code: CustomerAlertCode;
  /** How urgent. */
  severity: CustomerAlertSeverity;
  /** Why, in English, for logs and hosts without translations. */
  reason: string;
  /** The values the reason is built from (numbers, ISO dates, codes joined by `,`). */
  params: Record<string, string | number>;
}

/** Thresholds of the alert rules; every one may be overridden. */
export interface AlertRules {
  /** Port-out risk fires at this churn score or above (0..1). Default 0.6. */
  portOutScore: number;
  /** Bill shock fires when the newest bill is at least this multiple of the average before it. Default 1.5. */
  billShockRatio: number;
  /** …and at least this much above that average (in the bill's currency). Default 50. */
  billShockMinIncrease: number;
  /** …and only with at least this many earlier bills to average. Default 2. */
  billShockMinHistory: number;
  /** How many earlier bills the average looks at. Default 6. */
  billShockWindow: number;
  /** Days after the due date before an unpaid bill counts as arrears. Default 0. */
  arrearsGraceDays: number;
  /** Repeat contact: window in days. Default 7. */
  repeatContactDays: number;
  /** Repeat contact fires at this many contacts within the window. Default 2. */
  repeatContactCount: number;
  /** Which rules run; all by default. */
  enabled: readonly CustomerAlertCode[];
}

/** The default thresholds. */
export const DEFAULT_ALERT_RULES: Readonly<AlertRules> = Object.freeze<AlertRules>({
  portOutScore: 0.6,
  billShockRatio: 1.5,
  billShockMinIncrease: 50,
  billShockMinHistory: 2,
  billShockWindow: 6,
  arrearsGraceDays: 0,
  repeatContactDays: 7,
  repeatContactCount: 2,
  enabled: ['port-out-risk', 'bill-shock', 'arrears', 'open-complaint', 'repeat-contact', 'network-fault'],
});

const DAY = 86_400_000;
const OPEN_TICKET_STATUSES = new Set(['acknowledged', 'pending', 'held', 'inProgress']);
const SEVERITY_ORDER: Record<CustomerAlertSeverity, number> = { critical: 0, warning: 1, info: 2 };

const ms = (iso: string | undefined): number => (iso === undefined ? NaN : Date.parse(iso));
const money = (value: number): number => Math.round(value * 100) / 100;

function billTime(bill: BillSummary): number {
  const candidates = [ms(bill.period?.end), ms(bill.billDate), ms(bill.dueDate)];
  return candidates.find((value) => Number.isFinite(value)) ?? NaN;
}

function portOutRisk(customer: Partial<Customer360>, rules: AlertRules): CustomerAlert | undefined {
  const risk = customer.risk;
  if (!risk || risk.score < rules.portOutScore) return undefined;
  const reasons = risk.reasons.join(',');
  return {
    code: 'port-out-risk',
    severity: risk.score >= (1 + rules.portOutScore) / 2 ? 'critical' : 'warning',
    reason: `Port-out risk ${Math.round(risk.score * 100)}%${reasons ? ` (${risk.reasons.join(', ')})` : ''}`,
    params: { score: risk.score, percent: Math.round(risk.score * 100), reasons },
  };
}

function billShock(customer: Partial<Customer360>, rules: AlertRules): CustomerAlert | undefined {
  const bills = (customer.bills ?? [])
    .filter((bill) => bill.amountDue !== undefined && Number.isFinite(billTime(bill)))
    .sort((a, b) => billTime(b) - billTime(a));
  const [latest, ...earlier] = bills;
  if (!latest?.amountDue) return undefined;
  const unit = latest.amountDue.unit;
  const history = earlier.filter((bill) => bill.amountDue!.unit === unit).slice(0, rules.billShockWindow);
  if (history.length < rules.billShockMinHistory) return undefined;
  const average = history.reduce((sum, bill) => sum + bill.amountDue!.value, 0) / history.length;
  const amount = latest.amountDue.value;
  if (
    average <= 0 ||
    amount < average * rules.billShockRatio ||
    amount - average < rules.billShockMinIncrease
  )
    return undefined;
  const ratio = Math.round((amount / average) * 10) / 10;
  return {
    code: 'bill-shock',
    severity: 'warning',
    reason: `Latest bill ${money(amount)} ${unit} is ${ratio}× the average of ${money(average)} ${unit}`,
    params: { billId: latest.id, amount: money(amount), average: money(average), ratio, unit },
  };
}

function arrears(customer: Partial<Customer360>, rules: AlertRules, now: number): CustomerAlert | undefined {
  const overdue = (customer.bills ?? []).filter((bill) => {
    const due = ms(bill.dueDate);
    if (!Number.isFinite(due) || due + rules.arrearsGraceDays * DAY > now) return false;
    if (bill.remaining !== undefined) return bill.remaining.value > 0;
    return bill.state !== undefined && bill.state !== 'settled';
  });
  if (overdue.length === 0) return undefined;
  const unit = (overdue[0].remaining ?? overdue[0].amountDue)?.unit ?? 'CNY';
  const total = money(
    overdue.reduce((sum, bill) => sum + (bill.remaining?.value ?? bill.amountDue?.value ?? 0), 0),
  );
  const oldest = overdue.map((bill) => bill.dueDate!).sort()[0];
  const days = Math.floor((now - ms(oldest)) / DAY);
  return {
    code: 'arrears',
    severity: overdue.length > 1 || days > 30 ? 'critical' : 'warning',
    reason: `${overdue.length} overdue bill(s), ${total} ${unit} unpaid, oldest due ${days} day(s) ago`,
    params: { count: overdue.length, total, unit, oldestDueDate: oldest, days },
  };
}

function openComplaint(customer: Partial<Customer360>): CustomerAlert | undefined {
  const open = (customer.tickets ?? []).filter(
    (ticket) =>
      ticket.type === 'complaint' && ticket.status !== undefined && OPEN_TICKET_STATUSES.has(ticket.status),
  );
  if (open.length === 0) return undefined;
  const categories = [...new Set(open.map((ticket) => ticket.category).filter(Boolean))].join(',');
  return {
    code: 'open-complaint',
    severity: 'critical',
    reason: `${open.length} open complaint(s)${categories ? ` (${categories})` : ''}`,
    params: { count: open.length, ticketIds: open.map((ticket) => ticket.id).join(','), categories },
  };
}

function repeatContact(
  customer: Partial<Customer360>,
  rules: AlertRules,
  now: number,
): CustomerAlert | undefined {
  const since = now - rules.repeatContactDays * DAY;
  const recent = (customer.interactions ?? []).filter((entry) => {
    const at = ms(entry.date);
    return at >= since && at <= now;
  });
  if (recent.length < rules.repeatContactCount) return undefined;
  const channels = [...new Set(recent.map((entry) => entry.channel).filter(Boolean))].join(',');
  return {
    code: 'repeat-contact',
    severity: recent.length >= rules.repeatContactCount * 2 ? 'critical' : 'warning',
    reason: `${recent.length} contacts in the last ${rules.repeatContactDays} days`,
    params: { count: recent.length, days: rules.repeatContactDays, channels },
  };
}

function networkFault(customer: Partial<Customer360>): CustomerAlert | undefined {
  if (customer.profile?.networkFaultInArea !== true) return undefined;
  return {
    code: 'network-fault',
    severity: 'info',
    reason: 'Known network fault in the customer’s area',
    params: {},
  };
}

/**
 * Rule-driven alert badges for a customer, most urgent first. Pure: `now` (epoch ms) and the
 * thresholds are inputs; sections that are not loaded yet simply raise nothing.
 */
export function evaluateAlerts(
  customer: Partial<Customer360>,
  options: { now: number; rules?: Partial<AlertRules> },
): CustomerAlert[] {
  const rules: AlertRules = { ...DEFAULT_ALERT_RULES, ...options.rules };
  const enabled = new Set(rules.enabled);
  const candidates: Array<[CustomerAlertCode, () => CustomerAlert | undefined]> = [
    ['port-out-risk', () => portOutRisk(customer, rules)],
    ['bill-shock', () => billShock(customer, rules)],
    ['arrears', () => arrears(customer, rules, options.now)],
    ['open-complaint', () => openComplaint(customer)],
    ['repeat-contact', () => repeatContact(customer, rules, options.now)],
    ['network-fault', () => networkFault(customer)],
  ];
  return candidates
    .filter(([code]) => enabled.has(code))
    .map(([, rule]) => rule())
    .filter((alert): alert is CustomerAlert => alert !== undefined)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
