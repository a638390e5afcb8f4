import { maskEmail, maskPhone } from '../pii/pii.js';
import {
  parseSection,
  type CustomerProfile,
  type CustomerSection,
  type CustomerSectionData,
  type Offer,
  type RiskAssessment,
  type SatisfactionEntry,
} from './customer360.js';
import { isRecord, type DataIssue, type Lenient } from './lenient.js';

/** TM Forum Open API major version. */
export type TmfVersion = 'v4' | 'v5';

/** The TMF resources the 360 reads, by `@type`. */
export type TmfResourceKind =
  'customer' | 'individual' | 'product' | 'usage' | 'bill' | 'ticket' | 'interaction';

const KIND_OF_TYPE: Record<string, TmfResourceKind> = {
  Customer: 'customer',
  Individual: 'individual',
  Product: 'product',
  UsageConsumptionReport: 'usage',
  CustomerBill: 'bill',
  TroubleTicket: 'ticket',
  PartyInteraction: 'interaction',
};

type Json = Record<string, unknown>;

const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const records = (value: unknown): Json[] => list(value).filter(isRecord);
const obj = (value: unknown): Json => (isRecord(value) ? value : {});

/**
 * Which resource a TMF object is, from its `@type` (a subtype such as `MobileProduct` is read
 * through its `@baseType`); undefined for an object of another type or none.
 */
export function tmfResourceKind(resource: unknown): TmfResourceKind | undefined {
  if (!isRecord(resource)) return undefined;
  const type = str(resource['@type']);
  const base = str(resource['@baseType']);
  return (type && KIND_OF_TYPE[type]) || (base && KIND_OF_TYPE[base]) || undefined;
}

/** A party reference read from either related-party form. */
export interface RelatedPartyRef {
  /** Party id. */
  id: string;
  /** Display name, when the reference carries one. */
  name?: string;
  /** Role of the party, e.g. `customer`, `accountManager`. */
  role?: string;
  /** `@referredType`, e.g. `Individual`, `Customer`. */
  referredType?: string;
}

/**
 * Reads a related party in the v4 form `{ id, name, role, @referredType }` or the v5 form
 * `{ role, partyOrPartyRole: { id, name, @referredType } }`.
 */
export function readRelatedParty(entry: unknown): RelatedPartyRef | undefined {
  if (!isRecord(entry)) return undefined;
  const party = isRecord(entry.partyOrPartyRole) ? entry.partyOrPartyRole : entry;
  const id = str(party.id);
  if (!id) return undefined;
  const ref: RelatedPartyRef = { id };
  const name = str(party.name);
  const role = str(entry.role) ?? str(party.role);
  const referredType = str(party['@referredType']);
  if (name !== undefined) ref.name = name;
  if (role !== undefined) ref.role = role;
  if (referredType !== undefined) ref.referredType = referredType;
  return ref;
}

/** Characteristics by name, from v4 `{ name, value, valueType }` or v5 typed `{ @type, name, value }`. */
export function readCharacteristics(value: unknown): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const item of records(value)) {
    const name = str(item.name);
    if (name !== undefined && !map.has(name)) map.set(name, item.value);
  }
  return map;
}

const period = (value: unknown): { start: unknown; end: unknown } => {
  const p = obj(value);
  return { start: p.startDateTime, end: p.endDateTime };
};

/** One contact medium, v4 (`mediumType` + nested `characteristic`) or v5 (typed, flat). */
function contactMedium(medium: Json): Json | undefined {
  const fields = isRecord(medium.characteristic) ? { ...medium, ...medium.characteristic } : medium;
  const type = str(medium['@type']) ?? '';
  const contactType = str(fields.contactType) ?? str(medium.mediumType);
  const preferred = medium.preferred;
  const phone = str(fields.phoneNumber) ?? str(fields.number);
  if (phone !== undefined || type === 'PhoneContactMedium')
    return { kind: 'phone', contactType, preferred, value: phone, masked: phone && maskPhone(phone) };
  const email = str(fields.emailAddress);
  if (email !== undefined || type === 'EmailContactMedium')
    return { kind: 'email', contactType, preferred, value: email, masked: email && maskEmail(email) };
  const parts = ['street1', 'street2', 'city', 'stateOrProvince', 'postCode', 'country']
    .map((key) => str(fields[key]))
    .filter((part): part is string => !!part);
  if (parts.length > 0 || type === 'GeographicAddressContactMedium')
    return { kind: 'postal', contactType, preferred, value: parts.join(', ') };
  const other = str(fields.socialNetworkId) ?? str(fields.faxNumber);
  return other === undefined ? undefined : { kind: 'other', contactType, preferred, value: other };
}

