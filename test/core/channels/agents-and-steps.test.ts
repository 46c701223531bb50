// Who acts and which time is the message's, in drafts written for these tests (not in the development set):
// a decision letter where the body sends one document and the reader another, a reminder about an application
// deadline that ends with a later step of the body's, and a place that says which people, not where.
import { variants } from "../../../src/core/channels";
import { activeVoice } from "../../../src/core/channels/active";

describe("a decision letter: who sends what", () => {
  const draft = [
    "Vedtak om tilskudd til tilpasning av bolig",
    "",
    "Vi viser til søknaden din mottatt 12. august 2026.",
    "",
    "Du har fått innvilget tilskudd på kr 80 000. Tilskuddet må brukes innen 1. februar 2027. Kontraktsdokumentene vil bli oversendt når tilbudet fra entreprenøren er mottatt. Kopi av tilbudet må sendes til kommunen så snart du har det.",
    "",
    "Med hilsen",
    "Fjordvik kommune",
  ].join("\n");
  const letter = variants(draft).variants.letter.text;

  it("what «vil bli oversendt» promises is sent by the writer, never by the reader", () => {
    expect(letter).not.toMatch(/Du vil (?:sende|oversende) kontraktsdokumentene/i);
    expect(letter).toMatch(/kontraktsdokumentene/i);
  });
  it("what must be sent to the municipality is sent by the reader, never «Vi må sende … til kommunen»", () => {
    expect(letter).not.toMatch(/Vi må sende kopi/);
    expect(letter).toMatch(/Du må sende kopi av tilbudet til kommunen/);
  });
  it("turns the passive with the reader as agent when it goes to an office or to us", () => {
    expect(activeVoice("Kopi av tilbudet må sendes til kommunen innen 1. februar.", "nb", "sendes")).toBe("Du må sende kopi av tilbudet til kommunen innen 1. februar.");
    expect(activeVoice("Dokumentasjonen må leveres til skolen innen fredag.", "nb", "leveres")).toMatch(/^Du må levere dokumentasjonen til skolen/);
    expect(activeVoice("Kopi av leiekontrakten må sendes til kommunen når den er underskrevet.", "nb", "sendes")).toMatch(/^Du må sende kopi av leiekontrakten til kommunen/);
    expect(activeVoice("Attesten skal sendes til oss når den er klar.", "nb", "sendes")).toMatch(/^Du skal sende attesten til oss/);
    expect(activeVoice("Kopi av kjøpekontrakt må sendes til kommunen så snart den foreligger.", "nb", "sendes")).toMatch(/^Du må sende kopi av kjøpekontrakt til kommunen/);
    // A promise about the reader's own papers is still the writer's: "vil bli sendt" is no request.
    expect(activeVoice("Dokumentene vil bli sendt til deg i posten.", "nb", "sendt")).not.toMatch(/^Du /);
  });
});

describe("a reminder about an application deadline", () => {
  const draft = [
    "Påminnelse: søk om tilskudd til idrettsutstyr",
    "",
    "Lag og foreninger i Nordvik kan søke om tilskudd til utstyr. Søknadsfristen er 1. mars 2027. Søknader som kommer inn etter fristen, blir ikke behandlet.",
    "",
    "Søknaden skal sendes via søknadsportalen.",
    "",
    "Fordelingen vil bli vedtatt i formannskapet 20. april 2027.",
    "",
    "Nordvik kommune",
  ].join("\n");
  const v = variants(draft);

  it("a date after «vil bli vedtatt» is a coming step, not a date in the past", () => {
    const t = v.message.times.find((x) => x.text.includes("20. april"));
    expect(t).toBeDefined();
    expect(t!.role).not.toBe("past");
  });
  it("the key time is not the body's later step at the end of the text", () => {
    expect(v.message.events[0]?.when?.text ?? "").not.toMatch(/20\. april/);
  });
  it("«Lag og foreninger i Nordvik» says which clubs, not where anything happens", () => {
    expect(v.message.events[0]?.where?.text ?? "").not.toBe("Nordvik");
    expect(v.variants.sms.text).not.toMatch(/Sted: Nordvik/);
  });
  it("the SMS has the deadline, and says who may apply before what happens to late applications", () => {
    const sms = v.variants.sms.text;
    expect(sms).toMatch(/1\. mars 2027/);
    expect(sms).not.toMatch(/20\. april/);
    const late = sms.indexOf("etter fristen");
    const who = sms.indexOf("Lag og foreninger i Nordvik");
    if (late >= 0) expect(who).toBeGreaterThanOrEqual(0);
    if (late >= 0) expect(who).toBeLessThan(late);
  });
});

describe("a future passive in English and nynorsk", () => {
  it("«will be decided on» and «vil bli handsama» do not make the date past", () => {
    const en = variants("Grants for sports clubs\n\nClubs can apply for grants until 1 March 2027. The grants will be decided on 20 April 2027.\n\nNordvik Council");
    expect(en.message.times.find((x) => x.text.includes("20 April"))?.role).not.toBe("past");
    const nn = variants("Tilskot til idrettslag\n\nIdrettslag kan søkje om tilskot innan 1. mars 2027. Søknadene vil bli handsama i formannskapet 20. april 2027.\n\nNordvik kommune");
    expect(nn.message.times.find((x) => x.text.includes("20. april"))?.role).not.toBe("past");
  });
});

