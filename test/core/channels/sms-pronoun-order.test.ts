// "Vi har funne ein lekkasje i Bakkegata. For å reparere han må vi stenge vatnet …": when the SMS says both, the
// sentence that names what "han" stands for comes first.
import { variants } from "../../../src/core/channels";

const draft = `Vatnet blir stengt i natt

Vi har funne ein lekkasje på leidningen i Bakkegata. For å reparere han må vi stenge vatnet i natt frå kl. 23.00 til kl. 05.00.

Tapp opp vatn før kl. 23.

Fjellby kommune
`;

describe("a pronoun for a noun in the sentence before", () => {
  it("comes after that sentence in the SMS", () => {
    const sms = variants(draft).variants.sms.text;
    const leak = sms.indexOf("lekkasje");
    const repair = sms.indexOf("For å reparere han");
    expect(repair).toBeGreaterThan(-1);
    expect(leak).toBeGreaterThan(-1);
    expect(leak).toBeLessThan(repair);
  });
});
