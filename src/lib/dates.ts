/** Dates and times as the build's language writes them (5.3.2026, 9.05 in Finnish). Pure: the caller gives the date. */
import { LOCALE } from '../i18n/config';

const numericDay = { day: 'numeric', month: 'numeric', year: 'numeric' } as const;
const utcDay = new Intl.DateTimeFormat(LOCALE.intl, { ...numericDay, timeZone: 'UTC' });
const localDay = new Intl.DateTimeFormat(LOCALE.intl, numericDay);
const utcClock = new Intl.DateTimeFormat(LOCALE.intl, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

/** A calendar day `YYYY-MM-DD` (a due date) as `5.3.2026`, with no time zone involved. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return utcDay.format(Date.UTC(y!, m! - 1, d!));
}

/** The local calendar day of a timestamp (ISO 8601) or date as `5.3.2026`. */
export function formatDate(value: string | Date): string {
  return localDay.format(new Date(value));
}

/** The local calendar day of a date as `YYYY-MM-DD`, e.g. for a file name. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Minutes after midnight as a clock time: 545 → `9.05` in Finnish. */
export function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return utcClock.format(m * 60_000);
}

/** A time of day `HH:MM` (an `<input type="time">` value) as minutes after midnight. */
export function parseClock(value: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h < 24 && min < 60 ? h * 60 + min : undefined;
}
