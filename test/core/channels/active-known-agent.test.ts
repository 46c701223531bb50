// Passive → active only where the agent is known and the verb's forms come from data (red team round 3, §7):
// an "av" phrase inside the subject is no agent, a noun after "Det blir" is no participle, a subordinate clause
// gets no "vi" of the writer's, and a form the lexicon does not know is never written.
import { activeVoice } from "../../../src/core/channels/active";
import { variants } from "../../../src/core/channels";

describe("the agent is never taken from the subject's own «av» phrase", () => {
  it("keeps «avlyses tenningen av julegrana» (not «avlyser julegrana tenningen»)", () => {
    const s = "På grunn av sterk kuling avlyses tenningen av julegrana på Torget søndag 30. november kl. 17.00.";
    expect(activeVoice(s, "nb", "avlyses")).toBeNull();
  });
  it("keeps an inverted s-passive whose subject is followed by «av» in any text", () => {
    expect(activeVoice("I morgen stenges innkjøringen av parkeringsplassen ved skolen.", "nb", "stenges")).toBeNull();
  });
  it("keeps a sentence whose agent has an «av» phrase of its own", () => {
    expect(activeVoice("Søknaden behandles av lederen av utvalget.", "nb", "behandles")).toBeNull();
  });
  it("still turns an agent right after the passive verb", () => {
    expect(activeVoice("Søknaden behandles av bygningsrådet i møte 4. mars.", "nb", "behandles")).toBe("Bygningsrådet behandler søknaden i møte 4. mars.");
    expect(activeVoice("Søppel hentes av Renovasjonsselskapet mandag.", "nb", "hentes")).toBe("Renovasjonsselskapet henter søppel mandag.");
    expect(activeVoice("Vedtaket kan påklages av partene.", "nb", "påklages")).toBe("Partene kan klage på vedtaket.");
  });
  it("finds the agent after a sentence adverb and puts the adverb before the object", () => {
    expect(activeVoice("Søknaden behandles nå av kommunen.", "nb", "behandles")).toBe("Kommunen behandler nå søknaden.");
    expect(activeVoice("Møtet holdes fortsatt i aulaen.", "nb", "holdes")).toBe("Vi holder fortsatt møtet i aulaen.");
  });
});

describe("a participle only of a verb the lexicon knows", () => {
  it("«Det blir hoppeslott og ansiktsmaling» is no passive, in bokmål or nynorsk", () => {
    expect(activeVoice("Det blir hoppeslott og ansiktsmaling for barna.", "nb", "hoppeslott")).toBeNull();
    expect(activeVoice("Det blir hoppeslott og ansiktsmaling for barna.", "nn", "hoppeslott")).toBeNull();
  });
  it("a noun that only looks like a participle of a regular verb is not one («Det blir konsert», not «Vi konserter»)", () => {
    expect(activeVoice("Det blir konsert og allsang i parken.", "nb", "konsert")).toBeNull();
    expect(activeVoice("Det blir konsert og allsang i parken.", "nn", "konsert")).toBeNull();
  });
  it("a real participle still turns («Det blir servert kaffe»)", () => {
    expect(activeVoice("Det blir servert kaffe og kaker.", "nb", "servert")).toBe("Vi serverer kaffe og kaker.");
  });
  it("never writes a form by rule for a verb the data does not know (nn «trekt» is not «treker»)", () => {
    expect(activeVoice("Tilvisinga blir trekt.", "nn", "trekt")).toBeNull();
  });
});

describe("no «vi» added in a subordinate clause", () => {
  it("keeps «… må begge skrive under på at tilvisinga blir trekt/sendt»", () => {
    expect(activeVoice("Dersom de ikkje ønskjer vurdering, må begge skrive under på at tilvisinga blir trekt.", "nn", "trekt")).toBeNull();
    expect(activeVoice("Dersom de ikkje ønskjer vurdering, må begge skrive under på at tilvisinga blir sendt.", "nn", "sendt")).toBeNull();
  });
  it("keeps «vi» where the main clause is the writer's own", () => {
    expect(activeVoice("Vi gjør oppmerksom på at vannet stenges i morgen.", "nb", "stenges")).toBe("Vi gjør oppmerksom på at vi stenger vannet i morgen.");
  });
  it("gives the reader the clause a request names", () => {
    expect(activeVoice("Vi ber om at søknaden sendes innen fredag.", "nb", "sendes")).toBe("Vi ber om at du sender søknaden innen fredag.");
  });
});

describe("English phrasal passives", () => {
  it("«will be turned off» becomes «we will turn … off»", () => {
    const draft = `Heating off at the sports hall\n\nThe heating will be turned off on Monday 4 October from 08:00 to 12:00. Bring warm clothes.\n\nFjellby Municipality\n`;
    expect(variants(draft).variants.letter.text).toContain("We will turn the heating off on Monday 4 October");
  });
});
