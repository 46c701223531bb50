import { extractFacts } from "../src/core/facts";
test("x", () => {
  for (const s of ["Harbour Road will be closed from 10 pm tonight.", "The notice has been lifted from today, Friday 7 March. It was issued on 3 March.", "Kirkegata er stengt."]) console.log(JSON.stringify(extractFacts(s).map((f) => [f.kind, f.text, f.value])));
});
