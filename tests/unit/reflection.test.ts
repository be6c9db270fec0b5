import { describe, expect, it } from 'vitest';
import { group } from '../../src/i18n';
import { isAnswered, mergeTyped, savedLabel, wroteOver } from '../../src/lib/reflection';

describe('mergeTyped', () => {
  it('keeps both the saved answer and text typed before the island started', () => {
    expect(mergeTyped('Vanha vastaus.\n', 'Uusi ajatus')).toBe('Vanha vastaus.\n\nUusi ajatus');
  });
  it('takes the typed text when nothing was saved, and the saved text when nothing was typed', () => {
    expect(mergeTyped('', 'Uusi')).toBe('Uusi');
    expect(mergeTyped('  ', 'Uusi')).toBe('Uusi');
    expect(mergeTyped('Vanha', '')).toBe('Vanha');
    expect(mergeTyped('Sama', 'Sama')).toBe('Sama');
  });
});

describe('savedLabel', () => {
  const strings = group('reflection');
  const at = new Date(2026, 10, 3, 14, 32).toISOString();
  it('gives the time on the same day and the date on another', () => {
    expect(savedLabel(at, strings, new Date(2026, 10, 3, 18, 0))).toBe('Tallennettu klo 14.32');
    expect(savedLabel(at, strings, new Date(2026, 10, 4, 9, 0))).toBe('Tallennettu 3.11.2026 klo 14.32');
    expect(savedLabel(new Date(2026, 0, 1, 9, 5).toISOString(), strings, new Date(2026, 0, 1))).toBe('Tallennettu klo 9.05');
  });
});

describe('isAnswered', () => {
  it('treats whitespace as no answer', () => {
    expect(isAnswered(' \n')).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered('x')).toBe(true);
  });
});

describe('wroteOver', () => {
  const own = { text: 'Alku. Lisäys B.', updatedAt: '2026-11-20T10:00:02.000Z', basedOn: '2026-11-20T10:00:00.000Z' };
  it('finds an answer edited from an older version than this tab’s own save', () => {
    expect(wroteOver({ text: 'Alku. Lisäys A.', updatedAt: '2026-11-20T10:00:03.000Z', basedOn: '2026-11-20T10:00:00.000Z' }, own)).toBe(
      true,
    );
    // An answer from before this field knew versions (no basedOn) cannot be shown to descend from it either.
    expect(wroteOver({ text: 'Alku. Lisäys A.', updatedAt: '2026-11-20T10:00:03.000Z' }, own)).toBe(true);
    // Saved in the same millisecond as this tab's own save: still another text.
    expect(wroteOver({ text: 'Alku. Lisäys A.', updatedAt: own.updatedAt, basedOn: own.basedOn }, own)).toBe(true);
  });
  it('lets through an edit of this tab’s own save, the save itself, or the same text', () => {
    expect(wroteOver({ text: 'Alku. Lisäys B. Jatko.', updatedAt: '2026-11-20T10:00:05.000Z', basedOn: own.updatedAt }, own)).toBe(false);
    expect(wroteOver({ ...own }, own)).toBe(false);
    expect(wroteOver({ text: own.text, updatedAt: '2026-11-20T10:00:09.000Z' }, own)).toBe(false);
  });
});
