// The public SMS says the place right after the event it is the place of, before a sentence about something else
// ("Ved uvêr kan arbeidet bli utsett."): after that sentence it reads as the place of the delay. Own draft.
import { variants } from "../../../src/core/channels";

const draft = [
  "Straumbrot i Nordbygda tysdag 9. desember",
  "",
  "Straumen blir broten tysdag 9. desember kl. 09.00–15.00. Ved uvêr kan arbeidet bli utsett.",
  "",
  "Har du medisinsk utstyr som treng straum, må du ringje oss innan måndag 8. desember kl. 12.00.",
  "",
  "Stad: Nordbygda",
  "",
  "Helsing",
  "Fjordvik kommune",
].join("\n");

it("says the place before the sentence that follows the event", () => {
  const sms = variants(draft).variants.sms.text;
  const place = sms.indexOf("Nordbygda", sms.indexOf("09.00"));
  const aside = sms.indexOf("utsett");
  expect(place).toBeGreaterThan(-1);
  if (aside >= 0) expect(place).toBeLessThan(aside);
  expect(sms).toMatch(/9\. desember kl\. 09\.00-15\.00/);
  expect(sms).toMatch(/innan måndag 8\. desember kl\. 12\.00/);
});
