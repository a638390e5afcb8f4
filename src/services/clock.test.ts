import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { Clock, getSharedClock, readServerTime, type ClockTick, type VisibilitySource } from './clock.js';

class FakeVisibility extends EventTarget implements VisibilitySource {
  visibilityState: DocumentVisibilityState = 'visible';
  listeners = 0;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    this.listeners += 1;
    super.addEventListener(type, listener);
  }
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    this.listeners -= 1;
    super.removeEventListener(type, listener);
  }
  set(state: DocumentVisibilityState): void {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

const START = Date.UTC(2026, 10, 22, 8, 0, 0, 400); // .400 into a second

describe('Clock', () => {
  let timers: sinon.SinonFakeTimers;
  let visibility: FakeVisibility;
  let clock: Clock;

  beforeEach(() => {
    timers = sinon.useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    visibility = new FakeVisibility();
    clock = new Clock({ visibility });
  });

  afterEach(() => timers.restore());

  it('ticks on second boundaries, aligned to the corrected time', () => {
    const ticks: number[] = [];
    clock.subscribe(({ now }) => ticks.push(now));
    timers.tick(599);
    expect(ticks).to.deep.equal([]);
    timers.tick(2);
    expect(ticks).to.have.length(1);
    expect(ticks[0]! % 1000).to.be.lessThan(5);
    timers.tick(3000);
    expect(ticks).to.have.length(4);
    for (const now of ticks) expect(now % 1000).to.be.lessThan(5);
  });

  it('drives every listener from one timer', () => {
    const calls = [0, 0, 0];
    calls.forEach((_, index) => clock.subscribe(() => (calls[index] = calls[index]! + 1)));
    expect(timers.countTimers()).to.equal(1);
    timers.tick(10_000);
    expect(calls).to.deep.equal([10, 10, 10]);
    expect(timers.countTimers()).to.equal(1);
  });

  it('stops its timer and visibility listener when the last listener leaves', () => {
    const unsubscribeA = clock.subscribe(() => undefined);
    const unsubscribeB = clock.subscribe(() => undefined);
    expect(visibility.listeners).to.equal(1);
    unsubscribeA();
    expect(timers.countTimers()).to.equal(1);
    unsubscribeB();
    unsubscribeB();
    expect(timers.countTimers()).to.equal(0);
    expect(visibility.listeners).to.equal(0);
    expect(clock.size).to.equal(0);
  });

  it('calls minute listeners once a minute, on the minute', () => {
    const ticks: number[] = [];
    clock.subscribe(({ now }) => ticks.push(now), 'minutes');
    timers.tick(3 * 60_000);
    expect(ticks).to.have.length(3);
    for (const now of ticks) expect(now % 60_000).to.be.lessThan(5);
  });

  it('mixes second and minute listeners on one timer', () => {
    let seconds = 0;
    let minutes = 0;
    clock.subscribe(() => (seconds += 1));
    clock.subscribe(() => (minutes += 1), 'minutes');
    timers.tick(120_000);
    expect(seconds).to.equal(120);
    expect(minutes).to.equal(2);
    expect(timers.countTimers()).to.equal(1);
  });

  it('throttles to minute ticks while the document is hidden', () => {
    let seconds = 0;
    clock.subscribe(() => (seconds += 1));
    timers.tick(5_000);
    expect(seconds).to.equal(5);
    visibility.set('hidden');
    const before = seconds;
    timers.tick(5 * 60_000);
    // At most one tick per minute while hidden.
    expect(seconds - before).to.be.within(4, 6);
  });

  it('resyncs at once when the document becomes visible again', () => {
    const ticks: ClockTick[] = [];
    clock.subscribe((tick) => ticks.push(tick));
    visibility.set('hidden');
    timers.tick(10_000);
    const count = ticks.length;
    visibility.set('visible');
    expect(ticks.length).to.equal(count + 1);
    expect(ticks.at(-1)!.resync).to.equal(true);
    expect(ticks.at(-1)!.now).to.equal(Date.now());
    timers.tick(1_000);
    expect(ticks.length).to.equal(count + 2);
    expect(ticks.at(-1)!.resync).to.equal(false);
  });

  it('applies a server-time offset to now() and to tick alignment', () => {
    expect(clock.setServerTime(new Date(START + 90_250).toISOString())).to.equal(true);
    expect(clock.offset).to.equal(90_250);
    expect(clock.now()).to.equal(Date.now() + 90_250);
    const ticks: number[] = [];
    clock.subscribe(({ now }) => ticks.push(now));
    timers.tick(2_000);
    for (const now of ticks) expect(now % 1000).to.be.lessThan(5);
  });

  it('rejects an unparsable server time and keeps the offset', () => {
    clock.setServerTime(START + 5_000);
    expect(clock.setServerTime('yesterday-ish')).to.equal(false);
    expect(clock.offset).to.equal(5_000);
  });

  it('validates a server time before it changes: not ISO 8601, not whole ms, or more than a day off is refused', () => {
    const offsets: number[] = [];
    clock.subscribe(({ now }) => offsets.push(now - Date.now()));
    expect(clock.setServerTime(new Date(START + 30_000).toISOString())).to.equal(true);
    const offset = clock.offset;
    const refused: unknown[] = [
      '1',
      '-1',
      'soon',
      '2026-11-22',
      '2026-11-22T08:00:00',
      '2026-13-45T08:00:00Z',
      -1,
      1.5,
      NaN,
      Infinity,
      Number.MAX_VALUE,
      0,
      START + 25 * 3600_000,
      new Date(START - 25 * 3600_000),
      new Date(NaN),
      null,
      undefined,
      {},
      Object.create(null),
      [START],
      () => START,
    ];
    for (const value of refused) {
      expect(
        clock.setServerTime(value),
        String(typeof value === 'object' ? JSON.stringify(value) : value),
      ).to.equal(false);
      expect(readServerTime(value, Date.now()).ok).to.equal(false);
    }
    expect(clock.offset).to.equal(offset);
    timers.tick(2_000);
    expect(offsets).to.have.length(2);
    for (const seen of offsets) expect(seen).to.equal(offset);
    // Within the window, in any offset notation.
    expect(clock.setServerTime('2026-11-22T16:00:05.400+08:00')).to.equal(true);
    expect(clock.offset).to.equal(START + 5_000 - Date.now());
    const refusal = readServerTime('1');
    expect(refusal.ok ? '' : refusal.message).to.contain('ISO 8601');
    expect(new Clock({ maxSkewMs: 48 * 3600_000 }).setServerTime(START + 25 * 3600_000)).to.equal(true);
  });

  it('fires an alarm once at its instant, in order', () => {
    const fired: string[] = [];
    clock.at(START + 5_000, () => fired.push('b'));
    clock.at(START + 2_000, () => fired.push('a'));
    clock.at(START + 9_000, () => fired.push('c'));
    timers.tick(1_999);
    expect(fired).to.deep.equal([]);
    timers.tick(1);
    expect(fired).to.deep.equal(['a']);
    timers.tick(10_000);
    expect(fired).to.deep.equal(['a', 'b', 'c']);
    expect(clock.size).to.equal(0);
  });

  it('fires alarms while hidden, and overdue ones on wake', () => {
    const fired: number[] = [];
    visibility.set('hidden');
    clock.at(START + 30_000, (now) => fired.push(now));
    timers.tick(30_000);
    expect(fired).to.have.length(1);
    // A tab frozen past an alarm: the timer did not run; waking delivers it exactly once.
    clock.at(START + 60_000, (now) => fired.push(now));
    timers.setSystemTime(START + 120_000);
    visibility.set('visible');
    expect(fired).to.have.length(2);
    timers.tick(60_000);
    expect(fired).to.have.length(2);
  });

  it('cancels an alarm', () => {
    const callback = sinon.spy();
    const cancel = clock.at(START + 1_000, callback);
    cancel();
    cancel();
    timers.tick(5_000);
    expect(callback.called).to.equal(false);
  });

  it('keeps ticking other listeners when one throws', () => {
    const report = sinon.stub(globalThis, 'reportError');
    let calls = 0;
    clock.subscribe(() => {
      throw new Error('broken listener');
    });
    clock.subscribe(() => (calls += 1));
    timers.tick(3_000);
    report.restore();
    expect(calls).to.equal(3);
    expect(report.callCount).to.equal(3);
  });

  it('alarms far in the future do not overflow setTimeout', () => {
    const callback = sinon.spy();
    clock.at(START + 40 * 24 * 3600_000, callback);
    timers.tick(1_000);
    expect(callback.called).to.equal(false);
  });

  it('keeps thousands of alarms in order, including ties and cancellations', () => {
    const fired: number[] = [];
    const cancels: Array<() => void> = [];
    for (let i = 0; i < 5_000; i++) {
      const at = START + ((i * 7919) % 5_000) * 10; // a permutation of 0..49,990 ms
      cancels.push(clock.at(at, () => fired.push(i)));
    }
    clock.at(START + 100, () => fired.push(-1));
    for (let i = 0; i < 5_000; i += 2) cancels[i]!();
    expect(clock.size).to.equal(2_501);
    timers.tick(60_000);
    expect(fired).to.have.length(2_501);
    const instants = fired.filter((i) => i >= 0).map((i) => ((i * 7919) % 5_000) * 10);
    expect(instants).to.deep.equal([...instants].sort((a, b) => a - b));
    expect(fired.every((i) => i === -1 || i % 2 === 1)).to.equal(true);
    expect(clock.size).to.equal(0);
    expect(visibility.listeners).to.equal(0);
  });

  it('fires alarms set for the same instant in the order they were set', () => {
    const fired: string[] = [];
    for (const name of ['a', 'b', 'c', 'd']) clock.at(START + 1_000, () => fired.push(name));
    timers.tick(1_000);
    expect(fired).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('offers one shared clock for the page', () => {
    expect(getSharedClock()).to.equal(getSharedClock());
  });
});
