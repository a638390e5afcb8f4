import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../calendars/cn.js';
import type { CxErrorEvent } from '../../events/cx-error.js';
import type { CxSlaBreachEvent } from '../../events/cx-sla-breach.js';
import type { CxSlaStateChangeEvent } from '../../events/cx-sla-state-change.js';
import type { CxSlaWarningEvent } from '../../events/cx-sla-warning.js';
import { liveRegion, MESSAGE_LIFETIME_MS } from '../../internal/announcer.js';
import { Clock, type VisibilitySource } from '../../services/clock.js';
import type { SlaTargetInput } from '../../services/sla/targets.js';
import './sla-countdown.js';
import type { CxSlaCountdown } from './sla-countdown.component.js';
import { clearAnnouncements } from '../../../test/support/page-state.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const NOW = Date.parse('2026-11-23T10:00:00+08:00'); // a Monday, 10:00 in Shanghai

class FakeVisibility extends EventTarget implements VisibilitySource {
  visibilityState: DocumentVisibilityState = 'visible';
  set(state: DocumentVisibilityState): void {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
let ticketCounter = 0;
const uniqueTicket = () =>
  `T-${Date.now().toString(36)}-${++ticketCounter}-${Math.random().toString(36).slice(2, 6)}`;

function root(el: CxSlaCountdown): ShadowRoot {
  return el.shadowRoot!;
}
function targetsShown(el: CxSlaCountdown): Array<{ label: string; state: string; remaining: string }> {
  return [...root(el).querySelectorAll<HTMLElement>('.target')].map((article) => ({
    label: article.querySelector('.name')?.textContent?.trim() ?? '',
    state: article.querySelector('.badge')?.textContent?.trim() ?? 'invalid',
    remaining: article.querySelector('.remaining')?.textContent?.trim() ?? '',
  }));
}

describe('cx-sla-countdown', () => {
  let timers: sinon.SinonFakeTimers;
  let visibility: FakeVisibility;
  let clock: Clock;

  beforeEach(() => {
    document.documentElement.lang = 'en';
    timers = sinon.useFakeTimers({
      now: NOW,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    visibility = new FakeVisibility();
    clock = new Clock({ visibility });
  });

  let restored = false;
  afterEach(() => {
    // Messages of this test would otherwise outlive its fake timers in the page's live regions.
    clearAnnouncements();
    if (!restored) timers.restore();
    restored = false;
    sinon.restore();
  });

  /** axe schedules its own timers: run it on real time, at the end of a test. */
  async function expectAccessible(el: Element): Promise<void> {
    timers.restore();
    restored = true;
    await expect(el).to.be.accessible();
  }

  async function mount(
    targets: SlaTargetInput[] | unknown,
    attributes: Record<string, string> = {},
  ): Promise<CxSlaCountdown> {
    const el = document.createElement('cx-sla-countdown');
    el.clock = clock;
    el.ticketId = attributes['ticket-id'] ?? uniqueTicket();
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.targets = targets as SlaTargetInput[];
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    return el;
  }

  const complaint = (): SlaTargetInput[] => [
    { id: 'respond', label: 'Respond', kind: 'response', startedAt: iso(NOW - 40 * HOUR), duration: 'PT48H' },
    { id: 'handle', label: 'Handle', kind: 'resolution', startedAt: iso(NOW - 40 * HOUR), duration: 'PT72H' },
    {
      id: 'first',
      label: 'First response',
      kind: 'first-response',
      startedAt: iso(NOW - 2 * HOUR),
      duration: 'PT1H',
      metAt: iso(NOW - 90 * MINUTE),
    },
  ];

  it('shows each target, most imminent first, with remaining time and state', async () => {
    const el = await mount(complaint());
    const shown = targetsShown(el);
    expect(shown.map((target) => target.label)).to.deep.equal(['Respond', 'Handle', 'First response']);
    expect(shown[0]).to.include({ state: 'At risk', remaining: '8:00:00' });
    expect(shown[1]).to.include({ state: 'On track', remaining: '32:00:00' });
    expect(shown[2]!.state).to.equal('Met');
    expect(shown[2]!.remaining).to.equal('Met with 30 min to spare');
    await expectAccessible(el);
  });

  it('counts down on the shared clock', async () => {
    const el = await mount([{ id: 'a', label: 'Respond', startedAt: iso(NOW), duration: 'PT1H' }]);
    expect(targetsShown(el)[0]!.remaining).to.equal('1:00:00');
    // Ticks reach a countdown once the viewport observer has seen it on screen.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await timers.tickAsync(61_000);
    await el.updateComplete;
    expect(targetsShown(el)[0]!.remaining).to.equal('0:59:00');
  });

  it('fires each warning once, then the breach once, and changes state', async () => {
    const warnings: CxSlaWarningEvent[] = [];
    const breaches: CxSlaBreachEvent[] = [];
    const changes: CxSlaStateChangeEvent[] = [];
    const el = await mount([{ id: 'a', label: 'Respond', startedAt: iso(NOW), duration: 'PT1H' }], {
      'warn-at': '50%,PT10M',
      precision: 'minutes',
    });
    el.addEventListener('cx-sla-warning', (event) => warnings.push(event));
    el.addEventListener('cx-sla-breach', (event) => breaches.push(event));
    el.addEventListener('cx-sla-state-change', (event) => changes.push(event));
    await timers.tickAsync(30 * MINUTE + 1_000);
    expect(warnings.map((event) => event.detail.threshold)).to.deep.equal(['50%']);
    expect(warnings[0]!.detail).to.include({ targetId: 'a', dueAt: iso(NOW + HOUR) });
    expect(warnings[0]!.detail.remainingMs).to.be.within(29 * MINUTE, 30 * MINUTE);
    await timers.tickAsync(20 * MINUTE);
    expect(warnings.map((event) => event.detail.threshold)).to.deep.equal(['50%', 'PT10M']);
    await timers.tickAsync(10 * MINUTE);
    expect(breaches).to.have.length(1);
    expect(breaches[0]!.detail).to.deep.equal({ targetId: 'a', dueAt: iso(NOW + HOUR), overdueMs: 0 });
    expect(breaches[0]!.bubbles && breaches[0]!.composed).to.equal(true);
    // Re-setting the same data re-evaluates but fires nothing again.
    el.targets = [...el.targets!];
    await el.updateComplete;
    await timers.tickAsync(5 * MINUTE);
    expect(warnings).to.have.length(2);
    expect(breaches).to.have.length(1);
    expect(changes.map((event) => `${event.detail.from}>${event.detail.to}`)).to.deep.equal([
      'active>warning',
      'warning>breached',
    ]);
    await el.updateComplete;
    expect(targetsShown(el)[0]).to.include({ state: 'Breached', remaining: '+0:05' });
  });

  it('does not fire again after a reload (same ticket, new element)', async () => {
    const ticket = uniqueTicket();
    const targets: SlaTargetInput[] = [{ id: 'a', label: 'Respond', startedAt: iso(NOW), duration: 'PT10M' }];
    const first = await mount(targets, { 'ticket-id': ticket, precision: 'minutes' });
    const fired: string[] = [];
    document.addEventListener('cx-sla-breach', () => fired.push('breach'));
    document.addEventListener('cx-sla-warning', () => fired.push('warning'));
    await timers.tickAsync(11 * MINUTE);
    expect(fired).to.deep.equal(['warning', 'warning', 'breach']);
    first.remove();
    const reloaded = await mount(targets, { 'ticket-id': ticket });
    await timers.tickAsync(2 * MINUTE);
    expect(fired).to.have.length(3);
    expect(targetsShown(reloaded)[0]!.state).to.equal('Breached');
    // Another ticket with the same target id is a different target.
    await mount(targets, { 'ticket-id': uniqueTicket() });
    expect(fired.filter((name) => name === 'breach')).to.have.length(2);
  });

  it('fires once on wake when the tab slept past the deadline, and skips the overtaken warnings', async () => {
    const el = await mount([{ id: 'a', label: 'Respond', startedAt: iso(NOW), duration: 'PT30M' }]);
    const warning = sinon.spy();
    const breach = sinon.spy();
    el.addEventListener('cx-sla-warning', warning);
    el.addEventListener('cx-sla-breach', breach);
    visibility.set('hidden');
    // A frozen tab: no timer runs while the wall clock moves on.
    timers.setSystemTime(NOW + 2 * HOUR);
    visibility.set('visible');
    await el.updateComplete;
    expect(breach.callCount).to.equal(1);
    expect(warning.callCount).to.equal(0);
    expect((breach.firstCall.args[0] as CxSlaBreachEvent).detail.overdueMs).to.equal(90 * MINUTE);
    await timers.tickAsync(10 * MINUTE);
    expect(breach.callCount).to.equal(1);
  });

  it('does no rendering work while the tab is hidden, and catches up when shown', async () => {
    const el = await mount([{ id: 'a', label: 'Respond', startedAt: iso(NOW), duration: 'PT2H' }]);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    const render = sinon.spy(el as unknown as { render: () => unknown }, 'render');
    visibility.set('hidden');
    await timers.tickAsync(5 * MINUTE);
    expect(render.callCount).to.equal(0);
    visibility.set('visible');
    await el.updateComplete;
    expect(render.callCount).to.equal(1);
    expect(targetsShown(el)[0]!.remaining).to.equal('1:55:00');
  });

  it('fires on time for a countdown that is not visible', async () => {
    const el = await mount([{ id: 'a', label: 'Respond', startedAt: iso(NOW), duration: 'PT5M' }]);
    el.style.display = 'none';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    const render = sinon.spy(el as unknown as { render: () => unknown }, 'render');
    const breach = sinon.spy();
    el.addEventListener('cx-sla-breach', breach);
    await timers.tickAsync(5 * MINUTE);
    expect(breach.callCount).to.equal(1);
    // Off screen it did the work of the events only: no tick, alarm or announcement repainted it
    // (announcements go to the page's shared live region), and only the breach was announced.
    await el.updateComplete;
    expect(render.callCount).to.equal(0);
    expect(liveRegion('assertive')!.textContent!.trim()).to.equal('Respond: deadline passed');
    expect(liveRegion('polite')!.textContent!.trim()).to.equal('');
  });

  it('announces milestones in the page live regions and keeps the timer silent', async () => {
    const el = await mount([{ id: 'a', label: 'Respond', startedAt: iso(NOW), duration: 'PT10M' }], {
      'warn-at': '50%',
      precision: 'minutes',
    });
    const timer = root(el).querySelector('[role="timer"]')!;
    expect(timer.getAttribute('aria-live')).to.equal(null);
    expect(timer.getAttribute('aria-label')).to.equal('10 min left');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const polite = liveRegion('polite')!;
    const assertive = liveRegion('assertive')!;
    expect(polite.getAttribute('role')).to.equal('status');
    expect(polite.getAttribute('aria-live')).to.equal('polite');
    expect(assertive.getAttribute('role')).to.equal('alert');
    expect(assertive.getAttribute('aria-live')).to.equal('assertive');
    // One pair for the page, outside every shadow root, none inside the widget.
    expect(document.querySelectorAll('[data-cx-announcer]').length).to.equal(1);
    expect(root(el).querySelector('[aria-live]')).to.equal(null);
    await timers.tickAsync(5 * MINUTE + 500);
    await el.updateComplete;
    expect(polite.textContent!.trim()).to.equal('Respond: 5 min left');
    expect((polite.lastElementChild as HTMLElement).lang).to.equal('en');
    await timers.tickAsync(4 * MINUTE);
    await el.updateComplete;
    expect(polite.textContent!.trim()).to.equal('Respond: one minute left');
    expect(assertive.textContent!.trim()).to.equal('');
    await timers.tickAsync(MINUTE);
    await el.updateComplete;
    expect(assertive.textContent!.trim()).to.equal('Respond: deadline passed');
    // Messages leave the region after a while, so they do not pile up over a working day.
    await timers.tickAsync(MESSAGE_LIFETIME_MS);
    expect(polite.textContent!.trim()).to.equal('');
    expect(assertive.textContent!.trim()).to.equal('');
  });

  it('shows a paused target with its reason, keeps its colour band, and pushes the deadline back', async () => {
    const el = await mount(
      [
        {
          id: 'a',
          label: 'Resolve',
          startedAt: iso(NOW - 50 * MINUTE),
          duration: 'PT1H',
          pauses: [{ from: iso(NOW - 20 * MINUTE), reason: 'waiting for customer' }],
        },
      ],
      { 'warn-at': '50%', precision: 'minutes' },
    );
    const article = root(el).querySelector('.target')!;
    expect(article.classList.contains('paused')).to.equal(true);
    expect(article.classList.contains('warning')).to.equal(true);
    expect(targetsShown(el)[0]).to.include({ state: 'Paused', remaining: '0:30' });
    expect(root(el).querySelector('.pause')!.textContent!.trim()).to.equal(
      'Paused (waiting for customer) for 20 min',
    );
    expect(root(el).querySelector('.due')!.textContent).to.contain('Due date on hold');
    await timers.tickAsync(HOUR);
    await el.updateComplete;
    expect(targetsShown(el)[0]!.remaining).to.equal('0:30');
    el.targets = [
      {
        ...el.targets![0]!,
        pauses: [{ from: iso(NOW - 20 * MINUTE), to: iso(NOW + HOUR), reason: 'waiting for customer' }],
      },
    ];
    await el.updateComplete;
    expect(targetsShown(el)[0]!.state).to.equal('At risk');
    expect(root(el).querySelector('.due')!.textContent).to.contain('Due');
    await expectAccessible(el);
  });

  it('shows cancelled, met late and breached targets', async () => {
    const el = await mount([
      {
        id: 'c',
        label: 'Follow-up',
        kind: 'follow-up',
        startedAt: iso(NOW - HOUR),
        duration: 'PT2H',
        cancelledAt: iso(NOW - 10 * MINUTE),
      },
      { id: 'm', label: 'Respond', startedAt: iso(NOW - 3 * HOUR), duration: 'PT1H', metAt: iso(NOW - HOUR) },
      { id: 'b', label: 'Resolve', startedAt: iso(NOW - 3 * HOUR), dueAt: iso(NOW - 30 * MINUTE) },
    ]);
    expect(targetsShown(el)).to.deep.equal([
      { label: 'Resolve', state: 'Breached', remaining: '+0:30:00' },
      { label: 'Respond', state: 'Met', remaining: 'Met 1 h late' },
      { label: 'Follow-up', state: 'Cancelled', remaining: '—' },
    ]);
    await expectAccessible(el);
  });

  it('counts business time with a calendar across the Spring Festival and make-up Saturdays', async () => {
    timers.setSystemTime(Date.parse('2026-02-13T15:00:00+08:00'));
    const el = await mount(
      [
        {
          id: 'report',
          label: 'Report back',
          kind: 'follow-up',
          startedAt: '2026-02-13T14:00:00+08:00',
          duration: 'P3D',
        },
        { id: 'hour', label: 'Respond', startedAt: '2026-02-13T17:30:00+08:00', duration: 'PT1H' },
      ],
      { calendar: 'cn', 'time-zone': 'Asia/Shanghai' },
    );
    const due = [...root(el).querySelectorAll('.due')].map((node) => node.textContent!.trim());
    // 2/14 (Sat) is a make-up working day: 17:30 + 30 min that Friday, the rest on Saturday from 09:00.
    expect(due[0]).to.contain('Feb 14, 2026').and.contain('9:30');
    // Three working days after Friday 2/13: Sat 2/14 (make-up), then the holiday to 2/23, then Tue 2/24, Wed 2/25.
    expect(due[1]).to.contain('Feb 25, 2026').and.contain('6:00');
  });

  it('says when the calendar has no holiday data for a year, and still counts weekdays', async () => {
    const errors: CxErrorEvent[] = [];
    document.addEventListener('cx-error', (event) => errors.push(event), { once: true });
    timers.setSystemTime(Date.parse('2027-03-01T10:00:00+08:00'));
    const el = await mount(
      [{ id: 'a', label: 'Respond', startedAt: '2027-03-01T10:00:00+08:00', duration: 'PT8H' }],
      { calendar: 'cn' },
    );
    expect(root(el).querySelector('.note')!.textContent).to.contain('2027');
    expect(errors[0]!.detail).to.include({
      code: 'not-covered',
      severity: 'warning',
      source: 'cx-sla-countdown',
    });
    expect(targetsShown(el)[0]!.remaining).to.equal('8:00:00');
  });

  it('shows bad targets inline with cx-error while the other targets keep working', async () => {
    const errors: CxErrorEvent[] = [];
    const listener = (event: CxErrorEvent) => errors.push(event);
    document.addEventListener('cx-error', listener);
    const el = await mount([
      { id: 'good', label: 'Good', startedAt: iso(NOW), duration: 'PT1H' },
      { id: 'bad-date', label: 'Bad date', startedAt: 'yesterday', duration: 'PT1H' },
      { id: 'negative', label: 'Negative', startedAt: iso(NOW), duration: '-PT1H' },
      { id: 'inverted', label: 'Inverted', startedAt: iso(NOW), dueAt: iso(NOW - HOUR) },
      { id: 'calendar', label: 'Calendar', startedAt: iso(NOW), duration: 'PT1H', calendar: 'mars' },
      {
        id: 'overlap',
        label: 'Overlap',
        startedAt: iso(NOW - HOUR),
        duration: 'PT2H',
        pauses: [
          { from: iso(NOW - 50 * MINUTE) },
          { from: iso(NOW - 40 * MINUTE), to: iso(NOW - 30 * MINUTE) },
        ],
      },
      { label: 'No id', startedAt: iso(NOW), duration: 'PT1H' },
    ]);
    document.removeEventListener('cx-error', listener);
    const shown = targetsShown(el);
    expect(shown.find((target) => target.label === 'Good')!.remaining).to.equal('1:00:00');
    expect(root(el).querySelectorAll('.target.invalid')).to.have.length(6);
    const paths = errors.map((event) => event.detail.path);
    expect(paths).to.include.members([
      'targets[1].startedAt',
      'targets[2].duration',
      'targets[3].dueAt',
      'targets[4].calendar',
      'targets[5].pauses',
      'targets[6].id',
    ]);
    expect(
      errors.every(
        (event) => event.detail.source === 'cx-sla-countdown' && event.detail.code === 'invalid-data',
      ),
    ).to.equal(true);
    expect(root(el).textContent).to.contain('unknown calendar "mars"');
    await expectAccessible(el);
  });

  it('survives a non-array targets value and a bad warn-at without throwing', async () => {
    const errors: CxErrorEvent[] = [];
    const listener = (event: CxErrorEvent) => errors.push(event);
    document.addEventListener('cx-error', listener);
    const el = await mount({ not: 'an array' }, { 'warn-at': '150%' });
    document.removeEventListener('cx-error', listener);
    expect(errors.map((event) => event.detail.path)).to.have.members(['warn-at', 'targets']);
    expect(root(el).querySelector('.error')!.textContent).to.contain('percentage');
    await expectAccessible(el);
  });

  it('falls back to defaults for wrong precision, variant and clock values instead of throwing', async () => {
    const el = document.createElement('cx-sla-countdown');
    el.clock = '' as unknown as Clock;
    el.setAttribute('precision', 'hours');
    el.setAttribute('variant', 'huge');
    el.targets = [{ id: 'a', label: 'Respond', startedAt: iso(NOW), duration: 'PT1H' }];
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    expect(targetsShown(el)[0]!.remaining).to.equal('1:00:00');
    expect(root(el).querySelectorAll('.target')).to.have.length(1);
  });

  it('shows an empty state', async () => {
    const el = await mount([]);
    expect(root(el).textContent).to.contain('No SLA targets');
    await expectAccessible(el);
  });

  it('lets the agent switch seconds off and wall-clock time on, by keyboard', async () => {
    const el = await mount([{ id: 'a', label: 'Respond', startedAt: iso(NOW), duration: 'PT2H' }]);
    const [seconds, wall] = root(el).querySelectorAll('button');
    expect(seconds!.getAttribute('aria-pressed')).to.equal('true');
    seconds!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.precision).to.equal('minutes');
    expect(seconds!.getAttribute('aria-pressed')).to.equal('false');
    expect(targetsShown(el)[0]!.remaining).to.equal('2:00');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: ' ' });
    await el.updateComplete;
    expect(wall!.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('.wall')!.textContent).to.contain('2 h on the clock');
  });

  it('updates once a minute in minutes precision', async () => {
    const el = await mount([{ id: 'a', label: 'Respond', startedAt: iso(NOW), duration: 'PT2H' }], {
      precision: 'minutes',
    });
    // Let the viewport observer report the element visible first (it refreshes once then).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    const render = sinon.spy(el as unknown as { render: () => unknown }, 'render');
    await timers.tickAsync(59_000);
    await el.updateComplete;
    expect(render.callCount).to.equal(0);
    await timers.tickAsync(2_000);
    await el.updateComplete;
    expect(render.callCount).to.equal(1);
  });

  it('renders one line in compact variant for a table cell', async () => {
    const el = await mount(complaint(), { variant: 'compact' });
    const cell = root(el).querySelector('.compact')!;
    expect(cell.classList.contains('warning')).to.equal(true);
    expect(root(el).querySelector('[role="timer"]')!.getAttribute('aria-label')).to.equal(
      'Respond: 8 h left, At risk',
    );
    expect(root(el).querySelector('.remaining')!.textContent!.trim()).to.equal('8:00');
    expect(root(el).querySelector('button')).to.equal(null);
    await expectAccessible(el);
  });

  it('reads in Chinese', async () => {
    document.documentElement.lang = 'zh-CN';
    const el = await mount(complaint());
    expect(targetsShown(el).map((target) => target.state)).to.deep.equal(['即将超时', '正常', '已达成']);
    expect(root(el).querySelector('[role="timer"]')!.getAttribute('aria-label')).to.equal('剩余 8 小时');
    expect(root(el).querySelector('.kind')!.textContent).to.equal('响应');
    await expectAccessible(el);
  });

  it('maps a TMF621 ticket: pending periods are pauses, resolved meets it', async () => {
    const el = document.createElement('cx-sla-countdown');
    el.clock = clock;
    el.ticket = {
      id: uniqueTicket(),
      status: 'inProgress',
      creationDate: iso(NOW - 10 * HOUR),
      expectedResolutionDate: iso(NOW + 2 * HOUR),
      statusChangeHistory: [
        { status: 'acknowledged', statusChangeDate: iso(NOW - 10 * HOUR) },
        {
          status: 'pending',
          statusChangeDate: iso(NOW - 6 * HOUR),
          statusChangeReason: 'waiting for customer',
        },
        { status: 'inProgress', statusChangeDate: iso(NOW - 4 * HOUR) },
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    // 12 h budget, 2 h of it paused: 4 h left, and the deadline moved 2 h later.
    expect(targetsShown(el)[0]).to.include({ label: 'Resolution', remaining: '4:00:00' });
    el.ticket = {
      ...el.ticket,
      status: 'resolved',
      statusChangeHistory: [
        ...el.ticket.statusChangeHistory!,
        { status: 'resolved', statusChangeDate: iso(NOW) },
      ],
    };
    await el.updateComplete;
    expect(targetsShown(el)[0]!.state).to.equal('Met');
  });

  it('corrects the clock from server-time and reports a bad one', async () => {
    const errors: CxErrorEvent[] = [];
    const listener = (event: CxErrorEvent) => errors.push(event);
    document.addEventListener('cx-error', listener);
    const el = await mount([{ id: 'a', label: 'Respond', startedAt: iso(NOW), duration: 'PT1H' }], {
      'server-time': iso(NOW + 10 * MINUTE),
    });
    expect(targetsShown(el)[0]!.remaining).to.equal('0:50:00');
    el.serverTime = 'soon';
    await el.updateComplete;
    document.removeEventListener('cx-error', listener);
    expect(errors.map((event) => event.detail.path)).to.deep.equal(['server-time']);
  });

  it('leaves no timers or clock listeners behind when removed', async () => {
    const el = await mount(complaint());
    expect(clock.size).to.be.greaterThan(0);
    el.remove();
    expect(clock.size).to.equal(0);
  });
});
