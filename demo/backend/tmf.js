// @ts-check
/**
 * Renders the seed model as TM Forum Open API JSON, v4 or v5. The two versions carry the same
 * data; they differ in related-party, reference, characteristic and contact-medium shapes and in
 * the `@type` tags v5 puts on nested objects.
 */

/** @typedef {import('./seed.js').CustomerRecord} CustomerRecord */
/** @typedef {import('./seed.js').Employee} Employee */
/** @typedef {import('./seed.js').Product} Product */
/** @typedef {import('./seed.js').Bill} Bill */
/** @typedef {import('./seed.js').Ticket} Ticket */
/** @typedef {import('./seed.js').Interaction} Interaction */
/** @typedef {import('./seed.js').Note} Note */
/** @typedef {'v4' | 'v5'} TmfVersion */
/**
 * @typedef {object} RenderContext
 * @property {TmfVersion} version
 * @property {string} basePath `''` or `/sandbox/{name}`: hrefs keep a client inside its sandbox
 */
/** @typedef {Record<string, unknown>} Json */

/**
 * The TMF resources we serve: API name, collection path, `@type` and, where the spec has one,
 * `@baseType`.
 */
export const RESOURCES = /** @type {const} */ ({
  customer: { api: 'customerManagement', collection: 'customer', type: 'Customer', baseType: 'PartyRole' },
  individual: { api: 'partyManagement', collection: 'individual', type: 'Individual', baseType: 'Party' },
  product: { api: 'productInventory', collection: 'product', type: 'Product', baseType: undefined },
  usage: {
    api: 'usageManagement',
    collection: 'usageConsumptionReport',
    type: 'UsageConsumptionReport',
    baseType: undefined,
  },
  bill: {
    api: 'customerBillManagement',
    collection: 'customerBill',
    type: 'CustomerBill',
    baseType: undefined,
  },
  ticket: { api: 'troubleTicket', collection: 'troubleTicket', type: 'TroubleTicket', baseType: undefined },
  interaction: {
    api: 'partyInteraction',
    collection: 'partyInteraction',
    type: 'PartyInteraction',
    baseType: undefined,
  },
});
/** @typedef {keyof typeof RESOURCES} ResourceKind */

/** @param {number} ms */
function iso(ms) {
  return new Date(ms).toISOString();
}

/** @param {RenderContext} ctx @param {ResourceKind} kind @param {string} id */
export function hrefOf(ctx, kind, id) {
  const { api, collection } = RESOURCES[kind];
  return `${ctx.basePath}/tmf-api/${api}/${ctx.version}/${collection}/${encodeURIComponent(id)}`;
}

/** `id`, `href`, `@type`, `@baseType` in that order, ahead of the resource's own fields. */
/** @param {RenderContext} ctx @param {ResourceKind} kind @param {string} id */
function header(ctx, kind, id) {
  const { type, baseType } = RESOURCES[kind];
  /** @type {Json} */
  const head = { id, href: hrefOf(ctx, kind, id), '@type': type };
  if (baseType) head['@baseType'] = baseType;
  return head;
}

/** Adds the v5 `@type` tag; v4 nested objects carry none. @param {RenderContext} ctx @param {string} type @param {Json} value */
function tagged(ctx, type, value) {
  return ctx.version === 'v5' ? { '@type': type, ...value } : value;
}

/** @param {Json} value drops undefined fields so they do not show up as keys */
function compact(value) {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
}

/**
 * @typedef {object} PartyLink
 * @property {string} id
 * @property {string} href
 * @property {string} name
 * @property {'Individual' | 'Customer'} referredType
 */

/** @param {RenderContext} ctx @param {CustomerRecord} customer @returns {PartyLink} */
function customerLink(ctx, customer) {
  return {
    id: customer.id,
    href: hrefOf(ctx, 'customer', customer.id),
    name: customer.person.formattedName,
    referredType: 'Customer',
  };
}

/** @param {RenderContext} ctx @param {{ id: string, formattedName: string }} person @returns {PartyLink} */
function individualLink(ctx, person) {
  return {
    id: person.id,
    href: hrefOf(ctx, 'individual', person.id),
    name: person.formattedName,
    referredType: 'Individual',
  };
}

