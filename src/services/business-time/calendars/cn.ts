import {
  BusinessCalendar,
  type BusinessCalendarResult,
  type TimeRange,
  type WeeklyHours,
} from '../calendar.js';
import { CN_DATA_YEARS, CN_HOLIDAY_CODES, CN_WORKDAY_CODES } from './cn-data.js';

/** Years whose official days off and make-up working days the cn calendar knows. */
export const CN_CALENDAR_YEARS: { readonly from: number; readonly to: number } = CN_DATA_YEARS;

/** Office hours of the official calendar: Monday to Friday, 09:00–12:00 and 13:30–18:00. */
export const CN_OFFICE_HOURS: readonly TimeRange[] = Object.freeze([
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '18:00' },
]);

/** Options of `createCnCalendar`. */
export interface CnCalendarOptions {
  /** Own working hours instead of Monday–Friday office hours, e.g. `'24x7'`. */
  weeklyHours?: WeeklyHours;
  /** Hours of a make-up working day; default: Monday's hours (see `BusinessCalendarInit.makeUpHours`). */
  makeUpHours?: TimeRange[];
  /** Identifier; default `cn`. */
  id?: string;
  /** Name; default `中国法定工作日`. */
  name?: string;
}

function expand(codes: Readonly<Record<number, string>>): string[] {
  const dates: string[] = [];
  for (const [year, list] of Object.entries(codes)) {
    for (const code of list.split(' ')) {
      if (code) dates.push(`${year}-${code.slice(0, 2)}-${code.slice(2)}`);
    }
  }
  return dates;
}

const HOLIDAYS = expand(CN_HOLIDAY_CODES);
const WORKDAYS = expand(CN_WORKDAY_CODES);

/**
 * The working calendar of the People's Republic of China in Asia/Shanghai, with the official days
 * off and make-up working days (调休) of `CN_CALENDAR_YEARS`, and the given hours (default office
 * hours). Holidays remove whatever hours a day has, so a 24×7 hotline whose SLA clock stops on
 * public holidays is `createCnCalendar({ weeklyHours: '24x7' })` (make-up days change nothing there:
 * weekends are already worked). Years beyond the data are plain weeks: see `outOfCoverage`.
 */
export function createCnCalendar(options: CnCalendarOptions = {}): BusinessCalendarResult {
  const hours = [...CN_OFFICE_HOURS];
  return BusinessCalendar.from({
    id: options.id ?? 'cn',
    name: options.name ?? '中国法定工作日',
    timeZone: 'Asia/Shanghai',
    weeklyHours: options.weeklyHours ?? { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours },
    makeUpHours: options.makeUpHours,
    holidays: HOLIDAYS,
    workdays: WORKDAYS,
    coveredYears: { from: CN_CALENDAR_YEARS.from, to: CN_CALENDAR_YEARS.to },
  });
}

function build(): BusinessCalendar {
  const result = createCnCalendar();
  // Only broken generated data can get here; cn.test.ts guards it.
  if (!result.ok) throw new Error(`cn calendar data is invalid: ${JSON.stringify(result.issues)}`);
  return result.calendar;
}

/** The official calendar with office hours, built once. */
export const cnCalendar: BusinessCalendar = build();
