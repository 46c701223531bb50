import calendar from "../facts/calendar.json";

// A letter's dateline: "Elvheim, 8. mars 2027", "Oslo, 12.05.2027", "Tromsø, 3 March 2027" on a line of its own.
// It says when the letter was written, nothing else. The place and its comma make it a dateline: "Fredag 14. mai
// 2027" or "Valgdagen 13. september 2027" alone on a line may head an event, so no weekday is a place.
const DATE = String.raw`(?:den[ \u00A0]+)?(?:\d{1,2}\.[ \u00A0]*(?:\d{1,2}\.[ \u00A0]*|\p{L}{3,9}\.?[ \u00A0]+)\d{4}|\d{1,2}[ \u00A0]+\p{L}{3,9}[ \u00A0]+\d{4}|\p{L}{3,9}[ \u00A0]+\d{1,2},?[ \u00A0]+\d{4}|\d{4}-\d\d-\d\d)`;
const WEEKDAY = `(?:${calendar.weekdays.flat().join("|")})`;
export const DATE_LINE = new RegExp(String.raw`^(?!${WEEKDAY}(?![\p{L}]))\p{Lu}[\p{L}.-]*(?:[ \u00A0]+\p{Lu}[\p{L}.-]*){0,2},[ \u00A0]*${DATE}$`, "iu");
/** A date with its year alone on a line: a dateline only where nothing else can be, in a letter's header. */
export const BARE_DATE_LINE = new RegExp(String.raw`^${DATE}$`, "u");
/** A web page's stamp: "Publisert 2. juli 2027", "Sist oppdatert 3.3.2027 kl. 10.15", "Updated 4 May 2027". */
// (With its weekday and no year too: "Publisert tirsdag 10. mars", "Published Tuesday 10 March".)
const STAMP_DATE = String.raw`(?:${DATE}|(?:${WEEKDAY},?[ \u00A0]+)?(?:den[ \u00A0]+)?(?:\d{1,2}\.[ \u00A0]*\p{L}{3,9}\.?|\d{1,2}[ \u00A0]+\p{L}{3,9}|\d{1,2}\.\d{1,2}\.))`;
export const STAMP_LINE = new RegExp(String.raw`^(?:publisert|publisert den|oppdatert|sist oppdatert|sist endra|sist endret|published|updated|last updated)[ \u00A0:]+${STAMP_DATE}(?:,?[ \u00A0]+(?:kl\.?[ \u00A0]*)?\d{1,2}[.:]?\d{2})?$`, "iu");
/** A header's date field: "Dato: 7. desember 2026", "Vår dato: 3.12.2026", "Date: 3 December 2026" at the end of its line. */
export const DATE_FIELD = new RegExp(String.raw`(?:^|[ \u00A0\t])(?:(?:vår|vårt|dykkar|deres|our|your)[ \u00A0]+)?(?:dato|date)[ \u00A0]*:[ \u00A0\t]*${DATE}$`, "iu");
/** A case reference field near it ("Vår ref.:", "Saksnr.", "Your ref"): what makes a date field the letter's own date. */
export const REF_FIELD = /(?<![\p{L}])(?:(?:vår|vårt|dykkar|deres|our|your)[ \u00A0]+ref|saksnr|saksnummer|arkivkode|journalnr|case[ \u00A0]+(?:no|number))/iu;
