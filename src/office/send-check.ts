/**
 * The check before send (Outlook Smart Alerts, OnMessageSend): run the core on the message and decide
 * whether to warn. It warns only for what must not go out unseen — a fødselsnummer or d-nummer, a bank
 * account number, a private e-mail address — and for findings the checker marks as errors. It never warns
 * for style alone (long sentences, passive, bureaucratic words): those are for the pane.
 * Pure: no Office, no DOM — it runs in Outlook's JavaScript-only runtime on classic Windows.
 */
import { analyze } from "../core";
import type { Finding, Locale } from "../core/model";

export type SendConcern = "national-id" | "account-number" | "personal-email" | "checker-error";

export interface SendVerdict {
  allow: boolean;
  /** What was found, each kind once, in a stable order. */
  concerns: SendConcern[];
  /** How many findings were behind the concerns. */
  count: number;
}

const ORDER: SendConcern[] = ["national-id", "account-number", "personal-email", "checker-error"];

function concernOf(f: Finding): SendConcern | null {
  if (f.rule === "personal-data") {
    const data = (f as Finding & { data?: { kind?: string; personal?: boolean } }).data;
    if (data?.kind === "national-id") return "national-id";
    if (data?.kind === "account-number") return "account-number";
    if (data?.kind === "email" && data.personal) return "personal-email";
    return null; // phone numbers and public addresses: not a reason to stop a message
  }
  return f.severity === "error" ? "checker-error" : null;
}

export function sendVerdict(text: string, locale: Locale = "nb"): SendVerdict {
  const { findings } = analyze(text, { locale });
  const found = new Set<SendConcern>();
  let count = 0;
  for (const f of findings) {
    const c = concernOf(f);
    if (c) {
      found.add(c);
      count++;
    }
  }
  const concerns = ORDER.filter((c) => found.has(c));
  return { allow: concerns.length === 0, concerns, count };
}

const TEXT: Record<Locale, { intro: string; concerns: Record<SendConcern, string>; outro: string; open: string }> = {
  nb: {
    intro: "Kanalklar fant noe du bør se på før du sender:",
    concerns: {
      "national-id": "et fødselsnummer eller d-nummer",
      "account-number": "et kontonummer",
      "personal-email": "en privat e-postadresse",
      "checker-error": "feil som Kanalklar markerer",
    },
    outro: "Send likevel hvis det skal stå der.",
    open: "Åpne Kanalklar",
  },
  nn: {
    intro: "Kanalklar fann noko du bør sjå på før du sender:",
    concerns: {
      "national-id": "eit fødselsnummer eller d-nummer",
      "account-number": "eit kontonummer",
      "personal-email": "ei privat e-postadresse",
      "checker-error": "feil som Kanalklar markerer",
    },
    outro: "Send likevel om det skal stå der.",
    open: "Opne Kanalklar",
  },
  en: {
    intro: "Kanalklar found something to look at before you send:",
    concerns: {
      "national-id": "a Norwegian national identity number",
      "account-number": "a bank account number",
      "personal-email": "a private e-mail address",
      "checker-error": "errors Kanalklar marks",
    },
    outro: "Send anyway if it belongs there.",
    open: "Open Kanalklar",
  },
};

/** The Smart Alerts dialog text (Outlook allows at most 500 characters) and the button label. */
export function sendAlert(verdict: SendVerdict, locale: Locale = "nb"): { message: string; openLabel: string } {
  const t = TEXT[locale] ?? TEXT.nb;
  const message = `${t.intro} ${verdict.concerns.map((c) => t.concerns[c]).join(", ")}. ${t.outro}`;
  return { message: message.slice(0, 500), openLabel: t.open };
}
