import { describe, expect, it } from 'vitest';
import { lessonFirst, mergeResults, nearTerms, termForQuery, termOfForm, wordMatches, type SearchTerm } from '../../src/lib/search-help';

const TERMS: SearchTerm[] = [
  { id: 'vertaistuki', term: 'vertaistuki', en: ['peer support'], synonyms: [], forms: [] },
  { id: 'yhteiskehittaminen', term: 'yhteiskehittäminen', en: ['co-design', 'co-creation'], synonyms: [], forms: [] },
  {
    id: 'jaettu-paatoksenteko',
    term: 'jaettu päätöksenteko',
    en: ['shared decision making'],
    synonyms: [],
    forms: ['yhteinen päätöksenteko'],
  },
  { id: 'voimaantuminen', term: 'voimaantuminen', en: ['empowerment'], synonyms: ['valtaistuminen'], forms: [] },
  {
    id: 'asiakasraati',
    term: 'asiakasraati',
    en: ['client panel'],
    synonyms: [],
    forms: ['asiakasraadin', 'asiakasraatia', 'asiakasraati'],
  },
];

describe('termForQuery', () => {
  it('finds the term by its English name, whatever the case, spaces or hyphens', () => {
    expect(termForQuery('Peer support', TERMS)?.id).toBe('vertaistuki');
    expect(termForQuery('co-design', TERMS)?.id).toBe('yhteiskehittaminen');
    expect(termForQuery('codesign', TERMS)?.id).toBe('yhteiskehittaminen');
    expect(termForQuery('shared decision-making', TERMS)?.id).toBe('jaettu-paatoksenteko');
  });

  it('finds the term by a synonym, and forgives one slip in a long name', () => {
    expect(termForQuery('valtaistuminen', TERMS)?.id).toBe('voimaantuminen');
    expect(termForQuery('empowermnet', TERMS)?.id).toBe('voimaantuminen');
  });

  it('leaves Finnish queries and parts of names alone', () => {
    expect(termForQuery('vertaistuki', TERMS)).toBeUndefined();
    expect(termForQuery('peer', TERMS)).toBeUndefined();
    expect(termForQuery('', TERMS)).toBeUndefined();
  });
});

describe('termOfForm', () => {
  it('finds the term an inflected form belongs to, exactly and whatever the case', () => {
    expect(termOfForm('Asiakasraadin', TERMS)?.id).toBe('asiakasraati');
    expect(termOfForm('yhteinen päätöksenteko', TERMS)?.id).toBe('jaettu-paatoksenteko');
  });
  it('leaves the term itself, near misses and other words alone', () => {
    expect(termOfForm('asiakasraati', TERMS)).toBeUndefined();
    expect(termOfForm('asiakasraadi', TERMS)).toBeUndefined();
    expect(termOfForm('palvelumuotoilu', TERMS)).toBeUndefined();
  });
});

describe('nearTerms', () => {
  it('offers terms whose words are near or begin with a word of the query', () => {
    expect(nearTerms('vertaistukiryhmät', TERMS).map((t) => t.id)).toEqual(['vertaistuki']);
    expect(nearTerms('vertais', TERMS).map((t) => t.id)).toEqual(['vertaistuki']);
    expect(nearTerms('päätöksentekoo', TERMS).map((t) => t.id)).toEqual(['jaettu-paatoksenteko']);
    expect(nearTerms('raati panel', TERMS).map((t) => t.id)).toEqual(['asiakasraati']);
  });

  it('offers nothing for a query near no term', () => {
    expect(nearTerms('xylofoni', TERMS)).toEqual([]);
  });
});

describe('wordMatches', () => {
  const content = 'Asiakas~~raati kokoaa asiakkaita. Raadin jäsenet kertovat kokemuksistaan osana työtä.';
  const at = (...words: string[]) => words.map((w) => content.split(/\s+/).findIndex((t) => t.startsWith(w)));

  it('tells a word found as typed from one found by a shorter beginning, or by chance', () => {
    expect(wordMatches('asiakasraati', content, at('Asiakas~~raati'))).toEqual([{ word: 'asiakasraati', match: 'exact' }]);
    expect(wordMatches('asiakasraatiin', content, at('Asiakas~~raati'))).toEqual([{ word: 'asiakasraatiin', match: 'exact' }]);
    expect(wordMatches('asiakasrati', content, at('Asiakas~~raati'))).toEqual([{ word: 'asiakasrati', match: 'beginning' }]);
    expect(wordMatches('osalisuus', content, at('osana'))).toEqual([{ word: 'osalisuus', match: 'none' }]);
  });

  it('takes a form that differs in its last letter for the word itself', () => {
    expect(wordMatches('raadit', content, at('Raadin'))).toEqual([{ word: 'raadit', match: 'exact' }]);
  });

  it('judges each word of the query', () => {
    expect(wordMatches('raadin kokeilla', content, at('Raadin', 'kokemuksistaan')).map((m) => m.match)).toEqual(['exact', 'none']);
  });
});

describe('mergeResults', () => {
  const r = (id: string) => ({ id });

  it('keeps the results of the whole query first, then takes each word’s results in turn, once each', () => {
    const merged = mergeResults(
      [r('a')],
      [
        [r('b'), r('a'), r('c')],
        [r('d'), r('b')],
      ],
    );
    expect(merged.map((x) => x.id)).toEqual(['a', 'b', 'd', 'c']);
  });
});

describe('lessonFirst', () => {
  it('moves the glossary below the first lesson when it leads', () => {
    expect(lessonFirst(['glossary', 'lesson', 'other'], (x) => x === 'glossary')).toEqual(['lesson', 'glossary', 'other']);
  });

  it('leaves other orders, and a glossary alone, as they are', () => {
    expect(lessonFirst(['lesson', 'glossary'], (x) => x === 'glossary')).toEqual(['lesson', 'glossary']);
    expect(lessonFirst(['glossary'], (x) => x === 'glossary')).toEqual(['glossary']);
  });
});
