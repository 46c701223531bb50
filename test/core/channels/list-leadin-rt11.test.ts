// A notice's short channels: a deadline said as "… skal være kommunen i hende innen …" is the reader's, a list's
// lead-in ("… bes om å:") goes with its items, the line a notice is addressed to is no title, and a title in
// capitals is said in sentence case.
import { variants } from "../../../src/core/channels";
import { flattenBlock } from "../../../src/core/channels/render";

describe("short channels of a notice", () => {
  it("«i hende innen» makes the sentence the reader's step, with its deadline", () => {
    const draft = "Telling av sau på beite\n\nTelleresultatet skal være kommunen i hende innen 1. juni 2025. Skjemaet finner du på lier.kommune.no/sau.\n\nHilsen Lier kommune\n";
    const r = variants(draft);
    const step = r.message.actions.find((a) => a.text.startsWith("Telleresultatet"));
    expect(step?.deadline?.text).toBe("1. juni 2025");
    expect(r.variants.sms.text).toContain("1. juni 2025");
  });

  it("a lead-in that the items finish is kept with them", () => {
    expect(flattenBlock("Naboene bes om å:\n- holde porten lukket\n- ikke parkere i svingen", "nb")).toBe("Naboene bes om å: holde porten lukket; ikke parkere i svingen");
    // A bare label over rows still goes.
    expect(flattenBlock("Tid:\nMandag 3. mars kl. 10\nMandag 10. mars kl. 10", "nb")).not.toMatch(/^Tid/);
  });

  it("«Til beboerne i …» over the title addresses the notice; the title is the subject", () => {
    const draft = "Til beboerne i Granlia borettslag\n\nUtskifting av heis\n\nHeisen i blokk A er stengt fra mandag 5. mai til fredag 16. mai. Vi skifter ut heisen.\n\nHilsen styret i Granlia borettslag\n";
    const r = variants(draft);
    expect(r.message.subject.text).toBe("Utskifting av heis");
    expect(r.variants.sms.text).not.toMatch(/^Hei! Til beboerne/);
  });

  it("a title in capitals is said in sentence case in the SMS and the post", () => {
    const draft = "STENGT GANG- OG SYKKELVEI VED LIER STASJON\n\nGang- og sykkelveien ved Lier stasjon er stengt fra mandag 7. april til fredag 11. april. Bruk Stasjonsveien i stedet.\n\nHilsen Lier kommune\n";
    const r = variants(draft);
    expect(r.variants.sms.text).not.toMatch(/STENGT GANG/);
    expect(r.variants.post.text).not.toMatch(/STENGT GANG/);
    expect(r.variants.sms.text + r.variants.post.text).toMatch(/Stengt gang- og sykkelvei ved Lier stasjon/);
  });
});
