// A letter that offers the reader something ("Du får tilbud om å leie …") is an offer, and its SMS says the time the
// reader must come to ("Visning: …") beside the reply deadline; a passive with its agent named after the verb
// ("Depositumet betales av Nav") is that agent's work, not a step of the reader's. Own draft.
import { variants } from "../../../src/core/channels";

const draft = [
  "Tilbud om omsorgsbolig",
  "Til Kari Nilsen",
  "",
  "Du får tilbud om å leie en omsorgsbolig i Furulia 3, 1. etasje. Husleien er 8 400 kroner per måned.",
  "",
  "Visning: onsdag 9. april kl. 11.00. Vi møtes i resepsjonen.",
  "",
  "Du må svare på tilbudet innen fredag 11. april kl. 12.",
  "",
  "Depositumet betales av Nav etter avtale med veilederen din.",
  "",
  "Med vennlig hilsen",
  "Per Hansen",
  "Tildelingskontoret",
  "Nordby kommune",
].join("\n");

describe("an offer with a viewing", () => {
  const r = variants(draft);
  it("is an offer to one person", () => {
    expect(r.message.audience.value).toBe("personal");
    expect(r.message.kind).toBe("offer");
  });
  it("the agency's payment is no step of the reader's", () => {
    expect(r.message.actions.map((a) => a.text).join(" ")).not.toMatch(/Depositumet/);
  });
  it("the SMS says the viewing and the reply deadline, and nothing of the case", () => {
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/Visning: onsdag 9\. april kl\. 11\.00/);
    expect(sms).toMatch(/11\. april kl\. 12/);
    expect(sms).not.toMatch(/8 400|Furulia/);
  });
});

// (Guards: each passes without the fix too, and must go on passing with it.)
describe("passive agents", () => {
  const say = (body: string) => variants(["Informasjon om betaling", "Til Kari Nilsen", "", body, "", "Nordby kommune"].join("\n")).message.actions.map((a) => a.text);
  it("the reader's own payment stays a step", () => {
    expect(say("Egenandelen betales ved oppmøte.").join(" ")).toMatch(/Egenandelen/);
  });
  it("a payment by the reader's parents is theirs (a reader group)", () => {
    expect(say("Egenandelen betales av foreldrene innen 1. mai.").join(" ")).toMatch(/Egenandelen/);
  });
  it("«by hand» in English says how, not who", () => {
    const en = variants(["Your application", "To Kari Nilsen", "", "The form must be delivered by hand to the service desk.", "", "Nordby Municipality"].join("\n")).message.actions.map((a) => a.text);
    expect(en.join(" ")).toMatch(/delivered by hand/);
  });
});
