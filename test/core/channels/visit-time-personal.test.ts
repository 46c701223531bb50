// Own drafts after red-team round 19: a letter to one business or household about a visit the sender makes ("Vi vil
// gjennomføre tilsyn hos dere onsdag 12. februar mellom kl. 08 og 11") says the visit's time in the SMS, so "Dersom
// tidspunktet ikke passer …" has a time to refer to; a visit "som var varslet til 20. januar" and now moved is a change.
import { variants } from "../../../src/core/channels";

const letter = (moved: boolean) =>
  [
    "Kafé Brygga AS",
    "Strandveien 2",
    "1234 Nordby",
    "",
    "Varsel om tilsyn",
    "",
    `Byggesaksavdelingen vil gjennomføre tilsyn hos dere onsdag 12. februar mellom kl. 08 og 11.${moved ? " Tilsynet som var varslet til 20. januar, er flyttet etter ønske fra dere." : ""}`,
    "",
    "Dersom tidspunktet ikke passer, må dere kontakte oss innen fredag 7. februar.",
    "",
    "Med vennlig hilsen",
    "Nordby kommune",
  ].join("\n");

describe("a visit to one business", () => {
  it("the SMS gives the visit's time", () => {
    const r = variants(letter(false));
    expect(r.message.audience.value).toBe("personal");
    expect(r.variants.sms.text).toMatch(/12\. februar[^.]*kl\. 08-11/);
  });
  it("moved from an announced date, it is a change and the old date is not said", () => {
    const r = variants(letter(true));
    expect(r.message.kind).toBe("change");
    expect(r.message.times.find((t) => t.text.includes("20. januar"))?.role).toBe("superseded");
    expect(r.variants.sms.text).toMatch(/Ny dato: onsdag 12\. februar/);
    expect(r.variants.sms.text).not.toMatch(/20\. januar/);
  });
});

describe("a post about new opening hours", () => {
  it("keeps the sentence that gives the hours", () => {
    const r = variants(
      [
        "New opening hours at Nordby Swimming Pool",
        "",
        "From Monday 7 April 2025, Nordby Swimming Pool will be open every weekday from 6 am to 9 pm. Weekend hours remain unchanged: Saturday and Sunday 10:00–16:00. The previous weekday hours, which were introduced in 2021, will be discontinued.",
        "",
        "To use the pool outside staffed hours, you must have an access card and a PIN code and have signed a user agreement. The agreement can be signed at the reception desk during staffed hours or online at https://nordby.no/pool.",
        "",
        "The pool at Holm school is not affected.",
        "",
        "Nordby Municipality",
      ].join("\n"),
      { locale: "en" },
    );
    expect(r.variants.post.text).toMatch(/6 am to 9 pm/);
  });
});
