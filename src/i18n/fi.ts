/**
 * Every user-facing UI string of the course, in Finnish. Course text lives in `content/`;
 * this is the chrome around it. A second language is a second file of the same shape
 * (`satisfies UiStrings` makes a missing key a type error).
 * Placeholders are written `{name}` and filled by `t()`.
 */
export const fi = {
  'site.title': 'Asiakasosallisuus – verkkokurssi',
  'site.shortTitle': 'Asiakasosallisuus',
  'site.description':
    'Maksuton itseopiskeltava verkkokurssi asiakasosallisuudesta sosiaali-, terveys- ja työllisyyspalveluissa.',
  'skip.toContent': 'Siirry sisältöön',
  'nav.main': 'Päävalikko',
  'nav.home': 'Etusivu',
  'nav.modules': 'Kurssin sisältö',
  'nav.glossary': 'Käsitteet',
  'nav.diary': 'Oppimispäiväkirja',
  'nav.myData': 'Omat tiedot',
  'nav.trainers': 'Kouluttajalle',
  'nav.sources': 'Lähteet',
  'nav.accessibility': 'Saavutettavuusseloste',
  'nav.privacy': 'Tietosuoja',
  'nav.footer': 'Sivuston tiedot',
  'nav.menu': 'Kurssin sisältö',
  'nav.breadcrumb': 'Murupolku',
  'nav.prev': 'Edellinen',
  'nav.next': 'Seuraava',
  'nav.pagination': 'Oppitunnista toiseen',
  'nav.currentPage': 'nykyinen sivu',
  'search.open': 'Haku',
  'search.shortcut': 'Avaa haku painamalla / tai Ctrl+K',
  'search.title': 'Haku',
  'search.description': 'Hae kurssin oppitunneista ja käsitteistä.',
  'search.noscript': 'Haku tarvitsee JavaScriptin. Voit selata kurssin sisältöä alla olevasta luettelosta.',
  'home.lead':
    'Tällä kurssilla opit, miten asiakas pääsee aidosti mukaan omiin palveluihinsa ja niiden kehittämiseen – ja mitä se vaatii ammattilaiselta, työyhteisöltä ja johdolta.',
  'home.forWhom': 'Kenelle kurssi on?',
  'home.forWhomText':
    'Kurssi on tehty sosiaali-, terveys- ja työllisyyspalvelujen ammattilaisille, esihenkilöille ja kehittäjille sekä alan opiskelijoille ja kouluttajille. Voit opiskella lyhyissä jaksoissa puhelimella tai tietokoneella.',
  'home.start': 'Aloita kurssi',
  'home.modules': 'Moduulit',
  'home.totalTime': 'Kurssin kesto yhteensä noin {hours} tuntia.',
  'home.privacy':
    'Edistymisesi ja vastauksesi tallentuvat vain tähän selaimeen. Mitään ei lähetetä minnekään.',
  'module.label': 'Moduuli {n}',
  'module.lessons': '{count} oppituntia',
  'module.lessonsOne': '1 oppitunti',
  'module.minutes': 'noin {minutes} min',
  'lesson.minutes': 'Arvioitu opiskeluaika noin {minutes} min',
  'lesson.objectives': 'Tämän oppitunnin jälkeen',
  'lesson.toc': 'Tällä sivulla',
  'lesson.sources': 'Lähteet',
  'lesson.workshop': 'Työpajamateriaali kouluttajalle',
  'lesson.workshopMinutes': 'Työpajan kesto noin {minutes} min',
  'lesson.workshopQuestions': 'Keskustelukysymykset',
  'lesson.workshopTask': 'Ryhmätehtävä',
  'lesson.inModule': 'Oppitunti {n}/{total}',
  'aside.example': 'Esimerkki',
  'aside.tip': 'Vinkki',
  'aside.note': 'Huomaa',
  'term.title': 'Katso käsite: {term}',
  'notFound.title': 'Sivua ei löytynyt',
  'notFound.text': 'Etsimääsi sivua ei ole tai se on siirretty. Palaa etusivulle tai etsi haulla.',
  'print.url': 'Osoite',
  'table.label': 'Taulukko, vieritä tarvittaessa sivusuunnassa',
  'sources.title': 'Lähteet',
  'sources.description': 'Kaikki lähteet, joihin kurssin oppitunnit perustuvat.',
  'sources.intro': 'Kurssin oppitunnit perustuvat näihin lähteisiin. Jokaisen oppitunnin lopussa on lisäksi sen omat lähteet.',
  'glossary.title': 'Käsitteet',
  'glossary.description': 'Kurssin keskeiset käsitteet selkokielisine selityksineen.',
  'glossary.intro': 'Kurssin {count} keskeistä käsitettä aakkosjärjestyksessä. Oppitunneilla käsite on linkki tänne.',
  'glossary.related': 'Katso myös:',
  'glossary.usedIn': 'Oppitunnit:',
} as const;

export type UiKey = keyof typeof fi;
export type UiStrings = Record<UiKey, string>;
