// Red-team rounds 27–28: a text table ("Vei/plass | Stengt fra | Åpner igjen" over one row per road) was read line by
// line. Its head became the key event and the SMS's first sentence ("Vei/plass | Stengt fra | Åpner igjen."), "Åpner
// igjen" in the head made the notice a lifting, and the SMS gave the first row's start as the time of every closure
// ("Når: torsdag 18. juni kl. 1200"). A table is one block: the head labels each row's cells, a short channel says the
// rows whole or names them, and the letter keeps the table as written.
import { variants } from "../../../src/core/channels";
import { cellsOf, readTable, rowText, rowsAsItems, rowNames } from "../../../src/core/message/table";

const festival = [
  "Trafikkomlegging under Fjellrock 2026",
  "",
  "Fjellrock arrangeres på Torvet fra torsdag 18. juni til lørdag 20. juni. I forbindelse med festivalen vil følgende veier og plasser i sentrum bli stengt for biltrafikk:",
  "",
  "Vei/plass | Stengt fra | Åpner igjen",
  "Storgata (Torvet–Kirkegata) | torsdag 18. juni kl. 1200 | søndag 21. juni kl. 0600",
  "Brugata | fredag 19. juni kl. 1600 | søndag 21. juni kl. 0300",
  "Parkeringsplassen ved Torvet | onsdag 17. juni kl. 0700 | mandag 22. juni kl. 1200",
  "",
  "Omkjøring skjer via Ringveien. Bussene på linje 2 og 4 kjører ikke innom holdeplassen Torvet i perioden, men stopper ved Rådhuset.",
  "",
  "Kommunen setter opp ekstra toaletter og søppeldunker på Torvet og langs Storgata.",
  "",
  "Spørsmål om trafikken? Ring servicetorget på 55 10 00 00 (hverdager kl. 0800–1530).",
  "",
  "Strandvik kommune",
].join("\n");

describe("reading a text table", () => {
  it("splits cells by bars or tabs, and drops the outer bars of a Markdown row", () => {
    expect(cellsOf("| måndag 2. mars | Heradshuset | kl. 10–14 |")).toEqual(["måndag 2. mars", "Heradshuset", "kl. 10–14"]);
    expect(cellsOf("Moen\t07:00–19:00\t09:00–15:00")).toEqual(["Moen", "07:00–19:00", "09:00–15:00"]);
    expect(cellsOf("Ring oss på 55 10 00 00.")).toBeUndefined();
  });
  it("takes the first line as the head only when it has no digit and a row under it has one", () => {
    const lines = ["A | Stengt fra", "Brugata | fredag 19. juni"].map((text, k) => ({ text, start: k * 40 }));
    expect(readTable(lines)?.head).toEqual(["A", "Stengt fra"]);
    const noHead = ["Brugata | fredag 19. juni", "Storgata | lørdag 20. juni"].map((text, k) => ({ text, start: k * 40 }));
    expect(readTable(noHead)?.head).toBeUndefined();
    expect(readTable(noHead)?.rows).toHaveLength(2);
  });
  it("is no table when the rows have different numbers of cells, or there is one row", () => {
    expect(readTable([{ text: "a | b", start: 0 }, { text: "c | d | e", start: 10 }])).toBeUndefined();
    expect(readTable([{ text: "a | b", start: 0 }])).toBeUndefined();
  });
  it("says a row with the head's labels, leaving out heads that only name the kind of value", () => {
    const t = { head: ["Vei", "Stengt fra", "Åpner igjen"], rows: [] };
    expect(rowText(t, { start: 0, end: 0, cells: ["Brugata", "fredag 19. juni", "søndag 21. juni"] }, "nb")).toBe("Brugata: stengt fra fredag 19. juni, åpner igjen søndag 21. juni");
    const plain = { head: ["Dato", "Stad", "Tid"], rows: [] };
    expect(rowText(plain, { start: 0, end: 0, cells: ["måndag 2. mars", "Heradshuset", "kl. 10–14"] }, "nn")).toBe("måndag 2. mars: Heradshuset, kl. 10–14");
    const en = { head: ["Centre", "Weekdays", "Saturday"], rows: [] };
    expect(rowText(en, { start: 0, end: 0, cells: ["Moen", "07:00–19:00", "09:00–15:00"] }, "en")).toBe("Moen: weekdays 07:00–19:00, Saturday 09:00–15:00");
  });
  it("says a block's table lines as items (head gone) and names its rows", () => {
    const at = festival.indexOf("Vei/plass");
    const end = festival.indexOf("\n\nOmkjøring");
    const said = rowsAsItems(festival.slice(at, end), at, end, festival, "nb");
    expect(said.split("\n")).toEqual([
      "Storgata (Torvet–Kirkegata): stengt fra torsdag 18. juni kl. 1200, åpner igjen søndag 21. juni kl. 0600",
      "Brugata: stengt fra fredag 19. juni kl. 1600, åpner igjen søndag 21. juni kl. 0300",
      "Parkeringsplassen ved Torvet: stengt fra onsdag 17. juni kl. 0700, åpner igjen mandag 22. juni kl. 1200",
    ]);
    expect(rowNames(festival, at, end, "nb")).toBe("Storgata (Torvet–Kirkegata), Brugata og Parkeringsplassen ved Torvet");
  });
});

