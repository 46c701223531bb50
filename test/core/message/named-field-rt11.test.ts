// A letter with a field that names the person it is about ("Owner: …", "Eier: …", "Pasient: …") is to that person:
// no public post is made of it.
import { variants } from "../../../src/core/channels";

describe("a field naming the person the letter is about", () => {
  it("makes an English reminder personal", () => {
    const draft = "Reminder: dog licence\n\nDog: Labrador, chip number 578 0000 1234\nOwner: Peter Olsen\n\nYour dog licence must be renewed by 30 June 2025. You can renew it at kommune.no/dog.\n\nBergen Municipality\n";
    const r = variants(draft);
    expect(r.message.audience.value).toBe("personal");
    expect(r.variants.post.text).toBe("");
    expect(r.variants.post.unsuitable).toBeTruthy();
  });

  it("makes a Norwegian notice with «Eier:» personal", () => {
    const draft = "Påminnelse om feiing\n\nEiendom: Bakkeveien 3\nEier: Kari Bakke\n\nPipa di skal feies i uke 20. Du må sørge for at vi kommer til luka.\n\nHilsen Lier kommune\n";
    expect(variants(draft).message.audience.value).toBe("personal");
  });
});
