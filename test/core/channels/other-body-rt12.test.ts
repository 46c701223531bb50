// A draft that passes on another body's word or names another organiser never has the writer ("vi") do that body's
// work: "Det anbefales at …" stays the other body's advice, and "… arrangeres" is not "arrangerer vi".
import { variants } from "../../../src/core/channels";

describe("another body's work stays theirs", () => {
  it("a body named with its acronym in brackets passes on its advice", () => {
    const draft = "Mangel på øyedråper\n\nFolkehelseinstituttet (FHI) informerer om at det er mangel på øyedråper for barn. Det anbefales at man ikke kjøper mer enn én pakke om gangen.\n";
    const r = variants(draft);
    expect(r.message.relayedFrom?.text).toBe("Folkehelseinstituttet");
    for (const t of [r.variants.letter.text, r.variants.sms.text, r.variants.post.text]) expect(t).not.toMatch(/[Vv]i anbefaler/);
  });

  it("«Arrangør er …» names who arranges", () => {
    const draft = "Sykkelløp i sentrum\n\nSøndag 14. september arrangeres Sentrumsrittet. Flere gater stenges for biltrafikk fra kl. 08 til kl. 14.\n\nArrangør er Sentrumsrittet AS.\n";
    const r = variants(draft);
    expect(r.message.relayedFrom?.text).toBe("Sentrumsrittet AS");
    for (const t of [r.variants.letter.text, r.variants.post.text]) expect(t).not.toMatch(/arrangerer vi|[Vv]i stenger/);
  });
});
