import { expect } from '@open-wc/testing';
import {
  BusinessCalendar,
  mergeIntervals,
  type BusinessCalendarInit,
  type TimeRange,
  type ValidationIssue,
} from './calendar.js';

const at = (text: string): number => Date.parse(text);
const HOUR = 3_600_000;
const OFFICE: TimeRange[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '18:00' },
];

function calendarOf(init: BusinessCalendarInit): BusinessCalendar {
  const result = BusinessCalendar.from(init);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.calendar;
}

function issuesOf(init: unknown): ValidationIssue[] {
  const result = BusinessCalendar.from(init as BusinessCalendarInit);
  expect(result.ok, 'should be refused').to.be.false;
  return result.ok ? [] : result.issues;
}

const shanghai = calendarOf({
  id: 'sh',
  name: 'Shanghai office',
  timeZone: 'Asia/Shanghai',
  weeklyHours: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE },
  holidays: ['2026-04-06'],
  workdays: ['2026-04-11'],
  coveredYears: { from: 2025, to: 2026 },
});

describe('BusinessCalendar', () => {
  describe('from', () => {
    it('builds a calendar from a valid init', () => {
      expect(shanghai.id).to.equal('sh');
      expect(shanghai.name).to.equal('Shanghai office');
      expect(shanghai.timeZone).to.equal('Asia/Shanghai');
      expect(shanghai.coveredYears).to.deep.equal({ from: 2025, to: 2026 });
      expect(shanghai.workBounds).to.deep.equal({ from: -Infinity, to: Infinity });
    });

    it('reports an unknown time zone', () => {
      expect(issuesOf({ timeZone: 'Mars/Olympus_Mons', weeklyHours: '24x7' })).to.deep.equal([
        { path: 'timeZone', message: 'unknown time zone "Mars/Olympus_Mons"' },
      ]);
    });

    it('reports bad HH:MM times', () => {
      const issues = issuesOf({
        timeZone: 'UTC',
        weeklyHours: { mon: [{ start: '9:00', end: '12:60' }], tue: [{ start: '25:00', end: 1800 }] },
      });
      expect(issues.map((issue) => issue.path)).to.have.members([
        'weeklyHours.mon.0.start',
        'weeklyHours.mon.0.end',
        'weeklyHours.tue.0.start',
        'weeklyHours.tue.0.end',
      ]);
      expect(issues[0]!.message).to.equal('"9:00" is not a time "HH:MM" between 00:00 and 24:00');
    });

    it('reports overlapping ranges within a day, including one that runs past midnight', () => {
      expect(
        issuesOf({
          timeZone: 'UTC',
          weeklyHours: {
            mon: [
              { start: '13:00', end: '18:00' },
              { start: '09:00', end: '13:30' },
            ],
            fri: [
              { start: '20:00', end: '02:00' },
              { start: '22:00', end: '23:00' },
            ],
          },
        }),
      ).to.deep.equal([
        { path: 'weeklyHours.mon.0', message: 'overlaps 09:00–13:30' },
        { path: 'weeklyHours.fri.1', message: 'overlaps 20:00–02:00' },
      ]);
    });

    it('reports empty ranges and ranges starting at 24:00', () => {
      expect(
        issuesOf({
          timeZone: 'UTC',
          weeklyHours: { mon: [{ start: '10:00', end: '10:00' }], tue: [{ start: '24:00', end: '02:00' }] },
        }),
      ).to.deep.equal([
        { path: 'weeklyHours.mon.0', message: 'empty range 10:00–10:00: use 00:00–24:00 for a whole day' },
        { path: 'weeklyHours.tue.0.start', message: 'a range cannot start at 24:00' },
      ]);
    });

    it('reports overlapping make-up hours', () => {
      expect(
        issuesOf({
          timeZone: 'UTC',
          weeklyHours: '24x7',
          makeUpHours: [
            { start: '09:00', end: '18:00' },
            { start: '17:00', end: '19:00' },
          ],
        }),
      ).to.deep.equal([{ path: 'makeUpHours.1', message: 'overlaps 09:00–18:00' }]);
    });

    it('reports a date that is both a holiday and a make-up working day', () => {
      expect(
        issuesOf({
          timeZone: 'UTC',
          weeklyHours: '24x7',
          holidays: ['2026-10-01'],
          workdays: ['2026-10-01'],
        }),
      ).to.deep.equal([
        { path: 'workdays.0', message: '2026-10-01 is both a holiday and a make-up working day' },
      ]);
    });

    it('reports unparsable dates', () => {
      expect(
        issuesOf({
          timeZone: 'UTC',
          weeklyHours: '24x7',
          holidays: ['2026-02-30', 'tomorrow'],
          workdays: [20260214],
        }),
      ).to.deep.equal([
        { path: 'holidays.0', message: '"2026-02-30" is not a date "YYYY-MM-DD"' },
        { path: 'holidays.1', message: '"tomorrow" is not a date "YYYY-MM-DD"' },
        { path: 'workdays.0', message: 'expected a date "YYYY-MM-DD"' },
      ]);
    });

    it('reports unknown weekdays and a malformed weeklyHours', () => {
      expect(issuesOf({ timeZone: 'UTC', weeklyHours: { monday: OFFICE } })).to.deep.equal([
        { path: 'weeklyHours.monday', message: 'unknown weekday: use sun, mon, tue, wed, thu, fri or sat' },
      ]);
      for (const weeklyHours of ['24/7', 42, null, undefined, [OFFICE]]) {
        expect(issuesOf({ timeZone: 'UTC', weeklyHours })).to.deep.equal([
          {
            path: 'weeklyHours',
            message: 'expected "24x7" or ranges per weekday { mon: [{ start, end }], … }',
          },
        ]);
      }
    });

    it('reports missing fields and reversed or fractional coveredYears', () => {
      expect(issuesOf({ weeklyHours: '24x7' })).to.deep.equal([{ path: 'timeZone', message: 'required' }]);
      expect(issuesOf({ timeZone: 'UTC', weeklyHours: { mon: [{ start: '09:00' }] } })).to.deep.equal([
        { path: 'weeklyHours.mon.0.end', message: 'required' },
      ]);
      expect(
        issuesOf({ timeZone: 'UTC', weeklyHours: '24x7', coveredYears: { from: 2027, to: 2026 } }),
      ).to.deep.equal([{ path: 'coveredYears.to', message: 'must not be before coveredYears.from' }]);
      expect(
        issuesOf({ timeZone: 'UTC', weeklyHours: '24x7', coveredYears: { from: 2026.5, to: 2027 } }),
      ).to.deep.equal([{ path: 'coveredYears.from', message: 'expected a whole year' }]);
    });

    it('never throws on garbage', () => {
      for (const garbage of [null, undefined, 42, 'cn', [], { timeZone: 7, weeklyHours: [] }]) {
        const issues = issuesOf(garbage);
        expect(issues.length, JSON.stringify(garbage)).to.be.greaterThan(0);
      }
      expect(issuesOf(null)).to.deep.equal([
        { path: '', message: 'expected a calendar object { timeZone, weeklyHours, … }' },
      ]);
    });

    it('ignores unknown extra fields', () => {
      const result = BusinessCalendar.from({
        timeZone: 'UTC',
        weeklyHours: '24x7',
        colour: 'red',
      } as BusinessCalendarInit);
      expect(result.ok).to.be.true;
    });
  });

  describe('workingIntervals', () => {
    it('keeps the lunch break out', () => {
      expect(
        shanghai.workingIntervals(at('2026-03-02T00:00+08:00'), at('2026-03-03T00:00+08:00')),
      ).to.deep.equal([
        [at('2026-03-02T09:00+08:00'), at('2026-03-02T12:00+08:00')],
        [at('2026-03-02T13:30+08:00'), at('2026-03-02T18:00+08:00')],
      ]);
    });

    it('clips to the window and is empty for an empty or reversed window', () => {
      expect(
        shanghai.workingIntervals(at('2026-03-02T10:00+08:00'), at('2026-03-02T14:00+08:00')),
      ).to.deep.equal([
        [at('2026-03-02T10:00+08:00'), at('2026-03-02T12:00+08:00')],
        [at('2026-03-02T13:30+08:00'), at('2026-03-02T14:00+08:00')],
      ]);
      expect(
        shanghai.workingIntervals(at('2026-03-02T10:00+08:00'), at('2026-03-02T10:00+08:00')),
      ).to.deep.equal([]);
      expect(
        shanghai.workingIntervals(at('2026-03-03T10:00+08:00'), at('2026-03-02T10:00+08:00')),
      ).to.deep.equal([]);
      expect(shanghai.workingIntervals(NaN, at('2026-03-02T10:00+08:00'))).to.deep.equal([]);
      expect(shanghai.workingIntervals(-Infinity, at('2026-03-02T10:00+08:00'))).to.deep.equal([]);
    });

    it('has nothing on weekends and holidays, and make-up hours on a make-up Saturday', () => {
      expect(
        shanghai.workingIntervals(at('2026-03-07T00:00+08:00'), at('2026-03-09T00:00+08:00')),
      ).to.deep.equal([]);
      expect(
        shanghai.workingIntervals(at('2026-04-06T00:00+08:00'), at('2026-04-07T00:00+08:00')),
      ).to.deep.equal([]);
      expect(
        shanghai.workingIntervals(at('2026-04-11T00:00+08:00'), at('2026-04-12T00:00+08:00')),
      ).to.deep.equal([
        [at('2026-04-11T09:00+08:00'), at('2026-04-11T12:00+08:00')],
        [at('2026-04-11T13:30+08:00'), at('2026-04-11T18:00+08:00')],
      ]);
    });

    it('takes make-up hours from makeUpHours, else Monday, else the first weekday with hours', () => {
      const base = { timeZone: 'UTC', workdays: ['2026-04-11'] };
      const day: [number, number] = [at('2026-04-11T00:00Z'), at('2026-04-12T00:00Z')];
      const explicit = calendarOf({
        ...base,
        weeklyHours: { mon: OFFICE },
        makeUpHours: [{ start: '10:00', end: '14:00' }],
      });
      expect(explicit.workingIntervals(...day)).to.deep.equal([
        [at('2026-04-11T10:00Z'), at('2026-04-11T14:00Z')],
      ]);
      const fromWednesday = calendarOf({ ...base, weeklyHours: { wed: [{ start: '07:00', end: '08:00' }] } });
      expect(fromWednesday.workingIntervals(...day)).to.deep.equal([
        [at('2026-04-11T07:00Z'), at('2026-04-11T08:00Z')],
      ]);
      const roundTheClock = calendarOf({ ...base, weeklyHours: '24x7', holidays: ['2026-04-12'] });
      expect(roundTheClock.workingIntervals(at('2026-04-11T00:00Z'), at('2026-04-13T00:00Z'))).to.deep.equal([
        day,
      ]);
    });

    it('gives a range past midnight to the day it starts on', () => {
      const nights = calendarOf({
        timeZone: 'Europe/Berlin',
        weeklyHours: { fri: [{ start: '22:00', end: '02:00' }], sat: [{ start: '10:00', end: '24:00' }] },
        holidays: ['2026-05-08', '2026-05-23'],
      });
      // Friday 15 May: the range runs into Saturday.
      expect(
        nights.workingIntervals(at('2026-05-15T00:00+02:00'), at('2026-05-16T12:00+02:00')),
      ).to.deep.equal([
        [at('2026-05-15T22:00+02:00'), at('2026-05-16T02:00+02:00')],
        [at('2026-05-16T10:00+02:00'), at('2026-05-16T12:00+02:00')],
      ]);
      // A holiday on Friday 8 May removes the whole range, Saturday's early hours included.
      expect(
        nights.workingIntervals(at('2026-05-08T00:00+02:00'), at('2026-05-09T10:00+02:00')),
      ).to.deep.equal([]);
      // A holiday on Saturday 23 May leaves Friday's range whole.
      expect(
        nights.workingIntervals(at('2026-05-22T00:00+02:00'), at('2026-05-24T00:00+02:00')),
      ).to.deep.equal([[at('2026-05-22T22:00+02:00'), at('2026-05-23T02:00+02:00')]]);
      expect(nights.isWorking(at('2026-05-16T01:59+02:00'))).to.be.true;
      expect(nights.isWorking(at('2026-05-16T02:00+02:00'))).to.be.false;
    });

    it('merges a night range with the next day’s hours it touches', () => {
      const calendar = calendarOf({
        timeZone: 'UTC',
        weeklyHours: { mon: [{ start: '20:00', end: '02:00' }], tue: [{ start: '01:00', end: '08:00' }] },
      });
      expect(calendar.workingIntervals(at('2026-03-02T00:00Z'), at('2026-03-04T00:00Z'))).to.deep.equal([
        [at('2026-03-02T20:00Z'), at('2026-03-03T08:00Z')],
      ]);
    });

    it('runs 23 and 25 hours on the Berlin switch Sundays round the clock', () => {
      const berlin = calendarOf({ timeZone: 'Europe/Berlin', weeklyHours: '24x7' });
      const total = (from: string, to: string): number =>
        berlin.workingIntervals(at(from), at(to)).reduce((sum, [start, end]) => sum + end - start, 0);
      expect(total('2026-03-29T00:00+01:00', '2026-03-30T00:00+02:00')).to.equal(23 * HOUR);
      expect(total('2026-10-25T00:00+02:00', '2026-10-26T00:00+01:00')).to.equal(25 * HOUR);
    });

    it('shrinks hours across the spring gap and counts the repeated autumn hour twice in Berlin', () => {
      const berlin = calendarOf({
        timeZone: 'Europe/Berlin',
        weeklyHours: { sun: [{ start: '01:00', end: '04:00' }] },
      });
      expect(berlin.dayIntervals(berlin.localDay(at('2026-03-29T12:00+02:00')))).to.deep.equal([
        [at('2026-03-29T01:00+01:00'), at('2026-03-29T04:00+02:00')],
      ]);
      expect(berlin.dayIntervals(berlin.localDay(at('2026-10-25T12:00+01:00')))).to.deep.equal([
        [at('2026-10-25T01:00+02:00'), at('2026-10-25T04:00+01:00')],
      ]);
      expect(at('2026-03-29T04:00+02:00') - at('2026-03-29T01:00+01:00')).to.equal(2 * HOUR);
      expect(at('2026-10-25T04:00+01:00') - at('2026-10-25T01:00+02:00')).to.equal(4 * HOUR);
    });

    it('drops a range inside the New York gap and splits one across the repeated hour', () => {
      const newYork = calendarOf({
        timeZone: 'America/New_York',
        weeklyHours: {
          sun: [
            { start: '02:00', end: '02:30' },
            { start: '09:00', end: '17:00' },
          ],
        },
        makeUpHours: [{ start: '01:00', end: '01:30' }],
        workdays: ['2026-11-01'],
      });
      expect(
        newYork.workingIntervals(at('2026-03-08T00:00-05:00'), at('2026-03-09T00:00-04:00')),
      ).to.deep.equal([[at('2026-03-08T09:00-04:00'), at('2026-03-08T17:00-04:00')]]);
      expect(
        newYork.workingIntervals(at('2026-11-01T00:00-04:00'), at('2026-11-02T00:00-05:00')),
      ).to.deep.equal([
        [at('2026-11-01T01:00-04:00'), at('2026-11-01T01:30-04:00')],
        [at('2026-11-01T01:00-05:00'), at('2026-11-01T01:30-05:00')],
      ]);
    });

    it('returns the same cached intervals for a day', () => {
      const day = shanghai.localDay(at('2026-03-02T10:00+08:00'));
      expect(shanghai.dayIntervals(day)).to.equal(shanghai.dayIntervals(day));
      expect(shanghai.localDate(at('2026-03-02T23:59+08:00'))).to.equal('2026-03-02');
    });
  });

  describe('isWorking', () => {
    it('is true in working time and false outside, ends exclusive', () => {
      expect(shanghai.isWorking(at('2026-03-02T09:00+08:00'))).to.be.true;
      expect(shanghai.isWorking(at('2026-03-02T12:00+08:00'))).to.be.false;
      expect(shanghai.isWorking(at('2026-03-02T17:59+08:00'))).to.be.true;
      expect(shanghai.isWorking(at('2026-03-07T10:00+08:00'))).to.be.false;
    });
  });

  describe('coverage', () => {
    it('says which years it knows, by year, instant or Date, in local time', () => {
      expect(shanghai.covers(2026)).to.be.true;
      expect(shanghai.covers(2027)).to.be.false;
      expect(shanghai.covers(2024)).to.be.false;
      expect(shanghai.covers(at('2026-06-01T00:00Z'))).to.be.true;
      // 20:00 UTC on New Year's Eve is already 2027 in Shanghai.
      expect(shanghai.covers(at('2026-12-31T20:00Z'))).to.be.false;
      expect(shanghai.covers(new Date('2026-06-01T00:00Z'))).to.be.true;
      expect(shanghai.covers(new Date(2026))).to.be.false;
      expect(shanghai.covers(NaN)).to.be.false;
    });

    it('lists the years of a window it does not know', () => {
      expect(shanghai.outOfCoverage(at('2026-06-01T00:00Z'), at('2026-12-01T00:00Z'))).to.deep.equal([]);
      expect(shanghai.outOfCoverage(at('2026-12-20T00:00Z'), at('2028-02-01T00:00Z'))).to.deep.equal([
        2027, 2028,
      ]);
      expect(shanghai.outOfCoverage(at('2028-02-01T00:00Z'), at('2023-12-20T00:00Z'))).to.deep.equal([
        2023, 2024, 2027, 2028,
      ]);
      expect(shanghai.outOfCoverage(at('2026-06-01T00:00Z'), Infinity)).to.deep.equal([2027]);
      expect(shanghai.outOfCoverage(-Infinity, at('2026-06-01T00:00Z'))).to.deep.equal([2024]);
      expect(shanghai.outOfCoverage(NaN, 0)).to.deep.equal([]);
    });

    it('knows every year when it has no coveredYears', () => {
      const plain = calendarOf({ timeZone: 'UTC', weeklyHours: '24x7' });
      expect(plain.covers(1999)).to.be.true;
      expect(plain.outOfCoverage(0, at('2100-01-01T00:00Z'))).to.deep.equal([]);
    });
  });

  describe('workBounds', () => {
    it('is bounded by the make-up days when the weekly hours are empty', () => {
      const onlyMakeUp = calendarOf({
        timeZone: 'UTC',
        weeklyHours: {},
        makeUpHours: [{ start: '09:00', end: '10:00' }],
        workdays: ['2026-04-11', '2026-04-18'],
      });
      expect(onlyMakeUp.workBounds.from).to.be.at.most(at('2026-04-11T09:00Z'));
      expect(onlyMakeUp.workBounds.to).to.be.at.least(at('2026-04-18T10:00Z'));
      expect(onlyMakeUp.workingIntervals(at('2026-04-01T00:00Z'), at('2026-05-01T00:00Z'))).to.deep.equal([
        [at('2026-04-11T09:00Z'), at('2026-04-11T10:00Z')],
        [at('2026-04-18T09:00Z'), at('2026-04-18T10:00Z')],
      ]);
      const never = calendarOf({ timeZone: 'UTC', weeklyHours: {} });
      expect(never.workBounds).to.deep.equal({ from: Infinity, to: -Infinity });
      expect(never.workingIntervals(0, at('2030-01-01T00:00Z'))).to.deep.equal([]);
    });
  });

  it('merges intervals without touching the given ones', () => {
    const input: Array<[number, number]> = [
      [5, 8],
      [1, 3],
      [3, 4],
      [6, 7],
    ];
    expect(mergeIntervals(input)).to.deep.equal([
      [1, 4],
      [5, 8],
    ]);
    expect(input[1]).to.deep.equal([1, 3]);
  });
});
