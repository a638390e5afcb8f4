import { expect } from '@open-wc/testing';
import { addBusinessDays, addBusinessTime, businessTimeBetween } from '../arithmetic.js';
import { resolveDeadline } from '../duration.js';
import { CN_CALENDAR_YEARS, cnCalendar, createCnCalendar } from './cn.js';
import { CN_HOLIDAY_CODES, CN_WORKDAY_CODES } from './cn-data.js';

const HOUR = 3_600_000;
const sh = (wall: string): number => Date.parse(`${wall}+08:00`);
const DAY = 24 * HOUR;
const workingHoursOf = (date: string): number =>
  businessTimeBetween(cnCalendar, sh(`${date}T00:00`), sh(`${date}T00:00`) + DAY);

describe('cn calendar', () => {
  it('is the official calendar in Asia/Shanghai for the years of the data', () => {
    expect(cnCalendar.id).to.equal('cn');
    expect(cnCalendar.timeZone).to.equal('Asia/Shanghai');
    expect(CN_CALENDAR_YEARS).to.deep.equal({ from: 2004, to: 2026 });
    expect(cnCalendar.coveredYears).to.deep.equal(CN_CALENDAR_YEARS);
    for (let year = CN_CALENDAR_YEARS.from; year <= CN_CALENDAR_YEARS.to; year++) {
      expect(CN_HOLIDAY_CODES[year], `holidays of ${year}`).to.match(/^\d{4}( \d{4})*$/);
      expect(CN_WORKDAY_CODES[year], `make-up days of ${year}`).to.match(/^(\d{4}( \d{4})*)?$/);
    }
  });

  it('works Monday to Friday 09:00–12:00 and 13:30–18:00', () => {
    expect(cnCalendar.workingIntervals(sh('2026-03-02T00:00'), sh('2026-03-03T00:00'))).to.deep.equal([
      [sh('2026-03-02T09:00'), sh('2026-03-02T12:00')],
      [sh('2026-03-02T13:30'), sh('2026-03-02T18:00')],
    ]);
    expect(workingHoursOf('2026-03-07')).to.equal(0);
    expect(workingHoursOf('2026-03-08')).to.equal(0);
  });

  it('works the 2026 make-up weekend days', () => {
    for (const date of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(workingHoursOf(date), date).to.equal(7.5 * HOUR);
    }
  });

  it('rests on the 2026 public holidays', () => {
    for (const date of [
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-20',
      '2026-02-23',
      '2026-04-06',
      '2026-05-05',
      '2026-06-19',
      '2026-09-25',
      '2026-10-01',
      '2026-10-07',
    ]) {
      expect(workingHoursOf(date), date).to.equal(0);
    }
    expect(workingHoursOf('2026-02-24')).to.equal(7.5 * HOUR);
  });

  describe('Spring Festival 2026', () => {
    it('lands a 3-working-day target from Friday 13 February 14:00 on Wednesday 25 February', () => {
      // Saturday 14 (make-up day), then the holiday until Monday 23, then Tuesday 24 and Wednesday 25.
      expect(addBusinessDays(cnCalendar, sh('2026-02-13T14:00'), 3)).to.equal(sh('2026-02-25T18:00'));
      expect(resolveDeadline(cnCalendar, sh('2026-02-13T14:00'), 'P3D')).to.deep.include({
        deadline: sh('2026-02-25T18:00'),
      });
    });

    it('counts 72 business hours across both make-up Saturdays', () => {
      // Fri 13: 4 h; Sat 14: 7.5 h; 24–27 Feb: 30 h; Sat 28: 7.5 h; 2–4 Mar: 22.5 h; Thu 5 Mar: 0.5 h.
      const deadline = addBusinessTime(cnCalendar, sh('2026-02-13T14:00'), 72 * HOUR);
      expect(deadline).to.equal(sh('2026-03-05T09:30'));
      expect(businessTimeBetween(cnCalendar, sh('2026-02-13T14:00'), deadline)).to.equal(72 * HOUR);
    });

    it('counts PT48H as 48 business hours, ending on the make-up Saturday 28 February', () => {
      expect(resolveDeadline(cnCalendar, sh('2026-02-13T14:00'), 'PT48H')).to.deep.include({
        deadline: sh('2026-02-28T17:00'),
        mode: 'business-time',
      });
    });
  });

  describe('beyond the data', () => {
    it('says it does not know 2027 and treats it as plain weeks', () => {
      expect(cnCalendar.covers(2026)).to.be.true;
      expect(cnCalendar.covers(2027)).to.be.false;
      expect(cnCalendar.outOfCoverage(sh('2026-12-28T10:00'), sh('2027-01-08T10:00'))).to.deep.equal([2027]);
      // 1 January 2027 is a Friday: without data it is an ordinary working day.
      expect(workingHoursOf('2027-01-01')).to.equal(7.5 * HOUR);
    });
  });

  describe('createCnCalendar', () => {
    it('makes a 24×7 hotline that still stops on public holidays', () => {
      const result = createCnCalendar({ weeklyHours: '24x7' });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const hotline = result.calendar;
      expect(businessTimeBetween(hotline, sh('2026-03-07T00:00'), sh('2026-03-09T00:00'))).to.equal(
        48 * HOUR,
      );
      expect(businessTimeBetween(hotline, sh('2026-10-01T00:00'), sh('2026-10-09T00:00'))).to.equal(
        24 * HOUR,
      );
      expect(addBusinessTime(hotline, sh('2026-09-30T12:00'), 24 * HOUR)).to.equal(sh('2026-10-08T12:00'));
    });

    it('gives make-up days the operator’s Monday hours, or its own make-up hours', () => {
      const long = [{ start: '08:00', end: '20:00' }];
      const own = createCnCalendar({
        weeklyHours: { mon: long, tue: long, wed: long, thu: long, fri: long },
      });
      if (!own.ok) throw new Error(JSON.stringify(own.issues));
      expect(businessTimeBetween(own.calendar, sh('2026-02-14T00:00'), sh('2026-02-15T00:00'))).to.equal(
        12 * HOUR,
      );
      const short = createCnCalendar({
        makeUpHours: [{ start: '09:00', end: '12:00' }],
        id: 'cn-short',
        name: 'short',
      });
      if (!short.ok) throw new Error(JSON.stringify(short.issues));
      expect(short.calendar.id).to.equal('cn-short');
      expect(businessTimeBetween(short.calendar, sh('2026-02-14T00:00'), sh('2026-02-15T00:00'))).to.equal(
        3 * HOUR,
      );
    });

    it('reports bad operator hours instead of throwing', () => {
      const result = createCnCalendar({ weeklyHours: { mon: [{ start: '9am', end: '5pm' }] } });
      expect(result.ok).to.be.false;
    });
  });

  it('stays out of the business-time index so it stays out of the default bundle', async () => {
    const source = await (await fetch(new URL('../index.ts', import.meta.url))).text();
    expect(source).to.contain('./calendar.');
    expect(source).not.to.contain('calendars/cn');
  });
});
