// Letter: title that says what it is about; the main message; what the reader must do (with the deadline);
// details; for a decision the right to appeal and to see the documents; contact; signature last.
import type { Fact } from "../model";
import type { Templates } from "./i18n";
import { fill } from "./i18n";
import { cleanTitle } from "./compose-util";
import { dropOpener } from "./openers";
import { splitLong } from "./split";
import type { Language } from "../model";
import { sentenceRole, type DraftStructure, type Para, type Role, type Section, type Sent } from "./structure";
import type { Suitability } from "./suitability";

export interface LetterOptions {
  senderName?: string;
  contactPhone?: string;
  contactWeb?: string;
}

/** A sentence with its empty opener dropped and a long coordinated sentence split in two. */
function plain(sentence: string, language: Language): string {
  return splitLong(dropOpener(sentence, language));
}

export function composeLetter(st: DraftStructure, facts: Fact[], _suit: Suitability, T: Templates, opts: LetterOptions): string {
  const language = st.language;
  const paraText = (p: Para, keep: Sent[]): string => {
    const split = keep.map((s) => plain(s.text.trim(), language));
    if (keep.length === p.sentences.length && split.every((x, i) => x === keep[i].text.trim())) return p.text.trim();
    return split.join(" ");
  };
  const sectionText = (s: Section): string => {
    const body = s.paras.map((p) => (p.list ? p.text.trim() : paraText(p, p.sentences))).join("\n\n");
    return s.heading ? (body ? `${s.heading.text.trim()}\n${body}` : s.heading.text.trim()) : body;
  };
  const blocks: string[] = [];
  if (st.title) blocks.push(cleanTitle(st.title.text));

  const collected: Record<Role, Sent[]> = { body: [], action: [], appeal: [], access: [], contact: [] };
  const headed: Record<Role, Section[]> = { body: [], action: [], appeal: [], access: [], contact: [] };
  const bodyBlocks: string[] = [];
  let leadDone = false;
  for (const sec of st.sections) {
    if (sec.heading) {
      if (sec.role === "body" && !leadDone) leadDone = true;
      if (sec.role === "body") bodyBlocks.push(sectionText(sec));
      else headed[sec.role].push(sec);
      continue;
    }
    for (const p of sec.paras) {
      if (!leadDone) {
        // The main message stays first.
        bodyBlocks.push(paraText(p, p.sentences));
        leadDone = true;
        continue;
      }
      if (p.list) {
        bodyBlocks.push(p.text.trim());
        continue;
      }
      const keep: Sent[] = [];
      for (const s of p.sentences) {
        const role = sentenceRole(s, facts);
        if (role === "body") keep.push(s);
        else collected[role].push(s);
      }
      if (keep.length) bodyBlocks.push(paraText(p, keep));
    }
  }
  const lead = bodyBlocks.shift();
  if (lead) blocks.push(lead);

  const group = (role: Role, heading: string) => {
    for (const s of headed[role]) blocks.push(sectionText(s));
    if (collected[role].length) {
      const text = collected[role].map((s) => plain(s.text.trim(), language)).join(" ");
      blocks.push(headed[role].length ? text : `${heading}\n${text}`);
    }
  };
  group("action", T.headings.action);
  blocks.push(...bodyBlocks);
  group("appeal", T.headings.appeal);
  group("access", T.headings.access);

  // Contact last, with what the options add when the draft does not already say it.
  const contactLines: string[] = [];
  const draft = st.doc.text;
  if (opts.contactPhone && !draft.includes(opts.contactPhone)) contactLines.push(fill(T.contactPhone, { phone: opts.contactPhone }));
  if (opts.contactWeb && !draft.toLowerCase().includes(opts.contactWeb.toLowerCase().replace(/^https?:\/\/(www\.)?/, ""))) contactLines.push(fill(T.contactWeb, { web: opts.contactWeb }));
  const hasContact = headed.contact.length > 0 || collected.contact.length > 0 || contactLines.length > 0;
  if (hasContact) {
    for (const s of headed.contact) blocks.push(sectionText(s));
    const extra = [...collected.contact.map((s) => s.text.trim()), ...contactLines].join(" ");
    if (extra) blocks.push(headed.contact.length ? extra : `${T.headings.contact}\n${extra}`);
  }

  // Signature: the draft's own, else the closing and the sender.
  const sig = st.signature.map((s) => s.text.trim()).filter(Boolean);
  if (sig.length) blocks.push(sig.join("\n"));
  else {
    const sender = opts.senderName ?? st.sender;
    blocks.push(sender ? `${T.letterClosing}\n${sender}` : T.letterClosing);
  }
  if (st.footer.length) blocks.push(st.footer.map((s) => s.text.trim()).join("\n"));
  return blocks.filter(Boolean).join("\n\n") + "\n";
}