const KNOWN_CUSTOMER_FIELDS = new Set([
  'id',
  'href',
  '@type',
  '@baseType',
  '@schemaLocation',
  'name',
  'status',
  'statusReason',
  'validFor',
  'engagedParty',
  'relatedParty',
  'account',
  'contactMedium',
  'creditProfile',
  'characteristic',
  'agreement',
  'paymentMethod',
]);
const KNOWN_CHARACTERISTICS = new Set([
  'tier',
  'lifecycleStage',
  'churnRisk',
  'churnReasons',
  'preferredLanguage',
  'preferredChannel',
  'satisfactionHistory',
  'nextBestOffers',
  'networkFaultInArea',
  'accountStatus',
  'contractEndDate',
]);

function wrongType(path: string, expected: string, resource: unknown): DataIssue {
  const type = isRecord(resource) ? str(resource['@type']) : undefined;
  return {
    path,
    code: 'unsupported-type',
    message: type ? `expected a ${expected}, got @type ${type}` : `expected a ${expected} object`,
  };
}

/** Merges the issues of a normalisation step into a section result. */
function section<S extends CustomerSection>(
  name: S,
  candidate: unknown,
  earlier: DataIssue[],
): Lenient<CustomerSectionData[S] | undefined> {
  const parsed = parseSection(name, candidate);
  return { value: parsed.value, issues: [...earlier, ...parsed.issues] };
}

/**
 * TMF629 Customer (+ its TMF632 Individual, when fetched) → the profile section. Unknown
 * characteristics and unknown top-level fields are kept in `extensions`.
 */
export function normaliseCustomer(
  customer: unknown,
  individual?: unknown,
): Lenient<CustomerProfile | undefined> {
  const issues: DataIssue[] = [];
  if (tmfResourceKind(customer) !== 'customer' && !(isRecord(customer) && customer['@type'] === undefined)) {
    return { value: undefined, issues: [wrongType('profile', 'Customer', customer)] };
  }
  const c = customer as Json;
  let person: Json = {};
  if (individual !== undefined) {
    if (tmfResourceKind(individual) === 'individual') person = individual as Json;
    else issues.push(wrongType('profile.identity', 'Individual', individual));
  }
  const chars = readCharacteristics(c.characteristic);
  const extensions: Json = {};
  for (const [name, value] of chars) if (!KNOWN_CHARACTERISTICS.has(name)) extensions[name] = value;
  for (const [key, value] of Object.entries(c)) if (!KNOWN_CUSTOMER_FIELDS.has(key)) extensions[key] = value;

  const ownMedia = records(c.contactMedium);
  const media = (ownMedia.length > 0 ? ownMedia : records(person.contactMedium))
    .map(contactMedium)
    .filter((medium): medium is Json => medium !== undefined);
  const phones = [...records(person.contactMedium), ...ownMedia]
    .map(contactMedium)
    .filter((medium) => medium?.kind === 'phone' && medium.value !== undefined);
  const msisdn = (phones.find((medium) => medium?.preferred === true) ?? phones[0])?.value;
  const identification = records(person.individualIdentification)[0] ?? {};
  const favourite =
    records(person.languageAbility).find((ability) => ability.isFavouriteLanguage === true) ??
    records(person.languageAbility)[0];
  const manager = list(c.relatedParty)
    .map(readRelatedParty)
    .find((party) => party?.role === 'accountManager');

  const candidate = {
    id: c.id,
    identity: {
      name: person.formattedName ?? c.name ?? obj(c.engagedParty).name,
      givenName: person.givenName,
      familyName: person.familyName,
      msisdn,
      idNumber: identification.identificationId,
      idType: identification.identificationType,
      preferredLanguage: chars.get('preferredLanguage') ?? favourite?.languageCode,
      preferredChannel: chars.get('preferredChannel'),
      birthDate: person.birthDate,
      gender: person.gender,
    },
    tier: chars.get('tier'),
    lifecycleStage: chars.get('lifecycleStage'),
    customerSince: period(c.validFor).start,
    status: chars.get('accountStatus'),
    statusReason: c.statusReason,
    partyStatus: c.status,
    contactMedia: media,
    accountManager: manager && { id: manager.id, name: manager.name },
    contractEndDate: chars.get('contractEndDate'),
    creditScore: records(c.creditProfile)[0]?.creditScore,
    networkFaultInArea: chars.get('networkFaultInArea'),
    extensions,
  };
  return section('profile', candidate, issues);
}

