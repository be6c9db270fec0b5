import { describe, expect, it } from 'vitest';
import { absoluteRefs, relativeLinks, relativeModule, upToRoot } from '../../src/lib/relative-links';

const pages = new Set(['', 'haku/', 'talo/talon-rakenne/']);
const isPage = (dir: string) => pages.has(dir);

describe('relative links of the LMS build', () => {
  it('climbs from a file to the package root', () => {
    expect(upToRoot('index.html')).toBe('');
    expect(upToRoot('talo/talon-rakenne/index.html')).toBe('../../');
  });

  it('makes links relative, and a folder link opens its index.html, keeping fragments', () => {
    const html = '<a href="/__lms__/">Etusivu</a><a href="/__lms__/talo/talon-rakenne/#osa">x</a><img src="/__lms__/icon-192.png">';
    expect(relativeLinks(html, 'haku/index.html', isPage)).toBe(
      '<a href="../index.html">Etusivu</a><a href="../talo/talon-rakenne/index.html#osa">x</a><img src="../icon-192.png">',
    );
    expect(relativeLinks('<a href="/__lms__/haku/">', 'index.html', isPage)).toBe('<a href="haku/index.html">');
  });

  it('rewrites links inside island props and lists of assets', () => {
    const props = '{&quot;href&quot;:[0,&quot;/__lms__/haku/&quot;]}';
    expect(relativeLinks(props, 'a/index.html', isPage)).toBe('{&quot;href&quot;:[0,&quot;../haku/index.html&quot;]}');
    expect(relativeLinks('data-x="/__lms__/p/a.css /__lms__/p/b.js"', 'index.html', isPage)).toBe('data-x="p/a.css p/b.js"');
  });

  it('refuses a link to a folder without a page', () => {
    expect(() => relativeLinks('<a href="/__lms__/pagefind/">', 'index.html', isPage)).toThrow(/pagefind\/ has no index.html/);
  });

  it('turns the base path literal of a module into its package root, and refuses links built in client code', () => {
    expect(relativeModule('o=function(e){return`/__lms__/`+e}', '_astro/client.js')).toBe(
      'o=function(e){return(new URL("../",import.meta.url).href)+e}',
    );
    expect(() => relativeModule('x="/__lms__/haku/"', '_astro/a.js')).toThrow(/prop/);
  });

  it('finds what still points outside the package', () => {
    expect(absoluteRefs('<a href="/haku/">')).toEqual([' href="/haku/']);
    expect(absoluteRefs('<script src="//cdn.example/x.js">')).toEqual([' src="//cdn.example/x.js']);
    expect(absoluteRefs('a{background:url(/x.png)}')).toEqual(['url(/x.png']);
    expect(absoluteRefs('left /__lms__/ behind')).toEqual(['/__lms__/']);
    // Not links: a keyboard shortcut, relative links, external links.
    expect(absoluteRefs('<a aria-keyshortcuts="/ Control+K" href="../haku/index.html"><a href="https://thl.fi/">')).toEqual([]);
  });
});
