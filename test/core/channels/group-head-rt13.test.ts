// Steps under a head that names their readers ("Til deg som bor innenfor sperringen:") are for those readers: a
// danger notice says them with their readers ("Bor du innenfor sperringen, møt opp …"), never to everyone.
import { variants } from "../../../src/core/channels";
import { groupAsCondition } from "../../../src/core/channels/compose-util";

const GAS = "Gasslekkasje i Strandgata – beboere evakuert\n\nPolitiet har evakuert beboerne i Strandgata 2–20 etter en gasslekkasje natt til lørdag.\n\nTil deg som bor innenfor sperringen:\n- Ikke gå tilbake til boligen før politiet sier at det er trygt.\n- Møt opp på evakueringssenteret i Idrettshallen, Skoleveien 3.\n\nTil deg som bor i nærheten:\n- Hold vinduer og dører lukket.\n\nØst politidistrikt\n";

describe("steps under a head that names their readers", () => {
  const r = variants(GAS);
  it("each step carries the head as its condition", () => {
    const meet = r.message.actions.find((a) => /Møt opp/.test(a.text));
    expect(meet?.condition).toMatch(/Til deg som bor innenfor sperringen/);
    expect(r.message.actions.find((a) => /Hold vinduer/.test(a.text))?.condition).toMatch(/i nærheten/);
  });
  it("the SMS and the post never tell everyone to meet at the evacuation centre", () => {
    for (const ch of ["sms", "post"] as const) {
      const t = r.variants[ch].text;
      if (/[Mm]øt opp på evakueringssenteret/.test(t)) expect(t).toMatch(/Bor du innenfor sperringen, møt opp på evakueringssenteret/);
    }
  });
});

describe("groupAsCondition", () => {
  it.each([
    ["Til deg som bor i nærheten", "nb", "Bor du i nærheten"],
    ["til deg som likevel må ut på isen", "nb", "Må du likevel ut på isen"],
    ["Til dykk som bur nær elva", "nn", "Bur de nær elva"],
    ["For those who live nearby", "en", "If you live nearby"],
    ["Hvis du har barn i barnehagen", "nb", undefined],
  ] as const)("%s → %s", (cond, lang, out) => {
    expect(groupAsCondition(cond, lang)).toBe(out);
  });
});
