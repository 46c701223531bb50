// Round 8: in a letter to one party, "må + passive" states the party's duty and is never given to the body; an English
// passive with a pronoun subject takes its object form, one with a second participle joined stays; a sentence that
// opens with what the one before named ("Den må du også fjerne", "After that, …") never stands alone.
import { variants } from "../../../src/core/channels";
import { activeVoice } from "../../../src/core/channels/active";

const decision = `Vedtak i byggesak – garasje på gnr. 12 bnr. 40

Søknaden om garasje på 40 m² godkjennes. Søknaden om dispensasjon fra byggegrensen avslås. Garasjen må derfor flyttes minst 2 meter fra nabogrensen.

Du kan klage på vedtaket innen tre uker fra du fikk dette brevet.

Med hilsen
Fjellby kommune, byggesak
`;

const notice = `Vannledning i Storgata

Vi skifter vannledningen i Storgata denne uka. Grøfta må fylles igjen før asfaltering fredag.

Fjellby kommune
`;

describe("a duty in a letter to one party", () => {
  it("«Garasjen må derfor flyttes» stays the party's duty, not «Vi må flytte»", () => {
    const r = variants(decision);
    expect(r.message.audience.value).toBe("personal");
    expect(r.variants.letter.text).not.toMatch(/Vi må (?:derfor )?flytte/);
    expect(r.variants.letter.text).toContain("Garasjen må derfor flyttes");
  });
  it("in a notice to the public the body's own work with its time still turns", () => {
    expect(variants(notice).variants.letter.text).toContain("Vi må fylle grøfta igjen før asfaltering fredag");
  });
});

describe("English passives", () => {
  it("a pronoun subject takes its object form", () => {
    expect(activeVoice("They are emptied by Fjellby Renovasjon every Monday.", "en", "emptied")).toBe("Fjellby Renovasjon empties them every Monday.");
  });
  it("a second participle joined to the first keeps the sentence as written", () => {
    expect(activeVoice("After that, they are sold or recycled.", "en", "sold")).toBeNull();
    expect(activeVoice("The forms are checked and returned within a week.", "en", "checked")).toBeNull();
  });
  it("«must be» with no time binds whoever it is for, not the writer", () => {
    expect(activeVoice("Keys must be collected from the caretaker.", "en", "collected")).toBeNull();
  });
});

describe("a sentence that opens with what the one before named", () => {
  const lost = `Lost property at the library

Items left at the library are kept for two months. After that, they are sold or recycled. Bring ID when you collect something.

Fjellby Municipality
`;
  it("«After that, …» is not the SMS's only detail", () => {
    const sms = variants(lost).variants.sms.text;
    if (sms.includes("After that")) expect(sms).toContain("kept for two months");
  });
  const snow = `Snø på fortauet

Brøytebilene legger igjen snø langs fortauene. Den må du også fjerne. Husk å måke innen kl. 08.00.

Fjellby kommune
`;
  it("«Den må du også fjerne» is said only after the snow it means", () => {
    for (const t of [variants(snow).variants.sms.text, variants(snow).variants.post.text]) {
      if (t.includes("Den må du også fjerne")) expect(t).toContain("legger igjen snø");
    }
  });
});

describe("an older update's statements are history, not only its dates", () => {
  const d = `Glatte veier: barnehagene i Fjellby

Oppdatert mandag 2. februar kl. 19.00:
Alle barnehagene i kommunen holder stengt tirsdag 3. februar. Foreldre får melding fra styreren innen kl. 07.00.

Oppdatert mandag 2. februar kl. 12.00:
Vi følger med på været. Foreløpig holder barnehagene åpent som vanlig.

Fjellby kommune
`;
  it("the SMS never says the closed kindergartens are open as usual", () => {
    const r = variants(d);
    expect(r.variants.sms.text).toContain("stengt tirsdag 3. februar");
    expect(r.variants.sms.text).not.toContain("som vanlig");
    expect(r.variants.post.text).not.toContain("som vanlig");
  });
});

describe("a move from one place to another", () => {
  const d = `Foreldremøte på Lia skole – ny stad

Vi inviterer alle foreldre til foreldremøte onsdag 4. mars kl. 18.00.

Møtet er flytta frå biblioteket på skulen til gymsalen i Lia samfunnshus, fordi vi ventar mange.

Lia skule
`;
  it("is where the event now is, never the place it leaves", () => {
    const r = variants(d);
    expect(r.message.events[0].where?.text).toContain("Lia samfunnshus");
    expect(r.variants.sms.text).toContain("Lia samfunnshus");
  });
});

describe("a condition said earlier in the paragraph", () => {
  const d = `Nytt hentetilbud for hageavfall

Fra mai henter vi hageavfall hjemme hos deg én gang i måneden.

Hvis du ikke vil ha tilbudet, kan du melde deg av på fjellby.kommune.no. Du får da ingen ny beholder. Du må melde deg av innen 1. april.

Fjellby kommune
`;
  it("«Du må melde deg av innen 1. april» is for those who do not want the offer, never for everyone", () => {
    const r = variants(d);
    const a = r.message.actions.find((x) => x.text.includes("innen 1. april"));
    expect(a?.condition).toContain("Hvis du ikke vil ha tilbudet");
    for (const t of [r.variants.sms.text, r.variants.post.text]) if (t.includes("melde deg av innen")) expect(t).toContain("ikke vil ha tilbudet");
  });
});

describe("steps under a heading that asks what to do", () => {
  const d = `Digital letters from the municipality

From week 10 we send our letters to your digital mailbox.

What do you need to do?
- Check that your mobile number is correct at norge.no.
- Choose a digital mailbox if you do not have one.

Fjellby Municipality
`;
  it("are one action, read together", () => {
    const a = variants(d).message.actions;
    expect(a).toHaveLength(1);
    expect(a[0].text).toContain("Check that");
    expect(a[0].text).toContain("Choose a digital mailbox");
  });
  it("a list with no such heading is still no action", () => {
    expect(variants(d.replace("What do you need to do?\n", "")).message.actions).toHaveLength(0);
  });
});

describe("an English sender's article", () => {
  it("is lower case inside the notice sentence", () => {
    const d = `Your advance tax has been changed

Dear Kari Nordmann, national identity number 01017012345

We have changed your advance tax for 2027. Your new tax deduction card applies from 1 March.

Kind regards
The Norwegian Tax Administration
`;
    const sms = variants(d).variants.sms.text;
    expect(sms).toContain("from the Norwegian Tax Administration");
  });
});

describe("list items that are branches for groups of readers", () => {
  const d = `Feil i fakturaen for vann og avløp

Fakturaen som ble sendt 2. mars, hadde feil beløp for husstander med vannmåler.

Dette må du gjøre:
- Hvis du har betalt fakturaen: Vi betaler tilbake 500 kroner innen 30. april.
- Hvis du ikke har betalt ennå: Ikke betal den. Du får ny faktura i uke 14.

Fjellby kommune
`;
  it("no branch is said as if it were everyone's, and no branch's date becomes the news's date", () => {
    const r = variants(d);
    expect(r.message.events[0]?.when?.text ?? "").not.toContain("30. april");
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      if (t.includes("Ikke betal den")) expect(t).toContain("Hvis du ikke har betalt");
      if (t.includes("betaler tilbake")) expect(t).toContain("Hvis du har betalt");
    }
    for (const a of r.message.actions.filter((x) => x.text.includes("Ikke betal"))) expect(a.condition).toBeTruthy();
  });
});
