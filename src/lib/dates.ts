/** Dates as Finnish readers write them (5.3.2026). Pure: the caller gives the date. */

/** A calendar day `YYYY-MM-DD` (a due date) as `5.3.2026`, with no time zone involved. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/** The local calendar day of a timestamp (ISO 8601) or date as `5.3.2026`. */
export function formatDate(value: string | Date): string {
  const date = new Date(value);
  return `${date.getDate()}.${date.getMonth() + 1}.${date.getFullYear()}`;
}

/** The local calendar day of a date as `YYYY-MM-DD`, e.g. for a file name. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Minutes after midnight as a Finnish clock time: 545 → `9.05`. */
export function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${Math.floor(m / 60)}.${String(m % 60).padStart(2, '0')}`;
}

/** A time of day `HH:MM` (an `<input type="time">` value) as minutes after midnight. */
export function parseClock(value: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h < 24 && min < 60 ? h * 60 + min : undefined;
}
