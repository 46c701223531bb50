// Round 24 of the red team: an offer whose start is moved ("Oppstarten, som vi skreiv var 12. august i brevet vårt frå
// juni, er flytta. Første skuledag er no måndag 18. august kl. 0830") gives the new time in the SMS; it said "ny
// oppstartsdato" and no date. A phrase between the old date and "er flytta" still makes it the old one. And a goal
// said with "vårt" ("Målet vårt er at du skal …") is no step; a lone "*" in a cue entry is any one word. Own draft.
import { variants } from "../../../src/core/channels";
import { readerActs } from "../../../src/core/message/actions";
import { cue } from "../../../src/core/message/cues";

const d = [
  "Fatima Ali",
  "Kyrkjegata 9",
  "6800 Førde",
  "",
  "Stadfesting av plass i vaksenopplæringa – ny oppstartsdato",
  "",
  "Vi stadfester at du har fått plass på grunnskule for vaksne hausten 2025.",
  "",
  "Oppstarten, som vi skreiv var 12. august i brevet vårt frå juni, er flytta. Første skuledag er no måndag 18. august kl. 0830 i Førde vaksenopplæring.",
  "",
  "Du må svare innan 8. august om du tek imot plassen.",
  "",
  "Med vennleg helsing",
  "Sunnfjord kommune",
].join("\n");

describe("an offer whose start is moved", () => {
  const r = variants(d, { language: "nn" });
  it("reads the old date as superseded", () => {
    expect(r.message.times.find((t) => t.text === "12. august")?.role).toBe("superseded");
  });
  it("gives the new time in the SMS, never the old", () => {
    expect(r.variants.sms.text).toMatch(/Ny tid: (?:måndag )?18\. august/);
    expect(r.variants.sms.text).not.toMatch(/12\. august/);
  });
});

describe("a goal and a cue wildcard", () => {
  it("«Målet vårt er at du skal …» is no step", () => {
    expect(readerActs("Målet vårt er at du skal ta eksamen våren 2026.", "nn")).toBe(false);
  });
  it("a lone «*» matches one word", () => {
    expect(cue("nb", "meanwhileOpeners").first("Mens hallen er stengt, trener vi ute.")?.text).toBe("Mens hallen er stengt");
  });
});
