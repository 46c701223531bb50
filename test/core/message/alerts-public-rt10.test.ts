// An alert that speaks to the reader ("boligen din") is still for everyone in the area; a title or lead that names a
// group by what they share is a notice, not one person's case. The measure the title names is what the warning says.
import { variants } from "../../../src/core/channels";
import { readerCondition } from "../../../src/core/message/actions";

const alert = `Skredfare: Evakuering av hus i Liaveien

Meteorologisk institutt har sendt ut oransje farevarsel for jordskred i Dalby. Det er ventet svært mye regn i natt, og faren er etter prognosene størst i morgen formiddag.

Kommunen har bestemt at husene i Liaveien nr. 2 til nr. 30 skal evakueres. Evakueringen skal være ferdig innen i morgen kl. 10.00.

Hvis du bor i området, må du forlate eiendommen din innen fristen. Ta med medisiner og mobillader. Du kan overnatte på Dalby hotell. Evakuerte skal melde seg i resepsjonen på hotellet.

Politiet vil være i området. Følg rådene fra dem.

Dalby kommune, kriseledelsen
`;

const newcomers = `School places for children who move to Dalby

Children who move to Dalby between 6 and 16 years old have the right to a school place. If your child has moved here, you must enrol your child at dalby.kommune.no/school.

Dalby municipality
`;

describe("alerts and group notices are public", () => {
  it("an evacuation notice that says «eiendommen din» is for everyone in the area", () => {
    const r = variants(alert);
    expect(r.message.audience.value).toBe("public");
    expect(r.variants.post.text).not.toBe("");
  });

  it("a lead that names a group by what they share is public", () => {
    expect(variants(newcomers).message.audience.value).toBe("public");
  });

  it("living in the area is no narrower condition", () => {
    expect(readerCondition("Hvis du bor i området, må du forlate boligen din.", "nb")).toBeUndefined();
    expect(readerCondition("If you live in the affected area, you must leave your home.", "en")).toBeUndefined();
    expect(readerCondition("Hvis du trenger hjelp, må du ringe 12 34 56 78.", "nb")).toBeDefined();
  });

  it("the warning says the measure the title names, not the forecast, and the post keeps its deadline", () => {
    const r = variants(alert);
    expect(r.message.events[0].what.text).toMatch(/skal evakueres/);
    const post = r.variants.post.text;
    expect(post).toMatch(/Liaveien nr\. 2 til nr\. 30/);
    expect(post).toMatch(/i morgen kl\. 10\.00/);
    // (A sentence that ends on a pronoun for someone named before is not said alone.)
    expect(post).not.toMatch(/Følg rådene fra dem/);
    expect(r.variants.sms.text).toMatch(/Liaveien nr\. 2 til nr\. 30/);
  });
});
