import { expect } from '@open-wc/testing';
import {
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  validatePauses,
  type Pause,
} from './arithmetic.js';
import { BusinessCalendar, type BusinessCalendarInit, type TimeRange } from './calendar.js';

const at = (text: string): number => Date.parse(text);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const OFFICE: TimeRange[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '18:00' },
];
const WEEKDAYS = { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE };

function calendarOf(init: BusinessCalendarInit): BusinessCalendar {
  const result = BusinessCalendar.from(init);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.calendar;
}

// 2026-03-02 is a Monday.
const shanghai = calendarOf({ timeZone: 'Asia/Shanghai', weeklyHours: WEEKDAYS, holidays: ['2026-03-04'] });
const sh = (wall: string): number => at(`${wall}+08:00`);

describe('business-time arithmetic', () => {
  describe('addBusinessTime', () => {
    it('skips the lunch break', () => {
      expect(addBusinessTime(shanghai, sh('2026-03-02T11:30'), HOUR)).to.equal(sh('2026-03-02T14:00'));
    });

    it('ends a budget used up at close of business at close of business, not the next morning', () => {
      expect(addBusinessTime(shanghai, sh('2026-03-02T09:00'), 7.5 * HOUR)).to.equal(sh('2026-03-02T18:00'));
    });

    it('carries over the weekend and skips holidays', () => {
      expect(addBusinessTime(shanghai, sh('2026-03-06T17:00'), 2 * HOUR)).to.equal(sh('2026-03-09T10:00'));
      expect(addBusinessTime(shanghai, sh('2026-03-03T17:00'), 2 * HOUR)).to.equal(sh('2026-03-05T10:00'));
    });

    it('starts counting at the next working instant when started off hours', () => {
      expect(addBusinessTime(shanghai, sh('2026-03-07T15:00'), 30 * MINUTE)).to.equal(sh('2026-03-09T09:30'));
      expect(addBusinessTime(shanghai, sh('2026-03-02T12:10'), 30 * MINUTE)).to.equal(sh('2026-03-02T14:00'));
    });

    it('counts 48 business hours across several weeks', () => {
      // 7.5 h a day: 6 working days and 3 hours, with Wednesday 4 March off.
      expect(addBusinessTime(shanghai, sh('2026-03-02T09:00'), 48 * HOUR)).to.equal(sh('2026-03-11T12:00'));
    });

    it('returns the start for zero and counts backwards for a negative duration', () => {
      expect(addBusinessTime(shanghai, sh('2026-03-07T15:00'), 0)).to.equal(sh('2026-03-07T15:00'));
      expect(addBusinessTime(shanghai, sh('2026-03-09T09:30'), -HOUR)).to.equal(sh('2026-03-06T17:30'));
      expect(addBusinessTime(shanghai, sh('2026-03-09T08:00'), -7.5 * HOUR)).to.equal(sh('2026-03-06T09:00'));
    });

    it('is NaN or infinite for non-finite input', () => {
      expect(addBusinessTime(shanghai, NaN, HOUR)).to.be.NaN;
      expect(addBusinessTime(shanghai, sh('2026-03-02T09:00'), NaN)).to.be.NaN;
      expect(addBusinessTime(shanghai, sh('2026-03-02T09:00'), Infinity)).to.equal(Infinity);
      expect(addBusinessTime(shanghai, sh('2026-03-02T09:00'), -Infinity)).to.equal(-Infinity);
    });

    it('is Infinity when the calendar never works again, or more than a century away', () => {
      const never = calendarOf({ timeZone: 'UTC', weeklyHours: {} });
      expect(addBusinessTime(never, at('2026-01-01T00:00Z'), HOUR)).to.equal(Infinity);
      expect(addBusinessTime(never, at('2026-01-01T00:00Z'), -HOUR)).to.equal(-Infinity);
      const once = calendarOf({
        timeZone: 'UTC',
        weeklyHours: {},
        workdays: ['2026-01-03'],
        makeUpHours: OFFICE,
      });
      expect(addBusinessTime(once, at('2026-01-01T00:00Z'), HOUR)).to.equal(at('2026-01-03T10:00Z'));
      expect(addBusinessTime(once, at('2026-01-01T00:00Z'), 8 * HOUR)).to.equal(Infinity);
      expect(addBusinessTime(null, 0, 200 * 366 * DAY)).to.equal(Infinity);
    });

    it('does not throw at the edges of the Date range', () => {
      const edge = 8.64e15;
      expect(addBusinessTime(shanghai, edge - DAY, 10 * DAY)).to.equal(Infinity);
      expect(addBusinessTime(shanghai, -edge + DAY, -10 * DAY)).to.equal(-Infinity);
      expect(Number.isNaN(addBusinessDays(shanghai, edge, 3)) || addBusinessDays(shanghai, edge, 3) > edge).to
        .be.true;
      expect(businessTimeBetween(shanghai, edge - 30 * DAY, edge)).to.be.a('number');
    });

    it('passes the DST weekends round the clock in Berlin and New York', () => {
      const berlin = calendarOf({ timeZone: 'Europe/Berlin', weeklyHours: '24x7' });
      expect(addBusinessTime(berlin, at('2026-03-28T12:00+01:00'), 24 * HOUR)).to.equal(
        at('2026-03-29T13:00+02:00'),
      );
      expect(addBusinessTime(berlin, at('2026-10-24T12:00+02:00'), 24 * HOUR)).to.equal(
        at('2026-10-25T11:00+01:00'),
      );
      const newYork = calendarOf({
        timeZone: 'America/New_York',
        weeklyHours: '24x7',
        holidays: ['2026-11-02'],
      });
      expect(addBusinessTime(newYork, at('2026-03-07T12:00-05:00'), 24 * HOUR)).to.equal(
        at('2026-03-08T13:00-04:00'),
      );
      expect(addBusinessTime(newYork, at('2026-10-31T12:00-04:00'), 48 * HOUR)).to.equal(
        at('2026-11-03T11:00-05:00'),
      );
    });

    it('passes the DST weekends with working hours in Berlin and New York', () => {
      const hours = [{ start: '01:00', end: '04:00' }];
      const berlin = calendarOf({ timeZone: 'Europe/Berlin', weeklyHours: { sun: hours } });
      // 29 March: 01:00–04:00 holds two real hours; the third comes a week later.
      expect(addBusinessTime(berlin, at('2026-03-29T00:00+01:00'), 3 * HOUR)).to.equal(
        at('2026-04-05T02:00+02:00'),
      );
      // 25 October: 01:00–04:00 holds four real hours.
      expect(addBusinessTime(berlin, at('2026-10-25T00:00+02:00'), 4 * HOUR)).to.equal(
        at('2026-10-25T04:00+01:00'),
      );
      const newYork = calendarOf({
        timeZone: 'America/New_York',
        weeklyHours: {
          sun: [
            { start: '00:00', end: '02:30' },
            { start: '09:00', end: '17:00' },
          ],
        },
      });
      // 8 March: 02:00–02:30 does not exist.
      expect(addBusinessTime(newYork, at('2026-03-08T00:00-05:00'), 2.5 * HOUR)).to.equal(
        at('2026-03-08T09:30-04:00'),
      );
      // 1 November: 00:00–02:30 lasts 3.5 hours.
      expect(addBusinessTime(newYork, at('2026-11-01T00:00-04:00'), 3.5 * HOUR)).to.equal(
        at('2026-11-01T02:30-05:00'),
      );
    });

    it('counts a night range past midnight', () => {
      const nights = calendarOf({
        timeZone: 'Asia/Shanghai',
        weeklyHours: { fri: [{ start: '22:00', end: '06:00' }] },
      });
      expect(addBusinessTime(nights, sh('2026-03-06T12:00'), 5 * HOUR)).to.equal(sh('2026-03-07T03:00'));
    });

    it('adds wall-clock time with a null calendar', () => {
      expect(addBusinessTime(null, at('2026-03-07T12:00Z'), 48 * HOUR)).to.equal(at('2026-03-09T12:00Z'));
      expect(addBusinessTime(null, at('2026-03-07T12:00Z'), -HOUR)).to.equal(at('2026-03-07T11:00Z'));
      expect(
        addBusinessTime(null, at('2026-03-07T12:00Z'), 2 * HOUR, [
          { from: at('2026-03-07T13:00Z'), to: at('2026-03-07T14:30Z') },
        ]),
      ).to.equal(at('2026-03-07T15:30Z'));
    });

    // Speed is measured in benchmarks, not asserted here; this checks the day-skipping path is exact.
    it('adds 72 h across a year dense with holidays, landing on working time', () => {
      const holidays = Array.from(
        { length: 120 },
        (_, index) => new Date(at('2026-01-02T00:00Z') + index * 3 * DAY),
      ).map((date) => date.toISOString().slice(0, 10));
      const busy = calendarOf({ timeZone: 'Asia/Shanghai', weeklyHours: WEEKDAYS, holidays });
      const start = sh('2026-01-05T10:00');
      for (let index = 0; index < 200; index++) {
        const from = start + index * 7 * HOUR;
        const due = addBusinessTime(busy, from, 72 * HOUR);
        expect(businessTimeBetween(busy, from, due)).to.equal(72 * HOUR);
        expect(busy.isWorking(due - 1)).to.equal(true);
      }
    });
  });

  describe('pauses', () => {
    it('push the deadline back by the paused business time', () => {
      const pauses: Pause[] = [{ from: sh('2026-03-02T10:00'), to: sh('2026-03-02T11:00') }];
      expect(addBusinessTime(shanghai, sh('2026-03-02T09:00'), 3 * HOUR, pauses)).to.equal(
        sh('2026-03-02T14:30'),
      );
    });

    it('change nothing when they lie in non-working time', () => {
      const pauses: Pause[] = [
        { from: sh('2026-03-02T12:00'), to: sh('2026-03-02T13:30') },
        { from: sh('2026-03-07T00:00'), to: sh('2026-03-09T00:00') },
      ];
      const start = sh('2026-03-02T11:00');
      expect(addBusinessTime(shanghai, start, 20 * HOUR, pauses)).to.equal(
        addBusinessTime(shanghai, start, 20 * HOUR),
      );
      expect(businessTimeBetween(shanghai, start, sh('2026-03-10T00:00'), pauses)).to.equal(
        businessTimeBetween(shanghai, start, sh('2026-03-10T00:00')),
      );
    });

    it('make the deadline Infinity when still open and the budget is not used up before', () => {
      const open: Pause[] = [{ from: sh('2026-03-02T10:00') }];
      expect(addBusinessTime(shanghai, sh('2026-03-02T09:00'), 2 * HOUR, open)).to.equal(Infinity);
      expect(addBusinessTime(shanghai, sh('2026-03-02T09:00'), 30 * MINUTE, open)).to.equal(
        sh('2026-03-02T09:30'),
      );
      expect(addBusinessTime(null, sh('2026-03-02T11:00'), MINUTE, open)).to.equal(Infinity);
      expect(businessTimeBetween(shanghai, sh('2026-03-02T09:00'), sh('2026-03-20T09:00'), open)).to.equal(
        HOUR,
      );
    });

    it('count backwards around pauses too', () => {
      const pauses: Pause[] = [{ from: sh('2026-03-06T16:00'), to: sh('2026-03-06T17:00') }];
      expect(addBusinessTime(shanghai, sh('2026-03-06T18:00'), -2 * HOUR, pauses)).to.equal(
        sh('2026-03-06T15:00'),
      );
    });

    it('tolerate overlapping and inverted pauses', () => {
      const messy: Pause[] = [
        { from: sh('2026-03-02T10:30'), to: sh('2026-03-02T11:00') },
        { from: sh('2026-03-02T10:00'), to: sh('2026-03-02T10:45') },
        { from: sh('2026-03-02T15:00'), to: sh('2026-03-02T14:00') },
        { from: NaN, to: sh('2026-03-02T16:00') },
      ];
      const clean: Pause[] = [{ from: sh('2026-03-02T10:00'), to: sh('2026-03-02T11:00') }];
      const start = sh('2026-03-02T09:00');
      expect(addBusinessTime(shanghai, start, 3 * HOUR, messy)).to.equal(
        addBusinessTime(shanghai, start, 3 * HOUR, clean),
      );
    });
  });

  describe('businessTimeBetween', () => {
    it('counts working time only', () => {
      expect(businessTimeBetween(shanghai, sh('2026-03-02T00:00'), sh('2026-03-03T00:00'))).to.equal(
        7.5 * HOUR,
      );
      expect(businessTimeBetween(shanghai, sh('2026-03-06T17:00'), sh('2026-03-09T10:00'))).to.equal(
        2 * HOUR,
      );
      expect(businessTimeBetween(shanghai, sh('2026-03-02T00:00'), sh('2026-03-09T00:00'))).to.equal(
        4 * 7.5 * HOUR,
      );
    });

    it('is negative when the end is before the start, and zero for an empty span', () => {
      expect(businessTimeBetween(shanghai, sh('2026-03-09T10:00'), sh('2026-03-06T17:00'))).to.equal(
        -2 * HOUR,
      );
      expect(businessTimeBetween(shanghai, sh('2026-03-09T10:00'), sh('2026-03-09T10:00'))).to.equal(0);
    });

    it('subtracts pauses and is plain wall-clock time without a calendar', () => {
      const pauses: Pause[] = [{ from: sh('2026-03-02T11:00'), to: sh('2026-03-02T14:00') }];
      expect(businessTimeBetween(shanghai, sh('2026-03-02T09:00'), sh('2026-03-02T18:00'), pauses)).to.equal(
        6 * HOUR,
      );
      expect(businessTimeBetween(null, sh('2026-03-02T09:00'), sh('2026-03-02T18:00'), pauses)).to.equal(
        6 * HOUR,
      );
      expect(businessTimeBetween(null, sh('2026-03-02T09:00'), sh('2026-03-12T09:00'))).to.equal(10 * DAY);
    });

    it('spans more than a year and is NaN for non-finite bounds', () => {
      const roundTheClock = calendarOf({ timeZone: 'UTC', weeklyHours: '24x7', holidays: ['2027-06-01'] });
      expect(businessTimeBetween(roundTheClock, at('2026-01-01T00:00Z'), at('2028-01-01T00:00Z'))).to.equal(
        729 * DAY,
      );
      expect(businessTimeBetween(shanghai, NaN, 0)).to.be.NaN;
      expect(businessTimeBetween(shanghai, 0, Infinity)).to.be.NaN;
    });
  });

  describe('addBusinessDays', () => {
    const plain = calendarOf({ timeZone: 'Asia/Shanghai', weeklyHours: WEEKDAYS });

    it('ends on the third working day after the start day, at close of business', () => {
      expect(addBusinessDays(plain, sh('2026-03-02T10:00'), 3)).to.equal(sh('2026-03-05T18:00'));
      expect(addBusinessDays(plain, sh('2026-03-07T10:00'), 3)).to.equal(sh('2026-03-11T18:00'));
      expect(addBusinessDays(plain, sh('2026-03-02T23:59'), 1)).to.equal(sh('2026-03-03T18:00'));
    });

    it('skips holidays', () => {
      expect(addBusinessDays(shanghai, sh('2026-03-02T10:00'), 3)).to.equal(sh('2026-03-06T18:00'));
    });

    it('is pushed back by paused business time', () => {
      const pauses: Pause[] = [
        { from: sh('2026-03-03T09:00'), to: sh('2026-03-03T10:00') },
        { from: sh('2026-03-07T00:00'), to: sh('2026-03-08T00:00') },
      ];
      expect(addBusinessDays(plain, sh('2026-03-02T10:00'), 3, pauses)).to.equal(sh('2026-03-06T10:00'));
      expect(addBusinessDays(plain, sh('2026-03-02T10:00'), 3, [{ from: sh('2026-03-03T09:00') }])).to.equal(
        Infinity,
      );
    });

    it('ends a night shift day when its range ends', () => {
      const nights = calendarOf({
        timeZone: 'UTC',
        weeklyHours: { mon: [{ start: '22:00', end: '06:00' }] },
      });
      expect(addBusinessDays(nights, at('2026-03-02T10:00Z'), 1)).to.equal(at('2026-03-10T06:00Z'));
    });

    it('counts 24-hour days without a calendar', () => {
      expect(addBusinessDays(null, at('2026-03-02T10:00Z'), 3)).to.equal(at('2026-03-05T10:00Z'));
      expect(
        addBusinessDays(null, at('2026-03-02T10:00Z'), 1, [
          { from: at('2026-03-02T12:00Z'), to: at('2026-03-02T13:00Z') },
        ]),
      ).to.equal(at('2026-03-03T11:00Z'));
    });

    it('returns the start for zero, NaN for bad day counts, Infinity when no working day comes', () => {
      expect(addBusinessDays(plain, sh('2026-03-02T10:00'), 0)).to.equal(sh('2026-03-02T10:00'));
      expect(addBusinessDays(plain, sh('2026-03-02T10:00'), -1)).to.be.NaN;
      expect(addBusinessDays(plain, sh('2026-03-02T10:00'), 1.5)).to.be.NaN;
      expect(addBusinessDays(plain, NaN, 1)).to.be.NaN;
      expect(addBusinessDays(calendarOf({ timeZone: 'UTC', weeklyHours: {} }), 0, 1)).to.equal(Infinity);
    });
  });

  describe('validatePauses', () => {
    it('accepts ordered, touching and open pauses', () => {
      expect(validatePauses([{ from: 0, to: 10 }, { from: 10, to: 20 }, { from: 30 }])).to.deep.equal([]);
      expect(validatePauses([])).to.deep.equal([]);
    });

    it('reports a pause that ends before it starts', () => {
      expect(validatePauses([{ from: 20, to: 10 }])).to.deep.equal([
        { path: '0.to', message: 'ends before it starts' },
      ]);
    });

    it('reports overlapping pauses, an open one overlapping every later one', () => {
      expect(
        validatePauses([{ from: 50, to: 60 }, { from: 0, to: 20 }, { from: 10, to: 30 }, { from: 40 }]),
      ).to.deep.equal([
        { path: '0', message: 'overlaps pause 3' },
        { path: '2', message: 'overlaps pause 1' },
      ]);
    });

    it('reports malformed pauses', () => {
      expect(
        validatePauses([{ from: 'now' } as unknown as Pause, { to: 5 } as unknown as Pause]),
      ).to.deep.equal([
        { path: '0.from', message: 'expected epoch milliseconds' },
        { path: '1.from', message: 'required' },
      ]);
      expect(validatePauses([{ from: 0, to: Infinity }])).to.deep.equal([
        { path: '0.to', message: 'expected epoch milliseconds' },
      ]);
      expect(validatePauses('soon' as unknown as Pause[])).to.deep.equal([
        { path: '', message: 'expected a list of pauses' },
      ]);
    });
  });
});
