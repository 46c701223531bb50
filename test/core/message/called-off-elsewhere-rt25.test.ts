// Red-team round 25. Beside a key event that is not called off ("Lekeplassen er stengt fra mandag 5. mai", a schedule of
// courses), one thing with its own time is called off ("Den åpne lekeplassdagen … 24. mai er avlyst") and, in the next
// sentence, something comes instead ("I stedet inviterer vi til lekeplassdag i Bjørkeparken …"). Both are events the
// short channels must say together, or not at all. Own drafts.
import { variants } from "../../../src/core/channels";

const d = [
  "Lekeplassen i Furulunden stenges",
  "",
  "Ved den årlige kontrollen fant inspektøren skader på klatrestativet. Lekeplassen er derfor stengt fra mandag 5. mai.",
  "",
  "Åpen lekeplassdag avlyst",
  "Den åpne lekeplassdagen i Furulunden 24. mai er avlyst. I stedet inviterer vi til lekeplassdag i Bjørkeparken lørdag 24. mai kl. 12.00–15.00. Det blir grilling og hoppeslott.",
  "",
  "Bydrift, Larvik kommune",
].join("\n");

describe("a thing called off beside the key event", () => {
  it("is an event of its own, and so is what comes instead", () => {
    const ev = variants(d, { language: "nb" }).message.events;
    expect(ev[0].status).not.toBe("cancelled");
    expect(ev.some((e) => e.status === "cancelled" && e.what.text.includes("er avlyst") && e.when?.text === "24. mai")).toBe(true);
    expect(ev.some((e) => e.status === "planned" && e.what.text.startsWith("I stedet") && /lørdag 24\. mai/.test(e.when?.text ?? ""))).toBe(true);
  });
  it("the SMS says both", () => {
    const sms = variants(d, { language: "nb" }).variants.sms.text;
    expect(sms).toMatch(/lekeplassdagen i Furulunden 24\. mai er avlyst/);
    expect(sms).toMatch(/Bjørkeparken lørdag 24\. mai/);
  });
  it("the post never says «I stedet …» without what it replaces", () => {
    const post = variants(d, { language: "nb" }).variants.post.text;
    if (/I stedet inviterer/.test(post)) expect(post).toMatch(/er avlyst/);
    const long = d.replace("Lekeplassen er derfor stengt fra mandag 5. mai.", "Lekeplassen er derfor stengt fra mandag 5. mai. Vi ber alle foreldre om ikke å la barna leke innenfor gjerdene mens arbeidet pågår, og om å følge med på skiltene ved inngangen.");
    const p2 = variants(long, { language: "nb" }).variants.post.text;
    if (/I stedet inviterer/.test(p2)) expect(p2).toMatch(/er avlyst/);
  });
  it("a question about calling off is no event", () => {
    const q = d.replace("Den åpne lekeplassdagen i Furulunden 24. mai er avlyst. I stedet inviterer vi til lekeplassdag i Bjørkeparken lørdag 24. mai kl. 12.00–15.00. Det blir grilling og hoppeslott.", "Lurer du på om lekeplassdagen 24. mai er avlyst?");
    expect(variants(q, { language: "nb" }).message.events.some((e) => e.status === "cancelled")).toBe(false);
  });
});

describe("a thing called off for other readers", () => {
  it("names a place the title and the key event do not: no event of its own", () => {
    const other = d.replace("Den åpne lekeplassdagen i Furulunden 24. mai er avlyst.", "Den åpne lekeplassdagen i Torstrand 24. mai er avlyst.");
    expect(variants(other, { language: "nb" }).message.events.some((e) => e.status === "cancelled")).toBe(false);
  });
});
