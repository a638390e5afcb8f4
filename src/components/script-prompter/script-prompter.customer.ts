// What `{{customer.*}}` placeholders and conditions of a script read, built from the loaded Customer360.
// Scripts are written against these short, stable names, not against the 360's section shapes.
import type { Customer360, UsageBucket } from '../../services/tmf/customer360.js';

/** Formats a bucket amount as `12.5 GB`. */
function amount(value: number | undefined, unit: string | undefined): string | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const rounded = Math.round(value * 100) / 100;
  return unit ? `${rounded} ${unit}` : String(rounded);
}

function firstBucket(usage: readonly UsageBucket[], type: UsageBucket['usageType']): UsageBucket | undefined {
  return usage.find((bucket) => bucket.usageType === type);
}

/**
 * The script scope of a customer: `id`, `name`, `givenName`, `familyName`, `msisdn`, `idNumber`,
 * `email`, `tier`, `lifecycleStage`, `status`, `preferredLanguage`, `address`,
 * `plan.{name, monthlyFee, dataAllowance}`, `usage.{data, voice, sms}`, `riskScore`,
 * `surveyOptOut` / `marketingOptOut` (from the profile's extensions). Personal values are given in
 * full: the prompter masks them on screen until the agent reveals one, and in every event detail.
 * Absent data stays absent, so the widget shows a placeholder instead of inventing a value.
 */
export function customerScope(customer: Customer360 | undefined): Record<string, unknown> | undefined {
  if (!customer || typeof customer !== 'object') return undefined;
  const profile = customer.profile;
  const identity = profile?.identity ?? {};
  const composed = [identity.familyName, identity.givenName].filter(Boolean).join('');
  const products = Array.isArray(customer.products) ? customer.products : [];
  const plan =
    products.find((product) => product.kind === 'mobile' && product.status === 'active') ??
    products.find((product) => product.status === 'active') ??
    products[0];
  const usage = Array.isArray(customer.usage) ? customer.usage : [];
  const data = firstBucket(usage, 'data');
  const voice = firstBucket(usage, 'voice');
  const sms = firstBucket(usage, 'sms');
  const postal = profile?.contactMedia?.find((medium) => medium.kind === 'postal');
  const email = profile?.contactMedia?.find((medium) => medium.kind === 'email');
  const extensions = profile?.extensions ?? {};
  const flag = (name: string): boolean | undefined =>
    typeof extensions[name] === 'boolean' ? (extensions[name] as boolean) : undefined;
  const scope: Record<string, unknown> = {
    id: profile?.id,
    name: identity.name ?? (composed || undefined),
    givenName: identity.givenName,
    familyName: identity.familyName,
    msisdn: identity.msisdn?.raw,
    idNumber: identity.idNumber?.raw,
    email: email?.value,
    tier: profile?.tier,
    lifecycleStage: profile?.lifecycleStage,
    status: profile?.status,
    preferredLanguage: identity.preferredLanguage,
    address: postal?.value,
    plan: plan
      ? {
          id: plan.id,
          name: plan.name,
          monthlyFee: plan.monthlyFee ? amount(plan.monthlyFee.value, plan.monthlyFee.unit) : undefined,
          dataAllowance: amount(data?.cap, data?.unit),
        }
      : undefined,
    usage: {
      data: amount(data?.used, data?.unit),
      voice: amount(voice?.used, voice?.unit),
      sms: amount(sms?.used, sms?.unit),
    },
    riskScore: customer.risk?.score,
    surveyOptOut: flag('surveyOptOut'),
    marketingOptOut: flag('marketingOptOut'),
  };
  return Object.fromEntries(Object.entries(scope).filter(([, value]) => value !== undefined));
}
