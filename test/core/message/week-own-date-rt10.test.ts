// A week in the title is said exactly by a schedule or a move right after it; once the lead gives an exact date of
// its own (the reopening), a move paragraphs later is another matter, not the key event.
import { variants } from "../../../src/core/channels";

const d = `Svømmehallen stengt i uke 9

Svømmehallen er stengt i uke 9 fordi bassenget skal males. Hallen åpner igjen mandag 8. mars 2027 kl. 07.00.

Garderobene kan brukes av skolene som vanlig.

Svømmekurset for nybegynnere som var planlagt tirsdag 2. mars, er flyttet til tirsdag 9. mars kl. 17.00.

Hilsen Dalby kommune
`;

describe("a week with its own date in the lead", () => {
  const r = variants(d);
  it("keeps the closure as the key event", () => {
    expect(r.message.events[0].what.text).toMatch(/stengt i uke 9/);
    expect(r.message.events[0].when?.text).toBe("uke 9");
  });
  it("the SMS says the closure and the reopening", () => {
    expect(r.variants.sms.text).toMatch(/stengt i uke 9/);
    expect(r.variants.sms.text).toMatch(/8\. mars/);
  });
});
