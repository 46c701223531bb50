// "Du kan klage på vedtaket innen tre uker. Se forvaltningsloven § 28.": the pointer to the law stays with the
// sentence it belongs to; an imperative "Se" is no task for "Dette må du gjøre".
import { variants } from "../../../src/core/channels";

const draft = `Tilbud om skoleskyss

Til: Kari Dal

Vi kan tilby skoleskyss fra mandag 16. august 2027.

Du må svare på tilbudet innen 30. april.

Du kan klage på vedtaket innen tre uker etter at du fikk dette brevet. Se forvaltningsloven § 28.

Med hilsen
Fjellby kommune
`;

describe("a pointer to the law", () => {
  it("stays with its appeal sentence, not under «Dette må du gjøre»", () => {
    const letter = variants(draft).variants.letter.text;
    expect(letter).toMatch(/innen tre uker etter at du fikk dette brevet\. Se forvaltningsloven § 28\./);
    const todo = letter.split("Dette må du gjøre")[1]?.split("\n\n")[0] ?? "";
    expect(todo).not.toContain("§ 28");
  });
});
