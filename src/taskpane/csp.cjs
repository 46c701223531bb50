// The Content-Security-Policy of the taskpane and function-file pages (used by webpack.config.js
// and checked by the tests). Allows exactly: this origin (and, by its hash, the taskpane's one inline
// script, which starts the analysis worker); office.js from Microsoft's CDN (which loads
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

/** The policy, with `scriptHashes` ("sha256-…" of inline scripts) allowed in script-src. */
function cspWith(scriptHashes = []) {
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${(k === "script-src" ? [...v, ...scriptHashes.map((h) => `'${h}'`)] : v).join(" ")}`)
    .join("; ");
}

const csp = cspWith();

/** "sha256-<base64>" of an inline script's text, as a CSP source expects it. */
function scriptHash(text) {
  return `sha256-${require("node:crypto").createHash("sha256").update(text, "utf8").digest("base64")}`;
}

module.exports = { csp, cspWith, scriptHash, directives, OFFICE_CDN, MS_AJAX };
