// The Content-Security-Policy of the taskpane and function-file pages (used by webpack.config.js
// and checked by the tests). Allows exactly: this origin; office.js from Microsoft's CDN (which loads
// its host scripts and strings from the same origin); and MicrosoftAjax.js, which office.js itself
// loads from ajax.aspnetcdn.com in hosts that need it (Outlook). Styles must allow inline <style>
// because Fluent UI (Griffel) injects them at run time. frame-ancestors cannot be set in a meta tag;
// see the README for the header to add on the web server.
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const MS_AJAX = "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js";

const directives = {
  "default-src": ["'self'"],
  "script-src": ["'self'", OFFICE_CDN, MS_AJAX],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", OFFICE_CDN],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'", OFFICE_CDN],
  "worker-src": ["'self'"],
  "frame-src": ["'self'", OFFICE_CDN],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'none'"],
};

const csp = Object.entries(directives)
  .map(([k, v]) => `${k} ${v.join(" ")}`)
  .join("; ");

module.exports = { csp, directives, OFFICE_CDN, MS_AJAX };
