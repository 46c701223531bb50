// Round 24 of the red team. A place in the sentence an event answers with "difor" is where the cause is ("Det er
// venta høg luftforureining i Bergen sentrum …" / "Bergen kommune innfører difor dieselforbod …"): the SMS said «Stad:
// Bergen sentrum» for a ban inside the toll ring. A digital service is no place ("Where: Digipost"), and a web address
// the draft names as where letters are delivered is no page to read more on («Read more at mininnboks.no»). Own drafts.
import { variants } from "../../../src/core/channels";

describe("the place of a cause", () => {
  const d = [
    "Varsel om dårleg luft og dieselforbod",
    "",
    "Det er venta høg luftforureining i Bergen sentrum dei neste dagane.",
    "",
    "Bergen kommune innfører difor dieselforbod onsdag 15. januar frå kl. 06.00 til kl. 22.00. Forbodet gjeld alle dieselbilar innanfor bomringen.",
    "",
    "Med venleg helsing",
    "Bergen kommune",
  ].join("\n");
  const r = variants(d, { language: "nn" });
  it("is not where the event is", () => {
    expect(r.message.events[0]?.where).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/Stad: Bergen sentrum/);
  });
});

describe("a digital service", () => {
  const d = [
    "Letters from the municipality will go to your digital mailbox",
    "",
    "From 1 September Lillestrøm Municipality will send most letters digitally. Letters will be delivered to your digital mailbox in Digipost or e-Boks, or to the public inbox at mininnboks.no.",
    "",
    "If you want to keep receiving letters on paper, you must reserve yourself against digital post at norge.no by 15 August.",
    "",
    "Kind regards",
    "Lillestrøm Municipality",
  ].join("\n");
  const r = variants(d, { language: "en" });
  it("is no place", () => {
    expect(r.message.events[0]?.where).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/Where: Digipost/);
  });
  it("is no page to read more on", () => {
    expect(r.message.links.map((l) => l.value).join(" ")).not.toMatch(/mininnboks/);
    expect(r.variants.sms.text).not.toMatch(/Read more at mininnboks/);
    expect(r.variants.post.text).not.toMatch(/Read more: https:\/\/mininnboks/);
  });
  it("but a page the draft points to for reading stays a link", () => {
    const d2 = d.replace("If you want to keep", "Read more at lillestrom.kommune.no/digital. If you want to keep");
    expect(variants(d2, { language: "en" }).message.links[0]?.value).toMatch(/lillestrom\.kommune\.no/);
  });
});