function customerCharacteristic(customer: unknown, name: string): unknown {
  return isRecord(customer) ? readCharacteristics(customer.characteristic).get(name) : undefined;
}

/** TMF629 Customer `satisfactionHistory` characteristic → the satisfaction section (oldest first). */
export function normaliseSatisfaction(customer: unknown): Lenient<SatisfactionEntry[]> {
  const history = customerCharacteristic(customer, 'satisfactionHistory');
  const parsed = section('satisfaction', history ?? [], []);
  const value = [...(parsed.value ?? [])].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  return { value, issues: parsed.issues };
}

/** TMF629 Customer `churnRisk` + `churnReasons` characteristics → the risk section. */
export function normaliseRisk(customer: unknown): Lenient<RiskAssessment | undefined> {
  const score = customerCharacteristic(customer, 'churnRisk');
  if (score === undefined) return { value: undefined, issues: [] };
  return section('risk', { score, reasons: customerCharacteristic(customer, 'churnReasons') }, []);
}

/** TMF629 Customer `nextBestOffers` characteristic → the offers section (`kind` becomes `reason`). */
export function normaliseOffers(customer: unknown): Lenient<Offer[]> {
  const offers = list(customerCharacteristic(customer, 'nextBestOffers')).map((offer) =>
    isRecord(offer) ? { ...offer, reason: offer.reason ?? offer.kind } : offer,
  );
  const parsed = section('offers', offers, []);
  return { value: parsed.value ?? [], issues: parsed.issues };
}

const COMMON_FIELDS = [
  'id',
  'href',
  '@type',
  '@baseType',
  '@schemaLocation',
  'name',
  'description',
  'relatedParty',
];
const KNOWN_FIELDS = {
  product: new Set([
    ...COMMON_FIELDS,
    'isBundle',
    'isCustomerVisible',
    'status',
    'startDate',
    'terminationDate',
    'orderDate',
    'productSerialNumber',
    'productOffering',
    'productSpecification',
    'productCharacteristic',
    'productPrice',
    'productTerm',
    'productRelationship',
    'billingAccount',
    'place',
    'product',
    'productOrderItem',
    'realizingResource',
    'realizingService',
    'agreement',
  ]),
  bucket: new Set([
    'id',
    'name',
    'usageType',
    'isShared',
    'product',
    'bucketBalance',
    'bucketCounter',
    'validFor',
    'capacity',
    'bucketCapacity',
    'description',
  ]),
  bill: new Set([
    ...COMMON_FIELDS,
    'billNo',
    'billDate',
    'billingPeriod',
    'paymentDueDate',
    'nextBillDate',
    'lastUpdate',
    'category',
    'runType',
    'state',
    'amountDue',
    'remainingAmount',
    'taxIncludedAmount',
    'taxExcludedAmount',
    'taxItem',
    'appliedPayment',
    'billDocument',
    'billingAccount',
    'financialAccount',
    'paymentMethod',
  ]),
  ticket: new Set([
    ...COMMON_FIELDS,
    'ticketType',
    'severity',
    'priority',
    'status',
    'statusChangeReason',
    'statusChangeDate',
    'statusChangeHistory',
    'creationDate',
    'lastUpdate',
    'expectedResolutionDate',
    'requestedResolutionDate',
    'resolutionDate',
    'channel',
    'note',
    'attachment',
    'relatedEntity',
    'troubleTicketRelationship',
    'troubleTicketCharacteristic',
    'troubleTicketSpecification',
    'externalIdentifier',
    'category',
  ]),
  interaction: new Set([
    ...COMMON_FIELDS,
    'reason',
    'direction',
    'status',
    'statusChangeDate',
    'interactionDate',
    'relatedChannel',
    'interactionItem',
    'interactionRelationship',
    'note',
    'attachment',
    'externalIdentifier',
  ]),
};

