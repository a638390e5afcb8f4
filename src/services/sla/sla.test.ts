import { expect } from '@open-wc/testing';
import { BusinessCalendar } from '../business-time/calendar.js';
import { registerCalendar, registeredCalendars, resolveCalendar } from './calendars.js';
import { evaluateTarget, planTarget } from './evaluate.js';
import { FiredStore } from './fired-store.js';
import { parseInstant, validateTarget, validateTargets, type SlaTarget } from './targets.js';
import { parseThresholds, type SlaThreshold } from './thresholds.js';
import { targetsFromTicket } from './ticket.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const T0 = Date.parse('2026-11-23T09:00:00+08:00'); // Monday 09:00 Shanghai

const office = (() => {
  const result = BusinessCalendar.from({
    timeZone: 'Asia/Shanghai',
    weeklyHours: {
      mon: [{ start: '09:00', end: '18:00' }],
      tue: [{ start: '09:00', end: '18:00' }],
      wed: [{ start: '09:00', end: '18:00' }],
      thu: [{ start: '09:00', end: '18:00' }],
      fri: [{ start: '09:00', end: '18:00' }],
    },
  });
  if (!result.ok) throw new Error('calendar');
  return result.calendar;
})();

const thresholds = (text = '75%,90%'): SlaThreshold[] => {
  const parsed = parseThresholds(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.thresholds;
};

function target(input: Record<string, unknown>, calendar: BusinessCalendar | null = null): SlaTarget {
  const result = validateTarget({ id: 't', startedAt: T0, ...input }, calendar);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.target;
}

describe('SLA thresholds', () => {
  it('parses percentages and durations, sorted and de-duplicated', () => {
    const parsed = parseThresholds(' PT15M, 90% ,50%, PT1H, 90%');
    expect(parsed.ok && parsed.thresholds.map((threshold) => threshold.label)).to.deep.equal([
      '50%',
      '90%',
      'PT1H',
      'PT15M',
    ]);
  });

  it('defaults to 75% and 90%', () => {
    const parsed = parseThresholds('');
    expect(parsed.ok && parsed.thresholds.map((threshold) => threshold.label)).to.deep.equal(['75%', '90%']);
  });

  it('refuses what it cannot read', () => {
    for (const bad of ['0%', '100%', '150%', 'soon', 'PT0S', ',,']) {
      expect(parseThresholds(bad).ok, bad).to.equal(false);
    }
  });
});

describe('SLA targets', () => {
  it('accepts ISO date-times with an offset, epoch ms and Dates only', () => {
    expect(parseInstant('2026-11-23T09:00:00+08:00')).to.deep.equal({ ok: true, ms: T0 });
    expect(parseInstant(T0)).to.deep.equal({ ok: true, ms: T0 });
    expect(parseInstant(new Date(T0))).to.deep.equal({ ok: true, ms: T0 });
    for (const bad of ['2026-11-23T09:00:00', '2026-11-23', 'tomorrow', NaN, new Date('x'), {}]) {
      expect(parseInstant(bad).ok, String(bad)).to.equal(false);
    }
  });

  it('names each problem with its path', () => {
    const result = validateTarget(
      { id: 'x', startedAt: T0, duration: 'PT1H', dueAt: T0 + HOUR, metAt: T0 - 1, cancelledAt: T0 - 1 },
      null,
    );
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).to.have.members(['duration', 'metAt', 'cancelledAt']);
  });

  it('requires a deadline', () => {
    const result = validateTarget({ id: 'x', startedAt: T0 }, null);
    expect(!result.ok && result.issues[0]!.path).to.equal('dueAt');
  });

  it('reports wrong shapes without throwing', () => {
    for (const bad of [
      null,
      42,
      'x',
      { id: 7 },
      { id: 'x', startedAt: T0, duration: 'PT1H', pauses: 'no' },
    ]) {
      expect(validateTarget(bad, null).ok).to.equal(false);
    }
    expect(validateTargets('nope', null).issues[0]!.path).to.equal('targets');
    expect(validateTargets(undefined, null)).to.deep.equal({ results: [], issues: [] });
  });

  it('marks a duplicate id invalid and keeps the first', () => {
    const { results } = validateTargets(
      [
        { id: 'a', startedAt: T0, duration: 'PT1H' },
        { id: 'a', startedAt: T0, duration: 'PT2H' },
      ],
      null,
    );
    expect(results.map((result) => result.ok)).to.deep.equal([true, false]);
  });

  it('caps very long labels (a 10 kB label must not blow up the layout)', () => {
    expect(target({ label: 'x'.repeat(10_000), duration: 'PT1H' }).label).to.have.length(200);
  });
});

