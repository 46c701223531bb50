// Quoted speech: what someone said, not what the sender says. A line led by a speech dash ("– Byrden er stor …,
// sier Mæland."), a sentence in quotation marks, or one that names its speaker (", sier …", ", says …").
// The letter keeps it as said; the short channels never take it as the sender's own words.

export const SAYS = /,[ \u00A0]*(?:sier|seier|sa|uttaler|uttalar|says|said)[ \u00A0]+\p{L}/u;

/** A sentence that is quoted speech. */
export function isQuote(text: string): boolean {
  return SAYS.test(text) || /^[«“"]/u.test(text.trim());
}

/** A paragraph of quoted speech: led by a speech dash or a quotation mark, or naming its speaker. */
export function isSpeech(paragraph: string): boolean {
  const t = paragraph.trim();
  return /^[–—][ \u00A0]/u.test(t) || /^[«“"]/u.test(t) || SAYS.test(t);
}
