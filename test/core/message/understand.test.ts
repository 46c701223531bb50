// The message model (src/core/message): what a draft says, with every time in its role, who sends it, who
// it is for and what the reader must do. Each case states a principle on a draft written for the test;
// the development set (test/eval, `npm run eval`) measures the same on real texts.
import { parse } from "../../../src/core/text/parse";
import { extractFacts } from "../../../src/core/facts";
import { variants } from "../../../src/core/channels";
import { understand, type Message, type MessageOverride } from "../../../src/core/message";

function read(text: string, override?: MessageOverride, senderName?: string): Message {
  return understand(parse(text), extractFacts(text), { override, senderName });
}
const roles = (m: Message) => m.times.map((t) => `${t.text}=${t.role}`);
const when = (m: Message) => m.events[0]?.when;

describe("times in their roles", () => {
  it("a moved date: the old one is superseded, the new one is when it happens", () => {
    for (const t of [
      "Endret tømmedag\n\nTømming som skulle vært fredag 1. mai, flyttes til lørdag 2. mai.\n\nFjordvik kommune",
      "Endret tømmedag\n\nTømmingen flyttes fra fredag 1. mai til lørdag 2. mai.\n\nFjordvik kommune",
      "Endra tømedag\n\nTøminga som skulle vore fredag 1. mai, blir flytta til laurdag 2. mai.\n\nVangen kommune",
      // A deadline extended from one date to another: the first is the old deadline, not the start of a period.
      "Søknadsfristen er forlenget\n\nFristen for å søke om kulturmidler er forlenget fra 1. mai til 2. mai.\n\nFjordvik kommune",
      "Søknadsfristen er forlengd\n\nFristen for å søkje om kulturmidlar er forlengd frå 1. mai til 2. mai.\n\nVangen kommune",
    ]) {
      const m = read(t);
      expect(m.kind).toBe("change");
      expect(when(m)?.value).toBe("--05-02");
      expect(m.times.find((x) => x.value === "--05-01")?.role).toBe("superseded");
    }
    const en = read("Bin collection\n\nCollections due on Friday 18 April will take place on Saturday 19 April instead.\n\nFjordvik Municipality");
    expect(when(en)?.value).toBe("--04-19");
    expect(en.times.find((x) => x.value === "--04-18")?.role).toBe("superseded");
  });
  it("an order now lifted: its start date is not when anything happens", () => {
    const m = read("Kokepåbudet er opphevet\n\nKokepåbudet fra 3. mars er nå opphevet. Du kan drikke vannet som vanlig.\n\nHaugsdal kommune");
    expect(m.kind).toBe("lifting");
    expect(roles(m)).toEqual(["3. mars=lifted"]);
    expect(when(m)).toBeUndefined();
    // The date of the lifting itself is new.
    const n = read("Kokepåbudet oppheves\n\nKokepåbudet oppheves fra 5. mars.\n\nHaugsdal kommune");
    expect(when(n)?.value).toBe("--03-05");
  });
  it("past, expected, recurring and deadline times are never the event's time", () => {
    const m = read(
      "Kokevarsel\n\nVed prøvetaking 6. mai vart det påvist bakteriar. Vi reknar med nye prøvesvar innan 13. mai. Vakttelefonen er open måndag–fredag kl. 08–16. Meld frå innan 20. mai om du treng vatn på kanne.\n\nFjordvik kommune",
    );
    expect(roles(m)).toEqual(["6. mai=past", "13. mai=expected", "måndag–fredag=recurring", "20. mai=deadline"]);
    expect(when(m)).toBeUndefined();
    const letter = read("Vedtak\n\nVi viser til søknaden din av 3. mars. Du har fått plass fra 1. august.\n\nFjordvik kommune");
    expect(letter.times.find((t) => t.value === "--03-03")?.role).toBe("past");
  });
  it("a period stays whole, across months too", () => {
    expect(when(read("Vegen blir stengt\n\nFylkesveg 55 blir stengt frå 2. til 20. september.\n\nStatens vegvesen"))?.value).toBe("--09-02/--09-20");
    expect(when(read("Vegen stenges\n\nVegen stenges fra 2. september til 20. oktober.\n\nStatens vegvesen"))?.value).toBe("--09-02/--10-20");
    expect(when(read("Hallen stenger\n\nHallen er stengt fra mandag 2. til fredag 20. september.\n\nFjordvik kommune"))?.value).toBe("--09-02/--09-20");
  });
  it("a start date told late in a press release counts when its sentence is about the title's subject", () => {
    const filler = Array.from({ length: 9 }, (_, i) => `Avsnitt ${i + 1} forklarer bakgrunnen for ordningen i detalj.`).join("\n\n");
    const t = `Nå må innkvartering forhåndsgodkjennes\n\nArbeidsgivere må få lokalene godkjent.\n\n${filler}\n\nDet var et møte 3. februar om saken.\n\nArbeidsgivere kan søke om forhåndsgodkjenning fra mandag 22. februar.\n\nArbeidstilsynet`;
    expect(when(read(t))?.value).toBe("--02-22");
    // A time deep in the body about something else is not the event's.
    const other = t.replace("søke om forhåndsgodkjenning", "delta på et informasjonsmøte");
    expect(when(read(other))).toBeUndefined();
  });
  it("a period's start and end after a past verb are new: «har sendt ut farevarsel … fra kl. 18 i dag til kl. 06 i morgen»", () => {
    const m = read("Farevarsel\n\nMeteorologisk institutt har sendt ut gult farevarsel for sterk vind fra kl. 18 i dag til kl. 06 i morgen.\n\nNordbygd kommune");
    expect(m.times.filter((t) => t.form === "relative-day").map((t) => t.role)).toEqual(["new", "new"]);
  });
  it("a warning's instruction is an action: «Sikre løse gjenstander», «Ikke drikk vannet»", () => {
    const m = read("Farevarsel: Sterk vind\n\nDet blir sterk vind i kveld.\n\nSikre løse gjenstander rundt huset. Ikke drikk vannet fra bekken.\n\nNordbygd kommune");
    expect(m.actions.map((a) => a.text)).toEqual(["Sikre løse gjenstander rundt huset.", "Ikke drikk vannet fra bekken."]);
  });
  it("a clock, weekday or week after «innen/innan/by» is the action's deadline", () => {
    const a = read("Endra tømedag\n\nTøminga er flytta til tysdag 22. april. Set dunken fram til vegen innan kl. 06.30 på den nye tømedagen.\n\nVangen kommune");
    expect(a.actions.find((x) => x.text.startsWith("Set dunken"))?.deadline?.text).toContain("06.30");
    const b = read("Bin day moved\n\nCollection moves to Tuesday 22 April. Please put your bin out by 7 am on the day.\n\nNordbygd Municipality");
    expect(b.actions.find((x) => x.text.startsWith("Please put"))?.deadline?.text).toContain("7 am");
  });
  it("a date said not to hold is the old one: «(ikke 7. juni som tidligere meldt)»", () => {
    const m = read("Ny dato\n\nBygdedagen blir lørdag 14. juni (ikke 7. juni som tidligere meldt).\n\nNordbygd kommune");
    expect(when(m)?.value).toBe("--06-14");
    expect(m.times.find((t) => t.value === "--06-07")?.role).toBe("superseded");
  });
  it("the same time in the title and the lead: the lead's sentence says what happens", () => {
    const m = read("Grøfting i Lia i veke 12\n\nFrå måndag i veke 12 grev vi ny grøft langs Liavegen. Arbeidet tek om lag tre veker.\n\nVangen kommune");
    expect(m.events[0]?.what.text).toMatch(/^Frå måndag i veke 12 grev vi ny grøft langs Liavegen/);
  });
  it("a verb first with its subject after it is a condition, not an instruction; a genitive is no place", () => {
    const m = read("Eingongsstønad\n\nVel du å søkja om eingongsstønad, kan du ikkje ombestemme deg seinare.\n\nSend søknaden på nav.no.\n\nNav");
    expect(m.actions.map((a) => a.text)).toEqual(["Send søknaden på nav.no."]);
    const k = read("Påminnelse\n\nVi minner om at du kan registrere eiendomsopplysninger i Kartverkets nye tjeneste.\n\nKartverket");
    expect(k.events[0]?.where?.text).not.toBe("Kartverkets");
  });
  it("a birth date is a fact about a person, never when anything happens", () => {
    for (const t of [
      "Tilbud om plass\n\nEmma (født 12.05.2023) har fått plass i Furulia barnehage fra 1. august 2025.\n\nFjordvik kommune",
      "Tilbod om plass\n\nOla, fødd 3. mars 2022, har fått plass i Furulia barnehage frå 1. august 2025.\n\nVangen kommune",
      "Place offered\n\nEmma (born 12 May 2023) has been offered a place at Furulia kindergarten from 1 August 2025.\n\nFjordvik Municipality",
    ]) {
      const m = read(t);
      expect(when(m)?.value).toBe("2025-08-01");
      expect(m.times.find((x) => /2023|2022/.test(x.value))?.role).toBe("past");
    }
  });
  it("weekdays, today and tomorrow, weeks, durations and four-digit clock times are read", () => {
    const a = read("Vaksinering\n\nHelsestasjonen vaksinerer onsdag 08:00–19:00.\n\nFjordvik kommune");
    expect(when(a)).toMatchObject({ form: "weekday", value: "wd:3" });
    expect(when(a)?.clock?.value).toBe("08:00-19:00");
    const b = read("Storgata stengt\n\nStorgata er stengt fra kl. 1700 i dag.\n\nFjordvik kommune");
    expect(b.times.map((t) => t.form)).toContain("relative-day");
    expect(b.times.some((t) => t.clock?.value === "17:00" || t.value === "17:00")).toBe(true);
    const c = read("Hageavfall\n\nVi henter hageavfall i uke 47.\n\nFjordvik kommune");
    expect(when(c)).toMatchObject({ form: "week", value: "W47" });
    const d = read("Vegen stengd\n\nKyrkjevegen er stengd i tre veker.\n\nFjellheim kommune");
    expect(d.times.find((t) => t.form === "duration")?.value).toBe("P3W");
  });
  it("in a text with dated updates the newest update leads", () => {
    const m = read(
      "Vannlekkasje i Bakkeveien\n\nOppdatert kl. 16.30: Vannet er tilbake. La springen renne til vannet er klart.\n\nOppdatert kl. 10.15: Vi har stengt vannet i Bakkeveien for å reparere en lekkasje.\n\nFjordvik kommune",
    );
    expect(m.updates.map((u) => u.time?.text)).toEqual(["kl. 16.30", "kl. 10.15"]);
    expect(m.kind).toBe("lifting");
    expect(m.lead[0].text).toBe("Oppdatert kl. 16.30: Vannet er tilbake.");
  });
});