describe('SLA calendars', () => {
  it('resolves names, definitions and instances; refuses unknown names with a hint', () => {
    expect(resolveCalendar('24x7')).to.deep.equal({ ok: true, calendar: null });
    expect(resolveCalendar(office)).to.deep.equal({ ok: true, calendar: office });
    expect(resolveCalendar(undefined, office)).to.deep.equal({ ok: true, calendar: office });
    const definition = resolveCalendar({ timeZone: 'Europe/Berlin', weeklyHours: '24x7' });
    expect(definition.ok && definition.calendar).to.be.instanceOf(BusinessCalendar);
    const unknown = resolveCalendar('cn-2099');
    expect(!unknown.ok && unknown.issues[0]!.message).to.contain('unknown calendar');
    expect(resolveCalendar({ timeZone: 'Mars/Olympus', weeklyHours: '24x7' }).ok).to.equal(false);
    expect(resolveCalendar(42 as unknown as string).ok).to.equal(false);
    registerCalendar('office-test', office);
    expect(registeredCalendars()).to.include('office-test');
    expect(resolveCalendar('office-test')).to.deep.equal({ ok: true, calendar: office });
  });
});

describe('SLA evaluation', () => {
  it('counts business time only within working hours', () => {
    const plan = planTarget(target({ duration: 'PT8H' }, office), thresholds());
    expect(plan.deadline).to.equal(T0 + 8 * HOUR);
    const overnight = planTarget(
      target({ startedAt: T0 + 6 * HOUR, duration: 'PT8H' }, office),
      thresholds(),
    );
    // 3 h on Monday (15:00–18:00), 5 h on Tuesday from 09:00.
    expect(overnight.deadline).to.equal(T0 + 24 * HOUR + 5 * HOUR);
    expect(evaluateTarget(overnight, T0 + 12 * HOUR).remainingMs).to.equal(5 * HOUR);
  });

  it('counts P3D as three working days with a calendar, 72 h without', () => {
    expect(planTarget(target({ duration: 'P3D' }, office), []).deadline).to.equal(
      T0 + 3 * 24 * HOUR + 9 * HOUR,
    );
    expect(planTarget(target({ duration: 'P3D' }), []).deadline).to.equal(T0 + 72 * HOUR);
  });

  it('goes active → warning → breached, with thresholds reached in order', () => {
    const plan = planTarget(target({ duration: 'PT1H' }), thresholds('50%,PT10M'));
    expect(plan.milestones.map((milestone) => milestone.key)).to.deep.equal([
      'warning:50%',
      'warning:PT10M',
      'last-minute',
      'breach',
    ]);
    expect(evaluateTarget(plan, T0 + 10 * MINUTE).state).to.equal('active');
    expect(evaluateTarget(plan, T0 + 31 * MINUTE)).to.include({ state: 'warning' });
    expect(evaluateTarget(plan, T0 + 55 * MINUTE).thresholdsReached).to.deep.equal(['50%', 'PT10M']);
    const late = evaluateTarget(plan, T0 + 70 * MINUTE);
    expect(late).to.include({
      state: 'breached',
      breached: true,
      overdueMs: 10 * MINUTE,
      remainingMs: -10 * MINUTE,
    });
    expect(late.progress).to.be.closeTo(70 / 60, 1e-9);
  });

  it('pauses push the deadline back; an open pause holds the clock', () => {
    const closed = planTarget(
      target({
        duration: 'PT1H',
        pauses: [{ from: T0 + 10 * MINUTE, to: T0 + 40 * MINUTE, reason: 'customer' }],
      }),
      [],
    );
    expect(closed.deadline).to.equal(T0 + 90 * MINUTE);
    const open = planTarget(
      target({ duration: 'PT1H', pauses: [{ from: T0 + 10 * MINUTE, reason: 'customer' }] }),
      [],
    );
    expect(open.deadline).to.equal(Infinity);
    const status = evaluateTarget(open, T0 + 5 * HOUR);
    expect(status).to.include({ state: 'paused', remainingMs: 50 * MINUTE, breached: false });
    expect(status.pause).to.deep.equal({ reason: 'customer', since: T0 + 10 * MINUTE });
  });

  it('a target paused after its deadline is paused and breached', () => {
    const plan = planTarget(
      target({ duration: 'PT1H', pauses: [{ from: T0 + 2 * HOUR, reason: 'held' }] }),
      [],
    );
    expect(evaluateTarget(plan, T0 + 3 * HOUR)).to.include({
      state: 'paused',
      breached: true,
      overdueMs: HOUR,
    });
  });

  it('met on time or late, cancelled', () => {
    const early = planTarget(target({ duration: 'PT1H', metAt: T0 + 20 * MINUTE }), []);
    expect(evaluateTarget(early, T0 + 5 * HOUR)).to.include({
      state: 'met',
      late: false,
      remainingMs: 40 * MINUTE,
    });
    const late = planTarget(target({ duration: 'PT1H', metAt: T0 + 90 * MINUTE }), []);
    expect(evaluateTarget(late, T0 + 5 * HOUR)).to.include({
      state: 'met',
      late: true,
      overdueMs: 30 * MINUTE,
    });
    const cancelled = planTarget(target({ duration: 'PT1H', cancelledAt: T0 + 5 * MINUTE }), []);
    expect(evaluateTarget(cancelled, T0 + HOUR).state).to.equal('cancelled');
  });

  it('reports the years a calendar has no data for', () => {
    const covered = BusinessCalendar.from({
      timeZone: 'Asia/Shanghai',
      weeklyHours: '24x7',
      coveredYears: { from: 2020, to: 2026 },
    });
    if (!covered.ok) throw new Error('calendar');
    const plan = planTarget(
      target({ startedAt: Date.parse('2026-12-31T12:00:00+08:00'), duration: 'PT48H' }, covered.calendar),
      [],
    );
    expect(plan.uncoveredYears).to.deep.equal([2027]);
  });
});

