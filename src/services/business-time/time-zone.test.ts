import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  civilToMs,
  epochToWallTime,
  isValidTimeZone,
  localDayOf,
  timeZoneOffset,
  wallRangeToInstants,
  zonedWallTimeToEpoch,
} from './time-zone.js';

const HOUR = 3_600_000;
const at = (text: string): number => Date.parse(text);

describe('time zones', () => {
  describe('isValidTimeZone', () => {
    it('accepts IANA zones and UTC', () => {
      for (const zone of ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'UTC']) {
        expect(isValidTimeZone(zone), zone).to.be.true;
      }
    });

    it('refuses unknown zones, empty strings and non-strings', () => {
      expect(isValidTimeZone('Mars/Olympus_Mons')).to.be.false;
      expect(isValidTimeZone('Mars/Olympus_Mons'), 'cached answer').to.be.false;
      expect(isValidTimeZone('')).to.be.false;
      expect(isValidTimeZone(42 as unknown as string)).to.be.false;
    });
  });

  describe('timeZoneOffset', () => {
    it('is +8 h all year in Asia/Shanghai', () => {
      expect(timeZoneOffset(at('2026-01-15T00:00Z'), 'Asia/Shanghai')).to.equal(8 * HOUR);
      expect(timeZoneOffset(at('2026-07-15T00:00Z'), 'Asia/Shanghai')).to.equal(8 * HOUR);
    });

    it('changes at the exact instant of the Berlin switches', () => {
      const spring = at('2026-03-29T01:00Z');
      expect(timeZoneOffset(spring - 1, 'Europe/Berlin')).to.equal(HOUR);
      expect(timeZoneOffset(spring, 'Europe/Berlin')).to.equal(2 * HOUR);
      const autumn = at('2026-10-25T01:00Z');
      expect(timeZoneOffset(autumn - 1, 'Europe/Berlin')).to.equal(2 * HOUR);
      expect(timeZoneOffset(autumn, 'Europe/Berlin')).to.equal(HOUR);
    });

    it('changes at the exact instant of the New York switches', () => {
      const spring = at('2026-03-08T07:00Z');
      expect(timeZoneOffset(spring - 1, 'America/New_York')).to.equal(-5 * HOUR);
      expect(timeZoneOffset(spring, 'America/New_York')).to.equal(-4 * HOUR);
      const autumn = at('2026-11-01T06:00Z');
      expect(timeZoneOffset(autumn - 1, 'America/New_York')).to.equal(-4 * HOUR);
      expect(timeZoneOffset(autumn, 'America/New_York')).to.equal(-5 * HOUR);
    });

    it('asks Intl once per UTC day, not once per lookup', () => {
      const spy = sinon.spy(Intl.DateTimeFormat.prototype, 'formatToParts');
      try {
        const start = at('2031-05-04T00:00Z');
        for (let minute = 0; minute < 24 * 60; minute++)
          timeZoneOffset(start + minute * 60_000, 'Europe/Berlin');
        expect(spy.callCount).to.be.at.most(2);
      } finally {
        spy.restore();
      }
    });

    it('throws a RangeError for an unknown zone, and is NaN for NaN', () => {
      expect(() => timeZoneOffset(0, 'Mars/Olympus_Mons')).to.throw(RangeError);
      expect(timeZoneOffset(NaN, 'Asia/Shanghai')).to.be.NaN;
      expect(timeZoneOffset(8.64e15, 'Asia/Shanghai')).to.equal(8 * HOUR);
    });
  });

  describe('epochToWallTime', () => {
    it('reads the wall clock, weekday and offset', () => {
      expect(epochToWallTime(at('2026-02-13T06:00:30.250Z'), 'Asia/Shanghai')).to.deep.equal({
        year: 2026,
        month: 2,
        day: 13,
        hour: 14,
        minute: 0,
        second: 30,
        millisecond: 250,
        weekday: 5,
        offset: 8 * HOUR,
      });
    });

    it('shows both passes of the repeated hour when New York falls back', () => {
      const first = epochToWallTime(at('2026-11-01T05:30Z'), 'America/New_York');
      const second = epochToWallTime(at('2026-11-01T06:30Z'), 'America/New_York');
      expect([first.hour, first.minute, first.offset]).to.deep.equal([1, 30, -4 * HOUR]);
      expect([second.hour, second.minute, second.offset]).to.deep.equal([1, 30, -5 * HOUR]);
    });
  });

  describe('zonedWallTimeToEpoch', () => {
    it('converts an ordinary wall time', () => {
      expect(
        zonedWallTimeToEpoch({ year: 2026, month: 2, day: 13, hour: 14, minute: 0 }, 'Asia/Shanghai'),
      ).to.equal(at('2026-02-13T14:00+08:00'));
      expect(
        zonedWallTimeToEpoch(
          { year: 2026, month: 7, day: 1, hour: 9, minute: 15, second: 5 },
          'Europe/Berlin',
        ),
      ).to.equal(at('2026-07-01T09:15:05+02:00'));
    });

    it('moves a wall time inside a spring-forward gap forward by the gap', () => {
      expect(
        zonedWallTimeToEpoch({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Berlin'),
      ).to.equal(at('2026-03-29T03:30+02:00'));
      expect(
        zonedWallTimeToEpoch({ year: 2026, month: 3, day: 8, hour: 2, minute: 0 }, 'America/New_York'),
      ).to.equal(at('2026-03-08T03:00-04:00'));
    });

    it('takes the earlier instant of a wall time repeated when the clocks go back', () => {
      expect(
        zonedWallTimeToEpoch({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Berlin'),
      ).to.equal(at('2026-10-25T02:30+02:00'));
      expect(
        zonedWallTimeToEpoch({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York'),
      ).to.equal(at('2026-11-01T01:30-04:00'));
    });

    it('takes the only instant just outside the overlap', () => {
      expect(
        zonedWallTimeToEpoch({ year: 2026, month: 10, day: 25, hour: 3, minute: 0 }, 'Europe/Berlin'),
      ).to.equal(at('2026-10-25T03:00+01:00'));
      expect(
        zonedWallTimeToEpoch({ year: 2026, month: 10, day: 25, hour: 1, minute: 59 }, 'Europe/Berlin'),
      ).to.equal(at('2026-10-25T01:59+02:00'));
      expect(
        zonedWallTimeToEpoch({ year: 2026, month: 3, day: 29, hour: 3, minute: 0 }, 'Europe/Berlin'),
      ).to.equal(at('2026-03-29T03:00+02:00'));
    });

    it('rolls over 24:00 and out-of-range fields like Date.UTC', () => {
      expect(
        zonedWallTimeToEpoch({ year: 2026, month: 12, day: 31, hour: 24, minute: 0 }, 'Asia/Shanghai'),
      ).to.equal(at('2027-01-01T00:00+08:00'));
    });

    it('returns NaN for non-numeric fields and throws for an unknown zone', () => {
      expect(zonedWallTimeToEpoch({ year: NaN, month: 1, day: 1, hour: 0, minute: 0 }, 'UTC')).to.be.NaN;
      expect(() =>
        zonedWallTimeToEpoch({ year: 2026, month: 1, day: 1, hour: 0, minute: 0 }, 'Mars/Olympus_Mons'),
      ).to.throw(RangeError);
    });

    it('round-trips every quarter hour of the switch days', () => {
      for (const [zone, day] of [
        ['Europe/Berlin', '2026-03-29'],
        ['Europe/Berlin', '2026-10-25'],
        ['America/New_York', '2026-03-08'],
        ['America/New_York', '2026-11-01'],
      ] as const) {
        const start = at(`${day}T00:00Z`) - 12 * HOUR;
        for (let instant = start; instant < start + 48 * HOUR; instant += HOUR / 4) {
          const wall = epochToWallTime(instant, zone);
          const back = zonedWallTimeToEpoch(wall, zone);
          // Only the second pass of a repeated hour maps to its earlier twin.
          expect(back === instant || back === instant - HOUR, `${zone} ${new Date(instant).toISOString()}`).to
            .be.true;
        }
      }
    });
  });

  describe('wallRangeToInstants', () => {
    const wallMs = (text: string): number => at(`${text}Z`);

    it('maps a range to one interval on an ordinary day', () => {
      expect(
        wallRangeToInstants(wallMs('2026-03-02T09:00'), wallMs('2026-03-02T12:00'), 'Asia/Shanghai'),
      ).to.deep.equal([[at('2026-03-02T09:00+08:00'), at('2026-03-02T12:00+08:00')]]);
    });

    it('shrinks a range across a gap and drops one inside it', () => {
      expect(
        wallRangeToInstants(wallMs('2026-03-08T01:00'), wallMs('2026-03-08T04:00'), 'America/New_York'),
      ).to.deep.equal([[at('2026-03-08T01:00-05:00'), at('2026-03-08T04:00-04:00')]]);
      expect(
        wallRangeToInstants(wallMs('2026-03-08T02:00'), wallMs('2026-03-08T02:30'), 'America/New_York'),
      ).to.deep.equal([]);
    });

    it('covers both passes of an overlap', () => {
      expect(
        wallRangeToInstants(wallMs('2026-11-01T01:00'), wallMs('2026-11-01T01:30'), 'America/New_York'),
      ).to.deep.equal([
        [at('2026-11-01T01:00-04:00'), at('2026-11-01T01:30-04:00')],
        [at('2026-11-01T01:00-05:00'), at('2026-11-01T01:30-05:00')],
      ]);
      expect(
        wallRangeToInstants(wallMs('2026-10-25T00:00'), wallMs('2026-10-25T04:00'), 'Europe/Berlin'),
      ).to.deep.equal([[at('2026-10-25T00:00+02:00'), at('2026-10-25T04:00+01:00')]]);
    });
  });

  it('numbers local days and handles years below 100', () => {
    expect(localDayOf(at('2026-02-13T23:30+08:00'), 'Asia/Shanghai')).to.equal(
      at('2026-02-13T00:00Z') / 86_400_000,
    );
    expect(localDayOf(at('2026-02-13T23:30-05:00'), 'America/New_York')).to.equal(
      at('2026-02-13T00:00Z') / 86_400_000,
    );
    expect(new Date(civilToMs(50, 6, 1)).getUTCFullYear()).to.equal(50);
  });
});
