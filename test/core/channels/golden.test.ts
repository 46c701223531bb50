// Golden examples: for a handful of drafts the three variants are stored under golden/ and were reviewed by
// reading them as a municipal communications adviser would. They are composed without the core's safe
// fixes (applySafeFixes: false) so that a new entry in a kanselli list does not change them; the corpus test
// checks that the letter with safe fixes checks better than the draft. A change in composition shows up here as a diff;
// after reading the new output, refresh with  UPDATE_GOLDEN=1 npx jest test/core/channels/golden.test.ts
//
// Why each stored variant is right for its channel:
// - B04 (bokmål, water shut-off, public): the letter opens with a plain title (the "Bekjentgjøring –" prefix
//   is gone); the rewrites (rewrites/nb.json) turn "Abonnentene anmodes om å besørge …" into "Vi ber deg sørge
//   for …" and "Det henstilles til at …" into "Vi ber om at …", and both go under "Dette må du gjøre";
//   "kan det påregnes" → "må du regne med", "anbefales det" → "anbefaler vi", "Oppdatert informasjon
//   publiseres" → "Vi legger ut oppdatert informasjon"; the contact sentence becomes "Har du spørsmål om
//   arbeidet, kan du ringe vakttelefonen på …" and so stands without the "Har du spørsmål?" heading (never
//   twice). Dates, times, the link and the phone number are as in the draft. The SMS is one GSM-7 part with
//   the street, the date and the time (en dash made "-"), the host of the draft's own address as plain text
//   ("Les mer på fjordvik.kommune.no", like Nav's "Logg inn på nav.no") and a sign-off with the municipality;
//   the greeting gives way to stay in one part. The post opens with the title, the rewritten request, "Når:"
//   with the date and time and the full link, and the hashtag is CamelCase.
// - N01 (nynorsk, boil-water notice, public): nynorsk templates and rewrites throughout ("Vi rår til at …",
//   "vi reknar med at …", "Vi legg ut …", "Har du spørsmål om kokevarselet, kan du ringje …" first in the
//   contact paragraph); "Dette må du gjere" holds the instruction ("Drikkevatn skal kokast …") and the
//   advice on bottled water. The SMS leaves out the sampling date (it is about the past) and the expected
//   test date (not a reader deadline) and carries the one instruction readers must follow, giving up the
//   greeting and "Les meir" to stay in one part; the post leads with the same instruction.
// - B10: "Det gjøres oppmerksom på at" cannot simply be dropped in the appeal paragraph because it governs
//   two clauses ("…, og at klagefristen er …"); it becomes "Vær oppmerksom på at …", the rest unchanged.
//   "Deres barn" becomes "ditt barn".
// - B10 (offer of a kindergarten place, to one family): letter with "Dette må du gjøre" (the answer
//   deadline as a date and how to answer), the appeal paragraph under "Du kan klage"; the SMS only says there
//   is an offer, who it is from and the deadline (no child, no kindergarten, no case content); no social post,
//   with a reason.
// - B13 (decision, to one person): the letter says "Vi viser til …", "Du har rett til å påklage", "Du sender
//   klagen via …", "Vær også oppmerksom på retten til innsyn" and "vi
//   anbefaler at …"; the SMS says "et vedtak" and gives the appeal deadline as a date, never the outcome or the
//   health detail; even with "--sms-links domain" it points to the letter, not to a web address (the draft
//   does not say the letter can be read there, and links in such notices look like phishing); no post.
// - en-road-closure (English, public): English templates; the date range stays a range in the SMS, which
//   names the county's own host as plain text ("Read more at fjordfylke.no"). English is not rewritten.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { variants, type VariantOptions } from "../../../src/core/channels";
import { evaluationDrafts } from "./shared";

const DIR = join(__dirname, "golden");
const drafts = new Map(evaluationDrafts().map((d) => [d.id, d.text]));
const cases: Array<{ id: string; text: string; options: VariantOptions }> = [
  { id: "B04", text: drafts.get("B04")!, options: { hashtags: ["vannavbrudd"] } },
  { id: "N01", text: drafts.get("N01")!, options: {} },
  { id: "B10", text: drafts.get("B10")!, options: { senderName: "Storøya kommune" } },
  { id: "B13", text: drafts.get("B13")!, options: { senderName: "Haugsdal kommune", smsLinks: "domain" } },
  { id: "en-road-closure", text: readFileSync(join(DIR, "en-road-closure.input.txt"), "utf8"), options: { hashtags: ["roadworks"] } },
];

function rendered(id: string, text: string, options: VariantOptions): Record<string, string> {
  const r = variants(text, { ...options, applySafeFixes: false });
  const v = r.variants;
  return {
    letter: v.letter.text,
    sms: v.sms.text + "\n",
    post: v.post.text ? v.post.text + "\n" : `(ingen innlegg: ${v.post.unsuitable})\n`,
  };
}

describe("golden variants", () => {
  for (const c of cases) {
    it(`${c.id}`, () => {
      expect(c.text).toBeTruthy();
      const out = rendered(c.id, c.text, c.options);
      for (const [ch, text] of Object.entries(out)) {
        const file = join(DIR, `${c.id}.${ch}.txt`);
        if (process.env.UPDATE_GOLDEN) {
          mkdirSync(DIR, { recursive: true });
          writeFileSync(file, text);
        }
        if (!existsSync(file)) throw new Error(`Golden file missing: ${file} (run with UPDATE_GOLDEN=1 after reviewing the output)`);
        expect(text).toBe(readFileSync(file, "utf8"));
      }
    });
  }
});
