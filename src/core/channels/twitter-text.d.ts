// Minimal types for the parts of twitter-text 3.1.0 we use (the package ships no types).
declare module "twitter-text" {
  export interface ParsedTweet {
    weightedLength: number;
    valid: boolean;
    permillage: number;
    validRangeStart: number;
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  }
  export function parseTweet(text: string): ParsedTweet;
  const twttr: { parseTweet(text: string): ParsedTweet };
  export default twttr;
}
