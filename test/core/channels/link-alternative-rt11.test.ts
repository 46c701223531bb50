// A web address cut from a sentence leaves the other way offered whole ("… på tlf. …", not "… eller på tlf. …"), and
// the post's link is the one the reader needs for the step before one to read more.
import { variants } from "../../../src/core/channels";

const DRAFT = "Vi trenger frivillige til Ryddeaksjonen\n\nLørdag 10. mai rydder vi strendene i Vågsbygd. Du kan melde deg på frivillig.no eller på tlf. 38 00 11 22 innen fredag 2. mai.\n\nLes om aksjonen på ryddenorge.no/aksjonen.\n\nHilsen Vågsbygd bydel\n";

describe("a cut link and the post's link", () => {
  it("no «eller» is left without its first half", () => {
    const post = variants(DRAFT).variants.post.text;
    expect(post).not.toMatch(/melde deg eller/);
    expect(post).toMatch(/melde deg (?:på frivillig\.no eller )?på tlf\. 38 00 11 22/);
  });

  it("the post links to where the reader signs up", () => {
    const r = variants(DRAFT);
    expect(r.message.links[0]?.value).toMatch(/frivillig\.no/);
    expect(r.variants.post.text).toMatch(/https:\/\/frivillig\.no/);
  });
});
