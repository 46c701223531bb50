// The set-up both fake-Office end-to-end files share: one Chromium and one server of dist/ for the whole
// file, and the scripted office.js of the host under test, served in place of the CDN script.
import { fakeOfficeJs } from "../fakes/bundle";
import { launchChromium, serveDist, type Launched, type Served } from "./browser";

export interface FakeHostSuite {
  launched: Launched;
  served: Served;
  officeJs: string;
}

/** Registers beforeAll/afterAll for the file; the fields are set once beforeAll has run. */
export function fakeHostSuite(host: "office-word" | "office-outlook"): FakeHostSuite {
  const suite = {} as FakeHostSuite;
  beforeAll(async () => {
    suite.launched = await launchChromium();
    suite.served = await serveDist();
    suite.officeJs = fakeOfficeJs(host);
  });
  afterAll(async () => {
    await suite.served?.close();
    await suite.launched?.close();
  });
  return suite;
}
