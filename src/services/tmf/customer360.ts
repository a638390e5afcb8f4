import * as v from 'valibot';
import { maskIdNumber, maskPhone } from '../pii/pii.js';
import type { TroubleTicketInput } from '../sla/ticket.js';
import {
  atomic,
  isRecord,
  parseLeniently,
  withFastPath,
  withRepair,
  type DataIssue,
  type Lenient,
} from './lenient.js';

// ---------------------------------------------------------------------------------------------
// Enumerations

/** Value tiers, lowest first. */
export const TIERS = ['ordinary', 'silver', 'gold', 'diamond'] as const;
/** Customer value tier. */
export type Tier = (typeof TIERS)[number];
/** Lifecycle stages in order. */
export const LIFECYCLE_STAGES = ['new', 'growth', 'stable', 'decline'] as const;
/** Where the customer is in their lifecycle. */
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
/** Account states an agent acts on. */
export const ACCOUNT_STATUSES = ['active', 'suspended', 'arrears', 'terminated'] as const;
/** Account status (from the `accountStatus` characteristic). */
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
/** TMF637 product states. */
export const PRODUCT_STATUSES = [
  'created',
  'pendingActive',
  'active',
  'suspended',
  'pendingTerminate',
  'terminated',
  'cancelled',
  'aborted',
] as const;
/** TMF637 product status. */
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];
/** TMF678 bill states. */
export const BILL_STATES = ['new', 'onHold', 'validated', 'sent', 'partiallyPaid', 'settled'] as const;
/** TMF678 bill state. */
export type BillState = (typeof BILL_STATES)[number];
/** TMF621 ticket states. */
export const TICKET_STATUSES = [
  'acknowledged',
  'rejected',
  'pending',
  'held',
  'inProgress',
  'cancelled',
  'closed',
  'resolved',
] as const;
/** TMF621 ticket status. */
export type TicketStatus = (typeof TICKET_STATUSES)[number];
/** TMF621 ticket types. */
export const TICKET_TYPES = ['incident', 'complaint', 'request'] as const;
/** TMF621 ticket type. */
export type TicketType = (typeof TICKET_TYPES)[number];
/** Kinds of usage bucket. */
export const USAGE_TYPES = ['data', 'voice', 'sms', 'other'] as const;
/** Kind of usage bucket. */
export type UsageType = (typeof USAGE_TYPES)[number];
/** Satisfaction measures and their score ranges. */
export const SATISFACTION_SCALES = {
  csat: [1, 5],
  nps: [0, 10],
  ces: [1, 7],
  fcr: [0, 1],
} as const;
/** Satisfaction measure. */
export type SatisfactionKind = keyof typeof SATISFACTION_SCALES;
/** The sections of a Customer360, each loaded, failed and retried on its own. */
export const CUSTOMER_SECTIONS = [
  'profile',
  'products',
  'usage',
  'bills',
  'tickets',
  'interactions',
  'satisfaction',
  'risk',
  'offers',
] as const;
/** One section of a Customer360. */
export type CustomerSection = (typeof CUSTOMER_SECTIONS)[number];

// ---------------------------------------------------------------------------------------------
// Masking

// The maskers live with the other personal-data rules; re-exported here for existing importers.
export { maskIdNumber, maskPhone };

// ---------------------------------------------------------------------------------------------
// Leaf schemas (each knows how to repair what it refuses, where repair is safe)

const MAX_TEXT = 500;
const MAX_LONG_TEXT = 4000;

