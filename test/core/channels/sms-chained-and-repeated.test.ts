// Two SMS errors a reader would stumble on: a chained move whose second sentence, with its old date cut, reads as
// moving the first collection again; and an instruction said twice (the warning, then the same action).
import { variants } from "../../../src/core/channels";

describe("a chained move keeps which collection moves", () => {
  const drafts: Array<[string, string]> = [
    [
      "Ny tømedag i påska\n\nTøminga av matavfall og restavfall som skulle vore måndag 21. april (2. påskedag), blir flytta til tysdag 22. april. Tøminga som skulle vore tysdag 22. april, blir flytta til onsdag 23. april.\n\nSet dunken fram til vegen innan kl. 06.30 på den nye tømedagen.\n\nVangen kommune",
      "nn",
    ],
    [
      "Ny tømmedag i påsken\n\nTømmingen som skulle vært mandag 21. april, flyttes til tirsdag 22. april. Tømmingen som skulle vært tirsdag 22. april, flyttes til onsdag 23. april.\n\nSett dunken ved veien innen kl. 06.30.\n\nFjordvik kommune",
      "nb",
    ],
  ];
  for (const [draft, lang] of drafts)
    it(`${lang}: the sentence moving to 23 April still says it is the 22 April collection`, () => {
      const v = variants(draft);
      for (const channel of ["sms", "post"] as const) {
        const text = v.variants[channel].text;
        if (!text.includes("23. april")) continue;
        // The sentence that says 23 April (sentences end with a stop before a capital letter or a line break).
        const sentence = text.split(/(?<=[.!?])\s+(?=\p{Lu})|\n+/u).find((x) => x.includes("23. april"));
        expect(sentence).toMatch(/22\. april/);
      }
      // The holiday Monday is never shown as a collection day.
      expect(v.variants.sms.text).not.toContain("21. april");
    });
});

describe("the SMS does not say the same instruction twice", () => {
  it("«Kok vannet før du drikker det» after the warning that says it", () => {
    const draft =
      "Kokevarsel for Strandvik sentrum\n\nVannprøver viser bakterier i drikkevannet i Strandvik sentrum. Fra i dag må du koke vannet før du drikker det eller bruker det i mat.\n\nKok vannet før du drikker det. La det koke i minst ett minutt.\n\nHilsen\nStrandvik kommune";
    const sms = variants(draft).variants.sms.text;
    expect(sms).toContain("må du koke vannet");
    expect(sms).not.toContain("Kok vannet før du drikker det.");
  });
});
