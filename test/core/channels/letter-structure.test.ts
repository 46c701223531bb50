// The letter keeps the draft's sections where they belong: a how-to section stays after the action it explains,
// a lead that introduces a list keeps it, a short question heads its answer. The SMS of a letter the reader must
// answer says the deadline, and says how to read the letter only once.
import { variants } from "../../../src/core/channels";

const requestDraft = (how: string, question: string) =>
  [
    "Du må sende oss opplysninger",
    "",
    "For at vi skal kunne behandle søknaden din om bostøtte, må du sende oss:",
    "",
    "- kopi av husleiekontrakten",
    "- lønnsslipp for de tre siste månedene",
    "",
    question,
    "",
    "Hvis vi ikke får opplysningene innen tre uker, avgjør vi saken med de opplysningene vi har.",
    "",
    how,
    "",
    "Du kan sende dokumentene i posten eller laste dem opp på kommunens nettside.",
    "",
    "Saksbehandlingstid",
    "",
    "Vi behandler saken din innen fire uker.",
    "",
    "Med vennlig hilsen",
    "Fjordvik kommune",
  ].join("\n");

describe("the letter keeps the draft's sections in their places", () => {
  const hows = ["Slik sender du dokumenter", "Slik ettersender du dokumentasjon", "Slik leverer du dokumentene"];
  const questions = ["Hva skjer hvis du ikke sender opplysningene?", "Hva hvis du ikke svarer?", "Hva skjer om du ikke svarer?"];
  for (const how of hows)
    for (const question of questions) {
      it(`«${how}» stays after «${question}», and is not an access block`, () => {
        const letter = variants(requestDraft(how, question)).variants.letter.text;
        const at = (s: string) => letter.indexOf(s);
        // Every part is there once.
        for (const s of [how, question, "- kopi av husleiekontrakten", "Saksbehandlingstid", "Du kan sende dokumentene"]) expect(letter.split(s).length).toBe(2);
        // The lead's colon introduces the list: the list follows it with nothing in between.
        expect(letter).toMatch(/må du sende oss:\n\n- kopi av husleiekontrakten\n- lønnsslipp/);
        // The question heads its answer (no blank line between them), as the other headings do.
        expect(letter).toContain(`${question}\nHvis vi ikke får opplysningene innen tre uker`);
        // The how-to section keeps the writer's order: after the consequence, before the processing time.
        expect(at(question)).toBeLessThan(at(how));
        expect(at(how)).toBeLessThan(at("Saksbehandlingstid"));
        expect(letter).toContain(`${how}\nDu kan sende dokumentene`);
      });
    }

  it("a heading about access to the documents is still an access block after the appeal", () => {
    const draft = [
      "Vedtak om bostøtte",
      "",
      "Du får bostøtte fra 1. mars 2027.",
      "",
      "Du har rett til å se dokumentene",
      "",
      "Du kan be om å få se dokumentene i saken din.",
      "",
      "Du kan klage",
      "",
      "Klagefristen er seks uker fra du fikk dette brevet.",
      "",
      "Med vennlig hilsen",
      "Fjordvik kommune",
    ].join("\n");
    const letter = variants(draft).variants.letter.text;
    expect(letter.indexOf("Du kan klage")).toBeGreaterThan(0);
    // Appeal first, then access (the order of rights a decision letter gives).
    expect(letter.indexOf("Du kan klage")).toBeLessThan(letter.indexOf("Du har rett til å se dokumentene"));
  });

  it("a question with a date in it is body text, not a heading", () => {
    const draft = ["Ny tid for møtet", "", "Møtet flyttes til 4. mai 2027 kl. 18.00.", "", "Kan du komme 4. mai?", "", "Gi beskjed til skolen innen 20. april 2027.", "", "Med vennlig hilsen", "Fjordvik skole"].join("\n");
    const letter = variants(draft).variants.letter.text;
    expect(letter).not.toContain("Kan du komme 4. mai?\nGi beskjed");
    expect(letter).toContain("Kan du komme 4. mai?");
  });
});

