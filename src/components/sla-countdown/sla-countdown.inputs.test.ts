// Bad input never escapes and never spreads: every property with wrong types never throws and is
// reported with cx-error; wrong attribute values fall back to their default with one cx-error naming
// the allowed values; a bad server time is refused by the shared clock, so other countdowns keep
// their time.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { CxErrorEvent } from '../../events/cx-error.js';
import { getSharedClock } from '../../services/clock.js';
import type { SlaTargetInput } from '../../services/sla/targets.js';
import './sla-countdown.js';
import type { CxSlaCountdown } from './sla-countdown.component.js';
import { watchEscapes, type EscapeWatch } from '../../../test/support/escapes.js';
import { deepArray } from '../../../test/support/hostile.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const iso = (ms: number) => new Date(ms).toISOString();
const unique = () => `T-inputs-${Math.random().toString(36).slice(2)}`;

/** Values of the wrong type (and shape) for a property that expects a string, a list or an object. */
const WRONG_VALUES: Array<[string, () => unknown]> = [
  ['a number', () => 42],
  ['a negative fraction', () => -1.5],
  ['NaN', () => NaN],
  ['a boolean', () => true],
  ['an object', () => ({ value: 'x' })],
  ['an object without a prototype', () => Object.create(null) as object],
  ['an array', () => ['full', 'compact']],
  ['a deeply nested array', () => deepArray(20_000)],
  ['a symbol', () => Symbol('x')],
  ['a function', () => () => 'x'],
];

/** Every property of cx-sla-countdown, with a valid value to come back to. */
const TICKET = {
  id: 'TT-1',
  creationDate: iso(NOW - HOUR),
  expectedResolutionDate: iso(NOW + HOUR),
};

const PROPERTIES: Array<{ name: keyof CxSlaCountdown; valid: unknown; reports: boolean }> = [
  { name: 'targets', valid: undefined, reports: true },
  { name: 'ticket', valid: TICKET, reports: true },
  { name: 'unavailable', valid: false, reports: false },
  { name: 'ticketId', valid: 'T-1', reports: true },
  { name: 'calendar', valid: '24x7', reports: true },
  { name: 'warnAt', valid: '75%,90%', reports: true },
  { name: 'serverTime', valid: undefined, reports: true },
  { name: 'precision', valid: 'seconds', reports: true },
  { name: 'variant', valid: 'full', reports: true },
  { name: 'timeZone', valid: 'Asia/Shanghai', reports: true },
  { name: 'showWallClock', valid: false, reports: false },
  { name: 'clock', valid: undefined, reports: false },
];

