// What happens meanwhile ("During the closure, lessons will take place at X", "I stengeperioden blir …") is no
// place of the key event; "Please note that …" / "Merk at …" points at news, and is an action only when what
// follows asks the reader to act.
import { variants } from "../../../src/core/channels";
import { readerActs } from "../../../src/core/message/actions";

const en = `Northbay Library closed for rebuilding

Northbay Library will be closed from 4 to 22 October 2027 while we rebuild the library rooms for reading lessons.

During the closure, reading lessons for schools will take place at Northbay Square every Tuesday. Borrowers do not need to do anything.

Please note that the reading room will stay closed until 1 November.

Northbay Municipality
`;

const nb = `Nordvik bad stengt for vedlikehold

Nordvik bad er stengt fra 4. til 22. oktober 2027 mens vi skifter filtre i bassenget for svømmeopplæringen.

I stengeperioden blir svømmeopplæringen for skolene holdt i Sørvik svømmehall.

Merk at terapibassenget er stengt til 1. november.

Hilsen
Nordvik kommune
`;

describe("a substitute arrangement during the key event", () => {
  it("gives no place to the closure (English)", () => {
    const r = variants(en);
    expect(r.message.events[0]?.where?.text ?? "").not.toContain("Northbay Square");
    expect(r.variants.sms.text).not.toMatch(/Where: Northbay Square/);
  });
  it("gives no place to the closure (bokmål)", () => {
    const r = variants(nb);
    expect(r.message.events[0]?.where?.text ?? "").not.toContain("Sørvik");
    expect(r.variants.sms.text).toContain("4. til 22. oktober");
  });
});

describe("«Please note that …» and «Merk at …»", () => {
  it("point at news: no action", () => {
    expect(readerActs("Please note that the reading room will stay closed until 1 November.", "en")).toBe(false);
    expect(readerActs("Merk at terapibassenget er stengt til 1. november.", "nb")).toBe(false);
    expect(variants(en).message.actions.map((a) => a.text).join(" ")).not.toContain("reading room");
  });
  it("still ask when what follows asks the reader", () => {
    expect(readerActs("Please note that you must bring your ID card.", "en")).toBe(true);
    expect(readerActs("Merk at du må ta med legitimasjon.", "nb")).toBe(true);
  });
});
