import { expect } from '@open-wc/testing';
import {
  normaliseCustomer,
  normaliseList,
  normaliseOffers,
  normaliseResource,
  normaliseRisk,
  normaliseSatisfaction,
  readCharacteristics,
  readRelatedParty,
  tmfResourceKind,
} from './normalise.js';

type Json = Record<string, unknown>;

async function tmf(path: string): Promise<unknown> {
  const response = await fetch(path);
  expect(response.status, path).to.equal(200);
  return response.json();
}

async function rawCustomer(version: 'v4' | 'v5', id: string) {
  const customer = (await tmf(`/tmf-api/customerManagement/${version}/customer/${id}`)) as Json;
  const party = customer.engagedParty as Json;
  const individual = await tmf(`/tmf-api/partyManagement/${version}/individual/${String(party.id)}`);
  const list = (api: string) => tmf(`/tmf-api/${api.replace('{v}', version)}?relatedParty.id=${id}&limit=20`);
  return {
    customer,
    individual,
    products: await list('productInventory/{v}/product'),
    usage: await list('usageManagement/{v}/usageConsumptionReport'),
    bills: await list('customerBillManagement/{v}/customerBill'),
    tickets: await list('troubleTicket/{v}/troubleTicket'),
    interactions: await list('partyInteraction/{v}/partyInteraction'),
  };
}

function normaliseAll(raw: Awaited<ReturnType<typeof rawCustomer>>) {
  const profile = normaliseCustomer(raw.customer, raw.individual);
  const sections = {
    products: normaliseList('products', raw.products),
    usage: normaliseList('usage', raw.usage),
    bills: normaliseList('bills', raw.bills),
    tickets: normaliseList('tickets', raw.tickets),
    interactions: normaliseList('interactions', raw.interactions),
    satisfaction: normaliseSatisfaction(raw.customer),
    risk: normaliseRisk(raw.customer),
    offers: normaliseOffers(raw.customer),
  };
  const issues = [profile, ...Object.values(sections)].flatMap((result) => result.issues);
  const values: Json = Object.fromEntries(
    Object.entries(sections).map(([key, result]) => [key, result.value]),
  );
  return { ...values, profile: profile.value, issues } as Json & {
    profile: typeof profile.value;
    issues: typeof issues;
  };
}

describe('TMF normalisers against the reference backend', () => {
  for (const version of ['v4', 'v5'] as const) {
    it(`reads every section of a ${version} customer without issues`, async () => {
      const all = normaliseAll(await rawCustomer(version, 'CUST-0001'));
      expect(all.issues).to.deep.equal([]);
      const profile = all.profile!;
      expect(profile.id).to.equal('CUST-0001');
      expect(profile.identity.name).to.equal('王建国');
      expect(profile.identity.familyName).to.equal('王');
      expect(profile.identity.msisdn?.masked).to.match(/^\d{3}\*{4}\d{4}$/);
      expect(profile.identity.preferredLanguage).to.equal('zh-CN');
      expect(profile).to.include({
        tier: 'diamond',
        lifecycleStage: 'decline',
        status: 'active',
        partyStatus: 'Approved',
      });
      expect(profile.accountManager?.id).to.match(/^EMP-/);
      expect(profile.contactMedia.map((medium) => medium.kind)).to.include('phone');
      expect(profile.extensions['x-vendorSegment']).to.be.a('string');
      const products = all.products as Json[];
      expect(products[0]).to.include({ id: 'PRD-0001-01', status: 'active', kind: 'mobile' });
      expect(products.map((entry) => entry.extensions)).to.deep.equal(products.map(() => undefined));
      expect(products[0].monthlyFee).to.deep.equal({ value: 299, unit: 'CNY' });
      const usage = all.usage as Json[];
      expect(usage.map((bucket) => bucket.usageType)).to.deep.equal(['data', 'voice', 'sms']);
      expect(usage[0].cap).to.equal(150);
      expect(usage[0].unit).to.equal('GB');
      const tickets = all.tickets as Array<{ raw: Json }>;
      expect(tickets[0].raw['@type']).to.equal('TroubleTicket');
      const interactions = all.interactions as Json[];
      expect(interactions[0]).to.include({ channel: 'hotline', direction: 'inbound' });
      expect((all.risk as { score: number }).score).to.be.within(0, 1);
      expect(all.offers as unknown[]).to.have.length.greaterThan(0);
      expect(all.satisfaction as unknown[]).to.have.length.greaterThan(1);
    });
  }

  it('reads v4 and v5 into the same view model', async () => {
    for (const id of ['CUST-0002', 'CUST-0015']) {
      const v4 = normaliseAll(await rawCustomer('v4', id));
      const v5 = normaliseAll(await rawCustomer('v5', id));
      const strip = (all: Json) => ({
        ...all,
        tickets: (all.tickets as Json[]).map(({ raw: _raw, ...rest }) => rest),
      });
      expect(strip(v5)).to.deep.equal(strip(v4));
    }
  });
});

