// Bullets of whole sentences under "Slik forbereder du deg:" are tips, each its own action: what every reader must do
// reaches the short channels, and a deadline for some readers ("Bruker du medisinsk utstyr …") is never a bare
// "Frist: …" for all.
import { variants } from "../../../src/core/channels";
import { withoutAsides } from "../../../src/core/channels/render";

const POWER = "Planlagt strømstans i Kirkeveien\n\nVi bytter ut en nettstasjon. Strømmen blir borte natt til onsdag 4. november fra kl. 23.00 til kl. 04.00.\n\nSlik forbereder du deg:\n- Slå av komfyren og andre apparater før kl. 23.00. Det kan komme strømstøt når strømmen kommer tilbake.\n- Ikke åpne fryseren unødvendig. Maten holder seg i et døgn.\n- Bruker du medisinsk utstyr som trenger strøm, for eksempel oksygenkonsentrator, må du ringe oss på 22 08 60 00 senest mandag 2. november, slik at vi kan finne en løsning.\n\nHilsen Nettselskapet\n";

describe("tips under «Slik forbereder du deg:»", () => {
  const r = variants(POWER);
  it("each bullet is an action, with its own condition and deadline", () => {
    const texts = r.message.actions.map((a) => a.text);
    expect(texts.some((t) => t.startsWith("- Slå av komfyren"))).toBe(true);
    expect(texts.some((t) => t.startsWith("- Ikke åpne fryseren"))).toBe(true);
    const med = r.message.actions.find((a) => /medisinsk utstyr/.test(a.text));
    expect(med?.condition).toMatch(/^Bruker du medisinsk utstyr/);
    expect(med?.deadline?.text).toMatch(/2\. november/);
  });
  it("a deadline for some readers is never a bare «Frist»", () => {
    for (const ch of ["sms", "post"] as const) expect(r.variants[ch].text).not.toMatch(/Frist:? (?:mandag )?2\. november/);
  });
  it("the post says what everyone must do", () => {
    expect(r.variants.post.text).toMatch(/Slå av komfyren og andre apparater før kl\. 23\.00\./);
  });
  it("English «How to prepare:» and nynorsk «Slik vernar du deg:» are such heads", () => {
    const en = variants("Heatwave\n\nTemperatures up to 32 degrees are expected from Wednesday 16 July.\n\nHow to prepare:\n- Drink plenty of water. Do it even if you are not thirsty.\n- Stay in the shade between 11 and 16.\n\nOslo municipality\n");
    expect(en.message.actions.some((a) => /Drink plenty of water/.test(a.text))).toBe(true);
    const nn = variants("Hetebølgje\n\nDet er venta opp mot 32 grader frå onsdag 16. juli.\n\nSlik vernar du deg:\n- Drikk mykje vatn. Gjer det sjølv om du ikkje er tørst.\n- Hald deg i skuggen mellom kl. 11 og 16.\n\nVoss kommune\n");
    expect(nn.message.actions.some((a) => /Drikk mykje vatn/.test(a.text))).toBe(true);
  });
  it("numbered steps stay one procedure", () => {
    const r2 = variants("Slik søker du\n\nDu kan søke om plass fra 1. mars.\n\nSlik gjør du:\n1. Logg inn på kommunens nettside.\n2. Velg skjemaet for søknad.\n\nLia kommune\n");
    expect(r2.message.actions.filter((a) => /^\s*\d\./.test(a.text)).length).toBe(1);
  });
});

describe("withoutAsides", () => {
  it("drops the example and the purpose clause, and nothing else", () => {
    expect(withoutAsides("Bruker du medisinsk utstyr, for eksempel oksygenkonsentrator, må du ringe oss senest mandag 9. mars, slik at vi kan finne en løsning.")).toBe("Bruker du medisinsk utstyr, må du ringe oss senest mandag 9. mars.");
    expect(withoutAsides("Ring oss på 22 08 60 00.")).toBeUndefined();
  });
});

describe("the sender of a one-line sign-off", () => {
  it("«Hilsen Elvia» signs when elvia.no is the draft's own site; «Hilsen Kari» is a person", () => {
    expect(variants(POWER.replace("Hilsen Nettselskapet", "Les mer på elvia.no/strombrudd.\n\nHilsen Elvia")).message.sender?.name).toBe("Elvia");
    expect(variants(POWER.replace("Hilsen Nettselskapet", "Hilsen NAV")).message.sender?.name).toBe("NAV");
    expect(variants(POWER.replace("Hilsen Nettselskapet", "Hilsen Kari")).message.sender).toBeUndefined();
  });
  it("«Mer informasjon: bodo.kommune.no/…» is no sender", () => {
    const r = variants("Båndtvang fra 1. april\n\nFra 1. april til 20. august er det båndtvang for hunder i hele Bodø kommune.\n\nHusk å plukke opp etter hunden din.\n\nMer informasjon: bodo.kommune.no/bandtvang\n");
    expect(r.message.sender?.name ?? "").not.toMatch(/informasjon|bodo\.kommune\.no/);
    expect(r.variants.sms.text).not.toMatch(/Hilsen Mer informasjon/);
  });
});
