// A notice to all parents that says "your child" is public: the group in its title outweighs the case word.
import { variants } from "../../../src/core/channels";

const en = `Whooping cough at Holmen School – information to parents

A pupil at Holmen School has whooping cough. Check that your child has had the vaccine. If your child coughs for more than a week, call your GP.

Fjellby Municipality
`;
const nb = `Kikhoste på Holmen skole – informasjon til foreldre

En elev ved Holmen skole har kikhoste. Sjekk at barnet ditt er vaksinert. Hvis barnet ditt hoster i mer enn en uke, ring fastlegen.

Fjellby kommune
`;

describe("a notice to parents", () => {
  it.each([["en", en], ["nb", nb]])("%s: is for everyone", (_l, draft) => {
    const r = variants(draft);
    expect(r.message.audience.value).toBe("public");
    expect(r.variants.post.unsuitable).toBeUndefined();
  });
});
