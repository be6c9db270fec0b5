// The one inline script of the course (BaseLayout): opened from the file system, a page cannot
// load its script files, so only an inline script can say that the course needs a web server
// (issue 17.8). Its text is hashed into the Content-Security-Policy in astro.config.mjs.
export const FILE_PROTOCOL_CHECK = "if(location.protocol==='file:')document.getElementById('tarvitaan-palvelin').hidden=false";