describe("who sends it", () => {
  it("only the draft's own signature block or the profile, never a name in the body", () => {
    expect(read("Pris\n\nStrandvik kommune vinner klarspråkprisen 2025. Prisen deles ut 5. desember.").sender).toBeUndefined();
    expect(read("Savnet\n\nPolitiet i Agder politidistrikt leter etter en mann.\n\nMed vennlig hilsen\nFjordvik kommune").sender).toMatchObject({ name: "Fjordvik kommune", source: "signature" });
    expect(read("Hei! Du har fått et brev. Les det på nav.no. Vennlig hilsen Nav").sender?.name).toBe("Nav");
    expect(read("Vegen blir stengt\n\nVegen blir stengt i morgon.\n\nStatens vegvesen\nSeksjon drift").sender?.name).toBe("Statens vegvesen");
    // A person's name or job title signs nothing for the body.
    expect(read("Svar\n\nVi har fått brevet ditt.\n\nMed hilsen\nKari Nordmann\nseniorrådgiver").sender).toBeUndefined();
    expect(read("Svar\n\nVi har fått brevet ditt.", undefined, "Fjordvik kommune").sender).toEqual({ name: "Fjordvik kommune", source: "profile" });
  });
});

describe("who it is for", () => {
  it("speaking to the reader as du or De does not make a text personal; case content does", () => {
    expect(read("Vannmåler\n\nAlle abonnenter må lese av vannmåleren. Du kan registrere stand på nettsidene.").audience.value).toBe("public");
    expect(read("Slik søker du kulturstipend\n\nDu kan søke hvis du er mellom 16 og 30 år. Vi behandler søknaden din innen fire uker.").audience.value).toBe("public");
    expect(read("Byggesak\n\nVi viser til søknad om tilbygg på gnr. 45 bnr. 112.").audience.value).toBe("personal");
    const fnr = read("Melding\n\nGjelder fødselsnummer 13097248022. Du har fått plass.");
    expect(fnr.audience.value).toBe("personal");
    expect(fnr.audience.reasons[0]).toMatchObject({ code: "personal-id", text: "13097248022" });
  });
  it("a personal letter that gives a right to appeal is a decision; a public page that mentions appeals stays public", () => {
    const m = read("Svar på søknad om bostøtte\n\nSøker: Per Hansen, gnr. 4 bnr. 12\n\nDu får ikke bostøtte, fordi inntekten er for høy.\n\nDu kan klage på vedtaket innen tre uker.\n\nFjordvik kommune");
    expect(m.audience.value).toBe("personal");
    expect(m.kind).toBe("decision");
    const pub = read("Slik søker du bostøtte\n\nAlle innbyggere med lav inntekt kan søke. Du kan klage på vedtaket innen tre uker.\n\nFjordvik kommune");
    expect(pub.audience.value).toBe("public");
  });
  it("every reason points at the words it came from", () => {
    const text = "Vedtak om startlån\n\nDu har fått innvilget startlån.";
    const m = read(text);
    expect(m.kind).toBe("decision");
    for (const r of m.audience.reasons) if (r.start !== undefined) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});

describe("what the reader must do", () => {
  const actions = (t: string) => read(t).actions.map((a) => a.text);
  it("the reader as agent: an imperative, du må, a reader group, a request, the reader's own thing in the passive", () => {
    expect(actions("Vannet stenges\n\nHusk å tappe vann. Du må slå av varmtvannsberederen. Alle abonnenter må koke vannet. Vi ber deg melde fra om lekkasjer. Søknaden må leveres innen 1. mai.")).toEqual([
      "Husk å tappe vann.",
      "Du må slå av varmtvannsberederen.",
      "Alle abonnenter må koke vannet.",
      "Vi ber deg melde fra om lekkasjer.",
      "Søknaden må leveres innen 1. mai.",
    ]);
  });
  it("the body's own work is never the reader's action", () => {
    expect(actions("Graving\n\nGravemassene må kjøres bort om natta. Vi skal skifte vannledningen. Kommunen må grave opp vegen. Du trenger ikke gjøre noe.")).toEqual([]);
  });
  it("an action carries its deadline and its condition", () => {
    const m = read("Innkalling\n\nSvar innen 20. april om du kan komme. Dersom du ikke kan komme, må du gi beskjed.");
    expect(m.actions[0].deadline).toMatchObject({ text: "20. april", role: "deadline" });
    expect(m.actions[1].condition).toBe("Dersom du ikke kan komme");
  });
});

describe("corrections from the user", () => {
  it("audience, kind, sender and a time's role can be overridden", () => {
    const text = "Tømming\n\nTømmingen skjer fredag 1. mai og lørdag 2. mai.\n\nFjordvik kommune";
    const m = read(text);
    expect(when(m)?.value).toBe("--05-01");
    const second = m.times.find((t) => t.value === "--05-02")!;
    const o = read(text, { keyTime: { start: second.start }, timeRoles: [{ start: m.times[0].start, role: "superseded" }], audience: "personal", sender: "Renovasjonen", kind: "change" });
    expect(when(o)?.value).toBe("--05-02");
    expect(o.times[0].role).toBe("superseded");
    expect(o.audience).toMatchObject({ value: "personal", source: "user" });
    expect(o.sender).toEqual({ name: "Renovasjonen", source: "user" });
    expect(o.kind).toBe("change");
  });
});

describe("spans", () => {
  it("every part's text is the draft's own words at its span", () => {
    const text = "Endret tømmedag\n\nTømming som skulle vært fredag 1. mai, flyttes til lørdag 2. mai i Storgata. Husk å sette dunken ut innen kl. 07.\n\nMed vennlig hilsen\nFjordvik kommune";
    const m = read(text);
    const parts = [m.subject, ...m.times, ...m.events.flatMap((e) => [e.what, ...(e.when ? [e.when] : []), ...(e.where ? [e.where] : [])]), ...m.actions, ...m.lead];
    for (const p of parts) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(m.events[0].where?.text).toBe("Storgata");
  });
  it("never throws, whatever the input", () => {
    for (const t of ["", " ", "\n\n\n", "a".repeat(5000), "1. 2. 3. 4.", "{navn}", "\u0000\uD800", "Oppdatert:\n\nOppdatert kl. 25:99:"]) {
      expect(() => read(t)).not.toThrow();
    }
  });
});

describe("who sends it: service units", () => {
  it("a clinic, a cultural centre or an English library in the signature is the sender; a title naming a kindergarten is no letterhead", () => {
    expect(read("Påminnelse om time\n\nDu har time torsdag 6. mars kl. 09.30.\n\nHilsen\nNordbygd tannklinikk").sender?.name).toBe("Nordbygd tannklinikk");
    expect(read("Konserten er avlyst\n\nKonserten lørdag er avlyst.\n\nHilsen\nFjordvik kulturhus").sender?.name).toBe("Fjordvik kulturhus");
    expect(read("Christmas opening hours\n\nThe library is closed from 23 December.\n\nFjordvik Library").sender?.name).toBe("Fjordvik Library");
    expect(read("Offer of a kindergarten place\n\nDear parent,\n\nYour child has been offered a place from 1 August 2025.\n\nFjordvik Municipality").subject.text).toBe("Offer of a kindergarten place");
  });
});

describe("instructions in the plain present and fronted objects", () => {
  it("«Du søker elektronisk …» is an action; «Svar på søknaden får du i april» is not", () => {
    const r = variants("Husk å søke om barnehageplass\n\nHovedopptaket har søknadsfrist 1. mars.\n\nDu søker elektronisk på kommunens nettside. Svar på søknaden får du i april.\n\nFjordvik kommune");
    const texts = r.message.actions.map((a) => a.text);
    expect(texts).toContain("Du søker elektronisk på kommunens nettside.");
    expect(texts.some((t) => t.startsWith("Svar på søknaden"))).toBe(false);
  });
  it("«Du får svar i april» and «Du har rett til plass» are not", () => {
    const r = variants("Barnehageplass\n\nDu har rett til plass fra august. Du får svar i april.\n\nFjordvik kommune");
    expect(r.message.actions).toEqual([]);
  });
});

describe("a letter to one person: the event is what happens to the reader", () => {
  const letters: Array<[string, string]> = [
    ["Melding om innplassering\n\nSaksnummer: 2023/1234\n\nFylkeskommunen avvikles 31.12.2023. To nye fylkeskommuner opprettes med virkning fra og med 01.01.2024.\n\nDu er fra 01.01.2024 innplassert i Vestfold fylkeskommune.\n\nMed vennlig hilsen\nFylkesdirektøren", "01.01.2024"],
    ["Melding om ny skule\n\nSaksnummer: 2027/55\n\nSkulane i Nordbygd vert slått saman frå hausten. Nordbygd skule vert lagd ned 20. juni 2027.\n\nDu har fått plass på Fjellheim skule frå 16. august 2027.\n\nMed venleg helsing\nFjellheim kommune", "16. august 2027"],
  ];
  for (const [t, when] of letters)
    it(`«${t.split("\n")[6]}» gives the key time ${when}`, () => {
      const m = read(t);
      expect(m.audience.value).toBe("personal");
      expect(m.events[0]?.when?.text.trim()).toBe(when);
    });
});
