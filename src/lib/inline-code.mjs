// The course's only inline code, hashed into the Content-Security-Policy in astro.config.mjs
// (Astro hashes what it bundles, not `is:inline` code): keep each here, as it is written out.

/**
 * Opened from the file system, a page cannot load its script files, so only an inline script can
 * say that the course needs a web server (BaseLayout, issue 17.8).
 */
export const FILE_PROTOCOL_CHECK = "if(location.protocol==='file:')document.getElementById('tarvitaan-palvelin').hidden=false";

/** Without JavaScript the participation house shows every part's explanation (ParticipationHouse). */
export const HOUSE_NOSCRIPT_STYLE = '.house__panel[hidden] { display: block; }';
