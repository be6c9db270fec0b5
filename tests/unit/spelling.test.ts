import { describe, expect, it } from 'vitest';
import { closestWords, correctQuery, distance, fold, suggestionWords } from '../../src/lib/spelling';

/** A small vocabulary in the shape `suggestionWords` gives: base forms, sorted. */
const WORDS = [
  'asiakas',
  'asiakasosallisuus',
  'asiakasraati',
  'dialogi',
  'dialogisuus',
  'järjestelmätaso',
  'kokemus',
  'kokemusasiantuntija',
  'luottamuksen',
  'osallinen',
  'osallisuus',
  'palvelumuotoilu',
  'tikapuut',
  'vertaistuki',
  'yhteiskehittäminen',
  'yhteistuotanto',
];

describe('distance', () => {
  it('counts a wrong, missing or extra letter and a swap as one edit', () => {
    expect(distance('vertaostuki', 'vertaistuki', 2)).toBe(1);
    expect(distance('vertaistki', 'vertaistuki', 2)).toBe(1);
    expect(distance('verttaistuki', 'vertaistuki', 2)).toBe(0.5);
    expect(distance('vertasituki', 'vertaistuki', 2)).toBe(1);
  });

  it('counts a doubled or undoubled letter as half an edit', () => {
    expect(distance('osalisuus', 'osallisuus', 1)).toBe(0.5);
    expect(distance('asiakasrati', 'asiakasraati', 1)).toBe(0.5);
    expect(distance('tikkapuut', 'tikapuut', 1)).toBe(0.5);
  });

  it('ignores missing dots once both words are folded', () => {
    expect(fold('Järjestelmätaso')).toBe('jarjestelmataso');
    expect(distance(fold('jarjestelmataso'), fold('järjestelmätaso'), 1)).toBe(0);
  });

  it('lets a short ending follow the course word on either side, for a little', () => {
    expect(distance('asiakasraatissa', 'asiakasraati', 2)).toBe(0.75);
    expect(distance('kokemus', 'kokemusta', 1)).toBe(0.5);
    expect(distance('luottamus', 'luottamuksen', 2)).toBe(1.5);
    expect(distance('asiakasraatienkin', 'asiakasraati', 1)).toBe(Infinity);
  });

  it('gives Infinity beyond the limit, early for words of very different length', () => {
    expect(distance('osallisuus', 'palvelumuotoilu', 2)).toBe(Infinity);
    expect(distance('raati', 'asiakasosallisuus', 2)).toBe(Infinity);
  });
});

describe('closestWords', () => {
  it('finds the nearest course word first', () => {
    expect(closestWords('yhteiskehitäminen', WORDS)[0]).toEqual({ word: 'yhteiskehittäminen', distance: 0.5 });
    expect(closestWords('dialogosuus', WORDS)[0]!.word).toBe('dialogisuus');
    expect(closestWords('kokemsuasiantuntija', WORDS)[0]!.word).toBe('kokemusasiantuntija');
  });

  it('does not offer a first part of a compound for the whole compound', () => {
    expect(closestWords('asiakasrati', WORDS).map((c) => c.word)).not.toContain('asiakas');
  });

  it('corrects nothing in words too short to tell apart', () => {
    expect(closestWords('raat', WORDS)).toEqual([]);
  });
});

describe('correctQuery', () => {
  const cases: Array<[typo: string, corrected: string]> = [
    ['asiakasrati', 'asiakasraati'], // a letter missing, in the middle of a compound
    ['osalisuus', 'osallisuus'], // a double letter single
    ['vertaistukki', 'vertaistuki'], // a letter doubled
    ['palvelumuotiolu', 'palvelumuotoilu'], // two letters swapped
    ['dialogosuus', 'dialogisuus'], // a wrong vowel
    ['jarjestelmatasso', 'järjestelmätaso'], // no dots and a doubled letter
    ['kokemusasiantntija', 'kokemusasiantuntija'], // missing in the middle of a compound
  ];
  for (const [typo, corrected] of cases) {
    it(`corrects ${typo} to ${corrected} at once`, () => {
      expect(correctQuery(typo, WORDS).corrected).toBe(corrected);
    });
  }

  it('keeps words that are right and corrects the one that is not', () => {
    expect(correctQuery('asiakasrati kokemus', WORDS).corrected).toBe('asiakasraati kokemus');
    // Another form of a known word gets its base form: Pagefind finds the same pages with it.
    expect(correctQuery('osallisuutta yhteistuotantto', WORDS).corrected).toBe('osallisuus yhteistuotanto');
  });

  it('offers choices, without correcting at once, when two words are as near', () => {
    const { corrected, suggestions } = correctQuery('kysly', ['kysely', 'kysyy']);
    expect(corrected).toBeUndefined();
    expect(suggestions).toEqual(['kysyy', 'kysely']);
  });

  it('counts the forms of one word as one choice, so the correction stays clear', () => {
    const words = ['kokemusasiantuntija', 'kokemusasiantuntijat', 'kokemusasiantuntijoiden'];
    expect(correctQuery('kokemsuasiantuntija', words)).toEqual({ corrected: 'kokemusasiantuntija', suggestions: ['kokemusasiantuntija'] });
  });

  it('has nothing to say when every word is known or none is near', () => {
    expect(correctQuery('osallisuus tikapuut', WORDS)).toEqual({ suggestions: [] });
    expect(correctQuery('xylofoni', WORDS)).toEqual({ suggestions: [] });
  });
});

describe('suggestionWords', () => {
  it('keeps words seen often enough, long enough and without digits, sorted', () => {
    const counts = new Map([
      ['osallisuus', 9],
      ['asiakasraati', 4],
      ['harvinainen', 1],
      ['raati', 3],
      ['talo', 7],
      ['2026', 9],
    ]);
    expect(suggestionWords(counts, 3)).toEqual(['asiakasraati', 'osallisuus', 'raati']);
    expect(suggestionWords(counts, 4)).toEqual(['asiakasraati', 'osallisuus']);
  });
});
