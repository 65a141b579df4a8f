// Dates and times as Upwork shows them, to plain ISO strings.
//
// Convention: Upwork shows local wall time ("April 20, 2026 at 2:07 PM" in the user's time
// zone) and gives no offset, so readers emit local wall time WITHOUT an offset:
// days as "2026-04-20", times as "2026-04-20T14:07:00". Nothing here reads the clock or the
// time zone: relative words ("Today", "Yesterday", "Monday", "Nov 20" without a year) are
// resolved against `today`, a "YYYY-MM-DD" the caller passes in.

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Month names as Upwork's pages and its users' locales write them, day first ("12. März 2026",
 * "26 de jan. de 2026", "12 marca 2026", "12 марта 2026"): English, German, French, Spanish,
 * Portuguese, Italian, Dutch, Polish, Russian and Ukrainian, full and abbreviated.
 */
const MONTH_WORDS = [
  'january|jan|januar|jänner|janvier|janv|enero|ene|janeiro|gennaio|januari|stycznia|styczeń|sty|января|янв|січня|січ',
  'february|feb|februar|février|févr|fevrier|fevr|fév|febrero|fevereiro|fev|febbraio|februari|lutego|luty|lut|февраля|фев|лютого|лют',
  'march|mar|märz|mär|mars|marzo|março|marco|maart|mrt|marca|marzec|марта|мар|березня|бер',
  'april|apr|avril|avr|abril|abr|aprile|kwietnia|kwi|апреля|апр|квітня|кві',
  'may|mai|mayo|maio|maggio|mei|maja|maj|мая|май|травня|тра',
  'june|jun|juni|juin|junio|junho|giugno|giu|czerwca|cze|июня|июн|червня|чер',
  'july|jul|juli|juillet|juil|julio|julho|luglio|lug|lipca|июля|июл|липня|лип',
  'august|aug|août|aout|agosto|ago|augustus|sierpnia|августа|авг|серпня|сер',
  'september|sept|sep|septembre|septiembre|setiembre|setembro|settembre|września|wrz|сентября|сен|вересня|вер',
  'october|oct|oktober|okt|octobre|octubre|outubro|ottobre|ott|października|paź|октября|окт|жовтня|жов',
  'november|nov|novembre|noviembre|novembro|listopada|ноября|ноя|листопада',
  'december|dec|dezember|dez|décembre|déc|decembre|diciembre|dic|dezembro|dicembre|grudnia|gru|декабря|дек|грудня|гру',
];
/** Abbreviations that are also everyday words ("5 out of 8", "3 set"): a month only when a
 * period or a year follows ("1 out. 2026", "12 set 2026"). */