/** A plain party reference (TMF629 `engagedParty`). @param {RenderContext} ctx @param {PartyLink} party */
function partyRef(ctx, party) {
  return tagged(ctx, 'PartyRef', {
    id: party.id,
    href: party.href,
    name: party.name,
    '@referredType': party.referredType,
  });
}

/**
 * v4 `{ id, href, name, role, @referredType }`; v5 wraps the reference in `partyOrPartyRole`.
 * @param {RenderContext} ctx @param {string} role @param {PartyLink} party
 */
export function relatedParty(ctx, role, party) {
  if (ctx.version === 'v4')
    return { id: party.id, href: party.href, name: party.name, role, '@referredType': party.referredType };
  return { '@type': 'RelatedPartyRefOrPartyRoleRef', role, partyOrPartyRole: partyRef(ctx, party) };
}

/** @param {RenderContext} ctx @param {CustomerRecord} customer */
function ownedBy(ctx, customer) {
  return relatedParty(ctx, 'customer', customerLink(ctx, customer));
}

/** @param {unknown} value @returns {'string' | 'number' | 'boolean' | 'object'} */
function valueTypeOf(value) {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
}

const V5_CHARACTERISTIC_TYPES = {
  string: 'StringCharacteristic',
  number: 'NumberCharacteristic',
  boolean: 'BooleanCharacteristic',
  object: 'ObjectCharacteristic',
};

/**
 * v4 `{ name, value, valueType }`; v5 adds the typed `@type` (arrays are ObjectCharacteristic).
 * @param {RenderContext} ctx @param {string} name @param {unknown} value
 */
export function characteristic(ctx, name, value) {
  const valueType = valueTypeOf(value);
  const item = { name, value, valueType };
  return ctx.version === 'v5' ? { '@type': V5_CHARACTERISTIC_TYPES[valueType], ...item } : item;
}

/** @param {RenderContext} ctx @param {Array<[string, unknown]>} entries undefined values are left out */
function characteristics(ctx, entries) {
  return entries
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => characteristic(ctx, name, value));
}

/** @param {RenderContext} ctx @param {string} number @param {boolean} preferred */
function phoneMedium(ctx, number, preferred) {
  if (ctx.version === 'v4')
    return {
      mediumType: 'mobile',
      preferred,
      characteristic: { contactType: 'mobile', phoneNumber: number },
    };
  return { '@type': 'PhoneContactMedium', contactType: 'mobile', preferred, phoneNumber: number };
}

/** @param {RenderContext} ctx @param {string} address */
function emailMedium(ctx, address) {
  if (ctx.version === 'v4')
    return {
      mediumType: 'email',
      preferred: false,
      characteristic: { contactType: 'email', emailAddress: address },
    };
  return { '@type': 'EmailContactMedium', contactType: 'email', preferred: false, emailAddress: address };
}

/** @param {RenderContext} ctx @param {import('./seed.js').PostalAddress} address */
function postalMedium(ctx, address) {
  const fields = {
    street1: address.street1,
    street2: address.street2,
    city: address.city,
    stateOrProvince: address.stateOrProvince,
    postCode: address.postCode,
    country: address.country,
  };
  if (ctx.version === 'v4')
    return {
      mediumType: 'postalAddress',
      preferred: false,
      characteristic: { contactType: 'home', ...fields },
    };
  return { '@type': 'GeographicAddressContactMedium', contactType: 'home', preferred: false, ...fields };
}

/** @param {RenderContext} ctx @param {import('./seed.js').Person} person */
function contactMedia(ctx, person) {
  /** @type {Json[]} */
  const media = [phoneMedium(ctx, person.mobile, true)];
  if (person.email) media.push(emailMedium(ctx, person.email));
  if (person.address) media.push(postalMedium(ctx, person.address));
  return media;
}

