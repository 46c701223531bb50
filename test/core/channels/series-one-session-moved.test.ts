// A series of sessions ("i uke 42 og 43 … tirsdager og torsdager") with one session moved further on ("Drop-in som
// var planlagt onsdag 8. oktober, er flyttet til onsdag 15. oktober"): the key is the series, and the move keeps its
// old date, which its own words mark as old; cut, the SMS would say the whole series moved. Own draft.
import { variants } from "../../../src/core/channels";

const draft = [
  "Drop-in for blodgivere",
  "",
  "Blodbanken har drop-in for nye blodgivere i uke 42 og 43. Vi har åpent mandager og onsdager kl. 1400–1900 på Helsehuset, Parkveien 4.",
  "",
  "Ta med legitimasjon.",
  "",
  "OBS: Drop-in som var planlagt mandag 13. oktober, er flyttet til tirsdag 14. oktober fordi lokalet er opptatt.",
  "",
  "Blodbanken",
  "Nordby kommune",
].join("\n");

describe("a series with one session moved", () => {
  const r = variants(draft);
  it("keys on the series, with the move as an event of its own", () => {
    expect(r.message.events[0].when?.text).toMatch(/uke 42/);
    expect(r.message.events.some((e) => e.status === "moved" && e.when?.text === "tirsdag 14. oktober")).toBe(true);
  });
  it("the SMS never says the series moved: the moved session keeps its old date", () => {
    const sms = r.variants.sms.text;
    if (/tirsdag 14\. oktober/.test(sms)) expect(sms).toMatch(/planlagt mandag 13\. oktober, er flyttet til tirsdag 14\. oktober/);
    expect(sms).not.toMatch(/Drop-in er flyttet/);
    expect(sms).toMatch(/uke 42/);
  });
});
