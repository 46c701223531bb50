// The light list of rule ids (src/core/rules/ids.ts, read by the pane's settings) names every rule the registry runs.
import { rules } from "../../../src/core/rules";
import { RULE_IDS } from "../../../src/core/rules/ids";

test("RULE_IDS lists the registry's rules, in its order", () => {
  expect([...RULE_IDS]).toEqual(rules.map((r) => r.id));
});