/** @param {RenderContext} ctx @param {CustomerRecord} customer */
function customerCharacteristics(ctx, customer) {
  return characteristics(ctx, [
    ['tier', customer.tier],
    ['lifecycleStage', customer.stage],
    ['churnRisk', customer.churnRisk],
    ['churnReasons', customer.churnReasons],
    ['preferredLanguage', customer.language],
    ['preferredChannel', customer.preferredChannel],
    [
      'satisfactionHistory',
      customer.satisfaction.map((answer) => ({
        date: iso(answer.date),
        kind: answer.kind,
        score: answer.score,
      })),
    ],
    ['nextBestOffers', customer.offers],
    ['networkFaultInArea', customer.networkFaultInArea],
    ['accountStatus', customer.accountStatus],
    ['contractEndDate', iso(customer.contractEnd)],
    // A vendor extension no client knows: clients must carry it along untouched.
    ['x-vendorSegment', customer.vendorSegment],
  ]);
}

/** TMF629 Customer. @param {RenderContext} ctx @param {CustomerRecord} customer */
export function renderCustomer(ctx, customer) {
  return compact({
    ...header(ctx, 'customer', customer.id),
    name: customer.person.formattedName,
    status: customer.status,
    statusReason: customer.statusReason,
    validFor: { startDateTime: iso(customer.customerSince) },
    engagedParty: partyRef(ctx, individualLink(ctx, customer.person)),
    relatedParty: customer.accountManager
      ? [relatedParty(ctx, 'accountManager', individualLink(ctx, customer.accountManager))]
      : [],
    account: [
      tagged(ctx, 'AccountRef', {
        id: customer.billingAccountId,
        name: customer.person.formattedName,
        '@referredType': 'BillingAccount',
      }),
    ],
    contactMedium: contactMedia(ctx, customer.person),
    creditProfile: [
      tagged(ctx, 'CreditProfile', {
        creditProfileDate: iso(customer.customerSince),
        creditRiskRating: customer.creditScore >= 700 ? 1 : customer.creditScore >= 600 ? 2 : 3,
        creditScore: customer.creditScore,
        validFor: { startDateTime: iso(customer.customerSince) },
      }),
    ],
    characteristic: customerCharacteristics(ctx, customer),
  });
}

/** @param {RenderContext} ctx @param {import('./seed.js').Language} code @param {boolean} favourite */
function languageAbility(ctx, code, favourite) {
  return tagged(ctx, 'LanguageAbility', {
    languageCode: code,
    languageName: code === 'en' ? 'English' : '中文（简体）',
    isFavouriteLanguage: favourite,
  });
}

/** TMF632 Individual: a customer's person. @param {RenderContext} ctx @param {import('./seed.js').Person} person */
export function renderIndividual(ctx, person) {
  return compact({
    ...header(ctx, 'individual', person.id),
    givenName: person.givenName,
    familyName: person.familyName,
    formattedName: person.formattedName,
    gender: person.gender,
    birthDate: iso(person.birthDate),
    status: 'validated',
    languageAbility: person.languages.map((code, index) => languageAbility(ctx, code, index === 0)),
    contactMedium: contactMedia(ctx, person),
  });
}

/** TMF632 Individual: an account manager, referenced from customers. @param {RenderContext} ctx @param {Employee} employee */
export function renderEmployee(ctx, employee) {
  return {
    ...header(ctx, 'individual', employee.id),
    givenName: employee.givenName,
    familyName: employee.familyName,
    formattedName: employee.formattedName,
    gender: employee.gender,
    status: 'validated',
    languageAbility: [languageAbility(ctx, 'zh-CN', true), languageAbility(ctx, 'en', false)],
    contactMedium: [phoneMedium(ctx, employee.mobile, true)],
  };
}

/** @param {RenderContext} ctx @param {number} value CNY */
function recurringPrice(ctx, value) {
  const period =
    ctx.version === 'v4'
      ? { recurringChargePeriod: 'month' }
      : { recurringChargePeriodType: 'month', recurringChargePeriodLength: 1 };
  return tagged(ctx, 'ProductPrice', {
    name: 'monthly fee',
    priceType: 'recurring',
    ...period,
    price: tagged(ctx, 'Price', { taxIncludedAmount: { unit: 'CNY', value }, taxRate: 6 }),
  });
}

