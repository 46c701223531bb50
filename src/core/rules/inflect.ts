// Compact inflection schemes for lexicon entries, expanded once at module load.
//
//   "v:et"              weak verb, past in -et/-a      påregne → påregner, påregnet, påregna, påregnes, påregnende
//   "v:te"              weak verb, past in -te/-t      medføre → medfører, medførte, medført, medføres
//   "v:de"              weak verb, past in -de/-d      etterleve → etterlever, etterlevde, etterlevd
//   "v:dde"             vowel-final verb               tro → tror, trodde, trodd
//   "v:PRET/PTC[/PRES]" strong or irregular verb       foreligge "v:forelå/foreligget" → foreligger, forelå, foreligget
//   "vn:a" / "vn:e"     nynorsk weak verb (a-verb / e-verb)  handsame → handsamar, handsama, handsamast
//   "vn:PRET/PTC/PRES"  nynorsk strong verb
//   "n:m" | "n:f"       noun, masculine/feminine       anvendelse → anvendelsen, anvendelser, anvendelsene
//   "n:n"               noun, neuter                   opphør → opphøret, opphørene
//   "a"                 adjective                      vesentlig → vesentlige
// Anything else (or no scheme) leaves the word as it is. Extra surface forms may always be listed.

function stemOf(lemma: string): string {
  return lemma.length > 2 && lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
}

/** Drop one of a final double consonant before a dental suffix ("kjenn" + "te" → "kjente"). */
function undouble(stem: string): string {
  const n = stem.length;
  if (n >= 3 && stem[n - 1] === stem[n - 2] && !"aeiouyæøå".includes(stem[n - 1])) return stem.slice(0, -1);
  return stem;
}

function bokmalVerb(lemma: string, scheme: string): string[] {
  const stem = stemOf(lemma);
  const endsE = lemma.endsWith("e");
  const pres = endsE ? lemma + "r" : lemma + "r";
  const pass = lemma + "s";
  const prp = endsE ? lemma + "nde" : lemma + "ende";
  const out = [lemma, pres, pass, prp];
  if (scheme === "et") out.push(stem + "et", stem + "a", stem + "ede", stem + "es");
  else if (scheme === "te") {
    const s = undouble(stem);
    out.push(s + "te", s + "t");
  } else if (scheme === "de") out.push(stem + "de", stem + "d");
  else if (scheme === "dde") out.push(lemma + "dde", lemma + "dd");
  else {
    const [pret, ptc, presOverride] = scheme.split("/");
    if (pret) out.push(pret);
    if (ptc) out.push(ptc);
    if (presOverride) {
      out[1] = presOverride;
      // "gjør" → passive present "gjøres" already in out via lemma + "s".
    }
  }
  return out;
}

function nynorskVerb(lemma: string, scheme: string): string[] {
  const stem = lemma.endsWith("e") || lemma.endsWith("a") ? lemma.slice(0, -1) : lemma;
  const out = [lemma, stem + "ast", stem + "est"];
  if (scheme === "a") out.push(stem + "ar", stem + "a", stem + "ande");
  else if (scheme === "e") out.push(stem + "er", stem + "te", stem + "t", stem + "de", stem + "d", stem + "ande", stem + "ande");
  else {
    const [pret, ptc, pres] = scheme.split("/");
    for (const f of [pret, ptc, pres]) if (f) out.push(f);
    out.push(stem + "ande");
  }
  return out;
}

function noun(lemma: string, gender: string): string[] {
  const e = lemma.endsWith("e");
  if (gender === "n") return e ? [lemma, lemma + "t", lemma + "r", lemma + "ne"] : [lemma, lemma + "et", lemma + "ene", lemma + "a"];
  const out = e ? [lemma, lemma + "n", lemma + "r", lemma + "ne"] : [lemma, lemma + "en", lemma + "er", lemma + "ene"];
  if (gender === "f" && !e) out.push(lemma + "a");
  return out;
}

function adjective(lemma: string): string[] {
  return lemma.endsWith("e") ? [lemma] : [lemma, lemma + "e"];
}

/** Every surface form (lower case, de-duplicated) of `lemma` under `scheme`, plus `extra`. */
export function inflect(lemma: string, scheme: string | undefined, extra: readonly string[] = []): string[] {
  const l = lemma.toLowerCase();
  let forms: string[];
  if (!scheme || scheme === "-") forms = [l];
  else if (scheme.startsWith("vn:")) forms = nynorskVerb(l, scheme.slice(3));
  else if (scheme.startsWith("v:")) forms = bokmalVerb(l, scheme.slice(2));
  else if (scheme.startsWith("n:")) forms = noun(l, scheme.slice(2));
  else if (scheme === "a") forms = adjective(l);
  else forms = [l];
  for (const x of extra) forms.push(x.toLowerCase());
  return [...new Set(forms)];
}
