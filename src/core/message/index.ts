/**
 * The message model: understand(doc, facts, options) → Message (what the draft says: subject, kind,
 * audience with reasons, sender, events with role-tagged times, reader actions with deadlines, warnings,
 * contact, links, legal basis, appeal and access blocks, dated updates), each part pointing at its span.
 * The channels (../channels) render it; the user may correct it (MessageOverride).
 */
export { understand, readMessage, type UnderstandOptions } from "./understand";
export { readerActs } from "./actions";
export type * from "./types";
