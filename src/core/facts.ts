/**
 * Facts a channel variant must keep and never invent: dates (every Norwegian form, ranges, weekday + date,
 * "uke 41"), times and time ranges, deadlines (a date after "innen"/"senest"/"frist", or a relative period
 * such as "klagefrist … seks uker" → "P6W"), amounts in kroner, web addresses, e-mail, phone numbers,
 * street addresses and personal identifiers (fødselsnummer/d-nummer, account numbers).
 *
 *   extractFacts(text) → Fact[]   (see Fact in model.ts; values: "2027-04-30", "--04-30",
 *                                  "2025-06-02/2025-06-15", "W41", "09:00-14:00", "4280", "nav.no/klage",
 *                                  "+4755553333", "P3W", "Storgata 1-45")
 */
export { extractFacts } from "./facts/extract";
