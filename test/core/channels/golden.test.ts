// Golden examples: for a handful of drafts the three variants are stored under golden/ and were reviewed by
// reading them as a municipal communications adviser would. They are composed without the core's safe
// fixes (applySafeFixes: false) so that a new entry in a kanselli list does not change them; the corpus test
// checks that the letter with safe fixes checks better than the draft. A change in composition shows up here as a diff;
// after reading the new output, refresh with  UPDATE_GOLDEN=1 npx jest test/core/channels/golden.test.ts
//
// Why each stored variant is right for its channel (the variants are rendered from the message model,
// src/core/message; read them as the citizen would):
// - B04 (bokmål, water shut-off, public): the draft names "Fjordvik kommune, Vann og avløp" only in its body
//   and has no signature, so nothing signs the SMS or the letter (a name from the body is never a sender;
//   the letter-sender finding asks for one). The letter opens with a plain title; the rewrites turn "Abonnentene
//   anmodes om å besørge …" into "Vi ber deg sørge for …", "Det henstilles til at oppvaskmaskiner og
//   vaskemaskiner ikke benyttes" into "Vi ber om at du ikke bruker oppvaskmaskiner og vaskemaskiner" (the
//   reader acts in a request clause), "kan det påregnes" → "må du regne med". The SMS names what happens, the
//   key date with its time (one role: new), the one thing readers must do, and the host as plain text; it
//   needs two parts for that, which beats dropping the action. The post carries the same action and "Når:".
// - N01 (nynorsk, boil-water notice, public): the sampling date (6. mai) is past ("vart påvist") and the
//   expected test date (13. mai, "vert rekna med") is a forecast: neither is shown as when anything happens.
//   The SMS leads with the warning's subject and the instruction ("Drikkevatn skal kokast …"). No signature,
//   so no sign-off. The letter says what the reader may do to the reader: "Vatnet kan nyttast til dusj" →
//   "Du kan nytte vatnet til dusj" (a nynorsk modal passive the checker only notes, turned because the reader acts),
//   and "Drikkevatn skal kokast før …" → "Du skal koke drikkevatn før …": boiling the water is the reader's work.
// - B10 (offer of a kindergarten place, to one family): the letter opens with the message ("Barnet ditt er
//   tildelt plass …") and moves the reference ("Med henvisning til søknad om …") after it as "Dette gjelder
//   …"; "Tilbudet må aksepteres eller avslås" → "Du må akseptere eller avslå tilbudet"; "søknaden vil bli
//   ansett som trukket" → "vi vil anse søknaden som trukket" (the body decides); "vil plassen bli tildelt neste
//   søker" stays (an indirect object would need "til"); "med mindre det innvilges …" stays (an impersonal
//   passive inside a clause is turned only when it opens its sentence); the appeal paragraph is kept whole, its
//   sentences as written, with plain words only ("påklage" → "klage på"). The SMS says
//   what the letter is about in its own title's words ("et tilbud om barnehageplass") and the reply
//   deadline, never the child or the kindergarten; no social post, with a reason.
// - B13 (decision, to one person): the reference opener ("Det vises til søknad mottatt 12. august 2025 …")
//   goes after the decision; the appeal block keeps "Du sender klagen via …" as the rewrites word it, and is
//   not turned around further (plain words only: "påklage" → "klage på", "foreligger" → "finnes"). The SMS says "et vedtak" and gives the appeal deadline as a date (from the
//   appeal block), never the outcome or the health detail; even with "--sms-links domain" it points to the
//   letter, not to a web address; no post.
// - en-road-closure (English, public): English templates; the date range stays a range; "Harbour Street will
//   be closed" becomes "We will close Harbour Street" (the county does it); the conditional instruction ("If
//   you need to drive through …") is for some readers only and stays out of the SMS.
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