/** Fields and characteristics no client knows (vendor extensions), kept as they came; undefined when none. */
function extensionsOf(
  resource: Json,
  known: Set<string>,
  characteristics?: Map<string, unknown>,
  knownChars?: Set<string>,
) {
  const extensions: Json = {};
  for (const [name, value] of characteristics ?? []) if (!knownChars?.has(name)) extensions[name] = value;
  for (const [key, value] of Object.entries(resource)) if (!known.has(key)) extensions[key] = value;
  return Object.keys(extensions).length > 0 ? extensions : undefined;
}

const PRODUCT_CHARACTERISTICS = new Set(['productKind', 'serviceNumber']);

function product(p: Json): Json {
  const chars = readCharacteristics(p.productCharacteristic);
  const prices = records(p.productPrice);
  const recurring = prices.find((price) => price.priceType === 'recurring') ?? prices[0];
  const price = obj(recurring?.price);
  const term = period(records(p.productTerm)[0]?.validFor);
  return {
    id: p.id,
    name: p.name ?? obj(p.productOffering).name,
    status: p.status,
    kind: chars.get('productKind'),
    offeringId: obj(p.productOffering).id,
    serviceNumber: p.productSerialNumber ?? chars.get('serviceNumber'),
    startDate: p.startDate,
    terminationDate: p.terminationDate,
    monthlyFee: price.taxIncludedAmount ?? price.dutyFreeAmount,
    contractStart: term.start,
    contractEnd: term.end,
    isBundle: p.isBundle,
    extensions: extensionsOf(p, KNOWN_FIELDS.product, chars, PRODUCT_CHARACTERISTICS),
  };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

function usageBuckets(report: Json): Json[] {
  const reportEnd = period(report.validFor).end;
  return records(report.bucket).map((bucket) => {
    const counters = records(bucket.bucketCounter);
    const counter = counters.find((entry) => entry.counterType === 'used') ?? counters[0];
    const balance = records(bucket.bucketBalance)[0];
    const used = obj(counter?.value);
    const remaining = obj(balance?.remainingValue);
    const capacity = obj(bucket.capacity ?? bucket.bucketCapacity);
    const usedAmount = used.amount;
    const cap =
      capacity.amount ??
      (typeof usedAmount === 'number' && typeof remaining.amount === 'number'
        ? round(usedAmount + remaining.amount)
        : undefined);
    const type = str(bucket.usageType);
    return {
      id: bucket.id,
      name: bucket.name,
      usageType: type === 'data' || type === 'voice' || type === 'sms' ? type : 'other',
      used: usedAmount,
      cap,
      unit: used.units ?? remaining.units ?? capacity.units,
      resetDate:
        period(bucket.validFor).end ??
        period(balance?.validFor).end ??
        period(counter?.validFor).end ??
        reportEnd,
      isShared: bucket.isShared,
      productId: obj(bucket.product).id,
      extensions: extensionsOf(bucket, KNOWN_FIELDS.bucket),
    };
  });
}

function bill(b: Json): Json {
  const billing = period(b.billingPeriod);
  return {
    id: b.id,
    billNo: b.billNo,
    billDate: b.billDate,
    period: { start: billing.start, end: billing.end },
    amountDue: b.amountDue,
    remaining: b.remainingAmount,
    dueDate: b.paymentDueDate,
    state: b.state,
    extensions: extensionsOf(b, KNOWN_FIELDS.bill),
  };
}

const TICKET_CHARACTERISTICS = new Set(['complaintCategory', 'incidentLevel']);

function ticket(t: Json): Json {
  const chars = readCharacteristics(t.troubleTicketCharacteristic);
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    type: t.ticketType,
    severity: t.severity,
    priority: t.priority,
    status: t.status,
    creationDate: t.creationDate,
    expectedResolutionDate: t.expectedResolutionDate,
    resolutionDate: t.resolutionDate,
    category: chars.get('complaintCategory') ?? t.category,
    raw: t,
    // Unknown fields and characteristics, e.g. a contact number or an address (personal: masked).
    extensions: extensionsOf(t, KNOWN_FIELDS.ticket, chars, TICKET_CHARACTERISTICS),
  };
}