/** Plain text up to `max` characters. Too long is cut; a number or boolean is kept as its text. */
function text(max = MAX_TEXT) {
  return withRepair(v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`)), (input) => {
    if (typeof input === 'string')
      return { value: input.slice(0, max), code: 'too-long', message: `cut to ${max} characters` };
    if (typeof input === 'number' || typeof input === 'boolean')
      return {
        value: String(input),
        code: 'invalid-type',
        message: `expected text, kept ${typeof input} as text`,
      };
    return undefined;
  });
}

/** A resource id: 1 to 200 characters; a number is kept as text. */
function identifier() {
  return withRepair(
    v.pipe(v.string(), v.minLength(1, 'empty id'), v.maxLength(200, 'id too long')),
    (input) =>
      typeof input === 'number' && Number.isFinite(input)
        ? {
            value: String(input),
            code: 'invalid-type',
            message: 'expected a string id, kept the number as text',
          }
        : undefined,
  );
}

const CANONICAL_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** An ISO date-time or epoch ms as a canonical UTC ISO string; undefined when it is not one. */
function toIsoInstant(input: unknown): string | undefined {
  // Most data already arrives canonical: skip the Date round trip (hot on long histories).
  if (typeof input === 'string' && CANONICAL_INSTANT.test(input) && Number.isFinite(Date.parse(input)))
    return input;
  const ms = typeof input === 'number' ? input : typeof input === 'string' ? Date.parse(input) : NaN;
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : undefined;
}

/** An instant as an ISO string or epoch ms; normalised to an ISO string (UTC). */
const instant = v.pipe(
  v.custom<string | number>((input) => toIsoInstant(input) !== undefined, 'not a valid date'),
  v.transform((input) => toIsoInstant(input)!),
);

/** A count or amount that cannot be negative. */
const nonNegative = v.pipe(
  v.number('expected a number'),
  v.finite('expected a finite number'),
  v.minValue(0, 'cannot be negative'),
);

/** A boolean flag. */
const flag = v.boolean('expected true or false');

/** ISO 4217 currency code. */
const currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'not an ISO 4217 currency code'));

/** TMF Money `{ value, unit }`; unit defaults to CNY. */
export const MoneySchema = atomic(
  v.object({
    value: v.pipe(v.number('expected an amount'), v.finite('expected a finite amount')),
    unit: v.optional(currency, 'CNY'),
  }),
);
/** An amount of money. */
export type Money = v.InferOutput<typeof MoneySchema>;

/** A raw value and the form an agent sees until they reveal it. */
export interface MaskedValue {
  /** The full value: show only after an explicit reveal. */
  raw: string;
  /** What is shown by default. */
  masked: string;
}

function masked(mask: (raw: string) => string) {
  return v.pipe(
    v.union(
      [
        v.pipe(v.string(), v.minLength(1, 'empty value'), v.maxLength(64, 'longer than 64 characters')),
        v.object({
          raw: v.pipe(
            v.string(),
            v.minLength(1, 'empty value'),
            v.maxLength(64, 'longer than 64 characters'),
          ),
          masked: v.optional(v.pipe(v.string(), v.maxLength(64))),
        }),
      ],
      'expected a string or { raw, masked }',
    ),
    v.transform((input): MaskedValue =>
      typeof input === 'string'
        ? { raw: input, masked: mask(input) }
        : { raw: input.raw, masked: input.masked ?? mask(input.raw) },
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Section schemas

/** Who the customer is. */
export const IdentitySchema = v.object({
  name: v.optional(text(200)),
  givenName: v.optional(text(100)),
  familyName: v.optional(text(100)),
  msisdn: v.optional(masked(maskPhone)),
  idNumber: v.optional(masked(maskIdNumber)),
  idType: v.optional(text(64)),
  preferredLanguage: v.optional(
    v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'not a BCP 47 language tag')),
  ),
  preferredChannel: v.optional(text(64)),
  birthDate: v.optional(instant),
  gender: v.optional(text(32)),
});
/** Who the customer is; phone and id number are masked until revealed. */
export type CustomerIdentity = v.InferOutput<typeof IdentitySchema>;

/** One way to reach the customer. */
export const ContactMediumSchema = v.object({
  kind: v.picklist(['phone', 'email', 'postal', 'other'], 'unknown contact medium kind'),
  contactType: v.optional(text(64)),
  preferred: v.optional(flag, false),
  value: text(),
  masked: v.optional(text()),
});
/** One way to reach the customer (`value` is the full address or number). */
export type ContactMedium = v.InferOutput<typeof ContactMediumSchema>;

/** The header of the 360: identity, tier, lifecycle, tenure, status, contact media. */
export const ProfileSchema = v.object({
  id: identifier(),
  identity: v.optional(IdentitySchema, {}),
  tier: v.optional(v.picklist(TIERS, 'unknown tier')),
  lifecycleStage: v.optional(v.picklist(LIFECYCLE_STAGES, 'unknown lifecycle stage')),
  customerSince: v.optional(instant),
  status: v.optional(v.picklist(ACCOUNT_STATUSES, 'unknown account status')),
  statusReason: v.optional(text(200)),
  partyStatus: v.optional(text(64)),
  contactMedia: v.optional(v.array(ContactMediumSchema, 'expected a list'), []),
  accountManager: v.optional(v.object({ id: identifier(), name: v.optional(text(200)) })),
  contractEndDate: v.optional(instant),
  creditScore: v.optional(nonNegative),
  networkFaultInArea: v.optional(flag),
  extensions: v.optional(v.record(v.string(), v.unknown(), 'expected an object'), {}),
});
/** The header of the 360. `extensions` carries characteristics and fields no client knows. */
export type CustomerProfile = v.InferOutput<typeof ProfileSchema>;

/** A product or plan the customer holds (TMF637). */
export const ProductSchema = v.object({
  id: identifier(),
  name: v.optional(text(200)),
  status: v.optional(v.picklist(PRODUCT_STATUSES, 'unknown product status')),
  kind: v.optional(text(64)),
  offeringId: v.optional(text(200)),
  serviceNumber: v.optional(text(64)),
  startDate: v.optional(instant),
  terminationDate: v.optional(instant),
  monthlyFee: v.optional(MoneySchema),
  contractStart: v.optional(instant),
  contractEnd: v.optional(instant),
  isBundle: v.optional(flag),
  extensions: v.optional(v.record(v.string(), v.unknown(), 'expected an object')),
});
/** A product or plan the customer holds. */
export type ProductSummary = v.InferOutput<typeof ProductSchema>;

/** A usage bucket against its cap (TMF677). */
export const UsageBucketSchema = v.object({
  id: identifier(),
  name: v.optional(text(200)),
  usageType: v.optional(v.picklist(USAGE_TYPES, 'unknown usage type'), 'other'),
  used: v.optional(nonNegative),
  cap: v.optional(nonNegative),
  unit: v.optional(text(32)),
  resetDate: v.optional(instant),
  isShared: v.optional(flag),
  productId: v.optional(text(200)),
  extensions: v.optional(v.record(v.string(), v.unknown(), 'expected an object')),
});
/** A usage bucket: `used` of `cap` `unit`, reset on `resetDate`. */
export type UsageBucket = v.InferOutput<typeof UsageBucketSchema>;

/** A bill (TMF678). */
export const BillSchema = v.object({
  id: identifier(),
  billNo: v.optional(text(64)),
  billDate: v.optional(instant),
  period: v.optional(v.object({ start: v.optional(instant), end: v.optional(instant) })),
  amountDue: v.optional(MoneySchema),
  remaining: v.optional(MoneySchema),
  dueDate: v.optional(instant),
  state: v.optional(v.picklist(BILL_STATES, 'unknown bill state')),
  extensions: v.optional(v.record(v.string(), v.unknown(), 'expected an object')),
});
/** A bill with amount due, remaining amount, due date and state. */
export type BillSummary = v.InferOutput<typeof BillSchema>;

const rawTicket = v.custom<TroubleTicketInput>(isRecord, 'expected the TMF621 ticket object');

/** A trouble ticket or complaint (TMF621). */
export const TicketSchema = v.object({
  id: identifier(),
  name: v.optional(text(200)),
  description: v.optional(text(MAX_LONG_TEXT)),
  type: v.optional(v.picklist(TICKET_TYPES, 'unknown ticket type')),
  severity: v.optional(text(32)),
  priority: v.optional(text(32)),
  status: v.optional(v.picklist(TICKET_STATUSES, 'unknown ticket status')),
  creationDate: v.optional(instant),
  expectedResolutionDate: v.optional(instant),
  resolutionDate: v.optional(instant),
  category: v.optional(text(64)),
  raw: v.optional(rawTicket),
  extensions: v.optional(v.record(v.string(), v.unknown(), 'expected an object')),
});
/** A trouble ticket; `raw` is the TMF621 object to hand to `cx-sla-countdown`'s `ticket`. */
export type TicketSummary = Omit<v.InferOutput<typeof TicketSchema>, 'raw'> & { raw: TroubleTicketInput };

const INTERACTION_LIMITS: Record<string, number> = {
  id: 200,
  channel: 64,
  summary: MAX_LONG_TEXT,
  reason: 200,
  status: 64,
};
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** Plain-JS fast path for clean interactions (histories run to 10,000 items). */
function isCleanInteraction(input: unknown): boolean {
  if (!isRecord(input) || typeof input.id !== 'string' || input.id === '') return false;
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (value === undefined) continue;
    const limit = INTERACTION_LIMITS[key];
    if (limit !== undefined) {
      if (typeof value !== 'string' || value.length > limit) return false;
    } else if (key === 'direction') {
      if (value !== 'inbound' && value !== 'outbound') return false;
    } else if (key === 'date' || key === 'endDate') {
      if (typeof value !== 'string' || !CANONICAL_INSTANT.test(value) || !Number.isFinite(Date.parse(value)))
        return false;
    } else if (key === 'extensions') {
      if (!isRecord(value) || Object.keys(value).some((name) => UNSAFE_KEYS.has(name))) return false;
    } else return false;
  }
  return true;
}

/** A contact with the customer (TMF683). */
export const InteractionSchema = v.object({
  id: identifier(),
  channel: v.optional(text(64)),
  direction: v.optional(v.picklist(['inbound', 'outbound'], 'unknown direction')),
  date: v.optional(instant),
  endDate: v.optional(instant),
  summary: v.optional(text(MAX_LONG_TEXT)),
  reason: v.optional(text(200)),
  status: v.optional(text(64)),
  extensions: v.optional(v.record(v.string(), v.unknown(), 'expected an object')),
});
withFastPath(InteractionSchema, isCleanInteraction);
/** A past contact: channel, direction, date, summary. */
export type InteractionSummary = v.InferOutput<typeof InteractionSchema>;

/** One satisfaction answer. */
export const SatisfactionSchema = v.pipe(
  v.object({
    date: instant,
    kind: v.picklist(Object.keys(SATISFACTION_SCALES) as SatisfactionKind[], 'unknown satisfaction kind'),
    score: v.pipe(v.number('expected a score'), v.finite('expected a finite score')),
    channel: v.optional(text(64)),
    /** What the customer wrote with the score, if anything. */
    comment: v.optional(text(MAX_LONG_TEXT)),
  }),
  v.check(
    (entry) =>
      entry.score >= SATISFACTION_SCALES[entry.kind][0] && entry.score <= SATISFACTION_SCALES[entry.kind][1],
    'score outside the range of its scale',
  ),
);
/** One satisfaction answer (CSAT 1–5, NPS 0–10, CES 1–7, FCR 0/1). */
export type SatisfactionEntry = v.InferOutput<typeof SatisfactionSchema>;

/** Churn / port-out risk. */
export const RiskSchema = v.object({
  score: v.pipe(v.number('expected a score'), v.minValue(0, 'risk below 0'), v.maxValue(1, 'risk above 1')),
  reasons: v.optional(v.array(text(64), 'expected a list of reason codes'), []),
});
/** Churn / port-out risk: score 0..1 and reason codes (e.g. `competitor-offer`). */
export type RiskAssessment = v.InferOutput<typeof RiskSchema>;

/** A next best offer. */
export const OfferSchema = v.object({
  id: identifier(),
  name: v.optional(text(200)),
  description: v.optional(text(MAX_LONG_TEXT)),
  reason: v.optional(text(200)),
});
/** A next best offer; `reason` says why it is offered (e.g. `retention`). */
export type Offer = v.InferOutput<typeof OfferSchema>;

/** Everything an agent needs at a glance. Each key is a section; only `profile` may be missing. */
export interface Customer360 {
  /** Identity, tier, lifecycle, tenure, status, contact media, extensions. */
  profile: CustomerProfile | undefined;
  /** Plan and products. */
  products: ProductSummary[];
  /** Usage buckets of the current cycle. */
  usage: UsageBucket[];
  /** Bills, newest first. */
  bills: BillSummary[];
  /** Trouble tickets and complaints. */
  tickets: TicketSummary[];
  /** Interaction history, newest first (may be one page of `interactionTotal`). */
  interactions: InteractionSummary[];
  /** How many interactions exist in all (≥ `interactions.length`). */
  interactionTotal: number;
  /** Satisfaction answers, oldest first. */
  satisfaction: SatisfactionEntry[];
  /** Churn / port-out risk, when known. */
  risk: RiskAssessment | undefined;
  /** Next best offers. */
  offers: Offer[];
}

/** The value type of each section. */
export interface CustomerSectionData {
  profile: CustomerProfile;
  products: ProductSummary[];
  usage: UsageBucket[];
  bills: BillSummary[];
  tickets: TicketSummary[];
  interactions: InteractionSummary[];
  satisfaction: SatisfactionEntry[];
  risk: RiskAssessment | undefined;
  offers: Offer[];
}

/** The schema of each section (arrays of items; profile and risk single objects). */
export const SECTION_SCHEMAS = {
  profile: ProfileSchema,
  products: v.array(ProductSchema, 'expected a list of products'),
  usage: v.array(UsageBucketSchema, 'expected a list of usage buckets'),
  bills: v.array(BillSchema, 'expected a list of bills'),
  tickets: v.array(TicketSchema, 'expected a list of tickets'),
  interactions: v.array(InteractionSchema, 'expected a list of interactions'),
  satisfaction: v.array(SatisfactionSchema, 'expected a list of satisfaction answers'),
  risk: RiskSchema,
  offers: v.array(OfferSchema, 'expected a list of offers'),
} as const;

/** The strict schema of a whole pushed Customer360 (parseCustomer360 is the lenient way in). */
export const Customer360Schema = v.object({
  profile: v.optional(ProfileSchema),
  products: v.optional(SECTION_SCHEMAS.products, []),
  usage: v.optional(SECTION_SCHEMAS.usage, []),
  bills: v.optional(SECTION_SCHEMAS.bills, []),
  tickets: v.optional(SECTION_SCHEMAS.tickets, []),
  interactions: v.optional(SECTION_SCHEMAS.interactions, []),
  interactionTotal: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  satisfaction: v.optional(SECTION_SCHEMAS.satisfaction, []),
  risk: v.optional(RiskSchema),
  offers: v.optional(SECTION_SCHEMAS.offers, []),
});

/** A TMF621-shaped object built from a ticket summary, for tickets pushed without `raw`. */
function ticketFromSummary(ticket: v.InferOutput<typeof TicketSchema>): TroubleTicketInput {
  return {
    id: ticket.id,
    name: ticket.name,
    ticketType: ticket.type,
    severity: ticket.severity,
    status: ticket.status,
    creationDate: ticket.creationDate,
    expectedResolutionDate: ticket.expectedResolutionDate,
    resolutionDate: ticket.resolutionDate,
  };
}

/** Completes parsed tickets: each keeps (or gets) a raw TMF621 object. */
export function withRawTickets(tickets: Array<v.InferOutput<typeof TicketSchema>>): TicketSummary[] {
  return tickets.map((ticket) => ({ ...ticket, raw: ticket.raw ?? ticketFromSummary(ticket) }));
}

/** Leniently parses one section's value; never throws. */
export function parseSection<S extends CustomerSection>(
  section: S,
  input: unknown,
): Lenient<CustomerSectionData[S] | undefined> {
  const schema = SECTION_SCHEMAS[section] as v.GenericSchema<unknown, unknown>;
  const fallback = section === 'profile' || section === 'risk' ? undefined : [];
  const parsed = parseLeniently(schema, input, fallback, section);
  const value =
    section === 'tickets'
      ? withRawTickets(parsed.value as Array<v.InferOutput<typeof TicketSchema>>)
      : parsed.value;
  return { value: value as CustomerSectionData[S] | undefined, issues: parsed.issues };
}

/** An empty Customer360 (nothing loaded yet). */
export function emptyCustomer360(): Customer360 {
  return {
    profile: undefined,
    products: [],
    usage: [],
    bills: [],
    tickets: [],
    interactions: [],
    interactionTotal: 0,
    satisfaction: [],
    risk: undefined,
    offers: [],
  };
}

/**
 * Reads a pushed Customer360. Never throws: a mistyped or hostile field is kept as safe text or
 * dropped, each with an issue `{ path, message, code }`; the rest survives. Unknown fields are
 * ignored (unknown profile extensions are kept in `profile.extensions`).
 */
export function parseCustomer360(input: unknown): Lenient<Customer360> {
  const result = emptyCustomer360();
  const issues: DataIssue[] = [];
  try {
    if (!isRecord(input)) {
      issues.push({ path: '', code: 'invalid-type', message: 'expected a Customer360 object' });
      return { value: result, issues };
    }
    const record = input;
    for (const section of CUSTOMER_SECTIONS) {
      const raw = record[section];
      if (raw === undefined || raw === null) continue;
      const parsed = parseSection(section, raw);
      issues.push(...parsed.issues);
      if (parsed.value !== undefined) (result as unknown as Record<string, unknown>)[section] = parsed.value;
    }
    const total = record.interactionTotal;
    if (total !== undefined && !(typeof total === 'number' && Number.isInteger(total) && total >= 0)) {
      issues.push({ path: 'interactionTotal', code: 'invalid-type', message: 'expected a whole number ≥ 0' });
    }
    result.interactionTotal = Math.max(
      result.interactions.length,
      typeof total === 'number' && Number.isInteger(total) && total >= 0 ? total : 0,
    );
  } catch (error) {
    issues.push({ path: '', code: 'invalid-type', message: `unreadable value: ${String(error)}` });
  }
  return { value: result, issues };
}