describe('cx-sla-countdown: bad input never escapes', () => {
  let timers: sinon.SinonFakeTimers;
  let escapes: EscapeWatch;

  beforeEach(() => {
    document.documentElement.lang = 'en';
    escapes = watchEscapes();
    timers = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => {
    timers.restore();
    escapes.stop();
  });

  const targets = (): SlaTargetInput[] => [
    { id: 'a', label: 'Respond', kind: 'response', startedAt: iso(NOW - HOUR), duration: 'PT2H' },
  ];

  async function mount(): Promise<{ el: CxSlaCountdown; errors: CxErrorEvent[] }> {
    const errors: CxErrorEvent[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.addEventListener('cx-error', (event) => errors.push(event as CxErrorEvent));
    const el = document.createElement('cx-sla-countdown');
    el.ticketId = unique();
    el.targets = targets();
    wrapper.append(el);
    await el.updateComplete;
    return { el, errors };
  }

  const shown = (el: CxSlaCountdown) =>
    [...el.shadowRoot!.querySelectorAll('.target')].map(
      (node) =>
        `${node.querySelector('.name')?.textContent?.trim()} ${node.querySelector('.remaining')?.textContent?.trim()}`,
    );

  for (const property of PROPERTIES) {
    it(`${String(property.name)}: wrong types never throw, are reported, and a valid value renders again`, async () => {
      const { el, errors } = await mount();
      if (property.name === 'ticket') {
        el.targets = undefined;
        el.ticket = TICKET;
        await el.updateComplete;
      }
      const before = shown(el);
      expect(before).to.deep.equal([property.name === 'ticket' ? 'Resolution 1:00:00' : 'Respond 1:00:00']);
      for (const [what, make] of WRONG_VALUES) {
        errors.length = 0;
        (el as unknown as Record<string, unknown>)[property.name as string] = make();
        // The update must settle (no rejection) and leave something on screen.
        await el.updateComplete;
        expect(
          el.shadowRoot!.textContent!.trim(),
          `${String(property.name)} = ${what}: shows something`,
        ).not.to.equal('');
        if (property.reports)
          expect(errors.length, `${String(property.name)} = ${what}: reported`).to.be.greaterThan(0);
        for (const error of errors)
          expect(error.detail)
            .to.include({ source: 'cx-sla-countdown' })
            .and.to.have.property('message')
            .that.is.a('string');
        (el as unknown as Record<string, unknown>)[property.name as string] = property.valid;
        if (property.name === 'targets') el.targets = targets();
        await el.updateComplete;
        expect(
          shown(el),
          `${String(property.name)}: after ${what}, a valid value renders again`,
        ).to.deep.equal(before);
      }
      expect(escapes.problems, 'no unhandled rejection or error').to.deep.equal([]);
    });
  }

  const ATTRIBUTES: Array<{
    name: string;
    value: string;
    allowed: RegExp;
    check: (el: CxSlaCountdown) => void;
  }> = [
    {
      name: 'variant',
      value: 'huge',
      allowed: /full, compact/,
      check: (el) => expect(shown(el)).to.deep.equal(['Respond 1:00:00']),
    },
    {
      name: 'precision',
      value: 'hours',
      allowed: /seconds, minutes/,
      check: (el) => expect(shown(el)).to.deep.equal(['Respond 1:00:00']),
    },
    {
      name: 'time-zone',
      value: 'Mars/Olympus_Mons',
      allowed: /IANA time zone \(e\.g\. Asia\/Shanghai/,
      check: (el) =>
        expect(el.shadowRoot!.querySelector('.due')!.textContent).not.to.match(/\d{4}-\d\d-\d\dT/),
    },
    {
      name: 'warn-at',
      value: '150%',
      allowed: /percentages between 0 and 100.*ISO durations/,
      check: (el) => expect(el.shadowRoot!.querySelector('.badge')!.textContent!.trim()).to.equal('On track'),
    },
    {
      name: 'calendar',
      value: 'mars',
      allowed: /registered: .*24x7.*; using 24x7/,
      check: (el) => {
        expect(el.shadowRoot!.querySelector('.target.invalid')).to.equal(null);
        expect(shown(el)).to.deep.equal(['Respond 1:00:00']);
      },
    },
  ];

  for (const attribute of ATTRIBUTES) {
    it(`${attribute.name}="${attribute.value}" falls back to the default with one cx-error naming the allowed values`, async () => {
      const { el, errors } = await mount();
      errors.length = 0;
      el.setAttribute(attribute.name, attribute.value);
      await el.updateComplete;
      attribute.check(el);
      // Re-renders with the same wrong value say nothing new.
      el.targets = targets();
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(errors.map((event) => event.detail.path)).to.deep.equal([attribute.name]);
      expect(errors[0]!.detail.code).to.equal('invalid-property');
      expect(errors[0]!.detail.message).to.match(attribute.allowed);
      // A valid value clears it; the same wrong value again is reported again.
      el.removeAttribute(attribute.name);
      await el.updateComplete;
      el.setAttribute(attribute.name, attribute.value);
      await el.updateComplete;
      expect(errors).to.have.length(2);
    });
  }
});

describe('cx-sla-countdown: one bad server time never moves the other countdowns', () => {
  let timers: sinon.SinonFakeTimers;

  beforeEach(() => {
    document.documentElement.lang = 'en';
    timers = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    getSharedClock().setServerTime(Date.now());
    timers.restore();
  });

  it('refuses "1", -1, 1.5 and other non-ISO values on the element that asked; the shared clock keeps its time', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const make = (ticketId: string) => {
      const el = document.createElement('cx-sla-countdown');
      el.ticketId = ticketId;
      el.targets = [{ id: 'a', label: 'Respond', startedAt: iso(NOW), duration: 'PT1H' }];
      return el;
    };
    const first = make(unique());
    first.serverTime = iso(NOW + 10 * MINUTE);
    const second = make(unique());
    wrapper.append(first, second);
    await Promise.all([first.updateComplete, second.updateComplete]);
    const time = (el: CxSlaCountdown) => el.shadowRoot!.querySelector('.remaining')!.textContent!.trim();
    expect(time(first)).to.equal('0:50:00');
    expect(time(second)).to.equal('0:50:00');
    const offset = getSharedClock().offset;
    expect(offset).to.equal(10 * MINUTE);

    const errorsOn = new Map<EventTarget, string[]>();
    wrapper.addEventListener('cx-error', (event) => {
      const target = event.composedPath()[0]!;
      errorsOn.set(target, [...(errorsOn.get(target) ?? []), (event as CxErrorEvent).detail.path ?? '']);
    });
    const bad: unknown[] = [
      '1',
      -1,
      1.5,
      'soon',
      '2026-11-23',
      '2026-11-23T10:00:00',
      '1970-01-01T00:00:00Z',
      iso(NOW + 3 * 24 * HOUR),
      Number.MAX_VALUE,
      Object.create(null),
    ];
    for (const value of bad) {
      second.serverTime = value as string;
      await second.updateComplete;
      first.requestUpdate();
      await first.updateComplete;
      expect(
        getSharedClock().offset,
        `after server-time ${String(typeof value === 'object' ? 'object' : value)}`,
      ).to.equal(offset);
      expect(time(first)).to.equal('0:50:00');
      expect(time(second)).to.equal('0:50:00');
    }
    expect(errorsOn.get(first), 'nothing reported on the other countdown').to.equal(undefined);
    expect(errorsOn.get(second)).to.deep.equal(bad.map(() => 'server-time'));

    // A good value from either element still corrects the page's clock.
    second.serverTime = iso(NOW + 20 * MINUTE);
    await second.updateComplete;
    expect(getSharedClock().offset).to.equal(20 * MINUTE);
    expect(time(second)).to.equal('0:40:00');
  });
});
