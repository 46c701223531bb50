// A letter whose lead only leads up to the news ("Du hadde time … Den timen må vi flytte.") and whose key event
// comes in a later paragraph ("Ny time er …"): that paragraph comes before "Dette må du gjøre", whose steps refer
// to it ("Passer ikke den nye timen, …").
import { variants } from "../../../src/core/channels";

const nb = `Ny time hos fysioterapeuten

Du hadde time hos fysioterapeuten tirsdag 2. februar kl. 10.00. Den timen må vi dessverre flytte.

Ny time er torsdag 11. februar kl. 14.30 på Sentrum helsehus, Storgata 3.

Passer ikke den nye timen, må du gi beskjed innen mandag 8. februar.

Med vennlig hilsen
Fysioterapitjenesten i Vestby kommune
`;

describe("the key event's paragraph in the letter", () => {
  it("comes before what the reader must do", () => {
    const letter = variants(nb).variants.letter.text;
    const news = letter.indexOf("11. februar kl. 14.30");
    const todo = letter.indexOf("Dette må du gjøre");
    expect(news).toBeGreaterThan(0);
    expect(todo).toBeGreaterThan(0);
    expect(news).toBeLessThan(todo);
  });
});