/** TMF637 Product. @param {RenderContext} ctx @param {CustomerRecord} customer @param {Product} product */
export function renderProduct(ctx, customer, product) {
  return {
    ...header(ctx, 'product', product.id),
    name: product.name,
    isBundle: false,
    isCustomerVisible: true,
    status: product.status,
    startDate: iso(product.startDate),
    productSerialNumber: product.serviceNumber,
    productOffering: tagged(ctx, 'ProductOfferingRef', { id: product.offeringId, name: product.name }),
    productCharacteristic: characteristics(ctx, [
      ['productKind', product.kind],
      ['serviceNumber', product.serviceNumber],
    ]),
    productPrice: [recurringPrice(ctx, product.monthlyFee)],
    productTerm: [
      tagged(ctx, 'ProductTerm', {
        name: 'contract',
        duration: { amount: product.termMonths, units: 'month' },
        validFor: { startDateTime: iso(product.termStart), endDateTime: iso(product.termEnd) },
      }),
    ],
    billingAccount: tagged(ctx, 'BillingAccountRef', {
      id: customer.billingAccountId,
      name: customer.person.formattedName,
    }),
    relatedParty: [ownedBy(ctx, customer)],
  };
}

/** @param {number} value @param {string} units */
function quantity(value, units) {
  return { amount: value, units };
}

/** TMF677 usage consumption report for the current cycle. @param {RenderContext} ctx @param {CustomerRecord} customer */
export function renderUsageReport(ctx, customer) {
  const { usage } = customer;
  const validFor = { startDateTime: iso(usage.cycleStart), endDateTime: iso(usage.cycleEnd) };
  return {
    ...header(ctx, 'usage', usage.id),
    name: customer.language === 'en' ? 'Usage this cycle' : '本月使用量',
    effectiveDate: iso(usage.cycleStart),
    validFor,
    bucket: usage.buckets.map((bucket, index) => ({
      id: `${usage.id}-${index + 1}`,
      name: bucket.name,
      usageType: bucket.usageType,
      isShared: bucket.isShared,
      product: tagged(ctx, 'ProductRef', {
        id: bucket.productId,
        href: hrefOf(ctx, 'product', bucket.productId),
      }),
      bucketBalance: [
        {
          remainingValue: quantity(Math.round((bucket.capacity - bucket.used) * 100) / 100, bucket.units),
          validFor,
        },
      ],
      bucketCounter: [{ counterType: 'used', value: quantity(bucket.used, bucket.units), validFor }],
    })),
    relatedParty: [ownedBy(ctx, customer)],
  };
}

/** @param {number} value */
function cny(value) {
  return { unit: 'CNY', value };
}

/** TMF678 CustomerBill. @param {RenderContext} ctx @param {CustomerRecord} customer @param {Bill} bill */
export function renderBill(ctx, customer, bill) {
  const taxExcluded = Math.round((bill.amountDue / 1.06) * 100) / 100;
  return {
    ...header(ctx, 'bill', bill.id),
    billNo: bill.billNo,
    billDate: iso(bill.billDate),
    billingPeriod: { startDateTime: iso(bill.periodStart), endDateTime: iso(bill.periodEnd) },
    paymentDueDate: iso(bill.dueDate),
    lastUpdate: iso(bill.lastUpdate),
    category: 'normal',
    runType: 'onCycle',
    state: bill.state,
    amountDue: cny(bill.amountDue),
    remainingAmount: cny(bill.remaining),
    taxIncludedAmount: cny(bill.amountDue),
    taxExcludedAmount: cny(taxExcluded),
    billingAccount: tagged(ctx, 'BillingAccountRef', {
      id: customer.billingAccountId,
      name: customer.person.formattedName,
    }),
    relatedParty: [ownedBy(ctx, customer)],
  };
}

/** @param {RenderContext} ctx @param {Note} note @param {string} id */
function renderNote(ctx, note, id) {
  return tagged(ctx, 'Note', { id, author: note.author, date: iso(note.date), text: note.text });
}

/** @param {RenderContext} ctx @param {string} channel */
function channelRef(ctx, channel) {
  return tagged(ctx, 'ChannelRef', { id: channel, name: channel });
}

