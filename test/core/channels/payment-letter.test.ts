// A repayment letter as municipalities write it: an empty reference opener, a decision in the impersonal passive,
// a payment "bes innbetalt". The letter says who decided and asks the reader to pay; the SMS says there is a
// decision with a deadline and never carries the account number or the amount.
import { variants } from "../../../src/core/channels";

const draft = (opener: string, pay: string) =>
  [
    "Krav om tilbakebetaling av bostøtte",
    "",
    opener,
    "",
    `Det er fattet vedtak om at du må betale tilbake 4 500 kroner i bostøtte for perioden januar til mars 2026. ${pay} Merk betalingen med saksnummer 2026/1234.`,
    "",
    "Du kan klage på vedtaket innen tre uker. Klagen sendes til Fjordvik kommune, Postboks 100, 6800 Fjordvik.",
    "",
    "Med vennlig hilsen",
    "Fjordvik kommune",
  ].join("\n");

describe("a repayment letter", () => {
  for (const opener of ["Vi viser til tidligere korrespondanse.", "Vi viser til vår tidligere kontakt i saken.", "Det vises til tidligere korrespondanse."])
    it(`«${opener}» names nothing and is left out; the decision leads`, () => {
      const letter = variants(draft(opener, "Beløpet bes innbetalt til kontonummer 1503.22.33445 innen 15. januar 2027.")).variants.letter.text;
      expect(letter).not.toMatch(/korrespondanse|tidligere kontakt|Dette gjelder/);
      const paras = letter.split("\n\n");
      expect(paras[1]).toMatch(/^Vi har bestemt at du må betale tilbake 4 500 kroner/);
    });

  it("a reference that names a document stays, after the message", () => {
    const letter = variants(draft("Vi viser til søknaden din av 3. mars 2026.", "Beløpet bes innbetalt til kontonummer 1503.22.33445 innen 15. januar 2027.")).variants.letter.text;
    expect(letter).toContain("Dette gjelder søknaden din av 3. mars 2026.");
    expect(letter.indexOf("Vi har bestemt")).toBeLessThan(letter.indexOf("Dette gjelder"));
  });

  for (const pay of ["Beløpet bes innbetalt til kontonummer 1503.22.33445 innen 15. januar 2027.", "Beløpet bedes innbetalt til kontonummer 1503.22.33445 innen 15. januar 2027.", "Beløpet bes betalt til kontonummer 1503.22.33445 innen 15. januar 2027."])
    it(`«${pay.slice(0, 28)}…» asks the reader to pay, under «Dette må du gjøre»`, () => {
      const v = variants(draft("Vi viser til tidligere korrespondanse.", pay));
      const letter = v.variants.letter.text;
      expect(letter).toContain("Vi ber deg betale beløpet til kontonummer 1503.22.33445 innen 15. januar 2027.");
      expect(letter).not.toMatch(/ber beløpet/);
      expect(letter.indexOf("Dette må du gjøre")).toBeLessThan(letter.indexOf("Vi ber deg betale"));
      // The message model reads the payment as the reader's action, with its deadline.
      const act = v.message.actions.find((a) => /bes|bedes/.test(a.text));
      expect(act?.deadline?.text).toBe("15. januar 2027");
      // The SMS: a decision and its deadline; the account number and the amount stay in the letter.
      const sms = v.variants.sms.text;
      expect(sms).toContain("15. januar");
      expect(sms).not.toMatch(/1503|kontonummer|[Bb]eløp|4 500|bostøtte/);
    });
});

describe("an English decision keeps its appeal block whole", () => {
  const draft = (how: string) =>
    [
      "Your application for a residents' parking permit",
      "",
      "Your application has been approved. The permit is valid from 1 April 2027 to 31 March 2028.",
      "",
      `You may appeal this decision within three weeks of receiving this letter. ${how}`,
      "",
      "Yours sincerely",
      "Fjordvik Municipality",
    ].join("\n");
  for (const how of ["The appeal should be sent to Fjordvik Municipality, PO Box 100, 6800 Fjordvik.", "Appeals must be sent to Fjordvik Municipality, PO Box 100, 6800 Fjordvik.", "Send your appeal to Fjordvik Municipality, PO Box 100, 6800 Fjordvik."])
    it(`«${how.slice(0, 30)}…» stays under «You can appeal», not «What you need to do»`, () => {
      const letter = variants(draft(how)).variants.letter.text;
      expect(letter).not.toContain("What you need to do");
      const block = letter.slice(letter.indexOf("You can appeal"));
      expect(block).toContain("within three weeks");
      expect(block).toContain("PO Box 100, 6800 Fjordvik");
    });
});
