import { drafts } from "./helpers";
import { parse } from "../../../src/core/text/parse";
import { rules } from "../../../src/core/rules/index";
test("dump", () => {
  const lines: string[] = [];
  for (const d of drafts()) {
    const lang = d.id.startsWith("N") ? "nn" : "nb";
    const doc = parse(d.text, lang);
    lines.push(`== ${d.id} ${d.contains}`);
    for (const r of rules) {
      if (r.id.startsWith("long")) continue;
      const fs = r.run(doc, { language: lang, locale: "nb", options: {}, customWords: [] });
      lines.push(`  ${r.id}: ` + fs.map((f) => f.text + (f.fix ? `→${f.fix.replacement}` : "") + (f.severity === "info" ? "(i)" : f.severity === "error" ? "(E)" : "")).join(" | "));
    }
  }
  require("fs").writeFileSync("/tmp/cr/dump.txt", lines.join("\n"));
});