describe('SLA from a TMF621 ticket', () => {
  it('maps creation and expected resolution, pending/held periods as pauses, resolution as met', () => {
    const [mapped] = targetsFromTicket({
      id: 'TT-1',
      status: 'resolved',
      creationDate: '2026-11-23T09:00:00+08:00',
      expectedResolutionDate: '2026-11-24T09:00:00+08:00',
      statusChangeHistory: [
        {
          status: 'held',
          statusChangeDate: '2026-11-23T12:00:00+08:00',
          statusChangeReason: 'parts on order',
        },
        { status: 'pending', statusChangeDate: '2026-11-23T13:00:00+08:00' },
        { status: 'inProgress', statusChangeDate: '2026-11-23T14:00:00+08:00' },
        { status: 'resolved', statusChangeDate: '2026-11-23T16:00:00+08:00' },
      ],
    });
    expect(mapped).to.deep.include({
      id: 'TT-1:resolution',
      kind: 'resolution',
      metAt: '2026-11-23T16:00:00+08:00',
    });
    expect(mapped!.pauses).to.deep.equal([
      { from: '2026-11-23T12:00:00+08:00', to: '2026-11-23T14:00:00+08:00', reason: 'parts on order' },
    ]);
  });

  it('keeps an open pause open and handles cancelled and empty tickets', () => {
    const [open] = targetsFromTicket({
      id: 'x',
      status: 'pending',
      creationDate: T0,
      statusChangeHistory: [{ status: 'pending', changeDate: T0 + HOUR }],
    });
    expect(open!.pauses).to.deep.equal([{ from: T0 + HOUR, reason: 'pending' }]);
    const [cancelled] = targetsFromTicket({
      id: 'y',
      status: 'cancelled',
      creationDate: T0,
      statusChangeHistory: [{ status: 'cancelled', changeDate: T0 + HOUR }],
    });
    expect(cancelled!.cancelledAt).to.equal(T0 + HOUR);
    expect(targetsFromTicket(null)).to.deep.equal([]);
  });
});

