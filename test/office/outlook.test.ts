/** Contract tests of the Outlook compose adapter against a recording fake (and office-addin-mock). */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock pulls in office-addin-manifest only for its OfficeApp enum; that package's ESM
// dependencies don't load under jest's CommonJS transform, so provide the enum directly.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { createOutlookHost } from "../../src/office/outlook";
import { FakeOutlook } from "./fakes/fake-outlook";

const BODY = "Hei,\r\n\r\nVi viser til søknaden vedrørende parkering.\r\nSvar innen 1. mai.\r\n\r\nHilsen\r\nEksempel kommune";
const SUBJECT = "Vedrørende din søknad";

function setup(o: Partial<ConstructorParameters<typeof FakeOutlook>[0]> = {}) {
  const f = new FakeOutlook({ body: BODY, subject: SUBJECT, ...o });
  f.install();
  const store = new Map<string, string>();
  const host = createOutlookHost({ storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) } });
  return { f, host, store };
}

afterEach(() => FakeOutlook.uninstall());

describe("Outlook adapter", () => {
  test("reads the subject and the body as text, once each, subject first", async () => {
    const { f, host } = setup();
    const snap = await host.readDraft();
    expect(snap.text).toBe(SUBJECT + "\n\n" + BODY.replace(/\r\n/g, "\n"));
    expect(f.count("body.getAsync")).toBe(1);
    expect(f.calls.find((c) => c.name === "body.getAsync")!.args).toEqual(["text"]);
    expect(f.count("subject.getAsync")).toBe(1);
    expect(host.displayLanguage).toBe("nn-NO");
  });

  test("in a reply, only the user's own message is read when the client supports bodyMode HostConfig", async () => {
    const thread = "\r\n\r\nFra: innbygger@example.com\r\nSendt: 1. mai\r\nHei, jeg lurer på …";
    const modern = setup({ thread, hostConfig: true });
    expect((await modern.host.readDraft()).text).not.toContain("innbygger@example.com");
    expect(modern.f.calls.find((c) => c.name === "body.getAsync")!.args).toEqual(["text", { bodyMode: "hostConfig" }]);
    FakeOutlook.uninstall();
    const old = setup({ thread });
    expect((await old.host.readDraft()).text).toContain("innbygger@example.com");
  });

  test("without a subject the draft is the body alone", async () => {
    const { host } = setup({ subject: "" });
    const snap = await host.readDraft();
    expect(snap.text).toBe(BODY.replace(/\r\n/g, "\n"));
  });

  test("reads the selection when asked and something is selected", async () => {
    const { host } = setup({ selection: "Svar innen 1. mai." });
    const snap = await host.readDraft("selection");
    expect(snap).toMatchObject({ scope: "selection", text: "Svar innen 1. mai." });
  });

  test("fixes in the subject are written with subject.setAsync and verified; body fixes are refused, body untouched", async () => {
    const { f, host } = setup();
    const snap = await host.readDraft();
    const b = snap.text.indexOf("vedrørende");
    const res = await host.applyEdits(snap, [
      { start: 0, end: 10, replacement: "Om" },
      { start: b, end: b + 10, replacement: "om" },
    ]);
    expect(res.applied).toEqual([{ start: 0, end: 10, replacement: "Om" }]);
    expect(res.skipped).toEqual([{ edit: { start: b, end: b + 10, replacement: "om" }, reason: "not-found", detail: "host-cannot-edit" }]);
    expect(f.subject).toBe("Om din søknad");
    expect(f.body).toBe(BODY);
    expect(f.count("body.setAsync")).toBe(0);
    expect(f.count("body.setSelectedDataAsync")).toBe(0);
    expect(host.capabilities).toEqual({ select: false, applyEdits: "subject", openAsNew: true });
  });

  test("canEditSpan tells the UI that only the subject can be fixed in place", async () => {
    const { host } = setup();
    const snap = await host.readDraft();
    const b = snap.text.indexOf("vedrørende");
    expect(host.canEditSpan!(snap, 0, 10)).toBe(true);
    expect(host.canEditSpan!(snap, b, b + 10)).toBe(false);
  });

  test("a subject changed since the check is refused with nothing changed; undo restores the subject", async () => {
    const { f, host } = setup();
    const snap = await host.readDraft();
    f.subject = "Vedrørende søknaden din";
    const res = await host.applyEdits(snap, [{ start: 0, end: 10, replacement: "Om" }]);
    expect(res.skipped.map((s) => s.reason)).toEqual(["changed"]);
    expect(f.subject).toBe("Vedrørende søknaden din");
    expect(f.count("subject.setAsync")).toBe(0);

    const snap2 = await host.readDraft();
    await host.applyEdits(snap2, [{ start: 0, end: 10, replacement: "Om" }]);
    expect(f.subject).toBe("Om søknaden din");
    expect(await host.undoLast()).toBe(true);
    expect(f.subject).toBe("Vedrørende søknaden din");
    expect(await host.undoLast()).toBe(false);
  });

  test("a failed subject write is read back and never retried", async () => {
    const { f, host } = setup();
    const snap = await host.readDraft();
    f.failSubjectSet = true;
    const res = await host.applyEdits(snap, [{ start: 0, end: 10, replacement: "Om" }]);
    expect(res.skipped.map((s) => s.reason)).toEqual(["error"]);
    expect(f.count("subject.setAsync")).toBe(1);
    expect(f.subject).toBe(SUBJECT);
  });

  test("insertText puts our own escaped HTML at the cursor and confirms it arrived by reading back", async () => {
    const { f, host } = setup({ cursor: 6 });
    const res = await host.insertText("SMS: Vannet stenges 12. mai <kl. 09>.\nHilsen & takk");
    expect(res).toEqual({ ok: true });
    const call = f.calls.find((c) => c.name === "body.setSelectedDataAsync")!;
    expect(call.args).toEqual(["SMS: Vannet stenges 12. mai &lt;kl. 09&gt;.<br>Hilsen &amp; takk", { coercionType: "html" }]);
    expect(f.body.startsWith("Hei,\r\nSMS: Vannet stenges 12. mai <kl. 09>.\nHilsen & takk")).toBe(true);
    expect(f.count("body.getAsync")).toBe(2); // before and after
    expect(f.count("body.setAsync")).toBe(0);
  });

  test("a plain-text body gets a text insert", async () => {
    const { f, host } = setup({ bodyType: "text" });
    expect(await host.insertText("Hei <du>")).toEqual({ ok: true });
    expect(f.calls.find((c) => c.name === "body.setSelectedDataAsync")!.args[1]).toEqual({ coercionType: "text" });
  });

  test("an insert that reports success but never arrives is not reported as done", async () => {
    const { host } = setup({ dropInserts: true });
    expect(await host.insertText("Vannet stenges 12. mai.")).toEqual({ ok: false, reason: "not-verified" });
  });

  test("a second identical insert is still verified by the count going up", async () => {
    const { host } = setup({ body: "Vannet stenges 12. mai.", dropInserts: true });
    expect(await host.insertText("Vannet stenges 12. mai.")).toEqual({ ok: false, reason: "not-verified" });
  });

  test("openAsNew opens a new message with the text as escaped HTML and the title as subject", async () => {
    const { f, host } = setup();
    expect(await host.openAsNew!("A & B\nC", "Varsel")).toEqual({ ok: true });
    expect(f.newForms).toEqual([{ subject: "Varsel", htmlBody: "A &amp; B<br>C" }]);
  });

  test("openAsNew falls back to displayNewMessageForm before Mailbox 1.9", async () => {
    const { f, host } = setup({ mailbox19: false });
    expect(await host.openAsNew!("Tekst")).toEqual({ ok: true });
    expect(f.newForms).toHaveLength(1);
  });

  test("settings are kept in roaming settings, and in local storage when too large for them", async () => {
    const { f, host, store } = setup();
    await host.saveSettings('{"senderName":"Eksempel kommune"}');
    expect(f.roaming.get("kanalklar.settings")).toBe('{"senderName":"Eksempel kommune"}');
    expect(f.roamingSaves).toBe(1);
    expect(await host.loadSettings()).toBe('{"senderName":"Eksempel kommune"}');
    const big = JSON.stringify({ customWords: Array.from({ length: 2000 }, (_, i) => ({ word: `ord${i}`, alternative: `alternativ${i}` })) });
    await host.saveSettings(big);
    expect(f.roaming.has("kanalklar.settings")).toBe(false);
    expect(store.get("kanalklar.settings")).toBe(big);
    expect(await host.loadSettings()).toBe(big);
  });
});

describe("Outlook adapter with office-addin-mock", () => {
  afterEach(() => delete (globalThis as any).Office);

  test("reads a body through a mocked mailbox item", async () => {
    const mock = new OfficeMockObject(
      {
        context: {
          mailbox: {
            item: {
              body: {
                getAsync(_type: string, cb: (r: { status: string; value: string }) => void) {
                  cb({ status: "succeeded", value: "Hei du.\r\nVi ringer deg." });
                },
              },
            },
          },
        },
        CoercionType: { Text: "text" },
        AsyncResultStatus: { Succeeded: "succeeded" },
      },
      "outlook" as never, // the OfficeApp enum value
    );
    (globalThis as any).Office = mock;
    const host = createOutlookHost();
    const snap = await host.readDraft();
    expect(snap.text).toBe("Hei du.\nVi ringer deg.");
  });
});