describe("the SMS of a letter the reader must answer", () => {
  it("says a deadline given as a period in the consequence sentence", () => {
    const sms = variants(requestDraft("Slik sender du dokumenter", "Hva skjer hvis du ikke sender opplysningene?")).variants.sms.text;
    expect(sms).toContain("innen tre uker");
    // The case (what is asked for) stays in the letter.
    expect(sms).not.toContain("husleiekontrakten");
  });

  for (const [lang, text, read] of [
    ["nb", "Hei! Du har fått et vedtak fra Nav. Logg inn på nav.no for å lese det. Vennlig hilsen Nav", "Les brevet"],
    ["nn", "Hei! Du har fått eit vedtak frå Nav. Logg inn på nav.no for å lese det. Venleg helsing Nav", "Les brevet"],
    ["en", "Hi! You have received a decision from Nav. Log in at nav.no to read it. Kind regards, Nav", "Read the letter"],
  ] as const) {
    it(`(${lang}) does not add «${read}» after an action that already says how to read it`, () => {
      const sms = variants(text).variants.sms.text;
      // (A personal SMS carries no link: the reader logs in where she always does.)
      expect(sms).toContain(lang === "en" ? "Log in" : "Logg inn");
      expect(sms.toLowerCase()).not.toContain(read.toLowerCase());
    });
  }

  it("still says «Les brevet» when the action does not say how to read the letter; the action is said once", () => {
    const sms = variants(["Du må sende oss lønnsslipp", "", "Send oss lønnsslippen din innen 20. april 2027.", "", "Med vennlig hilsen", "Fjordvik kommune"].join("\n")).variants.sms.text;
    expect(sms).toContain("Send oss lønnsslippen din innen 20. april 2027.");
    expect(sms).toContain("Les brevet");
    // The letter's action is in the SMS: "et brev som du må svare på" would say it twice.
    expect(sms).toContain("et brev fra Fjordvik kommune.");
    expect(sms).not.toMatch(/svare på/);
  });

  it("names the sender before what the letter asks when the SMS cannot say the action", () => {
    const sms = variants(["Vi trenger opplysninger", "", "Vi mangler opplysninger om inntekten din.", "", "Du må sende oss:", "", "- {dokument}", "", "Svar innen {fristDato}.", "", "Med vennlig hilsen", "Fjordvik kommune"].join("\n"), { message: { audience: "personal" } }).variants.sms.text;
    expect(sms).not.toMatch(/svare på fra/);
  });

  it("says a title that tells the reader what to do, not a step of the how-to", () => {
    const draft = ["DU MÅ SENDE OSS FLERE OPPLYSNINGER", "", "Vi trenger flere opplysninger fra deg for å kunne behandle saken din.", "", "Du må sende oss:", "- {FRITEKST}", "", "SLIK ETTERSENDER DU DOKUMENTER", "Gå til nav.no/ettersending. Velg skjemaet du vil ettersende til og følg instruksjonene.", "", "Vennlig hilsen", "Fjordvik kommune"].join("\n");
    const sms = variants(draft).variants.sms.text;
    expect(sms).toContain("Du må sende oss flere opplysninger.");
    expect(sms).not.toContain("Velg skjemaet");
  });
});

describe("a personal draft that is itself a short message", () => {
  const short = [
    "Hei! Kontaktinformasjonen din i Fjordvik kommune er oppdatert. Ring oss om dette ikke stemmer - 55 55 44 44. Hilsen Fjordvik kommune",
    "Hei! Du har fått en ny oppgave fra Fjordvik kommune. Logg inn på Min side for å se hva oppgaven gjelder. Hilsen Fjordvik kommune",
    "Hei!\nDu er invitert til et møte om skolevei. Logg inn på Min side for å melde deg på.\nHilsen Fjordvik kommune",
  ];
  for (const draft of short)
    it(`is said in its own words, not as «Du har fått et brev»: ${draft.slice(0, 50)}…`, () => {
      const r = variants(draft, { message: { audience: "personal" } });
      const sms = r.variants.sms.text;
      expect(sms).not.toMatch(/fått (?:et|eit) brev|Les brevet/);
      // Every sentence of the body is there (each one's first words).
      for (const s of draft.split(/(?<=[.!])\s+/).slice(1, -1)) expect(sms).toContain(s.split(" ").slice(0, 3).join(" "));
      expect(r.variants.sms.findings.filter((f) => f.rule === "facts-invented")).toEqual([]);
    });

  for (const caseWord of ["sykepengene dine", "gjelden din", "bostøtten din"])
    it(`announces the letter instead when a sentence holds the case («${caseWord}»)`, () => {
      const sms = variants(`Hei! Vi har endret ${caseWord}. Logg inn på Min side for å se endringen. Hilsen Fjordvik kommune`, { message: { audience: "personal" } }).variants.sms.text;
      expect(sms).not.toContain(caseWord.split(" ")[0]);
    });

  it("does not take «gjelder» (concerns) for «gjeld» (debt)", () => {
    const sms = variants("Hei! Du har fått en viktig oppgave fra Fjordvik kommune. Logg inn for å se hva oppgaven gjelder. Hilsen Fjordvik kommune", { message: { audience: "personal" } }).variants.sms.text;
    expect(sms).toContain("hva oppgaven gjelder");
  });

  it("a titled draft is a letter: the SMS announces it", () => {
    const sms = variants("Svar på klage\n\nVi har vurdert klagen din.\n\nMed vennlig hilsen\nFjordvik kommune", { message: { audience: "personal" } }).variants.sms.text;
    expect(sms).toMatch(/Du har fått/);
  });

  it("a topic that names the sender is not followed by «fra» the sender", () => {
    const sms = variants("Innkalling til dialogmøte med Fjordvik kommune\n\nVi kaller deg inn til et dialogmøte. Logg inn på Min side for å se tid og sted.\n\nMed vennlig hilsen\nFjordvik kommune").variants.sms.text;
    expect(sms).toContain("innkalling til dialogmøte med Fjordvik kommune");
    expect(sms).not.toMatch(/med Fjordvik kommune fra Fjordvik kommune/);
  });
});

