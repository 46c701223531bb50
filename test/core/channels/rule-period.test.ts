// A rule on set nights ("natt til tirsdag og natt til fredag") and, after its streets, how long it holds
// ("Forbudet gjelder fra 1. desember til 31. mars."): the public SMS says the period; the reason that opens the
// event sentence and a step without a deadline give way first. Own draft.
import { variants } from "../../../src/core/channels";

const draft = [
  "Parkeringsforbod ved brøyting i vinter",
  "",
  "For at brøytebilane skal kome fram, er det parkeringsforbod på begge sider av gata i desse gatene natt til tysdag og natt til fredag kl. 2300–0600:",
  "- Kyrkjegata",
  "- Skulegata",
  "- Bakkevegen frå nr. 2 til nr. 40",
  "",
  "Forbodet gjeld frå 1. desember til 31. mars.",
  "",
  "Set avfallsdunkane minst éin meter frå vegkanten, slik at dei ikkje blir skadde eller hindrar brøytinga.",
  "",
  "Veg og trafikk",
  "Nordfjord kommune",
].join("\n");

it("says how long the rule holds", () => {
  const sms = variants(draft).variants.sms.text;
  expect(sms).toMatch(/1\. desember til 31\. mars/);
  expect(sms).toMatch(/Kyrkjegata/);
  expect(sms).toMatch(/natt til tysdag og natt til fredag/);
});
