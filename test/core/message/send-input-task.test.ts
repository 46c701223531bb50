// Sending what the reader writes ("Send innspelet ditt på e-post til …") is a task with an address, not a line on
// how to reach us with questions.
import { variants } from "../../../src/core/channels";

const draft = `Høyring: reguleringsplan for Lia

Planen ligg ute på høyring. Høyringsfristen er 1. mars 2027.

Send innspelet ditt på e-post til postmottak@fjellby.kommune.no eller med post til Fjellby kommune, Postboks 1, 9999 Fjellby.

Har du spørsmål, send ein e-post til plan@fjellby.kommune.no.

Fjellby kommune
`;

describe("sending input", () => {
  const r = variants(draft);
  it("is a reader action", () => {
    expect(r.message.actions.some((a) => a.text.startsWith("Send innspelet ditt"))).toBe(true);
  });
  it("goes under what to do in the letter, not under questions", () => {
    const letter = r.variants.letter.text;
    expect(letter).not.toMatch(/Har du spørsmål\?\nSend innspelet/);
  });
});
