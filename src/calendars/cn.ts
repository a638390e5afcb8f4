// `cx-desk/calendars/cn`: the working calendar of the People's Republic of China (holidays and
// make-up working days, from the MIT-licensed chinese-days data). Importing it registers it as "cn"
// for `calendar="cn"`; it is a separate entry so its data stays out of the default bundle.
import { cnCalendar } from '../services/business-time/calendars/cn.js';
import { registerCalendar } from '../services/sla/calendars.js';

registerCalendar('cn', cnCalendar);

export {
  cnCalendar,
  createCnCalendar,
  CN_CALENDAR_YEARS,
  CN_OFFICE_HOURS,
  type CnCalendarOptions,
} from '../services/business-time/calendars/cn.js';
