// Business-time engine: calendars and business-duration arithmetic. The Chinese calendar lives in
// calendars/cn.ts and is imported on its own, so its data stays out of bundles that do not use it.
export {
  epochToWallTime,
  isValidTimeZone,
  timeZoneOffset,
  zonedWallTimeToEpoch,
  type Interval,
  type WallTime,
  type ZonedWallTime,
} from './time-zone.js';
export {
  BusinessCalendar,
  type BusinessCalendarInit,
  type BusinessCalendarResult,
  type TimeRange,
  type ValidationIssue,
  type Weekday,
  type WeeklyHours,
} from './calendar.js';
export {
  addBusinessDays,
  addBusinessTime,
  businessTimeBetween,
  validatePauses,
  type Pause,
} from './arithmetic.js';
export {
  parseIsoDuration,
  resolveDeadline,
  type DeadlineResult,
  type IsoDuration,
  type IsoDurationResult,
} from './duration.js';
