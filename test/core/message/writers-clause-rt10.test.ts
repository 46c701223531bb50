// A reader inside a clause the writer's own verb governs is not given a task: an indirect question ("vurderer vi om
// du skal betale") or what the writer only may demand ("kan vi likevel kreve at du betaler").
import { readerActs } from "../../../src/core/message/actions";

describe("the writer's own clause is no reader task", () => {
  it("an indirect question under the writer's verb is no action", () => {
    expect(readerActs("Når klagefristen er ute, vurderer vi om du skal få beholde hele tilskuddet.", "nb")).toBe(false);
    expect(readerActs("Etter fristen vurderer me om du må sende inn fleire dokument.", "nn")).toBe(false);
    expect(readerActs("After the deadline we will consider whether you must repay the grant.", "en")).toBe(false);
  });

  it("what the writer may demand is no action", () => {
    expect(readerActs("Selv om feilen var vår, kan vi likevel kreve at du betaler renter.", "nb")).toBe(false);
    expect(readerActs("Dersom opplysningane var feil, kan kommunen krevje at du betaler attende stønaden.", "nn")).toBe(false);
    expect(readerActs("If the information was wrong, we may require that you pay interest.", "en")).toBe(false);
  });

  it("a request, a demand and the reader's own modal still are actions", () => {
    expect(readerActs("Vi ber om at du sender kvitteringene innen 3. mars.", "nb")).toBe(true);
    expect(readerActs("Du må opplyse om du har andre inntekter.", "nb")).toBe(true);
    expect(readerActs("Sjekk om du har fått brevet.", "nb")).toBe(true);
    expect(readerActs("Regjeringen har bestemt at alle som kommer til Norge, må teste seg.", "nb")).toBe(true);
  });
});

describe("what the reader may do by a deadline", () => {
  it("is the reader's to do, even after the writer's own clause", () => {
    expect(readerActs("Før vi avgjør om du skal betale, kan du uttale deg innen 14. mars.", "nb")).toBe(true);
    expect(readerActs("Du kan klage innan 3. april.", "nn")).toBe(true);
    expect(readerActs("Before we decide whether you must repay, you can comment by 14 March.", "en")).toBe(true);
  });
  it("but an option with no deadline is no task", () => {
    expect(readerActs("Du kan lese mer om ordningen på nettsidene våre.", "nb")).toBe(false);
  });
});

describe("the body's case work on the reader's thing", () => {
  it("is no task of the reader's", () => {
    expect(readerActs("Søknaden for januar må være ferdig behandlet før utbetalingen 20. januar.", "nb")).toBe(false);
    expect(readerActs("Søknaden må vere ferdig handsama før 1. mars.", "nn")).toBe(false);
  });
  it("while what the reader must have done with it still is", () => {
    expect(readerActs("Søknaden må være sendt innen 1. mars.", "nb")).toBe(true);
    expect(readerActs("Skjemaet må være fylt ut.", "nb")).toBe(true);
  });
});
