// The audience as the older API reports it (`audience: { personal, kind }` in variants()): read from the
// message model (src/core/message/audience.ts), which decides who a draft is for.

export type PersonalKind = "decision" | "summons" | "offer" | "demand" | "personal-data" | "application" | "case";

export interface Suitability {
  /** True when the draft is addressed to one person. */
  personal: boolean;
  kind: PersonalKind | null;
}

