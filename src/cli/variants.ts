// `kanalklar variants [--json] [--lang auto|nb|nn|en] [--locale nb|nn|en] [--sender NAME] [--sms-sender ID]
//  [--sms-links none|domain|url] [--hashtag X]… [--contact-phone N] [--contact-web URL] FILE|-`
// Prints the three variants for people, or the JSON contract of DESIGN.md with --json.
// Exit 0 on success (findings are not failures), 2 on bad usage or unreadable input.
import { variants, type VariantOptions, type VariantsResult } from "../core/channels";
import type { Finding, Language, Locale } from "../core/model";
import { nodeIO, type CliIO } from "./io";
import { writeJson } from "./json-stream";
import { printable } from "./terminal";

export type { CliIO };

export const VARIANTS_USAGE =
  "Bruk: kanalklar variants [--json] [--lang auto|nb|nn|en] [--locale nb|nn|en] [--sender NAVN] [--audience public|personal] [--sms-sender ID] [--sms-links none|domain|url] [--hashtag X]... [--contact-phone NR] [--contact-web ADRESSE] FIL|-";

const VARIANTS_HELP = `Lager tre varianter av utkastet: et brev, en SMS og et innlegg for sosiale medier.
  --json                JSON for programmer (language, facts, variants.letter/sms/post med funn)
  --lang SPRÅK          utkastets språk (standard: finn selv)
  --locale SPRÅK        språket i meldingene (nb, nn, en; standard nb)
  --sender NAVN         avsender i hilsen og signatur (standard: avsenderen i utkastets egen signatur; aldri et navn fra selve teksten)
  --audience HVEM       public (informasjon til alle) eller personal (til én person eller part); standard: les det av utkastet
  --sms-sender ID       avsender-ID for SMS (høyst 11 tegn: A-Z, a-z, 0-9 og mellomrom)
  --sms-links VALG      none (standard: nettstedet som tekst, «Les mer på nav.no»), domain (adressen uten https://, «Les mer på nav.no/meldekort») eller url (hel https-lenke)
  --hashtag X           emneknagg i innlegget (kan gjentas; skrives i CamelCase)
  --contact-phone NR    telefonnummer til kontaktavsnittet i brevet
  --contact-web ADR     nettadresse til kontaktavsnittet i brevet
`;

interface Parsed {
  json: boolean;
  file?: string;
  options: VariantOptions;
}

function parseArgs(argv: string[]): Parsed | string {
  const options: VariantOptions = {};
  const hashtags: string[] = [];
  let json = false;
  let file: string | undefined;
  const value = (i: number, name: string): string | undefined => (i + 1 < argv.length ? argv[i + 1] : undefined) ?? (void name, undefined);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const takes = ["--lang", "--locale", "--sender", "--sms-sender", "--sms-links", "--hashtag", "--contact-phone", "--contact-web", "--audience"];
    let v: string | undefined;
    if (takes.includes(name)) {
      v = eq > 0 ? a.slice(eq + 1) : value(i, name);
      if (v === undefined) return `${name} trenger en verdi`;
      if (eq < 0) i++;
    }
    switch (name) {
      case "--json":
        json = true;
        break;
      case "--lang":
        if (!["auto", "nb", "nn", "en"].includes(v!)) return `ukjent språk for --lang: ${v}`;
        options.language = v as Language | "auto";
        break;
      case "--locale":
        if (!["nb", "nn", "en"].includes(v!)) return `ukjent språk for --locale: ${v}`;
        options.locale = v as Locale;
        break;
      case "--sender":
        options.senderName = v;
        break;
      case "--sms-sender":
        options.smsSenderId = v;
        break;
      case "--sms-links":
        if (!["none", "domain", "url"].includes(v!)) return `--sms-links må være none, domain eller url (fikk ${v})`;
        options.smsLinks = v as VariantOptions["smsLinks"];
        break;
      case "--audience":
        if (v !== "public" && v !== "personal") return `--audience må være public eller personal (fikk ${v})`;
        options.message = { ...(options.message ?? {}), audience: v };
        break;
      case "--hashtag":
        hashtags.push(v!);
        break;
      case "--contact-phone":
        options.contactPhone = v;
        break;
      case "--contact-web":
        options.contactWeb = v;
        break;
      default:
        if (a === "-" || !a.startsWith("-")) {
          if (file !== undefined) return `bare én fil om gangen (fikk også ${a})`;
          file = a;
        } else return `ukjent valg: ${a}`;
    }
  }
  if (hashtags.length) options.hashtags = hashtags;
  if (file === undefined) return "mangler FIL (eller - for standard inn)";
  return { json, file, options };
}

function line(f: Finding): string {
  const where = f.text ? ` «${f.text.length > 40 ? f.text.slice(0, 40) + "…" : f.text}»` : "";
  return `  ${f.severity === "error" ? "FEIL" : f.severity === "warning" ? "advarsel" : "info"} ${f.rule}${where}: ${f.message}`;
}