/** @param {RenderContext} ctx @param {string} role @param {{ id: string, href: string, name: string, type: string }} entity */
function relatedEntity(ctx, role, entity) {
  const ref = { id: entity.id, href: entity.href, name: entity.name, '@referredType': entity.type };
  if (ctx.version === 'v4') return { ...ref, role };
  return { '@type': 'RelatedEntity', role, entity: { '@type': 'EntityRef', ...ref } };
}

/** TMF621 TroubleTicket. @param {RenderContext} ctx @param {CustomerRecord} customer @param {Ticket} ticket */
export function renderTicket(ctx, customer, ticket) {
  const current = ticket.history[ticket.history.length - 1];
  const product = customer.products.find((candidate) => candidate.id === ticket.productId);
  return compact({
    ...header(ctx, 'ticket', ticket.id),
    name: ticket.name,
    description: ticket.description,
    ticketType: ticket.type,
    severity: ticket.severity,
    priority: ticket.priority,
    status: ticket.status,
    statusChangeReason: current.reason,
    creationDate: iso(ticket.creationDate),
    lastUpdate: iso(ticket.lastUpdate),
    expectedResolutionDate: iso(ticket.expectedResolutionDate),
    resolutionDate: ticket.resolutionDate === undefined ? undefined : iso(ticket.resolutionDate),
    statusChangeHistory: ticket.history.map((change) =>
      tagged(ctx, 'StatusChange', {
        status: change.status,
        statusChangeDate: iso(change.date),
        statusChangeReason: change.reason,
      }),
    ),
    channel: channelRef(ctx, ticket.channel),
    note: ticket.notes.map((note, index) => renderNote(ctx, note, `${ticket.id}-N${index + 1}`)),
    relatedEntity: product
      ? [
          relatedEntity(ctx, 'affectedProduct', {
            id: product.id,
            href: hrefOf(ctx, 'product', product.id),
            name: product.name,
            type: 'Product',
          }),
        ]
      : [],
    relatedParty: [
      ownedBy(ctx, customer),
      relatedParty(ctx, 'reporter', individualLink(ctx, customer.person)),
    ],
    troubleTicketCharacteristic: characteristics(ctx, [
      ['complaintCategory', ticket.category],
      ['incidentLevel', ticket.incidentLevel],
    ]),
  });
}

/** @type {Record<string, ResourceKind>} */
const ITEM_KINDS = { TroubleTicket: 'ticket', CustomerBill: 'bill', Product: 'product' };

/** TMF683 PartyInteraction. @param {RenderContext} ctx @param {CustomerRecord} customer @param {Interaction} interaction */
export function renderInteraction(ctx, customer, interaction) {
  return {
    ...header(ctx, 'interaction', interaction.id),
    description: interaction.note.text,
    reason: interaction.reason,
    direction: interaction.direction,
    status: interaction.status,
    interactionDate: {
      startDateTime: iso(interaction.date),
      endDateTime: iso(interaction.date + interaction.durationMin * 60_000),
    },
    relatedChannel: [
      tagged(ctx, 'RelatedChannel', {
        role: 'interactionChannel',
        channel: channelRef(ctx, interaction.channel),
      }),
    ],
    interactionItem: interaction.items.map((item, index) =>
      tagged(ctx, 'InteractionItem', {
        id: `${interaction.id}-I${index + 1}`,
        itemType: item.type,
        item: tagged(ctx, 'EntityRef', {
          id: item.id,
          href: hrefOf(ctx, ITEM_KINDS[item.type], item.id),
          name: item.name,
          '@referredType': item.type,
        }),
      }),
    ),
    note: [renderNote(ctx, interaction.note, `${interaction.id}-N1`)],
    relatedParty: [
      ownedBy(ctx, customer),
      relatedParty(ctx, 'participant', individualLink(ctx, customer.person)),
    ],
  };
}

/** TMF630 error body. @param {number} status @param {string} reason @param {string} [message] */
export function tmfError(status, reason, message) {
  return compact({ code: String(status), reason, message });
}
