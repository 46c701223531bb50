// A neighbour notice to one person asks for comments by a date in a long sentence ("Har du merknader, må du sende dem
// skriftlig til oss innen 14 dager …, det vil si innen 28. mai. …"): the SMS says the condition and the date ("Har du
// merknader, er fristen 28. mai."), never the deadline alone as everyone's. Own draft.
import { variants } from "../../../src/core/channels";

const draft = [
  "Nabovarsel – nytt tilbygg",
  "",
  "Til: Jon Vik",
  "Sjøvegen 4, 6100 Volda",
  "Gnr. 12 bnr. 40",
  "",
  "Som nabo får du varsel om at Volda kommune vil søke om løyve til å byggje eit tilbygg til barnehagen.",
  "",
  "Har du merknader, må du sende dei skriftleg til oss innan 14 dagar etter at du fekk varselet, det vil seie innan 3. juni. Send merknadene til sakshandsamaren.",
  "",
  "Med helsing",
  "Volda kommune",
].join("\n");

it("says the condition with the date", () => {
  const r = variants(draft);
  expect(r.message.audience.value).toBe("personal");
  const sms = r.variants.sms.text;
  expect(sms).toMatch(/Har du merknader, er fristen 3\. juni\./);
  expect(sms).not.toMatch(/^(?:Hei! )?Fristen er/m);
  expect(sms).not.toMatch(/Gnr|bnr|Sjøvegen/);
});
