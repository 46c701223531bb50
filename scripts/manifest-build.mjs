// How the build turns the development manifests (URLs at https://localhost:3000) into production ones.
// Used by webpack.config.js (dist/ copies), scripts/version-manifests.mjs and scripts/check-production-manifests.mjs.
export const DEV_BASE_URL = "https://localhost:3000";

/** Trim a trailing slash and insist on https (Office refuses add-ins served over plain http). */
export function baseUrlFromEnv(env = process.env) {
  const raw = (env.KANALKLAR_BASE_URL || DEV_BASE_URL).trim().replace(/\/+$/, "");
  if (!/^https:\/\/[^\s"<>]+$/.test(raw)) {
    throw new Error(`KANALKLAR_BASE_URL must be an https:// URL without quotes or spaces, got: ${raw}`);
  }
  return raw;
}

/**
 * Replace every dev URL in a manifest with the production base URL. An <AppDomain> takes an origin only
 * (scheme, host, port — no path: learn.microsoft.com, manifest reference "AppDomain element"), so AppDomains
 * get the base URL's origin while page and icon URLs keep the full base URL with its path.
 */
export function substituteManifest(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return xml
    .replace(/<AppDomain>\s*([^<]*?)\s*<\/AppDomain>/g, (_, url) => `<AppDomain>${url === DEV_BASE_URL ? origin : new URL(url).origin}</AppDomain>`)
    .split(DEV_BASE_URL)
    .join(baseUrl);
}

/** package.json "1.2.3" (pre-release and build parts dropped) → manifest "1.2.3.0" (four parts, each ≤ 5 digits). */
export function manifestVersion(pkgVersion) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})(?:[-+].*)?$/.exec(String(pkgVersion).trim());
  if (!m) throw new Error(`package.json version must be MAJOR.MINOR.PATCH, got: ${pkgVersion}`);
  return `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}.0`;
}

/** Set the <Version> of a manifest (the first one, a direct child of OfficeApp). */
export function withVersion(xml, version) {
  if (!/<Version>[^<]*<\/Version>/.test(xml)) throw new Error("The manifest has no <Version> element.");
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}
