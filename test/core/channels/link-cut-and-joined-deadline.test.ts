// Two small things a reader would stumble on. A web address cut from "Du finn lista på <url> og i ekspedisjonen …"
// leaves "Du finn lista i ekspedisjonen …", never "lista og i …". A date joined to a deadline by "og" ("med forfall
// 20.04. og 20.09.") is a deadline too. Own drafts.
import { variants } from "../../../src/core/channels";

const draft = [
  "Eigedomsskattelista er lagd ut",
  "",
  "Eigedomsskattelista for 2026 ligg ute til offentleg ettersyn frå 1. til 22. mars. Du finn lista på fjordvik.kommune.no/skatt og i ekspedisjonen på rådhuset.",
  "",
  "Eigedomsskatten blir fakturert i to terminar med forfall 20.04. og 20.09.",
  "",
  "Fjordvik kommune",
].join("\n");

describe("a link cut from a list of places", () => {
  const r = variants(draft);
  it("leaves the other place with its own preposition", () => {
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      expect(t).not.toMatch(/lista og i/);
      if (/ekspedisjonen/.test(t)) expect(t).toMatch(/Du finn lista (?:på fjordvik\.kommune\.no\/skatt og )?i ekspedisjonen på rådhuset/);
    }
  });
  it("reads the second due date as a deadline like the first", () => {
    expect(r.message.times.find((t) => t.text.startsWith("20.09"))?.role).toBe("deadline");
    expect(r.message.times.find((t) => t.text.startsWith("20.04"))?.role).toBe("deadline");
  });
});
