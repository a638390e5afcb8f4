// What each setting of <cx-customer-360> accepts, and the alert thresholds a host may override.
import { isHttpBase, isTimeZone, oneOf, record, text, type Setting } from '../../internal/property-check.js';
import type { AlertRules } from '../../services/tmf/alerts.js';

const NUMERIC_ALERT_RULES = [
  'portOutScore',
  'billShockRatio',
  'billShockMinIncrease',
  'billShockMinHistory',
  'billShockWindow',
  'arrearsGraceDays',
  'repeatContactDays',
  'repeatContactCount',
] as const;

/** The fields of host alert rules that are usable (finite numbers, a list of rule codes), and the others. */
export function usableAlertRules(value: unknown): { rules: Partial<AlertRules>; bad: string[] } {
  const rules: Record<string, unknown> = {};
  const bad: string[] = [];
  const input = value as Record<string, unknown>;
  let keys: string[];
  try {
    keys = Object.keys(input);
  } catch {
    return { rules: {}, bad: ['*'] }; // a Proxy that refuses to be read
  }
  for (const key of keys) {
    let field: unknown;
    try {
      field = input[key];
    } catch {
      bad.push(key); // a getter that throws
      continue;
    }
    if ((NUMERIC_ALERT_RULES as readonly string[]).includes(key)) {
      if (typeof field === 'number' && Number.isFinite(field)) rules[key] = field;
      else bad.push(key);
    } else if (key === 'enabled') {
      if (Array.isArray(field) && field.length <= 100 && field.every((code) => typeof code === 'string'))
        rules[key] = [...(field as string[])];
      else bad.push(key);
    } else bad.push(key);
  }
  return { rules: rules as Partial<AlertRules>, bad };
}

/**
 * What each setting accepts, by property: the attribute (or property) name the `cx-error` names, the
 * rule, and what the widget uses instead of a value it cannot use.
 */
export const CUSTOMER_360_SETTINGS: ReadonlyArray<
  Setting<
    | 'customerId'
    | 'apiBase'
    | 'tmfVersion'
    | 'agentId'
    | 'layout'
    | 'timeZone'
    | 'customerName'
    | 'alertRules'
  >
> = [
  {
    property: 'customerId',
    name: 'customer-id',
    rule: text('a customer id (text)', undefined, 256),
    fallback: { value: undefined, text: "the agent session's customer" },
  },
  {
    property: 'apiBase',
    name: 'api-base',
    rule: text('a path or an http(s) URL', isHttpBase),
    fallback: { value: undefined, text: "the agent session's API" },
  },
  {
    property: 'tmfVersion',
    name: 'tmf-version',
    rule: oneOf(['v4', 'v5']),
    fallback: { value: 'v4', text: 'v4' },
  },
  {
    property: 'agentId',
    name: 'agent-id',
    rule: text('an agent id (text)', undefined, 256),
    fallback: { value: undefined, text: "the agent session's agent" },
  },
  {
    property: 'layout',
    name: 'layout',
    rule: oneOf(['auto', 'tabs', 'disclosures']),
    fallback: { value: 'auto', text: 'auto' },
  },
  {
    property: 'timeZone',
    name: 'time-zone',
    rule: text('an IANA time zone such as Asia/Shanghai or UTC', isTimeZone, 64),
    fallback: { value: undefined, text: "the agent's time zone" },
  },
  {
    property: 'customerName',
    name: 'customer-name',
    rule: text('a name (text)', undefined, 1024),
    fallback: { value: undefined, text: 'no name until the profile loads' },
  },
  {
    property: 'alertRules',
    name: 'alertRules',
    rule: record('an object of alert thresholds, e.g. { portOutScore: 0.5 }'),
    fallback: { value: undefined, text: 'the default thresholds' },
  },
];
