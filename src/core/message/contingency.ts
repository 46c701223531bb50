// What happens instead when something goes wrong: "Dersom det blir dårlig vær, flyttes arrangementet til
// gymsalen", "Ved regn holdes festen innendørs", "If it rains, the fair will be held in the sports hall". It
// changes where, when or whether the event is, so a reader who gets only the SMS or the post must see it too.
import type { Language } from "../model";
import { cue } from "./cues";

/** The reader named in a condition makes it the reader's case ("Dersom du ikke kan komme, …"): an action, not this. */
const READER = /(?<![\p{L}])(?:du|deg|dere|De|Dem|dykk|you|your)(?![\p{L}])/u;

/** Whether a sentence opens on a circumstance and says what then happens to the event instead. */
export function isContingency(text: string, language: Language): boolean {
  const t = text.trim();
  if (t.length > 200 || /\?$/.test(t)) return false;
  const opener = cue(language, "contingencyOpeners").first(t);
  if (!opener || opener.start !== 0) return false;
  // The condition runs to the first comma; without one ("Ved regn holdes festen inne") to the verb after it.
  const comma = t.indexOf(",");
  const condition = comma > 0 ? t.slice(0, comma) : t.slice(0, Math.min(t.length, opener.end + 30));
  if (READER.test(condition)) return false;
  const rest = comma > 0 ? t.slice(comma + 1) : t.slice(opener.end);
  // What happens then: moved, cancelled, held somewhere else or instead.
  return (["moveVerbs", "cancelVerbs", "venues", "insteadWords"] as const).some((list) => cue(language, list).test(rest));
}