const KIND_NB: Record<string, string> = {
  notice: "varsel om noe som skjer",
  warning: "advarsel",
  change: "endring (ny dato eller tid)",
  cancellation: "avlysning",
  lifting: "opphevelse (noe er over)",
  decision: "vedtak",
  summons: "innkalling",
  offer: "tilbud",
  demand: "krav om opplysninger",
  "case-letter": "brev i en sak",
  "application-info": "informasjon om å søke",
  "press-release": "pressemelding",
  information: "informasjon",
};
const ROLE_NB: Record<string, string> = { new: "ny", superseded: "gammel, erstattet", lifted: "opphevet", past: "fortid", recurring: "fast tid", deadline: "frist", expected: "anslag", label: "merking" };

/** A time with the clock time read with it ("i kveld kl. 20"). */
function withClock(t: { text: string; clock?: { text: string } }): string {
  return `${t.text}${t.clock && !t.text.includes(t.clock.text) ? " " + t.clock.text : ""}`.replace(/\s+/gu, " ");
}

/** What the tool read the draft to say, so the user can correct it (--audience, --sender). */
function understood(r: VariantsResult): string[] {
  const m = r.message;
  const ev = m.events[0];
  const lines = [`Forstått som: ${KIND_NB[m.kind] ?? m.kind}, ${m.audience.value === "personal" ? "til én person eller part" : "til alle"}.`];
  const flat = (x: string) => x.replace(/\s+/gu, " ");
  if (ev) lines.push(`  Hva: ${flat(ev.what.text.length > 90 ? ev.what.text.slice(0, 90) + "…" : ev.what.text)}`);
  lines.push(`  Når: ${ev?.when ? withClock(ev.when) : "(utkastet sier ikke når)"}`);
  if (ev?.where) lines.push(`  Hvor: ${ev.where.text}`);
  // The same thing elsewhere at another time ("I Kirkeveien … onsdag 9. desember").
  for (const e of m.events.slice(1)) lines.push(`  Også: ${e.where ? e.where.text + ", " : ""}${e.when ? withClock(e.when) : ""}`);
  for (const a of m.actions.slice(0, 3)) lines.push(`  Gjør: ${a.text.length > 90 ? a.text.slice(0, 90) + "…" : a.text}${a.deadline ? ` (frist: ${withClock(a.deadline)})` : ""}`);
  const others = m.times.filter((t) => t.role !== "new");
  if (others.length) lines.push(`  Andre tider: ${others.map((t) => `${t.text} (${ROLE_NB[t.role] ?? t.role})`).join("; ")}`);
  lines.push(`  Avsender: ${m.sender ? `${m.sender.name} (${m.sender.source === "signature" ? "fra signaturen" : m.sender.source === "profile" ? "fra innstillingene" : "oppgitt"})` : "ukjent (utkastet har ingen signatur; bruk --sender)"}`);
  return lines;
}

function human(r: VariantsResult): string {
  const out: string[] = [];
  const { letter, sms, post } = r.variants;
  out.push(`Språk: ${r.language}. ${r.audience.personal ? "Skrevet til én person." : "Informasjon til alle."}`);
  out.push(...understood(r));
  if (r.errors?.length) out.push(...r.errors.map((e) => `FEIL: ${e}`));
  const section = (title: string, v: { text: string; unsuitable?: string; findings: Finding[] }, meta: string) => {
    out.push("", `=== ${title}${meta ? ` (${meta})` : ""} ===`);
    out.push(v.unsuitable && !v.text ? `Ikke laget: ${v.unsuitable}` : v.text.replace(/\n+$/, ""));
    if (v.findings.length) out.push("", `Funn (${v.findings.length}):`, ...v.findings.map(line));
    const left = (v as { omitted?: Array<{ message: string }> }).omitted ?? [];
    if (left.length) out.push("", "Utelatt:", ...left.map((o) => `  ${o.message}`));
  };
  section("Brev", letter, "");
  section("SMS", sms, sms.text ? `${sms.encoding}, ${sms.segments} del${sms.segments === 1 ? "" : "er"}, ${sms.length} tegn` : "");
  section("Innlegg", post, post.text ? `X ${post.lengths.x}/280, Facebook ${post.lengths.facebook}, LinkedIn ${post.lengths.linkedin}/3000, Instagram ${post.lengths.instagram}/2200` : "");
  return out.join("\n") + "\n";
}

/** Run `kanalklar variants`; returns the exit code. */
export async function runVariants(argv: string[], io: CliIO = nodeIO()): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(`${VARIANTS_USAGE}\n${VARIANTS_HELP}`);
    return 0;
  }
  const parsed = parseArgs(argv);
  if (typeof parsed === "string") {
    io.stderr(`kanalklar variants: ${parsed} (se kanalklar variants --help)\n`);
    return 2;
  }
  let text: string;
  try {
    text = parsed.file === "-" ? await io.readStdin() : await io.readFile(parsed.file!);
  } catch (e) {
    io.stderr(`kanalklar variants: ${printable(String((e as Error).message ?? e))}\n`);
    return 2;
  }
  io.inputSeen?.(text.length);
  const result = variants(text, parsed.options);
  if (result.errors?.length && parsed.options.smsSenderId !== undefined) {
    io.stderr(`kanalklar variants: ${result.errors.join("; ")}\n`);
    return 2;
  }
  if (parsed.json) writeJson(result, io.stdout);
  else io.stdout(printable(human(result).replace(/\r\n?/g, "\n")));
  return 0;
}