const AMBIGUOUS_MONTH_OF: Record<string, number> = { out: 10, set: 9, gen: 1, mag: 5, lis: 11, lip: 7, sie: 8 };
const fold = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const MONTH_OF = new Map<string, number>();
MONTH_WORDS.forEach((words, i) => {
  for (const word of words.split('|')) MONTH_OF.set(fold(word), i + 1);
});
for (const [word, month] of Object.entries(AMBIGUOUS_MONTH_OF)) MONTH_OF.set(word, month);

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** "Dec 5, 2026", "December 5 2026", "Nov 20" (English only: other languages put the day first) */
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`, 'i');
/**
 * "5 Dec 2026", "12. März 2026", "1er oct. 2026", "26 de jan. de 2026", "20 de fev.": a day and a
 * whole word, which `dayMonth` looks up among the month names. One regular expression holding the
 * ~200 names themselves took milliseconds to compile on every page a content script starts on.
 */
const DAY_WORD = /\b(\d{1,2})(?:\.|er|º|ª)?\s+(?:de\s+|del\s+)?([\p{L}\p{M}]+)(\.)?(?:,?\s+(?:de\s+|del\s+)?(\d{4}))?/giu;
/** "2026-12-05" */
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** "12/05/2026" (US order, as Upwork's English pages write it) */
const SLASH_DAY = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
/** "05.12.2026" (day first, as German, Polish and Russian write it) */
const DOT_DAY = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
/** "2026年12月5日", "2026년 12월 5일", "12月5日" */
const CJK_DAY = /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;
const RELATIVE = /\b(today|yesterday|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
/** "Hoy", "Gestern", "Aujourd'hui": today and yesterday in other languages, as a day header. */
const RELATIVE_OTHER = /^\s*(?:(hoy|hoje|heute|aujourd['’]hui|oggi|vandaag|dzisiaj|dziś|сегодня|сьогодні|今日|今天|오늘)|(ayer|ontem|gestern|hier|ieri|gisteren|wczoraj|вчера|вчора|昨日|昨天|어제))(?![\p{L}])\s*(?:$|[,.·•\-–]|\d)/iu;
const TIME = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])\.?\s*m\.?(?![a-z])|\b(\d{1,2})[:h](\d{2})(?::(\d{2}))?\b/i;

/** The first day-first date ("12. März 2026") in `text`: its match, day, month (1-12) and year as shown. */
function dayMonth(text: string): { match: RegExpExecArray; day: number; month: number; year: string | undefined } | null {
  DAY_WORD.lastIndex = 0;
  for (let m = DAY_WORD.exec(text); m; m = DAY_WORD.exec(text)) {
    const word = fold(m[2] as string);
    // An abbreviation that is also a word counts only with a period or a year after it.
    const ambiguous = word in AMBIGUOUS_MONTH_OF && m[3] === undefined && m[4] === undefined;
    const month = ambiguous ? 0 : (MONTH_OF.get(word) ?? 0);
    if (month > 0) return { match: m, day: Number(m[1]), month, year: m[4] };
    // Read on from the word after the day: "5 items, 12 March 2026".
    DAY_WORD.lastIndex = m.index + 1;
  }
  return null;
}

/** Does `text` hold a date (see findDate)? */
export const hasDate = (text: string): boolean => findDate(text) !== null;

/** `text` with its first date (see findDate) replaced by `by`. */
export function withoutDate(text: string, by = ''): string {
  const found = findDate(text);
  return found ? `${text.slice(0, found.index)}${by}${text.slice(found.end)}` : text;
}

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

/** 1-12 for a month's name in any language above, 0 for anything else (no valid day). */
function monthIndex(name: string): number {
  return MONTH_OF.get(fold(name)) ?? 0;
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
  /** "04/08/2026" is 4 August (the page's language writes the day first), not April 8. */
  dayFirst?: boolean;
}

/** Does the page's language write "04/08/2026" day first? Every language but US English does;
 * a page that names no language is read as Upwork's default, US English. */
export function dayFirstOf(doc: Document | null | undefined): boolean {
  const lang = doc?.documentElement?.getAttribute('lang')?.trim() ?? '';
  return lang !== '' && !/^en(-us)?$/i.test(lang);
}

/** A date written out in `text`: where it starts and ends, and the day, or null when it names no
 * valid day (or no year and there is no `today` to infer one from). */
interface Found {
  at: number;
  end: number;
  value: string | null;
}

/** Every kind of date written out, the first of each kind, in order of position (at one position,
 * the kind listed first). */
function writtenDates(text: string, options: DayOptions): Found[] {
  const { today, future = false } = options;
  const found: Found[] = [];
  const add = (m: { index: number; 0: string }, value: string | null) => found.push({ at: m.index, end: m.index + m[0].length, value });
  /** A day and month, in the year shown or, with none, the year `today` implies. */
  const shown = (year: string | undefined, month: number, day: number) => {
    const y = year ? Number(year) : today ? inferYear(month, day, today, future) : null;
    return y === null ? null : ymd(y, month, day);
  };
  let m = MONTH_DAY.exec(text);
  if (m) add(m, shown(m[3], monthIndex(m[1] as string), Number(m[2])));
  const dm = dayMonth(text);
  if (dm) add(dm.match, shown(dm.year, dm.month, dm.day));
  m = ISO_DAY.exec(text);
  if (m) add(m, ymd(Number(m[1]), Number(m[2]), Number(m[3])));
  m = SLASH_DAY.exec(text);
  if (m) {
    // A number above 12 says which is the day; otherwise the page's language does.
    const [a, b] = [Number(m[1]), Number(m[2])];
    const dayFirst = a > 12 || (b <= 12 && options.dayFirst === true);
    add(m, dayFirst ? ymd(Number(m[3]), b, a) : ymd(Number(m[3]), a, b));
  }
  m = DOT_DAY.exec(text);
  if (m) add(m, ymd(Number(m[3]), Number(m[2]), Number(m[1])));
  m = CJK_DAY.exec(text);
  if (m) add(m, shown(m[1], Number(m[2]), Number(m[3])));
  return found.sort((x, y) => x.at - y.at);
}

/**
 * Where the first date this module understands lies in `text` (the dates parseDay reads, and
 * weekdays and "today"), or null: for finding and removing dates inside text.
 */
export function findDate(text: string): { index: number; end: number } | null {
  const first = writtenDates(text, {})[0];
  const m = RELATIVE.exec(text);
  if (m && (!first || m.index < first.at)) return { index: m.index, end: m.index + m[0].length };
  return first ? { index: first.at, end: first.end } : null;
}

/** The first date in `text` as "YYYY-MM-DD", or null. */
export function parseDay(text: string | null | undefined, options: DayOptions = {}): string | null {
  if (!text) return null;
  const { today } = options;
  // A day written out wins over a weekday or "Today" before it ("Tuesday, December 30, 2025").
  const absolute = writtenDates(text, options).find((c) => c.value !== null)?.value;
  if (absolute) return absolute;
  if (!today) return null;
  let m = RELATIVE.exec(text);
  if (m?.[1]) {
    const word = m[1].toLowerCase();
    if (word === 'today') return today;
    if (word === 'yesterday') return addDays(today, -1);
    // A weekday name in a day header means the most recent such day, within the last week.
    const todayIndex = new Date(`${today}T00:00:00Z`).getUTCDay();
    const back = (todayIndex - WEEKDAYS.indexOf(word) + 7) % 7 || 7;
    return addDays(today, -back);
  }
  m = RELATIVE_OTHER.exec(text);
  if (m) return m[1] ? today : addDays(today, -1);
  return null;
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
  const time = parseTime(withoutDate(text, ' '));
  return time ? `${day}T${time}` : null;
}

/** "YYYY-MM-DD" of a Date in its local calendar: the default `today` for callers that have a clock. */
export function localDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
