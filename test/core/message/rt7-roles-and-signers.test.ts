// Round 7: a date for the body's own work is what to expect, never the reader's deadline; "må være sendt før" asks
// for it by then; a leaving deadline is no appeal deadline; "Vår dato" is header; a greeting under a line makes that
// line the title; role + body, committees and a body's English name sign; "Russetoget" is no health word.
import { variants } from "../../../src/core/channels";
import { readStructure } from "../../../src/core/message/structure";
import { extractFacts } from "../../../src/core/facts";

const roleOf = (draft: string, text: string) => variants(draft).message.times.find((t) => t.text.includes(text))?.role;

describe("deadlines", () => {
  it("«are answered by 15 April» is what to expect, and no action", () => {
    const d = "School start\n\nEnrol your child by 1 February on fjellby.kommune.no/school. Applications for another school are answered by 15 April.\n\nFjellby Municipality\n";
    expect(roleOf(d, "15 April")).toBe("expected");
    const r = variants(d);
    expect(r.message.actions.some((a) => a.text.includes("answered"))).toBe(false);
    expect(r.message.actions.some((a) => a.text.startsWith("Enrol your child"))).toBe(true);
  });
  it("«må være sendt før 30. april» is a deadline", () => {
    expect(roleOf("Utsatt frist\n\nDu kan søke om utsatt frist. Søknaden må være sendt før 30. april.\n\nSkatteetaten\n", "30. april")).toBe("deadline");
  });
  it("a date of leaving between appeal sentences is not the appeal deadline", () => {
    const d = `Decision on your application\n\nWe have rejected your application for a residence permit.\n\nYou can appeal this decision. The deadline for appealing is three weeks from the date you received this letter. You must leave Norway when the decision is final. The deadline for leaving is 15 January 2027. Send the appeal to the police.\n\nThe Directorate of Immigration (UDI)\n`;
    const r = variants(d);
    expect(r.message.appeal?.deadline?.text ?? "").not.toContain("15 January");
    expect(r.variants.sms.text).not.toMatch(/appeal is 15 January/);
  });
});

describe("letter header and title", () => {
  it("«Vår dato: …» is header, the capitals line under it the title", () => {
    const d = "NAV Familie\nPostboks 1\n0607 Oslo\n\nVår dato: 30.11.2026\nSaksnummer: 2026-1\n\nVARSEL OM MULIG TILBAKEKREVING\n\nVi vurderer om du må betale tilbake. Dette er ikke et vedtak.\n\nNAV\n";
    const st = readStructure(d, extractFacts(d), "nb");
    expect(st.title?.text).toBe("VARSEL OM MULIG TILBAKEKREVING");
    expect(variants(d).variants.sms.text).not.toContain("vedtak");
  });
  it("a greeting under a line makes that line the title", () => {
    const d = "Fotografering ved Lia skole\n\nKjære foreldre\n\nTirsdag 8. september kommer fotografen.\n\nLia skole\n";
    expect(readStructure(d, extractFacts(d), "nb").title?.text).toBe("Fotografering ved Lia skole");
  });
});

describe("signers", () => {
  it.each([
    ["Med helsing\nKommuneoverlegen i Volda\n", "nn", "Kommuneoverlegen i Volda"],
    ["Hilsen\n17. mai-komiteen i Lillestrøm\n", "nb", "17. mai-komiteen i Lillestrøm"],
    ["Med venleg helsing\nVolda kyrkjelege fellesråd\nTelefon 70 05 88 00\n", "nn", "Volda kyrkjelege fellesråd"],
    ["Hilsen\nAsker kirkelige fellesråd\n", "nb", "Asker kirkelige fellesråd"],
  ])("%s", (sig, _l, name) => {
    const d = `Vaksinering\n\nDu kan få vaksine onsdag 3. mars kl. 10–14 på helsestasjonen.\n\n${sig}`;
    expect(variants(d).message.sender?.name).toBe(name);
  });
  it("an English text's last line naming a body", () => {
    expect(variants("Siren test\n\nWe will test the sirens on Wednesday 13 January at 12:00.\n\nThe Norwegian Civil Defence (Sivilforsvaret)\n").message.sender?.name).toBe("The Norwegian Civil Defence (Sivilforsvaret)");
  });
});

describe("health words", () => {
  it("«Russetoget» is the school leavers' parade", () => {
    const r = variants("17. mai i Fjellby\n\nKl. 17.00 går russetoget gjennom sentrum. Rusmisbruk er ikke tema.\n\nFjellby kommune\n");
    const flagged = r.variants.sms.findings.filter((f) => f.message.includes("helseopplysninger")).map((f) => f.text.toLowerCase());
    expect(flagged).not.toContain("russetoget");
  });
});
