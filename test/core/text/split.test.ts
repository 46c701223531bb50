// A long sentence is split only between two main clauses: never inside a clause that opens on a subordinator, nor
// before a clause in subordinate order (round 8: "Hvis du ikke er hjemme når vi kommer. Vi ikke har fått beskjed, …").
import { splitLong } from "../../../src/core/text/split";

describe("splitLong", () => {
  it("splits two main clauses joined by «, og vi»", () => {
    expect(splitLong("Vi har mottatt søknaden din om plass i barnehage fra august neste år, og vi kommer til å behandle den så snart vi har fått alle opplysningene fra skolen.")).toBe(
      "Vi har mottatt søknaden din om plass i barnehage fra august neste år. Vi kommer til å behandle den så snart vi har fått alle opplysningene fra skolen.",
    );
  });
  it("keeps a fronted condition whole", () => {
    const s = "Hvis du ikke er hjemme når vi kommer på besøk i morgen tidlig, og vi ikke har fått beskjed om at du er bortreist, må vi kontakte pårørende eller politiet for å sjekke at alt er i orden.";
    expect(splitLong(s)).toBe(s);
  });
  it("keeps a clause in subordinate order with the one before", () => {
    const s = "Du får svar fra oss så snart saken er ferdig behandlet av kontoret i Nordby, og vi ikke har flere spørsmål om inntekten din eller om boligen du leier nå.";
    expect(splitLong(s)).toBe(s);
  });
});
