// Benchmark for variants(): a one-page and a ten-page draft (target: under 20 ms for one page).
// Imported by bench/bench.ts; the draft is fictional.
import { variants } from "../src/core/channels";

const PARAGRAPHS = [
  "Fjordvik kommune, Vann og avløp, underretter herved samtlige abonnenter i Sjøgata, Bakkeveien og Nordre gate om at vannforsyningen vil bli stengt tirsdag 14. oktober 2025 i tidsrommet kl. 08.00–16.00 i forbindelse med utskifting av hovedvannledningen.",
  "Abonnentene anmodes om å tappe nødvendig drikkevann i forkant av avstengningen. Oppvaskmaskiner og vaskemaskiner bør ikke benyttes i det angitte tidsrommet, da dette kan medføre skade på utstyret.",
  "Etter at vannet er satt på igjen, kan det påregnes misfarget vann i en kortere periode. Dette utgjør ingen helserisiko, men det anbefales at kranen renner i noen minutter før vannet benyttes til drikke eller matlaging.",
  "Beboere med særskilte behov, for eksempel personer som får hjemmesykepleie eller dialyse, kan be om levering av vann på kanne ved henvendelse til kommunen innen 10. oktober 2025.",
  "Oppdatert informasjon publiseres fortløpende på https://www.fjordvik.kommune.no/vannavbrudd. Eventuelle henvendelser vedrørende arbeidet kan rettes til vakttelefonen på 45 67 89 01, hverdager 07.00-15.00.",
];

/** About one A4 page (≈ 450 words) of a public notice with title and signature. */
export function onePageDraft(): string {
  const body: string[] = [];
  for (let i = 0; body.join(" ").split(/\s+/).length < 430; i++) body.push(PARAGRAPHS[i % PARAGRAPHS.length]);
  return ["Planlagt avstengning av vannforsyningen i Sjøgata", ...body, "Med vennlig hilsen\nFjordvik kommune"].join("\n\n") + "\n";
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(text: string, runs: number, warmup: number): number {
  // Warm the JIT up first (the taskpane composes again on every edit, so the steady state is what counts).
  for (let i = 0; i < warmup; i++) variants(text + " ".repeat(i % 2));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    variants(text);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Run the benchmark; returns lines for the report. */
export function benchVariants(): string[] {
  const one = onePageDraft();
  const ten = Array.from({ length: 10 }, () => one).join("\n");
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const a = measure(one, 30, 40);
  const b = measure(ten, 7, 3);
  return [
    `variants, 1 page (${words(one)} words): ${a.toFixed(1)} ms median (target < 20 ms)`,
    `variants, 10 pages (${words(ten)} words): ${b.toFixed(1)} ms median`,
  ];
}
