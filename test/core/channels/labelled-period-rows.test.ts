// Rows that each name what they are for and run from one date to the next ("Storgata og Kirkegata: mandag 2. februar
// kl. 21.00 til tirsdag 3. februar kl. 05.00") are never cut to their dates; a lead-in too long with its reason is
// said without it so the rows fit.
import { variants } from "../../../src/core/channels";
import { scheduleDates } from "../../../src/core/channels/render";

const draft = `Parkeringsforbud ved brøyting

For at brøytebilene skal komme fram i de smale gatene, innfører vi parkeringsforbud i disse gatene:

Storgata og Kirkegata: mandag 2. februar kl. 21.00 til tirsdag 3. februar kl. 05.00
Bakkeveien og Lia: tirsdag 3. februar kl. 21.00 til onsdag 4. februar kl. 05.00

Biler som står i veien, blir tauet bort.

Fjellby kommune
`;

describe("labelled period rows", () => {
  const r = variants(draft);
  it("have no list of bare dates", () => {
    const ev = r.message.events[0];
    expect(scheduleDates(r.message, ev.what, "nb")).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/Datoer:/);
  });
  it("are said whole in the SMS and the post", () => {
    for (const text of [r.variants.sms.text, r.variants.post.text]) {
      expect(text).toMatch(/innfører vi parkeringsforbud i disse gatene|Vi innfører parkeringsforbud i disse gatene/);
      expect(text).toMatch(/Storgata og Kirkegata:? mandag 2\. februar kl\. 21\.00 til tirsdag 3\. februar kl\. 05\.00/);
      expect(text).toMatch(/Bakkeveien og Lia:? tirsdag 3\. februar kl\. 21\.00 til onsdag 4\. februar kl\. 05\.00/);
    }
  });
  it("leaves the reason out of the post, where it would not fit with the rows", () => {
    expect(r.variants.post.text).toContain("Vi innfører parkeringsforbud i disse gatene");
    expect(r.variants.post.text).not.toContain("brøytebilene skal komme fram");
  });
});
