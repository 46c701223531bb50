// Round 23 of the red team: a step for anyone who wishes, with its date ("Dersom du vil ha fiber inn i huset, må du
// bestille tilknytning hos Lier Fiber AS innen 31. mars"), is for every reader of a public notice: the SMS and the
// post left it out as "only for some readers", although it was the one deadline before the digging. Own draft.
import { variants } from "../../../src/core/channels";

const d = [
  "Graving for fiber i Solbakken boligfelt",
  "",
  "Lier Fiber AS skal legge fiberkabel til alle eneboligene i Solbakken boligfelt.",
  "",
  "Gravingen starter mandag 14. april og varer til fredag 9. mai.",
  "",
  "Dersom du vil ha fiber inn i huset, må du bestille tilknytning hos Lier Fiber AS innen 31. mars. Tilknytningen koster 4 900 kroner.",
  "",
  "Søppeltømming og hjemmetjenesten kommer fram som vanlig.",
  "",
  "Med vennlig hilsen",
  "Lier kommune",
].join("\n");

describe("a step for anyone who wishes, with its date", () => {
  const r = variants(d, { language: "nb" });
  it("is in the public SMS, said whole with its condition", () => {
    expect(r.variants.sms.text).toMatch(/Dersom du vil ha fiber inn i huset, må du bestille tilknytning hos Lier Fiber AS innen 31\. mars/);
  });
  it("is in the post before a line about what goes on as usual", () => {
    expect(r.variants.post.text).toMatch(/innen 31\. mars/);
  });
  it("but a step for a narrower group stays out of the SMS", () => {
    const narrow = d.replace("Dersom du vil ha fiber inn i huset, må du", "Dersom du bor i nr. 2 til 8, må du");
    expect(variants(narrow, { language: "nb" }).variants.sms.text).not.toMatch(/nr\. 2 til 8/);
  });
});

// Round 23, draft 2: of the sentences that say what still holds, the one that speaks to the reader ("her kan du bade
// som vanleg:" over the good beaches) is the exception, not the writer's own routine ("Prøven som var planlagd 14.
// juli, blir teken som vanleg"), whose date the SMS then showed beside "inntil vidare".
describe("what still holds in a warning", () => {
  const bathing = [
    "Vi rår frå bading ved Storstranda",
    "",
    "Kommunen rår frå bading ved Storstranda inntil vidare. Vassprøven vi tok tysdag 1. juli, viste for høgt innhald av tarmbakteriar.",
    "",
    "Vi tek ein ny prøve måndag 7. juli. Prøven som var planlagd 14. juli, blir teken som vanleg.",
    "",
    "Vassprøvane frå desse badeplassane var gode, og her kan du bade som vanleg:",
    "- Furuvika",
    "- Lonatjørna",
    "",
    "Ikkje la hundar drikke av vatnet.",
    "",
    "Med vennleg helsing",
    "Sunnfjord kommune",
  ].join("\n");
  const r = variants(bathing, { language: "nn" });
  it("is the sentence that speaks to the reader", () => {
    expect(r.message.exception?.text).toMatch(/her kan du bade som vanleg/);
  });
  it("never puts the writer's routine date in the SMS or the post", () => {
    expect(r.variants.sms.text).not.toMatch(/14\. juli/);
    expect(r.variants.post.text).not.toMatch(/14\. juli/);
  });
});