describe('FiredStore', () => {
  const scope = () => `test-${Math.random().toString(36).slice(2)}`;

  it('claims a milestone once, also for a second store reading the same storage (a reload)', () => {
    const id = scope();
    const first = new FiredStore(localStorage);
    expect(first.claim(id, 'a', 'breach')).to.equal(true);
    expect(first.claim(id, 'a', 'breach')).to.equal(false);
    expect(new FiredStore(localStorage).claim(id, 'a', 'breach')).to.equal(false);
    expect(new FiredStore(localStorage).has(id, 'b', 'breach')).to.equal(false);
    localStorage.removeItem(FiredStore.prefix + id);
  });

  /** A storage that counts reads and writes (localStorage semantics, in memory). */
  class CountingStorage implements Storage {
    readonly items = new Map<string, string>();
    reads = 0;
    writes = 0;
    private keys: string[] | undefined;
    get length(): number {
      return this.items.size;
    }
    key(index: number): string | null {
      this.keys ??= [...this.items.keys()];
      return this.keys[index] ?? null;
    }
    getItem(key: string): string | null {
      this.reads += 1;
      return this.items.get(key) ?? null;
    }
    setItem(key: string, value: string): void {
      this.writes += 1;
      this.keys = undefined;
      this.items.set(key, String(value));
    }
    removeItem(key: string): void {
      this.keys = undefined;
      this.items.delete(key);
    }
    clear(): void {
      this.keys = undefined;
      this.items.clear();
    }
  }
  const afterBatch = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('writes each ticket once per batch, never once per milestone: 12,000 milestones in one tick', async () => {
    const storage = new CountingStorage();
    const store = new FiredStore(storage);
    for (let index = 0; index < 12_000; index++)
      expect(store.claim('TT-1', `t${index}`, 'breach')).to.equal(true);
    for (let index = 0; index < 12_000; index++)
      expect(store.claim('TT-1', `t${index}`, 'breach')).to.equal(false);
    await afterBatch();
    expect(storage.writes).to.equal(1);
    expect(storage.reads).to.equal(1);
    // A queue: 100 tickets with 100 milestones each, in one tick: one write per ticket.
    storage.writes = 0;
    for (let ticket = 0; ticket < 100; ticket++)
      for (let index = 0; index < 100; index++) store.claim(`TT-Q-${ticket}`, `t${index}`, 'warning:75%');
    await afterBatch();
    expect(storage.writes).to.equal(100);
    // Exactly once across a reload (a new store on the same storage), for the milestones kept.
    const reloaded = new FiredStore(storage);
    expect(reloaded.claim('TT-Q-42', 't99', 'warning:75%')).to.equal(false);
    expect(reloaded.claim('TT-1', 't11999', 'breach')).to.equal(false);
    expect(reloaded.claim('TT-1', 'new', 'breach')).to.equal(true);
    // One ticket keeps its most recent milestones: an entry has a bounded size.
    const entry = JSON.parse(storage.items.get(`${FiredStore.prefix}TT-1`)!) as { fired: string[] };
    expect(entry.fired).to.have.length(FiredStore.maxPerEntry);
    expect(entry.fired).to.include('t11999\u0000breach');
  });

  it("sees another tab's claims from the next batch on", async () => {
    const storage = new CountingStorage();
    const here = new FiredStore(storage);
    const otherTab = new FiredStore(storage);
    expect(here.claim('TT-2', 'a', 'breach')).to.equal(true);
    await afterBatch();
    expect(otherTab.claim('TT-2', 'a', 'breach')).to.equal(false);
    expect(otherTab.claim('TT-2', 'b', 'breach')).to.equal(true);
    await afterBatch();
    expect(here.claim('TT-2', 'b', 'breach')).to.equal(false);
  });

  it('keeps the store bounded: old entries expire, and the least recently touched go beyond the caps', () => {
    const storage = new CountingStorage();
    const now = Date.now();
    const entry = (touched: number, fired = ['a\u0000breach']) => JSON.stringify({ touched, fired });
    storage.setItem(`${FiredStore.prefix}expired`, entry(now - FiredStore.maxAgeMs - 1));
    for (let index = 0; index < FiredStore.maxEntries + 5; index++)
      storage.setItem(`${FiredStore.prefix}T-${index}`, entry(now - index));
    storage.setItem('host-key', 'kept');
    new FiredStore(storage).prune(now);
    expect(storage.items.has(`${FiredStore.prefix}expired`)).to.equal(false);
    expect(storage.items.has(`${FiredStore.prefix}T-0`)).to.equal(true);
    expect(storage.items.has(`${FiredStore.prefix}T-${FiredStore.maxEntries + 4}`)).to.equal(false);
    expect(storage.items.get('host-key')).to.equal('kept');
    const chars = [...storage.items].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
    expect(chars).to.be.at.most(FiredStore.maxTotalChars + 'host-key'.length + 'kept'.length);
  });

  it('works in memory when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      key: () => null,
      length: 0,
    } as unknown as Storage;
    const store = new FiredStore(broken);
    expect(store.claim('s', 'a', 'breach')).to.equal(true);
    expect(store.has('s', 'a', 'breach')).to.equal(true);
    store.prune(Date.now());
  });

  it('prunes old and unreadable entries', () => {
    const id = scope();
    localStorage.setItem(
      FiredStore.prefix + id,
      JSON.stringify({ touched: Date.now() - FiredStore.maxAgeMs - 1, fired: ['a\u0000breach'] }),
    );
    localStorage.setItem(FiredStore.prefix + `${id}-bad`, '{not json');
    new FiredStore(localStorage).prune(Date.now());
    expect(localStorage.getItem(FiredStore.prefix + id)).to.equal(null);
    expect(localStorage.getItem(FiredStore.prefix + `${id}-bad`)).to.equal(null);
  });
});
