import { expect } from '@open-wc/testing';
import { BusinessCalendar, type TimeRange } from './calendar.js';
import { parseIsoDuration, resolveDeadline, type IsoDuration } from './duration.js';

const at = (text: string): number => Date.parse(text);
const HOUR = 3_600_000;
const OFFICE: TimeRange[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '18:00' },
];
const created = BusinessCalendar.from({
  timeZone: 'Asia/Shanghai',
  weeklyHours: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE },
});
if (!created.ok) throw new Error('test calendar is invalid');
const office = created.calendar;
const sh = (wall: string): number => at(`${wall}+08:00`);

function parsed(text: string): IsoDuration {
  const result = parseIsoDuration(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function refusal(text: string): string {
  const result = parseIsoDuration(text);
  expect(result.ok, `${text} should be refused`).to.be.false;
  return result.ok ? '' : result.message;
}

describe('ISO durations', () => {
  describe('parseIsoDuration', () => {
    it('reads the SLA durations', () => {
      expect(parsed('PT48H')).to.deep.equal({
        weeks: 0,
        days: 0,
        hours: 48,
        minutes: 0,
        seconds: 0,
        ms: 48 * HOUR,
      });
      expect(parsed('P3D')).to.deep.equal({
        weeks: 0,
        days: 3,
        hours: 0,
        minutes: 0,
        seconds: 0,
        ms: 72 * HOUR,
      });
      expect(parsed('PT1H30M').ms).to.equal(1.5 * HOUR);
      expect(parsed('P1DT2H')).to.deep.equal({
        weeks: 0,
        days: 1,
        hours: 2,
        minutes: 0,
        seconds: 0,
        ms: 26 * HOUR,
      });
      expect(parsed('PT90S').ms).to.equal(90_000);
      expect(parsed('P2W')).to.deep.equal({
        weeks: 2,
        days: 0,
        hours: 0,
        minutes: 0,
        seconds: 0,
        ms: 14 * 24 * HOUR,
      });
    });

    it('accepts weeks with days, a fraction on the last part, lower case and zero', () => {
      expect(parsed('P1W2D').ms).to.equal(9 * 24 * HOUR);
      expect(parsed('PT1.5H').ms).to.equal(1.5 * HOUR);
      expect(parsed('PT1H0,5M').ms).to.equal(HOUR + 30_000);
      expect(parsed('PT0.25S').ms).to.equal(250);
      expect(parsed(' pt48h ').hours).to.equal(48);
      expect(parsed('PT0S').ms).to.equal(0);
    });

    it('refuses negative, empty and open-ended time parts', () => {
      expect(refusal('-PT1H')).to.equal('a duration cannot be negative');
      expect(refusal('P')).to.equal('"P" alone is empty: add a number of days or a time');
      expect(refusal('PT')).to.equal('"PT": "T" must be followed by hours, minutes or seconds');
      expect(refusal('P1DT')).to.equal('"P1DT": "T" must be followed by hours, minutes or seconds');
    });

    it('refuses years and months, which have no fixed length', () => {
      for (const text of ['P1Y', 'P1M', 'P1Y2M3D', 'P0.5Y']) {
        expect(refusal(text)).to.equal(
          `"${text}": years and months have no fixed length; use days (P30D) or weeks (P4W)`,
        );
      }
    });

    it('refuses anything else with an example', () => {
      for (const text of ['', '48h', 'PT1H2', 'P1.5D', 'PT1M1H', 'P1D2W', 'T1H']) {
        expect(refusal(text)).to.equal(
          `"${text}" is not an ISO 8601 duration such as PT48H, P3D, PT1H30M or P1DT2H`,
        );
      }
      expect(refusal('PT1.5H30M')).to.equal(
        '"PT1.5H30M": only the last part of a duration may have a fraction',
      );
      expect(refusal('PT99999999999999999999H')).to.equal('"PT99999999999999999999H" is too long');
      expect(refusal(48 as unknown as string)).to.equal(
        'expected an ISO 8601 duration such as PT48H, P3D, PT1H30M or P1DT2H',
      );
    });
  });

  describe('resolveDeadline', () => {
    it('counts working days for a pure day or week duration with a calendar', () => {
      const result = resolveDeadline(office, sh('2026-03-02T10:00'), 'P3D');
      expect(result).to.deep.include({ ok: true, deadline: sh('2026-03-05T18:00'), mode: 'working-days' });
      expect(resolveDeadline(office, sh('2026-03-02T10:00'), 'P1W')).to.deep.include({
        deadline: sh('2026-03-09T18:00'),
        mode: 'working-days',
      });
    });

    it('counts business time for anything with a time part', () => {
      expect(resolveDeadline(office, sh('2026-03-02T09:00'), 'PT48H')).to.deep.include({
        deadline: sh('2026-03-10T12:00'),
        mode: 'business-time',
      });
      expect(resolveDeadline(office, sh('2026-03-02T09:00'), 'P1DT2H')).to.deep.include({
        deadline: sh('2026-03-05T14:00'),
        mode: 'business-time',
      });
      expect(resolveDeadline(office, sh('2026-03-02T11:30'), 'PT1H')).to.deep.include({
        deadline: sh('2026-03-02T14:00'),
      });
    });

    it('uses wall-clock time without a calendar and returns the start for zero', () => {
      expect(resolveDeadline(null, at('2026-03-02T10:00Z'), 'P3D')).to.deep.include({
        deadline: at('2026-03-05T10:00Z'),
        mode: 'business-time',
      });
      expect(resolveDeadline(office, sh('2026-03-07T10:00'), 'P0D')).to.deep.include({
        deadline: sh('2026-03-07T10:00'),
      });
    });

    it('pushes the deadline back by pauses', () => {
      const pauses = [{ from: sh('2026-03-03T09:00'), to: sh('2026-03-03T10:00') }];
      expect(resolveDeadline(office, sh('2026-03-02T10:00'), 'P3D', pauses)).to.deep.include({
        deadline: sh('2026-03-06T10:00'),
      });
      expect(resolveDeadline(office, sh('2026-03-02T09:00'), 'PT2H', pauses)).to.deep.include({
        deadline: sh('2026-03-02T11:00'),
      });
    });

    it('passes on a parse failure', () => {
      expect(resolveDeadline(office, 0, 'P1M')).to.deep.equal({
        ok: false,
        message: '"P1M": years and months have no fixed length; use days (P30D) or weeks (P4W)',
      });
    });
  });
});
