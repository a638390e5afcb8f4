// What each setting of <cx-customer-360> accepts, and the alert thresholds a host may override.
import { isHttpBase, isTimeZone, oneOf, record, setting, text } from '../../internal/property-check.js';
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
const CUSTOMER_ID = text('a customer id (text)', undefined, 256);
const API_BASE = text('a path or an http(s) URL', isHttpBase);
const AGENT_ID = text('an agent id (text)', undefined, 256);
const TIME_ZONE = text('an IANA time zone such as Asia/Shanghai or UTC', isTimeZone, 64);
const NAME = text('a name (text)', undefined, 1024);
const ALERT_RULES = record('an object of alert thresholds, e.g. { portOutScore: 0.5 }');

export const CUSTOMER_360_SETTINGS = [
  setting('customerId', 'customer-id', CUSTOMER_ID, undefined, "the agent session's customer"),
  setting('apiBase', 'api-base', API_BASE, undefined, "the agent session's API"),
  setting('tmfVersion', 'tmf-version', oneOf(['v4', 'v5']), 'v4', 'v4'),
  setting('agentId', 'agent-id', AGENT_ID, undefined, "the agent session's agent"),
  setting('layout', 'layout', oneOf(['auto', 'tabs', 'disclosures']), 'auto', 'auto'),
  setting('timeZone', 'time-zone', TIME_ZONE, undefined, "the agent's time zone"),
  setting('customerName', 'customer-name', NAME, undefined, 'no name until the profile loads'),
  setting('alertRules', 'alertRules', ALERT_RULES, undefined, 'the default thresholds'),
];