describe("an instruction for some readers, inside a closure notice", () => {
  const draft = [
    "Stengt bru over Elva",
    "",
    "Brua over Elva er stengt for biler fra mandag 14. september til fredag 2. oktober. Gående og syklende kan bruke brua som vanlig.",
    "",
    "Hytteeiere på Nordsida kan få kjøre over etter avtale med vaktmesteren. Ring 912 34 567 senest to dager før.",
    "",
    "Vennlig hilsen",
    "Elvdal kommune",
  ].join("\n");
  const v = variants(draft);

  it("the call is for the group the sentence before names: it keeps that condition", () => {
    const call = v.message.actions.find((a) => a.text.startsWith("Ring"));
    expect(call?.condition).toBe("Hytteeiere på Nordsida");
  });
  it("the letter keeps the call with the sentence it belongs to, not under «Har du spørsmål?» or «Dette må du gjøre»", () => {
    const letter = v.variants.letter.text;
    expect(letter).toMatch(/vaktmesteren\. Ring 912 34 567 senest to dager før\./);
    expect(letter).not.toMatch(/Har du spørsmål\?\nRing 912/);
    expect(letter).not.toMatch(/Dette må du gjøre\nRing 912/);
  });
  it("the public SMS does not tell everyone to call", () => {
    expect(v.variants.sms.text).not.toMatch(/Ring 912 34 567/);
    expect(v.variants.sms.text).toMatch(/14\. september/);
  });
});

describe("a school closure with a step for some parents", () => {
  // Own draft, not in the development set: the instruction has its own deadline (a clock before the day),
  // and a later sentence gives the teachers' time for their work.
  const draft = [
    "Nordvik skole er stengt i morgen",
    "",
    "På grunn av et strømbrudd er Nordvik skole stengt i morgen. Elevene skal ikke møte på skolen.",
    "",
    "Aktivitetsskolen er åpen som vanlig fra kl. 07.30 til kl. 16.30. Gi beskjed til leder på 934 11 220 innen kl. 19 i kveld hvis barnet ditt skal være der.",
    "",
    "Lærerne legger ut oppgaver i Teams innen kl. 08.",
  ].join("\n");
  const r = variants(draft);
  const m = r.message;

  it("a clock in front of its day takes the «innen» before it: the reader's deadline is that time", () => {
    const call = m.actions.find((a) => /Gi beskjed/.test(a.text));
    expect(call?.deadline?.text).toBe("i kveld");
    expect(call?.deadline?.clock?.text).toBe("kl. 19");
    expect(m.times.find((t) => t.text === "i kveld")?.role).toBe("deadline");
  });
  it("a deadline in another sentence is not borrowed because both say «innen»", () => {
    for (const a of m.actions) expect(a.deadline?.clock?.text).not.toBe("kl. 08");
  });
  it("case words in a condition («hvis barnet ditt …») speak of any parent: the notice stays public", () => {
    expect(m.audience.value).toBe("public");
    expect(r.variants.sms.text).toMatch(/stengt i morgen/);
    expect(r.variants.post.text).toMatch(/stengt i morgen/);
  });
  it("the same words outside a condition still make a letter about one child", () => {
    const one = variants("Barnet ditt har fått plass i Nordvik barnehage fra 1. august.\n\nSvar innen 1. mai.").message;
    expect(one.audience.value).toBe("personal");
  });
});

// English "can be + participle" gives the reader leave, as Norwegian "kan + s-passive" does: "Free bottled water
// can be collected at …" is what the reader may do, never "We can collect …". Own draft.
describe("English leave given to the reader", () => {
  const draft = [
    "Water supply interrupted in Eastside",
    "",
    "The water supply in Eastside will be interrupted on Tuesday 8 December from 09:00 to 15:00 while we repair a main.",
    "",
    "Free bottled water can be collected at Eastside Community Centre from 08:30.",
    "",
    "Westfield Council",
  ].join("\n");
  it("the letter says «You can collect …», not «We can collect …»", () => {
    const letter = variants(draft).variants.letter.text;
    expect(letter).toMatch(/You can collect free bottled water at Eastside Community Centre from 08:30\./);
    expect(letter).not.toMatch(/We can collect/);
  });
  it("what the body decides stays the body's («Applications can be processed …» → «We can process …»)", () => {
    const letter = variants("Opening hours\n\nApplications can be processed within two weeks.\n\nWestfield Council").variants.letter.text;
    expect(letter).not.toMatch(/You can process/);
  });
});

// A boil-water notice (own draft): boiling and flushing are the reader's whatever the subject ("Vannet skal kokes
// i minst ett minutt" → "Du skal koke vannet …", never "Vi skal koke vannet"), and a short instruction that leans on
// the detail before it ("… vanntank ved Kleppe skole fra tirsdag 15. desember kl. 12. Ta med egne kanner.") stays
// with it in the letter.
describe("a boil-water notice's instructions", () => {
  const draft = [
    "Kokevarsel for Kleppe",
    "",
    "Det er påvist bakterier i vannet fra Kleppe vannverk. Du må koke vannet før du drikker det. Vannet skal kokes i minst ett minutt.",
    "",
    "Kommunen setter opp vanntank ved Kleppe skole fra tirsdag 15. desember kl. 12.",
    "Ta med egne kanner.",
    "",
    "Hilsen",
    "Askøy kommune",
  ].join("\n");
  const letter = variants(draft).variants.letter.text;
  it("«Vannet skal kokes» is the reader's to do", () => {
    expect(letter).not.toMatch(/Vi skal koke/);
    expect(letter).toMatch(/Du skal koke vannet i minst ett minutt|Vannet skal kokes i minst ett minutt/);
  });
  it("«Ta med egne kanner» stays right after the water tank", () => {
    expect(letter).toMatch(/kl\. 12\.\s+Ta med egne kanner\./);
  });
});
