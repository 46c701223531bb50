// A draft that passes on another body's word ("Nordnett har varsla kommunen om at …", "Statens vegvesen opplyser
// at …"): the work is theirs, so no rewrite in the SMS, the post or the letter makes the sender ("vi") do it. And a
// name the draft's signature writes with a capital keeps it when a rewrite moves it into the sentence.
import { variants } from "../../../src/core/channels";

const nn = `Planlagt straumbrot i Nedre Dal

Nordnett har varsla kommunen om at dei må kople ut straumen for å byte ein transformator.

Straumen blir broten onsdag 20. januar frå kl. 09.00 til kl. 13.00.

Helsing
Dalbygd kommune
`;

const own = nn.replace("Nordnett har varsla kommunen om at dei må kople ut straumen for å byte ein transformator.", "Vi må byte ein transformator.");

const en = `Furuskog Swimming Pool closed for maintenance

Furuskog swimming pool will be closed from 4 to 8 October 2027 while we replace the pool filters and repair the changing rooms.

Furuskog Municipality
`;

describe("work another body does", () => {
  it("is never said as the sender's in the SMS, the post or the letter", () => {
    const r = variants(nn);
    expect(r.message.relayedFrom?.text).toBe("Nordnett");
    for (const t of [r.variants.sms.text, r.variants.post.text, r.variants.letter.text]) expect(t).not.toMatch(/(?:^|[.!?]\s+)(?:Vi|Me) bryt/u);
    expect(r.variants.sms.text).toContain("20. januar");
  });
  it("the sender's own work may still be said with «vi»", () => {
    const r = variants(own);
    expect(r.message.relayedFrom).toBeUndefined();
  });
});

describe("a name from the signature keeps its capital in a rewrite", () => {
  it("«Furuskog swimming pool will be closed» → «We will close Furuskog swimming pool …»", () => {
    const sms = variants(en).variants.sms.text;
    expect(sms).not.toContain("furuskog");
    expect(sms).toContain("4 to 8 October 2027");
  });
});
