// The letter's plain form of a passive that names no agent and that the letter cannot turn active without guessing
// one: a verb said of the thing itself («avtalen endrer seg», «arbeidsforholdet slutter»), an event that simply takes
// place («det skal være et foreldremøte»), and the case work a reader asks for («Ønsker du at vi vurderer saken»).
import { polishSentence } from "../../../src/core/channels/letter-polish";
import { activeVoice } from "../../../src/core/channels/active";

describe("a passive without an agent said with a verb that needs none", () => {
  it("«kan bli endret» → «kan endre seg» when the sentence names someone else who decides", () => {
    expect(polishSentence("Fylkestinget vedtar gebyrene hvert år, og gebyrene kan derfor bli endret.", "nb")).toBe("Fylkestinget vedtar gebyrene hvert år, og gebyrene kan derfor endre seg.");
    expect(polishSentence("Fylkestinget vedtek gebyra kvart år, og gebyra kan difor bli endra.", "nn")).toBe("Fylkestinget vedtek gebyra kvart år, og gebyra kan difor endre seg.");
  });
  it("an ending said of the thing itself, in a clause where no one is named", () => {
    expect(polishSentence("Permisjonen gjelder til du sier fra, og det betyr at leieforholdet avsluttes uten oppsigelse fra din side.", "nb")).toContain("at leieforholdet slutter uten oppsigelse fra din side");
    expect(polishSentence("Dersom praksisen vert avslutta før tida, må skulen få beskjed.", "nn")).toBe("Dersom praksisen tek slutt før tida, må skulen få beskjed.");
  });
  it("never when the draft names who acts with «av»", () => {
    const s = "Avtalen avsluttes av utleier uten varsel.";
    expect(polishSentence(s, "nb")).not.toContain("slutter av");
  });
});

describe("an event that takes place, said without the verb", () => {
  it("«det skal holdes et møte» → «det skal være et møte» (after a modal the infinitive)", () => {
    expect(polishSentence("Du kan selv si om det skal holdes et foreldremøte i høst.", "nb")).toBe("Du kan selv si om det skal være et foreldremøte i høst.");
    expect(polishSentence("I alle borettslag skal det avholdes årsmøte før 1. mai.", "nb")).toBe("I alle borettslag skal det være årsmøte før 1. mai.");
  });
  it("a past one is said with «var»", () => {
    expect(polishSentence("Det ble holdt informasjonsmøte for naboene 2. mars.", "nb")).toBe("Det var informasjonsmøte for naboene 2. mars.");
  });
  it("a verb that does more than take place is not dropped («det skal betales avgift» keeps its verb)", () => {
    expect(polishSentence("I alle borettslag skal det betales avgift før 1. mai.", "nb")).not.toContain("være avgift");
  });
});

describe("case work the reader asks for is the writer's", () => {
  it("«Ønsker du at klagen behandles …» → «… at vi behandler klagen …»", () => {
    expect(activeVoice("Ønsker du at klagen behandles før sommeren, må du sende inn papirene nå.", "nb", "behandles")).toBe("Ønsker du at vi behandler klagen før sommeren, må du sende inn papirene nå.");
    expect(activeVoice("Ønskjer du at klaga blir vurdert før sommaren, må du sende inn papira no.", "nn", "vurdert")).toBe("Ønskjer du at vi vurderer klaga før sommaren, må du sende inn papira no.");
  });
  it("not when someone else's wish or a verb that is no case work stands there", () => {
    expect(activeVoice("Naboen ønsker at klagen behandles før sommeren.", "nb", "behandles")).toBeNull();
    expect(activeVoice("Ønsker du at søppelet hentes før sommeren, må du si fra.", "nb", "hentes")).toBeNull();
  });
});
