// Scripted fake of office.js for Word, served in place of the CDN script in end-to-end tests. It reuses
// the recording fake from the contract tests (bundled by esbuild at test time) and adds what office.js
// gives the page: Office.onReady, HostType and the display language. Configure it before the page loads
// with window.__kkFake = { paragraphs, displayLanguage }; inspect it through window.__fakeWord.
import { FakeWord } from "../../office/fakes/fake-word";

const cfg = window.__kkFake || {};
const fw = new FakeWord({ paragraphs: cfg.paragraphs || ["Hei."], wordApi: cfg.wordApi || "1.4", selection: cfg.selection });
fw.install();
const O = window.Office;
O.HostType = { Word: "Word", Outlook: "Outlook", Excel: "Excel" };
O.PlatformType = { OfficeOnline: "OfficeOnline" };
O.context.displayLanguage = cfg.displayLanguage || "nb-NO";
O.context.host = "Word";
O.onReady = (cb) => {
  const info = { host: "Word", platform: "OfficeOnline" };
  if (typeof cb === "function") cb(info);
  return Promise.resolve(info);
};
window.__fakeWord = fw;
