import { describe, expect, it } from 'vitest';
import { clock, dayOf, formatDate, formatDay, parseClock } from '../../src/lib/dates';

describe('dates', () => {
  it('writes a calendar day the Finnish way', () => {
    expect(formatDay('2027-03-05')).toBe('5.3.2027');
    expect(formatDay('2027-12-31')).toBe('31.12.2027');
  });

  it('writes the local day of a timestamp', () => {
    // Midday UTC is the same calendar day in every time zone from UTC−11 to UTC+11.
    expect(formatDate('2026-11-20T12:00:00.000Z')).toBe('20.11.2026');
    expect(formatDate(new Date(2026, 0, 2, 8))).toBe('2.1.2026');
  });

  it('gives a day for a file name', () => {
    expect(dayOf(new Date(2026, 2, 9, 23, 59))).toBe('2026-03-09');
  });

  it('reads and writes clock times', () => {
    expect(parseClock('09:00')).toBe(540);
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock('24:00')).toBeUndefined();
    expect(parseClock('')).toBeUndefined();
    expect(clock(545)).toBe('9.05');
    expect(clock(13 * 60)).toBe('13.00');
    expect(clock(24 * 60 + 15)).toBe('0.15');
  });
});
