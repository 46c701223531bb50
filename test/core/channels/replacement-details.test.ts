// A trip called off and another held instead ("I staden arrangerer vi ein kortare tur … torsdag 19. juni. Bussen går
// frå Solheim eldresenter kl. 10.00 …"): the public SMS says when and where the new one starts, from the sentence
// right after it. Own draft.
import { variants } from "../../../src/core/channels";

const draft = [
  "Sommarturen er avlyst",
  "",
  "Dagsturen til Geiranger tysdag 10. juni er dessverre avlyst fordi bussen er seld.",
  "",
  "I staden arrangerer vi ein kortare tur til Loen tysdag 17. juni. Bussen går frå Nordby eldresenter kl. 09.30 og er tilbake om lag kl. 16.00.",
  "",
  "Helsing",
  "Nordby eldresenter",
].join("\n");

it("says when and where the replacement starts", () => {
  const r = variants(draft);
  const sms = r.variants.sms.text;
  expect(sms).toMatch(/avlyst/);
  expect(sms).toMatch(/tysdag 17\. juni/);
  expect(sms).toMatch(/Nordby eldresenter kl\. 09\.30/);
});
