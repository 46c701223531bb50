// Channel profiles as data (limits with sources in profiles.json).
import profiles from "./profiles.json";

export const SMS = profiles.sms;
export const POST = profiles.post;
export const LETTER = profiles.letter;
export const PROFILES = profiles;
export type Platform = "x" | "facebook" | "linkedin" | "instagram";
export const PLATFORMS: Platform[] = ["x", "facebook", "linkedin", "instagram"];
