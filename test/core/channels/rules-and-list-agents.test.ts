// Who acts in a rewritten sentence: a rule or a piece of advice binds whoever it is for (dog owners, subscribers),
// never the writer; a list item is never given to the writer ("Vi flyttar Storehagen skule" would move a school).
import { variants } from "../../../src/core/channels";
import { activeVoice } from "../../../src/core/channels/active";

describe("rules and advice keep their passive when no one is named", () => {
  it("«skal … holdes» with no time of its own is a rule, not the writer's plan", () => {
    expect(activeVoice("Fra 1. mars til 30. juni skal katter holdes inne om natta.", "nb", "holdes")).toBeNull();
    expect(activeVoice("Sykler skal settes i stativet ved inngangen.", "nb", "settes")).toBeNull();
  });
  it("«bør … brukes» is advice to readers", () => {
    expect(activeVoice("Hageslanger bør ikke brukes mens vannet er stengt.", "nb", "brukes")).toBeNull();
  });
  it("«skal … stenges» with a day is the writer's plan", () => {
    expect(activeVoice("Bassenget skal stenges mandag 4. mars.", "nb", "stenges")).toBe("Vi skal stenge bassenget mandag 4. mars.");
  });
});

const stops = `Linje 7 får ny trasé

Fra mandag 2. september kjører linje 7 en ny vei gjennom Nordby.

Disse holdeplassene blir flyttet:
- Nordby kirke blir flyttet 200 meter mot sør.
- Lia skole blir lagt ned.

Fjellby kommune
`;

describe("list items", () => {
  it("are never turned into the writer's acts", () => {
    const letter = variants(stops).variants.letter.text;
    expect(letter).toContain("- Nordby kirke blir flyttet 200 meter mot sør.");
    expect(letter).toContain("- Lia skole blir lagt ned.");
    expect(letter).not.toMatch(/Vi flytter Nordby kirke|Vi legger lia skole/i);
  });
});

describe("English articles", () => {
  it("«The Harbour Bridge» as object is «the Harbour Bridge»", () => {
    expect(activeVoice("The Harbour Bridge will be closed on Monday 3 May.", "en", "closed")).toBe("We will close the Harbour Bridge on Monday 3 May.");
  });
});
