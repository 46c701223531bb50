// Round 23 of the red team. A place in one item of a list of places ("på disse stedene:" over three) is one of
// several: the SMS gave «Sted: Industriveien 4» alone and sent every reader there. And a title that points at a
// list ("disse strekningene blir stengt") says nothing in an SMS or post that does not give the list. Own drafts.
import { variants } from "../../../src/core/channels";
import { withoutPointer } from "../../../src/core/channels/compose-util";

describe("a place in one of several list items", () => {
  const d = [
    "Fare for flom – hent sandsekker",
    "",
    "Det er ventet flom i kommunen fra tirsdag til torsdag.",
    "",
    "Du kan hente sandsekker gratis fra tirsdag kl. 12 på disse stedene:",
    "- Brannstasjonen, Industriveien 4",
    "- Kommunens driftsstasjon på Rustad",
    "- Parkeringsplassen ved Sundet skole",
    "",
    "Ta med egen spade.",
    "",
    "Hilsen Nord-Odal kommune",
  ].join("\n");
  const r = variants(d, { language: "nb" });
  it("is not the event's place", () => {
    const ev = r.message.events.find((e) => /sandsekker/.test(e.what.text));
    expect(ev?.where).toBeUndefined();
  });
  it("is never said alone as the place in the SMS", () => {
    expect(r.variants.sms.text).not.toMatch(/Sted: Industriveien 4/);
  });
  it("one place in the event's own sentence still is", () => {
    const one = d.replace("på disse stedene:\n- Brannstasjonen, Industriveien 4\n- Kommunens driftsstasjon på Rustad\n- Parkeringsplassen ved Sundet skole", "ved brannstasjonen i Industriveien 4.");
    const ev = variants(one, { language: "nb" }).message.events.find((e) => /sandsekker/.test(e.what.text));
    expect(ev?.where?.text).toMatch(/Industriveien 4/);
  });
});

describe("a title that points at a list", () => {
  it("says «some» instead, in bokmål, nynorsk and English", () => {
    expect(withoutPointer("Hogst langs Elvestien – disse strekningene blir stengt")).toBe("Hogst langs Elvestien – noen strekninger blir stengt");
    expect(withoutPointer("Desse vegane blir stengde i helga")).toBe("Nokre vegar blir stengde i helga");
    expect(withoutPointer("Road works: these streets are closed")).toBe("Road works: some streets are closed");
  });
  it("drops the part that points when it cannot say «some», and keeps a title with nothing else", () => {
    expect(withoutPointer("Vegarbeid i sentrum – disse gjeld frå måndag")).toBe("Vegarbeid i sentrum");
    expect(withoutPointer("Disse gjelder fra mandag")).toBe("Disse gjelder fra mandag");
    expect(withoutPointer("Nye åpningstider på biblioteket")).toBe("Nye åpningstider på biblioteket");
  });
  it("is said without pointing in the SMS and the post", () => {
    const d = [
      "Hogst langs Elvestien – disse strekningene blir stengt",
      "",
      "Disse delene av Elvestien blir stengt mens vi feller trær:",
      "- fra Brudalsbrua til Kvernhuset",
      "- lysløypa rundt Tjernet",
      "",
      "Hogsten er flyttet til uke 12. Følg skiltingen og hold avstand til maskinene.",
      "",
      "Hilsen Ringsaker kommune",
    ].join("\n");
    const r = variants(d, { language: "nb" });
    expect(r.variants.sms.text).not.toMatch(/disse strekningene/);
    expect(r.variants.post.text).not.toMatch(/disse strekningene/);
  });
});