describe("an instruction for a named group stays with the sentence that names the group", () => {
  const groups: Array<[string, string, string]> = [
    ["nn", "Foreldre som arbeider i kritiske samfunnsfunksjonar, kan få barnehageplass.", "Ta kontakt med barnehagen innan søndag kl. 18.00."],
    ["nb", "Elever som trenger skyss, kan søke om det.", "Send søknaden til skolen innen fredag 10. april."],
    ["en", "Parents who work in critical services can get a place.", "Contact the kindergarten by Sunday at 18:00."],
  ];
  for (const [lang, who, act] of groups)
    it(`${lang}: «${act}» follows «${who}»`, () => {
      const title = lang === "en" ? "Schools closed from Monday 16 March" : lang === "nn" ? "Skulane er stengde frå måndag 16. mars" : "Skolene er stengt fra mandag 16. mars";
      const other = lang === "en" ? "All schools and kindergartens are closed from Monday 16 March." : lang === "nn" ? "Alle skular og barnehagar er stengde frå måndag 16. mars." : "Alle skoler og barnehager er stengt fra mandag 16. mars.";
      const draft = [title, "", other, "", `${who} ${act}`, "", lang === "en" ? "Read more at https://www.fjordvik.kommune.no/skole." : "Les meir på https://www.fjordvik.kommune.no/skole."].join("\n");
      const letter = variants(draft).variants.letter.text;
      const w = letter.indexOf(who.replace(/\.$/, ""));
      const a = letter.indexOf(act.replace(/\.$/, ""));
      expect(w).toBeGreaterThanOrEqual(0);
      expect(a).toBeGreaterThan(w);
      // Nothing between them: the instruction reads as meant for that group, not moved under its own heading.
      expect(letter.slice(w + who.length, a).trim()).toBe("");
    });
});

describe("a warning about inquiries is no contact line", () => {
  it("«Vær alltid på vakt mot slike henvendelser» stays with the warning, not under «Har du spørsmål?»", () => {
    const draft = "Falske e-poster fra Altinn\n\nVi får meldinger fra brukere som har mottatt falske e-poster. Vi ber deg om å slette e-posten.\n\nVær alltid på vakt mot slike henvendelser. Gi aldri fra deg sensitiv informasjon.\n\nAltinn";
    const letter = variants(draft).variants.letter.text;
    expect(letter).not.toContain("Har du spørsmål?");
    expect(letter).toContain("Vær alltid på vakt mot slike henvendelser.");
  });
  it("«Henvendelser om saken kan rettes til …» still is one", () => {
    const draft = "Vedtak om startlån\n\nVi har innvilget søknaden din om startlån.\n\nHenvendelser om saken kan rettes til servicetorget på telefon 55 12 34 56.\n\nMed vennlig hilsen\nFjordvik kommune";
    const letter = variants(draft).variants.letter.text;
    // The contact line, said plainly, comes after the message, just before the sign-off.
    const contact = letter.indexOf("Har du spørsmål om saken, kan du kontakte servicetorget på telefon 55 12 34 56.");
    expect(contact).toBeGreaterThan(letter.indexOf("Vi har innvilget"));
    expect(letter.slice(contact).split("\n\n")[1]).toMatch(/^Med vennlig hilsen/);
  });
});
