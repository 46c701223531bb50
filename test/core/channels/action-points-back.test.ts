// An instruction that says "dette"/"this" for what the sentence before it says ("Du må melde om dette til …") is
// not said in the SMS or the post without that sentence: alone, it asks the reader to do something no one can name.
// The variant says that it left it out and why.
import { variants } from "../../../src/core/channels";
import { pointsBackUnsaid } from "../../../src/core/channels/compose-util";

const nb = `Utleie av hybel

Mange huseiere leier ut en del av boligen sin. Har du inntekt fra utleie av mer enn halve boligen, gjelder egne regler for skatt. Du må gi opplysninger om dette i skattemeldingen din.

Les mer på skatteetaten.no/utleie.

Med vennlig hilsen
Skatteetaten
`;

const en = `Renting out a room

Many home owners rent out part of their home. If you earn income from renting out more than half of your home, special tax rules apply. You must give details of this in your tax return.

Read more at skatteetaten.no/rent.

Kind regards
The Norwegian Tax Administration
`;

describe("an instruction that points back at a sentence left out", () => {
  it.each([["nb", nb, /opplysninger om dette/], ["en", en, /details of this/]])("is not in the %s SMS or post alone", (_lang, draft, said) => {
    const r = variants(draft);
    for (const v of [r.variants.sms, r.variants.post]) {
      if (!v.text) continue;
      // Said only with the sentence it points back at.
      if (said.test(v.text)) expect(v.text).toMatch(/(?:egne regler for skatt|special tax rules apply)/);
      // A public variant says what it left out and why: it leans on a sentence not said, or (read with the
      // condition in the sentence before it, "Har du inntekt fra utleie …") it is for some readers only.
      else if (r.message.audience.value === "public") expect((v.omitted ?? []).some((o) => o.part === "action" && (o.why === "leans" || o.why === "conditional") && said.test(o.text ?? ""))).toBe(true);
    }
  });
  const draft = "Mange leier ut hybel. Du må gi opplysninger om dette i skattemeldingen. Gi opplysninger om dette året.";
  const at = (s: string) => ({ start: draft.indexOf(s), end: draft.indexOf(s) + s.length, text: s });
  it("points back only from a sentence of its own, and not at a time", () => {
    // An action that starts inside its sentence has the sentence's own words before it.
    expect(pointsBackUnsaid(at("gi opplysninger om dette i skattemeldingen."), draft, [], "nb")).toBe(false);
    // A whole sentence that points back at one not said; said, it does not.
    const whole = at("Du må gi opplysninger om dette i skattemeldingen.");
    expect(pointsBackUnsaid(whole, draft, [], "nb")).toBe(true);
    expect(pointsBackUnsaid(whole, draft, [at("Mange leier ut hybel.")], "nb")).toBe(false);
    // A clause before it in its own sentence names what it points at.
    const d2 = "Vi vurderer saken. Har du flere opplysninger, må du gjøre dette innen 1. mai.";
    expect(pointsBackUnsaid({ start: 19, end: d2.length, text: d2.slice(19) }, d2, [], "nb")).toBe(false);
    // "om dette året" is a time.
    expect(pointsBackUnsaid(at("Gi opplysninger om dette året."), draft, [], "nb")).toBe(false);
  });
});

describe("a condition that points back («Hvis du ønsker dette, …»)", () => {
  it("is not said in a post without the offer it points at", () => {
    const d = "Sprengning ved ny skole\n\nFra mandag 10. mars blir det sprengningsarbeid på tomta til nye Sentrum skole.\n\nNaboer i Sandgata kan få tilbud om besiktigelse av boligen sin før arbeidet starter. Hvis du ønsker dette, kontakt prosjektleder innen 5. mars.\n\nHamar kommune";
    const r = variants(d);
    for (const v of [r.variants.sms, r.variants.post]) {
      if (/ønsker dette/.test(v.text)) expect(v.text).toMatch(/besiktigelse/);
    }
  });
});
