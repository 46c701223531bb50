// A reference to something earlier ("Vi viser til samtalen med deg 2. mars") points back: its time is never the
// key event while another sentence gives one. A summons SMS that gave the earlier date as "Tid:" would send the
// reader to a meeting on the wrong day.
import { variants } from "../../../src/core/channels";

describe("a time in a reference sentence", () => {
  it("is not the time of the meeting the letter calls to", () => {
    const r = variants("Innkalling til møte om tilrettelegging\n\nVi viser til samtalen med deg 2. mars. Du kalles med dette inn til møte om tilrettelegging på arbeidsplassen onsdag 17. mars kl. 10.00 på rådhuset, rom 204.\n\nMed vennlig hilsen\nKari Berg\nFjordvik kommune");
    expect(r.message.events[0]?.when?.text).toBe("onsdag 17. mars");
    expect(r.variants.sms.text).toContain("17. mars kl. 10.00");
    expect(r.variants.sms.text).not.toContain("2. mars");
  });
  it("the same in nynorsk and English", () => {
    const nn = variants("Innkalling til samtale\n\nVi viser til brevet vårt 4. januar. Du er kalla inn til samtale tysdag 19. januar kl. 09.00 på Nav-kontoret.\n\nMed venleg helsing\nNav Fjordvik");
    expect(nn.message.events[0]?.when?.text).toBe("tysdag 19. januar");
    const en = variants("Invitation to a meeting\n\nWe refer to our letter of 4 January. You are invited to a meeting on Tuesday 19 January at 09:00 at the town hall.\n\nYours sincerely\nFjordvik Municipality");
    expect(en.message.events[0]?.when?.text).toBe("Tuesday 19 January");
  });
  it("is still the key time when no other sentence gives one", () => {
    const r = variants("Om søknaden din\n\nVi viser til søknaden din 3. mars. Vi trenger mer tid til å behandle den.\n\nMed vennlig hilsen\nFjordvik kommune");
    expect(r.message.times.some((t) => t.text === "3. mars")).toBe(true);
  });
});

describe("a personal SMS about an application", () => {
  it("says what the decision is about in plain words, not «a decision: Your application …»", () => {
    const sms = variants("Your application for a parking permit\n\nDear Mr Olsen\n\nWe refer to your application dated 3 February 2027. Your application has been approved. The permit will be sent to you by post.\n\nYours sincerely\nFjordvik Municipality").variants.sms.text;
    expect(sms).toContain("about your application for a parking permit");
    expect(sms).not.toMatch(/: Your application/u);
  });
});
