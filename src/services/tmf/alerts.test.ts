import { expect } from '@open-wc/testing';
import { evaluateAlerts, type CustomerAlertCode } from './alerts.js';
import { parseCustomer360, type Customer360 } from './customer360.js';
import { TmfCustomerDataSource } from './data-source.js';
import { CustomerLoader } from './loader.js';

const NOW = Date.parse('2026-11-22T04:00:00Z');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

function customer(input: Record<string, unknown>): Customer360 {
  const { value, issues } = parseCustomer360(input);
  expect(issues).to.deep.equal([]);
  return value;
}

const monthlyBills = (amounts: number[], remaining: number[] = []) =>
  amounts.map((value, index) => ({
    id: `B${index}`,
    period: { end: iso(NOW - (index + 1) * 30 * DAY) },
    amountDue: { value, unit: 'CNY' },
    remaining: { value: remaining[index] ?? 0, unit: 'CNY' },
    dueDate: iso(NOW - (index + 1) * 30 * DAY + 20 * DAY),
    state: (remaining[index] ?? 0) > 0 ? 'sent' : 'settled',
  }));

const codes = (alerts: ReturnType<typeof evaluateAlerts>) => alerts.map((alert) => alert.code);

describe('customer alerts', () => {
  it('raises nothing for a quiet customer or an empty one', () => {
    expect(evaluateAlerts({}, { now: NOW })).to.deep.equal([]);
    const quiet = customer({ risk: { score: 0.2, reasons: [] }, bills: monthlyBills([100, 98, 103]) });
    expect(evaluateAlerts(quiet, { now: NOW })).to.deep.equal([]);
  });

  it('port-out risk: at the threshold, with its reasons; critical when very high', () => {
    const alerts = evaluateAlerts(
      customer({ risk: { score: 0.65, reasons: ['competitor-offer', 'bill-shock'] } }),
      {
        now: NOW,
      },
    );
    expect(alerts).to.deep.equal([
      {
        code: 'port-out-risk',
        severity: 'warning',
        reason: 'Port-out risk 65% (competitor-offer, bill-shock)',
        params: { score: 0.65, percent: 65, reasons: 'competitor-offer,bill-shock' },
      },
    ]);
    expect(evaluateAlerts(customer({ risk: { score: 0.9 } }), { now: NOW })[0].severity).to.equal('critical');
    expect(
      evaluateAlerts(customer({ risk: { score: 0.65 } }), { now: NOW, rules: { portOutScore: 0.7 } }),
    ).to.deep.equal([]);
  });

  it('bill shock: newest bill well above the average of the ones before', () => {
    const alerts = evaluateAlerts(customer({ bills: monthlyBills([450, 100, 110, 90]) }), { now: NOW });
    expect(alerts).to.deep.equal([
      {
        code: 'bill-shock',
        severity: 'warning',
        reason: 'Latest bill 450 CNY is 4.5× the average of 100 CNY',
        params: { billId: 'B0', amount: 450, average: 100, ratio: 4.5, unit: 'CNY' },
      },
    ]);
    // Small in absolute terms, too little history, or a higher ratio configured: no badge.
    expect(evaluateAlerts(customer({ bills: monthlyBills([30, 10, 10]) }), { now: NOW })).to.deep.equal([]);
    expect(evaluateAlerts(customer({ bills: monthlyBills([450, 100]) }), { now: NOW })).to.deep.equal([]);
    expect(
      evaluateAlerts(customer({ bills: monthlyBills([450, 100, 110]) }), {
        now: NOW,
        rules: { billShockRatio: 5 },
      }),
    ).to.deep.equal([]);
    expect(evaluateAlerts(customer({ bills: monthlyBills([450, 0, 0]) }), { now: NOW })).to.deep.equal([]);
    expect(evaluateAlerts(customer({ bills: [{ id: 'X' }] }), { now: NOW })).to.deep.equal([]);
  });

  it('arrears: unpaid bills past their due date, with total and age', () => {
    const bills = monthlyBills([100, 100, 100], [0, 80, 100]);
    const alerts = evaluateAlerts(customer({ bills }), { now: NOW });
    expect(codes(alerts)).to.deep.equal(['arrears']);
    expect(alerts[0].severity).to.equal('critical');
    expect(alerts[0].params).to.deep.include({
      count: 2,
      total: 180,
      unit: 'CNY',
      oldestDueDate: bills[2].dueDate,
    });
    expect(alerts[0].params.days).to.equal(70);
    // A grace period longer than the lateness hides it; a bill without remaining uses its state.
    expect(evaluateAlerts(customer({ bills }), { now: NOW, rules: { arrearsGraceDays: 100 } })).to.deep.equal(
      [],
    );
    const byState = evaluateAlerts(
      customer({
        bills: [{ id: 'S', dueDate: iso(NOW - DAY), state: 'partiallyPaid', amountDue: { value: 50 } }],
      }),
      { now: NOW },
    );
    expect(byState[0]).to.deep.include({ code: 'arrears', severity: 'warning' });
    expect(byState[0].params).to.deep.include({ total: 50, days: 1 });
  });

  it('open complaint: complaints not yet resolved', () => {
    const tickets = [
      { id: 'T1', type: 'complaint', status: 'held', category: 'billing-dispute' },
      { id: 'T2', type: 'complaint', status: 'closed' },
      { id: 'T3', type: 'incident', status: 'inProgress' },
    ];
    const alerts = evaluateAlerts(customer({ tickets }), { now: NOW });
    expect(alerts).to.deep.equal([
      {
        code: 'open-complaint',
        severity: 'critical',
        reason: '1 open complaint(s) (billing-dispute)',
        params: { count: 1, ticketIds: 'T1', categories: 'billing-dispute' },
      },
    ]);
  });

  it('repeat contact: interactions within the window before now', () => {
    const interactions = [1, 2, 3, 9].map((days, index) => ({
      id: `I${index}`,
      channel: index % 2 ? 'app' : 'hotline',
      date: iso(NOW - days * DAY),
    }));
    interactions.push({ id: 'future', channel: 'sms', date: iso(NOW + DAY) });
    const alerts = evaluateAlerts(customer({ interactions }), { now: NOW });
    expect(alerts[0]).to.deep.include({
      code: 'repeat-contact',
      severity: 'warning',
      reason: '3 contacts in the last 7 days',
    });
    expect(alerts[0].params).to.deep.equal({ count: 3, days: 7, channels: 'hotline,app' });
    expect(
      evaluateAlerts(customer({ interactions }), { now: NOW, rules: { repeatContactDays: 1.5 } }),
    ).to.deep.equal([]);
    expect(
      evaluateAlerts(customer({ interactions }), { now: NOW, rules: { repeatContactCount: 1 } })[0].severity,
    ).to.equal('critical');
  });

  it('network fault in the area, and the order: critical first; disabled rules stay quiet', () => {
    const busy = customer({
      profile: { id: 'C', networkFaultInArea: true },
      risk: { score: 0.95 },
      tickets: [{ id: 'T', type: 'complaint', status: 'acknowledged' }],
    });
    const alerts = evaluateAlerts(busy, { now: NOW });
    expect(codes(alerts)).to.deep.equal(['port-out-risk', 'open-complaint', 'network-fault']);
    expect(alerts[2]).to.deep.include({
      severity: 'info',
      reason: 'Known network fault in the customer’s area',
    });
    const enabled: CustomerAlertCode[] = ['network-fault'];
    expect(codes(evaluateAlerts(busy, { now: NOW, rules: { enabled } }))).to.deep.equal(['network-fault']);
  });

  it('fires on the seeded stories of the reference backend', async () => {
    const loader = new CustomerLoader(new TmfCustomerDataSource({ version: 'v5' }));
    const alertsOf = async (id: string) => {
      loader.load(id);
      await loader.whenSettled();
      return codes(evaluateAlerts(loader.toCustomer360(), { now: Date.now() }));
    };
    // Story flags in demo/backend/seed.js: CUST-0003 "B X", CUST-0004 "A", CUST-0006 "C N R".
    expect(await alertsOf('CUST-0003')).to.include.members(['bill-shock', 'port-out-risk']);
    expect(await alertsOf('CUST-0004')).to.include('arrears');
    expect(await alertsOf('CUST-0006')).to.include.members([
      'open-complaint',
      'network-fault',
      'repeat-contact',
    ]);
    loader.dispose();
  });
});
