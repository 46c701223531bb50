// Open from red-team round 26 (a poisonous-mushroom warning): the steps under "Det er viktig at du:" — fragments that
// finish the head's clause ("- ikke plukker sopp du ikke kjenner sikkert") — were not read at all, and "Har du spist
// sopp og får symptomer, ring Giftinformasjonen … straks." went under «Har du spørsmål?» in the letter and out of the
// SMS. A head that puts the reader under a duty ("det er viktig at du", "make sure you") is a request; a condition said
// verb first ("Har du …, ring …") is a condition like "Hvis du …"; a call to the poison centre or the out-of-hours
// clinic is an emergency call. Own drafts.
import { variants } from "../../../src/core/channels";

const nb = [
  "Advarsel: giftig sopp i friområdene",
  "",
  "Det er i år funnet mye spiss giftslørsopp i friområdene rundt Lindås sentrum. Soppen er svært giftig og kan gi alvorlige nyreskader.",
  "",
  "Det er viktig at du:",
  "- ikke plukker sopp du ikke kjenner sikkert",
  "- får soppen kontrollert av en soppkontrollør før du spiser den",
  "- holder barn og hunder unna soppen",
  "",
  "Har du spist sopp og får symptomer, ring Giftinformasjonen på 22 59 13 00 straks.",
  "",
  "Med vennlig hilsen",
  "Lindås kommune",
].join("\n");

describe("a warning whose steps finish the head's clause", () => {
  const r = variants(nb, { language: "nb" });
  it("reads the head and its fragments as one thing to do", () => {
    const list = r.message.actions.find((a) => a.text.startsWith("Det er viktig at du:"));
    expect(list?.text).toContain("holder barn og hunder unna soppen");
  });
  it("reads the verb-first condition and its urgent call as a step, not a contact line", () => {
    const call = r.message.actions.find((a) => a.text.includes("Giftinformasjonen"));
    expect(call?.condition).toBe("Har du spist sopp og får symptomer");
    expect(r.message.contact.some((c) => c.kind === "text" && c.text.includes("Giftinformasjonen"))).toBe(false);
    expect(r.variants.letter.text).not.toMatch(/Har du spørsmål\?\n[^\n]*Giftinformasjonen/);
  });
  it("the SMS says both the steps and the call", () => {
    expect(r.variants.sms.text).toContain("ikke plukker sopp du ikke kjenner sikkert");
    expect(r.variants.sms.text).toContain("ring Giftinformasjonen på 22 59 13 00 straks");
  });
  it("«Har du spørsmål, kan du ringe oss …» stays a contact line", () => {
    const d = "Ny søppelrute\n\nFra mandag 3. mars hentes avfallet i Fjellveien på mandager.\n\nHar du noen spørsmål, kan du ringe oss på 22 33 44 55.\n\nLindås kommune";
    const m = variants(d, { language: "nb" }).message;
    expect(m.actions.some((a) => a.text.includes("ringe oss"))).toBe(false);
    expect(m.contact.some((c) => c.kind === "text" && c.text.includes("ringe oss"))).toBe(true);
  });
});

describe("the same in nynorsk and English", () => {
  it("nynorsk: «Det er viktig at du:» over fragments", () => {
    const d = "Giftig sopp\n\nDet er funne giftig sopp i skogen ved Hauge. Soppen kan gi alvorlege nyreskadar.\n\nDet er viktig at du:\n- ikkje plukkar sopp du ikkje kjenner\n- held borna unna soppen\n\nHar du ete sopp og blir sjuk, ring Giftinformasjonen på 22 59 13 00 straks.\n\nHelsing\nVoss herad";
    const r = variants(d, { language: "nn" });
    expect(r.message.actions.some((a) => a.text.startsWith("Det er viktig at du:") && a.text.includes("held borna unna"))).toBe(true);
    expect(r.variants.sms.text).toContain("Giftinformasjonen");
  });
  it("English: «Make sure you:» over fragments", () => {
    const d = "Poisonous mushrooms in the parks\n\nDeadly webcaps have been found in the parks around the centre. They can cause serious kidney damage.\n\nMake sure you:\n- do not pick mushrooms you do not know\n- keep children and dogs away from them\n\nIf you have eaten mushrooms and feel unwell, call the Poison Information Centre on 22 59 13 00 at once.\n\nLindås municipality";
    const r = variants(d, { language: "en" });
    expect(r.message.actions.some((a) => a.text.startsWith("Make sure you:") && a.text.includes("keep children and dogs away"))).toBe(true);
    expect(r.variants.sms.text).toContain("Poison Information Centre");
  });
});

// Open from round 26 (live firing and unexploded shells): the closure of the range ("Området er stengt for all ferdsel")
// gave way to "Vakter står ved alle innfartsveier", and "Ikke rør gjenstanden." was said alone, without the head that
// says when ("Finner du noe som ligner en granat:") and without "Ring politiet på 02800". Own draft.
describe("a notice with a closure sentence and safety steps under a verb-first head", () => {
  const d = [
    "Skyteøvelse på Hjerkinn 14.–18. mars",
    "",
    "Forsvaret har skarpskyting i Hjerkinn skytefelt fra mandag 14. mars til fredag 18. mars, hver dag mellom kl. 08.00 og 22.00. Området er stengt for all ferdsel i denne perioden. Vakter står ved alle innfartsveier.",
    "",
    "Det kan ligge igjen udetonerte granater i feltet også etter øvelsen. Finner du noe som ligner en granat eller annen ammunisjon:",
    "- Ikke rør gjenstanden.",
    "- Merk stedet godt.",
    "- Ring politiet på 02800.",
    "",
    "Spørsmål om øvelsen kan rettes til Forsvarsbygg på telefon 468 70 400.",
    "",
    "Med vennlig hilsen",
    "Dovre kommune",
  ].join("\n");
  const r = variants(d, { language: "nb" });
  it("each step under the head has its condition (the head's last sentence)", () => {
    const steps = r.message.actions.filter((a) => /Ikke rør|Merk stedet|Ring politiet/.test(a.text));
    expect(steps).toHaveLength(3);
    for (const s of steps) expect(s.condition).toBe("Finner du noe som ligner en granat eller annen ammunisjon");
  });
  it("the unexploded shells are a danger", () => {
    expect(r.message.warnings.some((w) => w.text.includes("udetonerte granater"))).toBe(true);
  });
  it("the SMS says the closure and the steps together, with their condition", () => {
    const sms = r.variants.sms.text;
    expect(sms).toContain("Området er stengt for all ferdsel");
    expect(sms).toContain("Finner du noe som ligner en granat eller annen ammunisjon, ikke rør gjenstanden, merk stedet godt og ring politiet på 02800.");
  });
  it("a closure in an offer is no must-say extra", () => {
    const o = "Gratis leksehjelp\n\nKommunen tilbyr gratis leksehjelp for elever på 5.–7. trinn fra uke 36. Lærere hjelper elevene. Leksehjelpen er stengt i høstferien.\n\nMeld på barnet ditt innen 28. august.\n\nVik kommune";
    expect(variants(o, { language: "nb" }).variants.sms.text).not.toContain("stengt i høstferien");
  });
});