function interaction(i: Json): Json {
  const channel = obj(records(i.relatedChannel)[0]?.channel);
  const when = isRecord(i.interactionDate)
    ? period(i.interactionDate)
    : { start: i.interactionDate, end: undefined };
  return {
    id: i.id,
    channel: channel.name ?? channel.id,
    direction: i.direction,
    date: when.start,
    endDate: when.end,
    summary: i.description ?? records(i.note)[0]?.text ?? i.reason,
    reason: i.reason,
    status: i.status,
    extensions: extensionsOf(i, KNOWN_FIELDS.interaction),
  };
}

type ListSection = 'products' | 'usage' | 'bills' | 'tickets' | 'interactions';

const LIST_READERS: Record<
  ListSection,
  { kind: TmfResourceKind; type: string; read: (item: Json) => Json[] }
> = {
  products: { kind: 'product', type: 'Product', read: (item) => [product(item)] },
  usage: { kind: 'usage', type: 'UsageConsumptionReport', read: usageBuckets },
  bills: { kind: 'bill', type: 'CustomerBill', read: (item) => [bill(item)] },
  tickets: { kind: 'ticket', type: 'TroubleTicket', read: (item) => [ticket(item)] },
  interactions: { kind: 'interaction', type: 'PartyInteraction', read: (item) => [interaction(item)] },
};

/**
 * A TMF list (products, usage reports, bills, tickets, interactions) → a section. Each item is
 * dispatched on `@type`: an item of another type is dropped with an `unsupported-type` issue; an
 * item without `@type` is read as the expected one.
 */
export function normaliseList<S extends ListSection>(
  name: S,
  items: unknown,
): Lenient<CustomerSectionData[S]> {
  const reader = LIST_READERS[name];
  const issues: DataIssue[] = [];
  if (!Array.isArray(items)) {
    return {
      value: [] as unknown as CustomerSectionData[S],
      issues: [wrongType(name, `list of ${reader.type}`, items)],
    };
  }
  const candidates: Json[] = [];
  items.forEach((item, index) => {
    const untyped = isRecord(item) && item['@type'] === undefined;
    if (tmfResourceKind(item) === reader.kind || untyped) candidates.push(...reader.read(item as Json));
    else issues.push(wrongType(`${name}.${index}`, reader.type, item));
  });
  const parsed = section(name, candidates, issues);
  return { value: (parsed.value ?? []) as CustomerSectionData[S], issues: parsed.issues };
}

/** A single TMF resource of any supported `@type`, read into the section it belongs to. */
export type NormalisedResource =
  | { kind: 'customer'; result: Lenient<CustomerProfile | undefined> }
  | { kind: 'individual'; result: Lenient<CustomerProfile | undefined> }
  | { kind: ListKind; result: Lenient<unknown[]> }
  | { kind: undefined; result: Lenient<undefined> };
type ListKind = 'product' | 'usage' | 'bill' | 'ticket' | 'interaction';

const SECTION_OF_KIND: Record<ListKind, ListSection> = {
  product: 'products',
  usage: 'usage',
  bill: 'bills',
  ticket: 'tickets',
  interaction: 'interactions',
};

/** Dispatches one TMF resource on its `@type` to the right normaliser. */
export function normaliseResource(resource: unknown): NormalisedResource {
  const kind = tmfResourceKind(resource);
  if (kind === undefined)
    return { kind, result: { value: undefined, issues: [wrongType('', 'TMF resource', resource)] } };
  if (kind === 'customer') return { kind, result: normaliseCustomer(resource) };
  if (kind === 'individual') {
    const person = resource as Json;
    const stub = { '@type': 'Customer', id: person.id, name: person.formattedName };
    return { kind, result: normaliseCustomer(stub, resource) };
  }
  return { kind, result: normaliseList(SECTION_OF_KIND[kind], [resource]) };
}
