// Red-team round 26. A public notice on wasp nests at a school ("Fram til bolene er fjernet:" / "- Det er ikke lov å …",
// "Hvis noen blir stukket:" / "- Kjøl ned stedet …", "- Har barnet ditt kjent allergi, må det …") became a letter to one
// person ("Du har fått et brev …") with no steps and no post. A condition any reader may meet, in a list item, is no
// case; bullets under any head that ends in a colon, each a whole sentence the model reads as a step, are steps (with
// the head's condition when the head is one). And a suggestion ("… gjerne …") is no must in the letter, nor a goal news
// in the SMS. Own drafts.
import { variants } from "../../../src/core/channels";

const d = [
  "Vepsebol ved Sletta skole",
  "",
  "Vi har funnet flere vepsebol bak gymsalen ved Sletta skole. Et skadedyrfirma fjerner bolene tirsdag 19. august kl. 07.00.",
  "",
  "Fram til bolene er fjernet:",
  "- Det er ikke lov å gå inn i det avsperrede området bak gymsalen.",
  "- Ikke slå etter veps.",
  "",
  "Hvis noen blir stukket:",
  "- Kjøl ned stedet med kaldt vann eller is.",
  "- Har barnet ditt kjent allergi, må det ha med seg adrenalinpenn på skolen hver dag.",
  "",
  "Med vennlig hilsen",
  "Sletta skole",
].join("\n");

describe("a public notice with steps in lists", () => {
  const r = variants(d, { language: "nb" });
  it("is public: «barnet ditt» in a condition in a list item is no case", () => {
    expect(r.message.audience.value).toBe("public");
    expect(r.variants.sms.text).not.toMatch(/Du har fått et brev/);
    expect(r.variants.post.text).not.toBe("");
  });
  it("the bullets under a colon head are steps", () => {
    const acts = r.message.actions.map((a) => a.text);
    expect(acts.some((a) => a.includes("ikke lov å gå inn i det avsperrede området"))).toBe(true);
    expect(acts.some((a) => a.includes("Ikke slå etter veps"))).toBe(true);
  });
  it("under a head that is a condition, each step has it", () => {
    const cool = r.message.actions.find((a) => a.text.includes("Kjøl ned stedet"));
    expect(cool?.condition).toBe("Hvis noen blir stukket");
  });
  it("the SMS says the ban", () => {
    expect(r.variants.sms.text).toMatch(/ikke lov å gå inn i det avsperrede området/);
  });
  it("fragments under a colon head are still one thing to do", () => {
    const f = "Innlevering av skjema\n\nSkolen trenger opplysninger om barnet før skolestart mandag 18. august.\n\nVi ber deg om å:\n- fylle ut skjemaet\n- levere det til kontaktlærer innen fredag 2. mai\n\nSletta skole";
    const acts = variants(f, { language: "nb" }).message.actions;
    expect(acts.filter((a) => /fylle ut skjemaet/.test(a.text))).toHaveLength(1);
    expect(acts.some((a) => a.text.trim().startsWith("- fylle ut skjemaet") && !a.text.includes("levere"))).toBe(false);
  });
});

describe("suggestions and goals", () => {
  it("«Ta gjerne med …» is no must in the letter", () => {
    const l = "Innkalling til samtale\n\nTil Ola Nordmann\nStorgata 1, 0155 Oslo\n\nDu er kalt inn til samtale tirsdag 14. januar kl. 10.00. Ta gjerne med deg en person du stoler på. Svar innen 10. januar om tidspunktet passer.\n\nMed vennlig hilsen\nNav Oslo";
    const letter = variants(l, { language: "nb" }).variants.letter.text;
    expect(letter).not.toMatch(/Dette må du gjøre\n[^\n]*Ta gjerne med/);
  });
  it("«Målet er å …» is not said as the SMS's news", () => {
    const n = "Nye reglar for fiske i Hovdevatnet\n\nKommunen har vedteke nye reglar for fiske. Reglane gjeld frå 1. mai i år. Målet er å ta vare på aurebestanden.\n\nAlle over 16 år må ha fiskekort.\n\nVinje kommune";
    expect(variants(n, { language: "nn" }).variants.sms.text).not.toMatch(/Målet er/);
  });
});

