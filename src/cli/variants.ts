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
  "Bruk: kanalklar variants [--json] [--lang auto|nb|nn|en] [--locale nb|nn|en] [--sender NAVN] [--sms-sender ID] [--sms-links none|domain|url] [--hashtag X]... [--contact-phone NR] [--contact-web ADRESSE] FIL|-";

const VARIANTS_HELP = `Lager tre varianter av utkastet: et brev, en SMS og et innlegg for sosiale medier.
  --json                JSON for programmer (language, facts, variants.letter/sms/post med funn)
  --lang SPRÅK          utkastets språk (standard: finn selv)
  --locale SPRÅK        språket i meldingene (nb, nn, en; standard nb)
  --sender NAVN         avsender i hilsen og signatur (standard: avsenderen utkastet nevner)
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
    const takes = ["--lang", "--locale", "--sender", "--sms-sender", "--sms-links", "--hashtag", "--contact-phone", "--contact-web"];
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

function human(r: VariantsResult): string {
  const out: string[] = [];
  const { letter, sms, post } = r.variants;
  out.push(`Språk: ${r.language}. ${r.audience.personal ? "Skrevet til én person." : "Informasjon til alle."}`);
  if (r.errors?.length) out.push(...r.errors.map((e) => `FEIL: ${e}`));
  const section = (title: string, v: { text: string; unsuitable?: string; findings: Finding[] }, meta: string) => {
    out.push("", `=== ${title}${meta ? ` (${meta})` : ""} ===`);
    out.push(v.unsuitable && !v.text ? `Ikke laget: ${v.unsuitable}` : v.text.replace(/\n+$/, ""));
    if (v.findings.length) out.push("", `Funn (${v.findings.length}):`, ...v.findings.map(line));
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
