// What a public SMS or post leaves out is listed: a time the message gives in its own role (a new time or a
// deadline) that the variant does not carry shows in `omitted`, quoted in its sentence, so the list can be trusted.
// Own draft.
import { variants } from "../../../src/core/channels";

const draft = [
  "Sommarjobb for ungdom – søk no!",
  "",
  "Nordby kommune tilbyr sommarjobb til ungdom mellom 15 og 18 år. Søk innan søndag 27. april.",
  "",
  "Arbeidsperiode: 23. juni–4. juli. Arbeidstid: kl. 08–14, måndag til fredag. Løn: 145 kroner timen. Arbeidsstad: parkar og kyrkjegardar i heile kommunen.",
  "",
  "Informasjonsmøte for søkjarar og foreldre: tysdag 8. april kl. 18 i kantina på rådhuset. Alle er velkomne.",
  "",
  "Les meir på nordby.kommune.no/sommarjobb.",
  "",
  "Nordby kommune",
].join("\n");

it("lists every new time and deadline a public variant leaves out", () => {
  const r = variants(draft);
  for (const v of [r.variants.sms, r.variants.post]) {
    if (!v.text) continue;
    for (const t of r.message.times.filter((x) => (x.role === "new" || x.role === "deadline") && x.form !== "clock" && x.form !== "duration")) {
      const said = v.text.replace(/[–—]/g, "-").includes(t.text.trim().replace(/[–—]/g, "-"));
      const listed = (v.omitted ?? []).some((o) => (o.text ?? "").replace(/[–—]/g, "-").includes(t.text.trim().replace(/[–—]/g, "-")));
      expect(said || listed).toBe(true);
    }
  }
});