describe("a question that opens a paragraph (round 26)", () => {
  const d = [
    "Auksjon over hittegods",
    "",
    "Auksjonen blir lørdag 26. april kl. 11.00 i lagerhallen i Industriveien 14.",
    "",
    "Har du mistet noe i løpet av året? Da kan du fortsatt kreve gjenstanden tilbake fram til fredag 18. april. Ta med legitimasjon og beskriv gjenstanden for Servicetorget.",
    "",
    "Fjellvik kommune",
  ].join("\n");
  it("is the condition of every step in it", () => {
    const a = variants(d, { language: "nb" }).message.actions.find((x) => x.text.startsWith("Ta med legitimasjon"));
    expect(a?.condition).toBe("Har du mistet noe i løpet av året");
  });
  it("so neither the letter's box nor the SMS gives the step to everyone", () => {
    const r = variants(d, { language: "nb" });
    expect(r.variants.letter.text).not.toMatch(/Dette må du gjøre\nTa med legitimasjon/);
    expect(r.variants.sms.text).not.toMatch(/Ta med legitimasjon/);
  });
});

describe("every reader's deadline before one for those who wish", () => {
  it("the SMS says the sign-up, not the refund", () => {
    const d = ["Seniortreff flytta", "", "Seniortreffet fredag 14. mars er avlyst. I staden blir det seniortreff fredag 28. mars kl. 11.00.", "", "Vil du heller ha pengane tilbake, kan du ta kontakt med oss innan 21. mars.", "", "Ring frivilligsentralen på 56 34 10 10 innan tysdag 25. mars.", "", "Osøy kommune"].join("\n");
    const sms = variants(d, { language: "nn" }).variants.sms.text;
    expect(sms).toMatch(/Ring frivilligsentralen på 56 34 10 10 innan tysdag 25\. mars/);
  });
});

describe("a warning over a schedule of days (round 26)", () => {
  const d = [
    "Military exercise at Hårfjell firing range – keep out of the danger area",
    "",
    "The Norwegian Armed Forces will hold a live-firing exercise at Hårfjell firing range on the following days:",
    "- Tuesday 14 October, 08.00–22.00",
    "- Wednesday 15 October, 08.00–22.00",
    "- Thursday 16 October, 08.00–14.00",
    "",
    "It is not allowed to enter the danger area when the red flags are flying. You will hear loud bangs. This is harmless.",
    "",
    "Unexploded ammunition can be found in the terrain long after an exercise and is dangerous.",
    "",
    "Brekkedal Municipality",
  ].join("\n");
  it("never gives the first row as the only time", () => {
    const r = variants(d, { language: "en" });
    expect(r.message.kind).toBe("warning");
    expect(r.variants.sms.text).not.toMatch(/When: Tuesday 14 October/);
    expect(r.variants.sms.text).toMatch(/Thursday 16 October|16 October/);
  });
});

describe("a danger's step under a head that asks the reader (round 26)", () => {
  it("is said with the head as its condition", () => {
    const d = [
      "Snøskredfare: fylkesvegen over Storfjellet er stengd",
      "",
      "Faregraden for snøskred er no 4 – stor. Fylkesveg 5650 over Storfjellet er difor stengd frå i dag, fredag 7. februar kl. 12.00.",
      "",
      "Skal du på tur i fjellet:",
      "- Hald deg unna bratte fjellsider over 30 grader.",
      "- Ha med skredsøkjar, spade og søkestong, og gå aldri aleine.",
      "",
      "Bøvik kommune",
    ].join("\n");
    const sms = variants(d, { language: "nn" }).variants.sms.text;
    // (Each step is said after the head, alone or with the other steps of its list: "Skal du på tur i fjellet, hald deg
    // unna … og ha med skredsøkjar …".)
    const said = sms.split(/(?<=[.!])[ ](?=\p{Lu})/u).filter((x) => /skredsøkjar|bratte fjellsider/u.test(x));
    expect(said.length).toBeGreaterThan(0);
    for (const x of said) expect(x).toMatch(/^Skal du på tur i fjellet, /u);
  });
});