describe("a notice of road closures in a table", () => {
  const r = variants(festival, { language: "nb" });
  it("is a notice of closures ahead, not a lifting, and its key event is the table under its intro", () => {
    expect(r.message.kind).toBe("notice");
    const what = r.message.events[0].what.text;
    expect(what.startsWith("I forbindelse med festivalen vil følgende veier")).toBe(true);
    expect(what).toContain("Parkeringsplassen ved Torvet | onsdag 17. juni");
  });
  it("the SMS names the closed roads and gives no row's time as the time of all", () => {
    const sms = r.variants.sms.text;
    expect(sms).not.toContain("|");
    expect(sms).not.toContain("Vei/plass");
    expect(sms).toContain("Storgata (Torvet-Kirkegata), Brugata og Parkeringsplassen ved Torvet");
    expect(sms).not.toMatch(/Når: torsdag 18\. juni/);
    expect(r.variants.sms.findings.filter((f) => f.rule === "facts-missing" || f.rule === "facts-invented")).toEqual([]);
  });
  it("the post says each row with its labels", () => {
    const post = r.variants.post.text;
    expect(post).not.toContain("|");
    expect(post).toMatch(/Brugata:? stengt fra fredag 19\. juni kl\. 1600, åpner igjen søndag 21\. juni kl\. 0300/);
    expect(post).toMatch(/Parkeringsplassen ved Torvet:? stengt fra onsdag 17\. juni kl\. 0700, åpner igjen mandag 22\. juni kl\. 1200/);
  });
  it("the letter keeps the table as written, under no heading of its own", () => {
    const letter = r.variants.letter.text;
    expect(letter).toContain(festival.slice(festival.indexOf("Vei/plass"), festival.indexOf("\n\nOmkjøring")));
    expect(letter).not.toContain("Har du spørsmål?\nSpørsmål om trafikken?");
  });
});

describe("a table of hours with no date in its rows, under a sentence that names the hours", () => {
  const text = [
    "Changed opening hours at the recycling centres",
    "",
    "The recycling centres will have new opening hours from Monday 4 May.",
    "",
    "Centre\tWeekdays\tSaturday",
    "Moen\t07:00–19:00\t09:00–15:00",
    "Haugen\t10:00–18:00\tclosed",
    "",
    "The centres are closed on public holidays. Read more at fjordvik.kommune.no/avfall.",
    "",
    "Fjordvik Municipality",
  ].join("\n");
  const r = variants(text, { language: "en" });
  it("the SMS and the post give each centre's hours with their days", () => {
    for (const out of [r.variants.sms.text, r.variants.post.text.replace(/–/g, "-")]) {
      expect(out).toContain("Moen: weekdays 07:00-19:00, Saturday 09:00-15:00; Haugen: weekdays 10:00-18:00, Saturday closed");
      expect(out).not.toContain("Centre");
    }
  });
});

describe("a Markdown table of dates, places and hours", () => {
  const text = [
    "Opne kontordagar for eigedomsskatt",
    "",
    "Kommunen held opne kontordagar der du kan få hjelp med spørsmål om eigedomsskatten. Vi er til stades desse dagane:",
    "",
    "| Dato | Stad | Tid |",
    "|---|---|---|",
    "| måndag 2. mars | Heradshuset, Storvik | kl. 10–14 |",
    "| onsdag 4. mars | Biblioteket i Nesvik | kl. 12–16 |",
    "| torsdag 5. mars | Grendahuset på Lia | kl. 17–19 |",
    "",
    "Du treng ikkje bestille time.",
    "",
    "Storvik kommune",
  ].join("\n");
  const r = variants(text, { language: "nn" });
  it("says every day with its place and hours, and no head or rule line", () => {
    const sms = r.variants.sms.text;
    for (const row of ["måndag 2. mars: Heradshuset, Storvik, kl. 10-14", "onsdag 4. mars: Biblioteket i Nesvik, kl. 12-16", "torsdag 5. mars: Grendahuset på Lia, kl. 17-19"]) expect(sms).toContain(row);
    expect(sms).not.toMatch(/Dato|---|\|/);
  });
  it("the letter keeps the table", () => {
    expect(r.variants.letter.text).toContain("| måndag 2. mars | Heradshuset, Storvik | kl. 10–14 |");
    expect(r.variants.letter.text).toContain("|---|---|---|");
  });
});
