// Scripted fake of office.js for Outlook compose, served in place of the CDN script in end-to-end tests.
// Configure with window.__kkFake = { body, subject, bodyType, clipboardBlocked, displayLanguage };
// inspect through window.__fakeOutlook. body.setAsync throws: the add-in must never call it.
import { FakeOutlook } from "../../office/fakes/fake-outlook";

const cfg = window.__kkFake || {};
const fo = new FakeOutlook({ body: cfg.body || "Hei.", subject: cfg.subject || "", bodyType: cfg.bodyType || "html", cursor: cfg.cursor });
fo.install();
const O = window.Office;
O.HostType = { Word: "Word", Outlook: "Outlook", Excel: "Excel" };
O.context.displayLanguage = cfg.displayLanguage || "nb-NO";
O.context.host = "Outlook";
O.onReady = (cb) => {
  const info = { host: "Outlook", platform: "OfficeOnline" };
  if (typeof cb === "function") cb(info);
  return Promise.resolve(info);
};
if (cfg.clipboardBlocked && navigator.clipboard) {
  // Outlook on the web: the iframe's permissions policy blocks the async Clipboard API.
  navigator.clipboard.writeText = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
}
window.__fakeOutlook = fo;
