// The sender's own site is the "read more" link before another body's page; one list item said alone as the
// warning has no list dash.
import { variants } from "../../../src/core/channels";

const draft = `Flaumvarsel for Nordal

NVE har sendt ut gult farevarsel for flaum i Nordal. Vi ventar at elva når toppen fredag 22. mai.

Dette bør du gjere no:
- Hald deg unna elvebreidda.
- Flytt verdisaker opp frå kjellaren.

Riksveg 15 kan bli stengd. Følg med på vegvesen.no/trafikk.

Vi oppdaterer informasjonen på nordal.kommune.no.

Nordal kommune
`;

describe("a warning with two links and a list of steps", () => {
  const r = variants(draft);
  it("reads more on the sender's own site", () => {
    expect(r.message.links[0]?.value).toBe("nordal.kommune.no");
    expect(r.variants.sms.text).not.toContain("vegvesen.no");
  });
  it("has no list dash in the SMS or the post", () => {
    expect(r.variants.sms.text).not.toMatch(/(?:^|\s)- /);
    expect(r.variants.post.text).not.toMatch(/(?:^|[.!?] )- \p{Lu}/u);
  });
});
