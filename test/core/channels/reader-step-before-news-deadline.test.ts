// A letter to one person with two dates that end something: a deadline on the reader's thing told as news ("Faktura
// kjem i posten i mars med forfall 15. april") and a step the letter asks of the reader in so many words ("Du må
// stadfeste … innan 1. mars"). The SMS carries the step and its deadline, not the other date as "the" deadline.
// Own draft (not in the development set).
import { variants } from "../../../src/core/channels";

const draft = [
  "Parsellen din for neste sesong",
  "",
  "Hei Kari Nilsen,",
  "",
  "Du har fått tildelt parsell nr. 14 i Åsen parsellhage for sesongen 2027. Leiga er 600 kroner. Faktura kjem i posten i mars med forfall 15. april.",
  "",
  "Du må stadfeste at du vil ha parsellen innan 1. mars. Svar på e-post til parsell@fjordvik.kommune.no.",
  "",
  "Helsing",
  "Fjordvik kommune",
].join("\n");

describe("the reader's own step before a deadline told as news", () => {
  const r = variants(draft);
  it("is a letter to one person", () => {
    expect(r.message.audience.value).toBe("personal");
  });
  it("the SMS asks for the step by its deadline", () => {
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/Du må stadfeste at du vil ha parsellen innan 1\. mars/);
    expect(sms).not.toMatch(/15\. april/);
    expect(sms).not.toMatch(/600 kroner/);
  });
  it("with the news first, it still asks for the step", () => {
    const swapped = variants(draft.replace("Faktura kjem i posten i mars med forfall 15. april.", "Faktura med forfall 15. april kjem i posten i mars."));
    expect(swapped.variants.sms.text).toMatch(/innan 1\. mars/);
    expect(swapped.variants.sms.text).not.toMatch(/Betalingsfristen er 15\. april/);
  });
});
