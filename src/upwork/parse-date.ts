// Dates and times as Upwork shows them, to plain ISO strings.
//
// Convention: Upwork shows local wall time ("April 20, 2026 at 2:07 PM" in the user's time
// zone) and gives no offset, so readers emit local wall time WITHOUT an offset:
// days as "2026-04-20", times as "2026-04-20T14:07:00". Nothing here reads the clock or the
// time zone: relative words ("Today", "Yesterday", "Monday", "Nov 20" without a year) are
// resolved against `today`, a "YYYY-MM-DD" the caller passes in.

const MONTHS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** "Dec 5, 2026", "December 5 2026", "Nov 20" */
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`, 'i');
/** "5 Dec 2026" */
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}(?:,?\s+(\d{4}))?`, 'i');
/** "2026-12-05" */
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** "12/05/2026" (US order, as Upwork's English pages write it) */
const SLASH_DAY = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const RELATIVE = /\b(today|yesterday|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const TIME = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])\.?\s*m\.?(?![a-z])|\b(\d{1,2}):(\d{2})(?::(\d{2}))?\b/i;

/** A pattern matching any one date this module understands, for finding dates inside text. */
export const DATE_PATTERN = new RegExp(
  [MONTH_DAY.source, DAY_MONTH.source, ISO_DAY.source, SLASH_DAY.source, RELATIVE.source].join('|'),
  'i',
);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function ymd(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Without a year, a date is this year's, unless that is well in the future (then last year's). */
function inferYear(month: number, day: number, today: string | undefined, future: boolean): number {
  const year = Number((today ?? '1970-01-01').slice(0, 4));
  const candidate = ymd(year, month, day);
  if (!future && today && candidate && candidate > addDays(today, 7)) return year - 1;
  return year;
}

export interface DayOptions {
  /** "YYYY-MM-DD": what "Today" means; also gives a year to dates shown without one. */
  today?: string;
  /** Dates that may lie ahead (due dates): no rolling back to last year. */
  future?: boolean;
}

/** The first date in `text` as "YYYY-MM-DD", or null. */
export function parseDay(text: string | null | undefined, options: DayOptions = {}): string | null {
  if (!text) return null;
  const { today, future = false } = options;
  const candidates: { at: number; value: string | null }[] = [];
  let m = MONTH_DAY.exec(text);
  if (m?.[1] && m[2]) {
    const month = monthIndex(m[1]);
    const day = Number(m[2]);
    const year = m[3] ? Number(m[3]) : today ? inferYear(month, day, today, future) : null;
    candidates.push({ at: m.index, value: year === null ? null : ymd(year, month, day) });
  }
  m = DAY_MONTH.exec(text);
  if (m?.[1] && m[2]) {
    const month = monthIndex(m[2]);
    const day = Number(m[1]);
    const year = m[3] ? Number(m[3]) : today ? inferYear(month, day, today, future) : null;
    candidates.push({ at: m.index, value: year === null ? null : ymd(year, month, day) });
  }
  m = ISO_DAY.exec(text);
  if (m) candidates.push({ at: m.index, value: ymd(Number(m[1]), Number(m[2]), Number(m[3])) });
  m = SLASH_DAY.exec(text);
  if (m) candidates.push({ at: m.index, value: ymd(Number(m[3]), Number(m[1]), Number(m[2])) });
  m = RELATIVE.exec(text);
  if (m?.[1] && today) {
    const word = m[1].toLowerCase();
    let value: string;
    if (word === 'today') value = today;
    else if (word === 'yesterday') value = addDays(today, -1);
    else {
      // A weekday name in a day header means the most recent such day, within the last week.
      const todayIndex = new Date(`${today}T00:00:00Z`).getUTCDay();
      const back = (todayIndex - WEEKDAYS.indexOf(word) + 7) % 7 || 7;
      value = addDays(today, -back);
    }
    candidates.push({ at: m.index, value });
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates.find((c) => c.value !== null)?.value ?? null;
}

/** The first clock time in `text` as "HH:MM:SS" (24 h), or null. "2:07 PM" -> "14:07:00". */
export function parseTime(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = TIME.exec(text);
  if (!m) return null;
  let hours: number;
  let minutes: number;
  let seconds: number;
  if (m[1] !== undefined) {
    hours = Number(m[1]) % 12 + (m[4]?.toLowerCase() === 'p' ? 12 : 0);
    minutes = Number(m[2]);
    seconds = Number(m[3] ?? 0);
  } else {
    hours = Number(m[5]);
    minutes = Number(m[6]);
    seconds = Number(m[7] ?? 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}

/**
 * A full timestamp ("April 20, 2026 at 2:07 PM", "Apr 20, 2026, 14:07") as local wall time
 * "2026-04-20T14:07:00", or null when either the day or the time is missing.
 */
export function parseDateTime(text: string | null | undefined, options: DayOptions = {}): string | null {
  const day = parseDay(text, options);
  if (!day || !text) return null;
  // Look for the time after the date so "12/05/2026" is never read as a time.
  const time = parseTime(text.replace(DATE_PATTERN, ' '));
  return time ? `${day}T${time}` : null;
}

/** "YYYY-MM-DD" of a Date in its local calendar: the default `today` for callers that have a clock. */
export function localDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
