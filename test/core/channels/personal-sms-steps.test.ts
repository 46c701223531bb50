// What a notification SMS for one person says it must do, read on own drafts (not in the development set):
// a long "how to" is said by its steps, without the steps that name the case; an instruction that ends on a web
// address is said without it; "Please confirm by …" is a reply with its deadline; a greeting with a template
// field for the name is a greeting, not the letter's title.
import { variants } from "../../../src/core/channels";

describe("a personal SMS says the reader's step", () => {
  it("«Du kan lese … ved å logge inn på X og trykke på Y» → «Logg inn på X» (Y names the case)", () => {
    const draft = [
      "Innkalling til oppfølgingsmøte",
      "",
      "Nav innkaller deg til et oppfølgingsmøte om en av dine ansatte.",
      "",
      "Du kan lese og svare på innkallingen ved å logge inn på Min side for arbeidsgivere og trykke på Sykmeldte.",
      "",
      "Vennlig hilsen Nav",
    ].join("\n");
    const sms = variants(draft).variants.sms.text;
    expect(sms).toMatch(/Logg inn på Min side for arbeidsgivere\./);
    expect(sms).not.toMatch(/Sykmeld/);
  });
  it("all steps become instructions when none names the case", () => {
    const draft = [
      "Innkalling til møte om byggesaken",
      "",
      "Vi innkaller deg til møte om byggesaken din.",
      "",
      "Du kan lese og svare på innkallingen ved å logge inn på Min side og velge Mine saker i menyen øverst.",
      "",
      "Hilsen Solvik kommune",
    ].join("\n");
    const sms = variants(draft).variants.sms.text;
    expect(sms).toMatch(/Logg inn på Min side og velg Mine saker i menyen øverst\./);
  });
  it("an instruction ending on a web address is said without it, and the SMS says where to read more", () => {
    const draft = ["Hei Kari", "", "Vi har fått melding fra Skatteetaten om deg.", "", "Du må bestille skattekort på https://www.skatteetaten.no/person/skatt/skattekort/bestille-endre/.", "", "Med vennlig hilsen", "Nav Økonomi"].join("\n");
    const r = variants(draft);
    expect(r.message.audience.value).toBe("personal");
    expect(r.variants.sms.text).toMatch(/Du må bestille skattekort\./);
    expect(r.variants.sms.text).not.toMatch(/https?:/);
  });
  it("«Please confirm by 28 January …, by calling …» is the reader's reply with its deadline", () => {
    const draft = [
      "Your appointment",
      "",
      "You have an appointment with the nurse on Tuesday 9 February at 10:00 at Solvik Health Centre.",
      "",
      "Please confirm by 2 February that you can come, by calling 77 12 34 50 or replying to this letter.",
      "",
      "Kind regards",
      "Solvik Health Centre",
    ].join("\n");
    const r = variants(draft);
    const a = r.message.actions.find((x) => /confirm/.test(x.text));
    expect(a?.deadline?.text).toBe("2 February");
    expect(r.variants.sms.text).toMatch(/Reply by 2 February\./);
  });
  it("«Hei {bruker.fornavn}» is a greeting, not the title", () => {
    const r = variants(["Hei {bruker.fornavn}", "", "Du er nå registrert som arbeidssøker.", "", "Med vennlig hilsen", "Nav"].join("\n"));
    expect(r.message.subject.text).not.toMatch(/bruker\.fornavn/);
  });
});

describe("a greeting that names one person", () => {
  it("«Hei Kari» and «Dear Ms Hansen» make the text personal; «Dear Resident» and «Hei alle» do not", () => {
    const body = "\n\nThe library in Solvik closes on Friday 18 December at 15:00.\n\nKind regards\nSolvik Library";
    expect(variants("Hei Kari\n\nVi har fått melding fra Skatteetaten om deg.\n\nHilsen\nNav").message.audience.value).toBe("personal");
    expect(variants(`Dear Ms Hansen,${body}`).message.audience.value).toBe("personal");
    expect(variants(`Dear Resident,${body}`).message.audience.value).toBe("public");
    expect(variants("Hei alle sammen!\n\nBiblioteket i Solvik stenger fredag 18. desember kl. 15.\n\nHilsen\nSolvik bibliotek").message.audience.value).toBe("public");
  });
});
