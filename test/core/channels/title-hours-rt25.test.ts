// Red-team round 25. Under "Veier stengt under Fjordbyløpet lørdag 7. september", the SMS said the race's own sentence
// ("Fjordbyløpet blir i år arrangert lørdag 7. september") and never which roads close or when. The hours of what the
// title says happens, with the list of roads they introduce, are the news; the framing event's sentence only repeats
// the title. Own draft.
import { variants } from "../../../src/core/channels";

const d = [
  "Veier stengt under Fjordbyløpet lørdag 7. september",
  "",
  "Fjordbyløpet blir i år arrangert lørdag 7. september. Flere veier i sentrum blir stengt for all biltrafikk mens løpet pågår.",
  "",
  "Disse veiene er stengt fra kl. 08.00 til kl. 14.00:",
  "- Strandgata, mellom Torget og Havnebakken",
  "- Kirkeveien, hele strekningen",
  "",
  "Buss 2 og 4 kjører omkjøring via Ringveien.",
  "",
  "Med vennlig hilsen",
  "Fjordby kommune",
].join("\n");

describe("the hours of what the title says happens", () => {
  const sms = variants(d, { language: "nb" }).variants.sms.text;
  it("are said with the roads they are for", () => {
    expect(sms).toMatch(/stengt fra kl\. 08\.00 til kl\. 14\.00: Strandgata, mellom Torget og Havnebakken; Kirkeveien, hele strekningen/);
  });
  it("the framing event's own sentence is not said again", () => {
    expect(sms).not.toMatch(/Fjordbyløpet blir i år arrangert/);
    expect(sms).toMatch(/lørdag 7\. september/);
  });
  it("hours of something the title does not announce are no such news", () => {
    const other = d.replace("Disse veiene er stengt fra kl. 08.00 til kl. 14.00:", "Disse veiene får ekstra brøyting fra kl. 08.00 til kl. 14.00:");
    expect(variants(other, { language: "nb" }).variants.sms.text).not.toMatch(/ekstra brøyting/);
  });
});

describe("rows too long to say, each with its own place", () => {
  const rota = [
    "Apotek med vakt i påska",
    "",
    "I påska har ikkje alle apoteka i Voss ope som vanleg. Her er oversikta over kva apotek som har vakt:",
    "",
    "- Skjærtorsdag 17. april: Vitusapotek Voss, kl. 12.00–16.00",
    "- Langfredag 18. april: Apotek 1 Amfi Voss, kl. 12.00–15.00",
    "- Påskeaftan 19. april: Alle apotek har ope kl. 10.00–14.00",
    "- 1. påskedag 20. april: Vitusapotek Voss, kl. 12.00–15.00",
    "- 2. påskedag 21. april: Apotek 1 Amfi Voss, kl. 12.00–16.00",
    "",
    "Voss herad",
  ].join("\n");
  it("the SMS never gives the first row as the only time", () => {
    const r = variants(rota, { language: "nn" });
    expect(r.variants.sms.text).not.toMatch(/17\. april kl\. 12\.00/);
    expect((r.variants.sms.omitted ?? []).some((o) => o.part === "time" && /Skjærtorsdag 17\. april/.test(o.text ?? ""))).toBe(true);
  });
});

describe("a labelled new address", () => {
  const clinic = [
    "The emergency clinic moves temporarily",
    "",
    "From Monday 3 February, the emergency clinic in Ringsaker moves to temporary premises while the health centre is renovated.",
    "",
    "New address: Brumunddal helsehus, Furnesvegen 6, 2nd floor. The entrance is on the back side of the building.",
    "",
    "Always call 116 117 before you come.",
    "",
    "Ringsaker Municipality",
  ].join("\n");
  it("is where the moved service is, even with more said on its line", () => {
    const r = variants(clinic, { language: "en" });
    expect(r.message.events[0].where?.text).toBe("Brumunddal helsehus, Furnesvegen 6");
    expect(r.variants.sms.text).toMatch(/Brumunddal helsehus, Furnesvegen 6/);
    expect(r.variants.sms.text).toMatch(/Always call 116 117 before you come/);
  });
  it("a floor written «2. etasje» is no end of the place's sentence", () => {
    const nb = "Influensavaksine\n\nHelsestasjonen vaksinerer onsdag 5. november kl. 08–19.\n\nAdresse: Helsehuset, Storgata 12, 2. etasje.\n\nFjordvik kommune";
    expect(variants(nb, { language: "nb" }).message.events[0].where?.text).toBe("Helsehuset, Storgata 12");
  });
});
