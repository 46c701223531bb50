// "Til Ahmed Ali" or "Til Sara Lund og Jonas Berg" on a line of its own near the top addresses named people: the
// letter is personal (no post of one person's housing offer or wedding), whatever else it says. A group ("Til
// foreldre i …", "To All Residents") is not. Own drafts.
import { variants } from "../../../src/core/channels";

const body = "\n\nDu får tilbud om å leie en kommunal leilighet i Lundsiden 14B. Husleien er 9 800 kroner per måned.\n\nVisning: fredag 14. mars kl. 14.00.\n\nDu må svare på tilbudet innen mandag 17. mars.\n\nMed vennlig hilsen\nKristiansand kommune";

describe("a letter to named people", () => {
  it.each([["Til Ahmed Ali"], ["Til Sara Lund og Jonas Berg"], ["To Maria Santos"]])("«%s» makes it personal, with no post", (to) => {
    const r = variants(`Tilbud om kommunal utleiebolig\n${to}${body}`);
    expect(r.message.audience.value).toBe("personal");
    expect(r.variants.post.text).toBe("");
    expect(r.variants.sms.text).not.toMatch(/9 800|Lundsiden/);
  });
  it("a group line does not", () => {
    const r = variants(`Visning av nye utleieboliger\nTil Alle Interesserte\n\nKommunen viser fram nye utleieboliger fredag 14. mars kl. 14.00 i Lundsiden 14B.\n\nKristiansand kommune`);
    expect(r.message.audience.reasons.some((x) => x.code === "named-addressee")).toBe(false);
  });
});