describe('TMF normalisers on their own', () => {
  it('reads both related-party forms', () => {
    const v4 = { id: 'EMP-1', name: 'Li', role: 'accountManager', '@referredType': 'Individual' };
    const v5 = {
      '@type': 'RelatedPartyRefOrPartyRoleRef',
      role: 'accountManager',
      partyOrPartyRole: { '@type': 'PartyRef', id: 'EMP-1', name: 'Li', '@referredType': 'Individual' },
    };
    expect(readRelatedParty(v4)).to.deep.equal(readRelatedParty(v5));
    expect(readRelatedParty({ id: 'X' })).to.deep.equal({ id: 'X' });
    expect(readRelatedParty({ role: 'x' })).to.equal(undefined);
    expect(readRelatedParty('x')).to.equal(undefined);
  });

  it('reads characteristics of both shapes, first one wins', () => {
    const chars = readCharacteristics([
      { name: 'tier', value: 'gold', valueType: 'string' },
      { '@type': 'NumberCharacteristic', name: 'churnRisk', value: 0.4 },
      { name: 'tier', value: 'silver' },
      'junk',
      { value: 'nameless' },
    ]);
    expect([...chars]).to.deep.equal([
      ['tier', 'gold'],
      ['churnRisk', 0.4],
    ]);
    expect(readCharacteristics(undefined).size).to.equal(0);
  });

  it('dispatches on @type, falls back to @baseType and refuses other types', () => {
    expect(tmfResourceKind({ '@type': 'CustomerBill' })).to.equal('bill');
    expect(tmfResourceKind({ '@type': 'MobileProduct', '@baseType': 'Product' })).to.equal('product');
    expect(tmfResourceKind({ '@type': 'Invoice' })).to.equal(undefined);
    expect(tmfResourceKind(null)).to.equal(undefined);

    const { value, issues } = normaliseList('bills', [
      { '@type': 'CustomerBill', id: 'B1', state: 'settled' },
      { '@type': 'Invoice', id: 'B2' },
      { id: 'B3' },
      42,
    ]);
    expect(value.map((bill) => bill.id)).to.deep.equal(['B1', 'B3']);
    expect(issues).to.deep.equal([
      { path: 'bills.1', code: 'unsupported-type', message: 'expected a CustomerBill, got @type Invoice' },
      { path: 'bills.3', code: 'unsupported-type', message: 'expected a CustomerBill object' },
    ]);
    expect(normaliseList('tickets', { not: 'a list' }).issues[0].code).to.equal('unsupported-type');
  });

  it('normalises single resources of every kind', () => {
    const kinds = [
      { '@type': 'Customer', id: 'C' },
      { '@type': 'Individual', id: 'I', formattedName: 'Ann Lee', individualIdentification: [] },
      { '@type': 'Product', id: 'P' },
      { '@type': 'UsageConsumptionReport', id: 'U', bucket: [{ id: 'U-1', usageType: 'roaming' }] },
      { '@type': 'CustomerBill', id: 'B' },
      { '@type': 'TroubleTicket', id: 'T' },
      { '@type': 'PartyInteraction', id: 'X', interactionDate: '2026-01-01T00:00:00Z' },
      { '@type': 'Nope' },
    ].map((resource) => normaliseResource(resource));
    expect(kinds.map((entry) => entry.kind)).to.deep.equal([
      'customer',
      'individual',
      'product',
      'usage',
      'bill',
      'ticket',
      'interaction',
      undefined,
    ]);
    expect(kinds[1].result.value).to.deep.include({ id: 'I' });
    expect((kinds[3].result.value as Json[])[0]).to.include({ usageType: 'other' });
    expect((kinds[6].result.value as Json[])[0]).to.include({ date: '2026-01-01T00:00:00.000Z' });
    expect(kinds[7].result.issues[0].code).to.equal('unsupported-type');
  });

  it('reads identity documents, e-mail and other media, and keeps unknown fields as extensions', () => {
    const { value, issues } = normaliseCustomer(
      {
        '@type': 'Customer',
        id: 'C9',
        name: 'Ann Lee',
        'x-loyaltyId': 'L-9',
        characteristic: [{ name: 'x-segment', value: 'A' }],
        contactMedium: [
          { mediumType: 'email', preferred: true, characteristic: { emailAddress: 'ann.lee@example.com' } },
          { '@type': 'SocialContactMedium', socialNetworkId: 'wx-ann' },
          { '@type': 'FaxContactMedium' },
        ],
      },
      {
        '@type': 'Individual',
        id: 'I9',
        individualIdentification: [{ identificationType: 'passport', identificationId: 'E12345678' }],
        languageAbility: [{ languageCode: 'en' }],
        contactMedium: [{ '@type': 'PhoneContactMedium', phoneNumber: '13800138000' }],
      },
    );
    expect(issues).to.deep.equal([]);
    expect(value!.identity).to.deep.include({ name: 'Ann Lee', idType: 'passport', preferredLanguage: 'en' });
    expect(value!.identity.idNumber).to.deep.equal({ raw: 'E12345678', masked: 'E1*****78' });
    expect(value!.identity.msisdn?.raw).to.equal('13800138000');
    expect(JSON.parse(JSON.stringify(value!.contactMedia))).to.deep.equal([
      {
        kind: 'email',
        contactType: 'email',
        preferred: true,
        value: 'ann.lee@example.com',
        masked: 'a***@example.com',
      },
      { kind: 'other', preferred: false, value: 'wx-ann' },
    ]);
    expect(value!.extensions).to.deep.equal({ 'x-segment': 'A', 'x-loyaltyId': 'L-9' });
  });

  it('keeps vendor extensions of products, usage buckets, bills and interactions', () => {
    const products = normaliseList('products', [
      {
        '@type': 'Product',
        id: 'P',
        'x-channelCode': 'C7',
        productCharacteristic: [
          { name: 'productKind', value: 'mobile' },
          { name: 'x-speedTier', value: 5 },
        ],
      },
    ]);
    expect(products.value[0].extensions).to.deep.equal({ 'x-speedTier': 5, 'x-channelCode': 'C7' });
    const usage = normaliseList('usage', [{ id: 'R', bucket: [{ id: 'B', 'x-pool': 'family' }] }]);
    expect(usage.value[0].extensions).to.deep.equal({ 'x-pool': 'family' });
    const bills = normaliseList('bills', [{ id: 'B', 'x-invoiceType': 'VAT' }]);
    expect(bills.value[0].extensions).to.deep.equal({ 'x-invoiceType': 'VAT' });
    const interactions = normaliseList('interactions', [{ id: 'I', 'x-queue': 'vip' }, { id: 'J' }]);
    expect(interactions.value.map((entry) => entry.extensions)).to.deep.equal([
      { 'x-queue': 'vip' },
      undefined,
    ]);
  });

  it('refuses a resource of the wrong type as customer or individual', () => {
    expect(normaliseCustomer({ '@type': 'Product', id: 'P' }).issues[0].code).to.equal('unsupported-type');
    expect(normaliseCustomer('x').value).to.equal(undefined);
    const odd = normaliseCustomer({ id: 'C' }, { '@type': 'Organization', id: 'O' });
    expect(odd.value?.id).to.equal('C');
    expect(odd.issues[0]).to.include({ path: 'profile.identity', code: 'unsupported-type' });
  });

  it('reads risk, offers and satisfaction leniently', () => {
    const customer = {
      '@type': 'Customer',
      id: 'C',
      characteristic: [
        { name: 'churnRisk', value: 1.7 },
        {
          name: 'nextBestOffers',
          value: [
            { id: 'O', kind: 'retention' },
            { id: 'O2', reason: 'upsell', kind: 'x' },
          ],
        },
        {
          name: 'satisfactionHistory',
          value: [
            { date: '2026-03-01T00:00:00Z', kind: 'csat', score: 2 },
            { date: '2026-01-01T00:00:00Z', kind: 'nps', score: 8 },
          ],
        },
      ],
    };
    const risk = normaliseRisk(customer);
    expect(risk.value).to.equal(undefined);
    expect(risk.issues[0]).to.include({ path: 'risk.score', code: 'out-of-range' });
    expect(normaliseRisk({ id: 'C' })).to.deep.equal({ value: undefined, issues: [] });
    expect(normaliseOffers(customer).value.map((offer) => offer.reason)).to.deep.equal([
      'retention',
      'upsell',
    ]);
    expect(normaliseSatisfaction(customer).value.map((entry) => entry.kind)).to.deep.equal(['nps', 'csat']);
    expect(normaliseSatisfaction(null).value).to.deep.equal([]);
  });
});
