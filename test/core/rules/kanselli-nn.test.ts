// One nynorsk sentence per entry of the nynorsk kanselli list, inflected where the entry inflects.
import nnList from "../../../src/core/lexicon/nn/kanselli.json";
import { kanselliRule } from "../../../src/core/rules/kanselli";
import { run } from "./helpers";

const NN: Array<[entry: string, sentence: string, flagged: string]> = [
  ["samtlege", "Brevet går til samtlege elevar.", "samtlege"],
  ["ovannemnde", "Den ovannemnde eigedomen skal takserast.", "ovannemnde"],
  ["vedkomande", "Vi har fått spørsmål vedkomande gebyret.", "vedkomande"],
  ["i medhald av", "Vedtaket er gjort i medhald av lova.", "i medhald av"],
  ["jamfør", "Du kan klage, jamfør forvaltningslova.", "jamfør"],
  ["inneverande", "Gebyret for inneverande år er uendra.", "inneverande"],
  ["gjere merksam på", "Vi gjer merksam på at fristen er kort.", "gjer merksam på"],
  ["med verknad frå dags dato", "Kokevarselet gjeld med verknad frå dags dato.", "med verknad frå dags dato"],
  ["liggje føre", "Det låg føre ein klage i saka.", "låg føre"],
  ["føreliggjande", "Vi har lese den føreliggjande rapporten.", "føreliggjande"],
  ["påkravd", "Det er ikkje påkravd å møte opp.", "påkravd"],
  ["tilstrekkeleg", "Du har tilstrekkeleg inntekt.", "tilstrekkeleg"],
  ["medføre", "Feilen medførte at utbetalinga stansa.", "medførte"],
  ["pårekne", "Du må pårekne noko ventetid.", "pårekne"],
  ["herunder", "Du må melde frå om endringar, herunder flytting.", "herunder"],
  ["samt", "Ta med pass samt bankkort.", "samt"],
  ["såleis", "Du har såleis rett til stønad.", "såleis"],
  ["likeins", "Foreldra må likeins skrive under.", "likeins"],
  ["tillike", "Han er tillike leiar i styret.", "tillike"],
  ["kvarvidt", "Vi vurderer kvarvidt du har rett til stønad.", "kvarvidt"],
  ["underrette", "Vi underrettar deg når saka er ferdig.", "underrettar"],
  ["undertekna", "Spørsmål kan rettast til undertekna.", "undertekna"],
  ["oppmode", "Alle vert oppmoda om å spare på vatnet.", "oppmoda"],
  ["anvending", "Reglane har fått brei anvending.", "anvending"],
  ["komme|kome|kjem|kom til anvendelse|anvending", "Regelen kjem til anvending på alle søknader.", "kjem til anvending"],
  ["utan ugrunna? opphald", "Endringar må meldast utan ugrunna opphald.", "utan ugrunna opphald"],
  ["i høve til", "Vi vurderer saka i høve til regelverket.", "i høve til"],
  ["angåande", "Du kan ringje oss angåande betalinga.", "angåande"],
  ["vedrørande", "Vi har fått brevet ditt vedrørande barnehageplass.", "vedrørande"],
  ["erleggje", "Gebyret må erleggjast ved oppmøte.", "erleggjast"],
  ["adgang", "Du har adgang til å klage.", "adgang"],
  ["befaring", "Kommunen held befaring på eigedomen.", "befaring"],
  ["begrensning", "Det er ei begrensning på talet på plassar.", "begrensning"],
  ["avgjørelse", "Vi sender deg avgjørelsen i posten.", "avgjørelsen"],
  ["beliggande", "Eigedomen er beliggande i Storgata.", "beliggande"],
  ["heimehøyrande", "Alle heimehøyrande i kommunen kan søkje.", "heimehøyrande"],
  ["dog", "Du kan dog søkje på nytt.", "dog"],
  ["herved", "Vi varslar herved om stenging av vegen.", "herved"],
  ["i samband med", "Vegen er stengd i samband med arbeidet.", "i samband med"],
  ["forevise", "Legitimasjon må forevisast ved oppmøte.", "forevisast"],
  ["i henhald til", "Gebyret vert rekna ut i henhald til forskrifta.", "i henhald til"],
  ["med omsyn til", "Vi har vurdert saka med omsyn til tryggleiken.", "med omsyn til"],
  ["som følgje av at", "Vegen er stengd som følgje av at brua vert reparert.", "som følgje av at"],
  ["bekjentgjere", "Kommunen bekjentgjorde vedtaket på nettsida.", "bekjentgjorde"],
  ["ytterlegare", "Vi treng ytterlegare dokumentasjon frå deg.", "ytterlegare"],
  ["unnlate", "Om du unnlet å svare, stansar utbetalinga.", "unnlet"],
  ["utgjere", "Beløpet utgjer 4 280 kroner.", "utgjer"],
  ["henstille", "Vi henstiller til alle om å halde avstand.", "henstiller"],
  ["gå fram av", "Dette går fram av barnetrygdlova § 17.", "går fram av"],
  ["framgå", "Det framgår av vedtaket kva du må gjere.", "framgår"],
  ["anmode", "Vi anmodar deg om å svare innan fredag.", "anmodar"],
  ["i henhold til", "I henhold til lova har du rett til innsyn.", "I henhold til"],
  ["igangsetje", "Arbeidet vart igangsett i fjor.", "igangsett"],
  ["iverksetje", "Kommunen har iverksett tiltak.", "iverksett"],
  ["inngje", "Naboane kan inngje merknader til søknaden.", "inngje merknader"],
  ["under tilvising til", "Under tilvising til brevet ditt sender vi skjemaet.", "Under tilvising til"],
  ["ved spørsmål", "Ved spørsmål, ring oss.", "Ved spørsmål"],
  ["^nemnde", "Nemnde opplysningar er sende til skulen.", "Nemnde"],
];

test("the table covers every nynorsk entry", () => {
  expect(new Set(NN.map(([e]) => e))).toEqual(new Set(nnList.entries.map((e: { match: string }) => e.match)));
});

test.each(NN)("%s", (_entry, sentence, flagged) => {
  const hit = run(kanselliRule, sentence, "nn").find((f) => f.text === flagged);
  expect(hit).toBeDefined();
  expect(hit!.start).toBe(sentence.indexOf(flagged));
});
