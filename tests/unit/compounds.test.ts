import { describe, expect, it } from 'vitest';
import { buildVocabulary, compoundSplitter, INDEX_JOIN, markCompounds } from '../../src/lib/compounds';

/** A small course text: every word a splitter may use as a part occurs here on its own. */
const text = `
  Osallisuus on kuulumista. Asiakasosallisuus ja asiakasosallisuuden muodot. Asiakas on mukana.
  Raati kokoontuu. Asiakasraati ja asiakasraadin jäsenet. Kehittäminen on yhteinen asia, ja
  yhteiskehittäminen on kehittämistä yhdessä. Haastattelu ja ryhmähaastattelu. Ryhmä toimii.
  Kokemus ja tieto. Kokemustieto on tietoa, ja kokemusta kertyy. Tilanteen mukaan tilanteet ja
  tilan käyttö; teet sen itse. Uusi asia on uutta, ja osallinen on mukana. Palvelu ja
  palveluohjaus; ohjaus auttaa. Työelämä ja työ. Keskustelussa Ella kertoi, että jokaisella on ääni.
`;
const split = compoundSplitter(buildVocabulary([text]));
const parts = (word: string) => split(word)?.join('·');

describe('compoundSplitter', () => {
  it('splits a compound into parts the course uses as words', () => {
    expect(parts('asiakasosallisuus')).toBe('asiakas·osallisuus');
    expect(parts('asiakasraati')).toBe('asiakas·raati');
    expect(parts('ryhmähaastattelu')).toBe('ryhmä·haastattelu');
    expect(parts('palveluohjaus')).toBe('palvelu·ohjaus');
  });

  it('splits inflected compounds, also when the inflected last part never stands alone', () => {
    expect(parts('asiakasosallisuuden')).toBe('asiakas·osallisuuden');
    // *raadin* is never written alone, but *asiakasraadin* is a form of *asiakasraati*.
    expect(parts('asiakasraadin')).toBe('asiakas·raadin');
    expect(parts('ryhmähaastattelussa')).toBe('ryhmä·haastattelussa');
  });

  it('knows the linking form of a -nen word', () => {
    expect(parts('yhteiskehittäminen')).toBe('yhteis·kehittäminen');
  });

  it('does not take a derivation or an inflection for a compound', () => {
    // osallinen → osallisuus is a derivation, not *osallis* + *uus* (from *uusi*).
    expect(parts('osallisuus')).toBeUndefined();
    // *tilanteet* is *tilanne* inflected, although *tilan* and *teet* are words too.
    expect(parts('tilanteet')).toBeUndefined();
  });

  it('splits a compound whose first part, inflected, begins the same way', () => {
    // *kokemusta* shares *kokemust-* with *kokemustieto*, but is only *kokemus* inflected.
    expect(parts('kokemustieto')).toBe('kokemus·tieto');
  });

  it('uses no names and no parts shorter than four letters', () => {
    // *Ella* occurs only as a name, so *jokaisella* is not *jokais* + *ella*.
    expect(parts('jokaisella')).toBeUndefined();
    expect(parts('työelämä')).toBeUndefined();
  });

  it('keeps the original spelling', () => {
    expect(split('Asiakasraati')).toEqual(['Asiakas', 'raati']);
  });
});

describe('markCompounds', () => {
  it('marks the joins of compounds and changes nothing else', () => {
    expect(markCompounds('Asiakasraati, eli raati, kokoontuu.', split)).toBe(`Asiakas${INDEX_JOIN}raati, eli raati, kokoontuu.`);
  });
});
