/**
 * The check before send (Smart Alerts): OnMessageSend runs the core offline in Outlook's JavaScript-only
 * runtime and warns about personal data or checker errors — never about style alone — and lets the
 * message go when it fails itself. Bench: a 2,000-word message must be checked within 300 ms in Node.
 */
import { sendAlert, sendVerdict } from "../../src/office/send-check";
import { onMessageSendHandler } from "../../src/commands/launchevent";
import { OUTLOOK_PLATFORMS, isSetSupportedFrom, type OutlookPlatform } from "./fakes/platforms";

/** A checksum-valid fødselsnummer (mod 11 twice), born 1 January 1970. */
function fnr(): string {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (let n = 100; n < 999; n++) {
    const d = ("010170" + String(n)).split("").map(Number);
    let k1 = 11 - (d.reduce((s, x, i) => s + x * w1[i]!, 0) % 11);
    if (k1 === 11) k1 = 0;
    if (k1 === 10) continue;
    let k2 = 11 - ([...d, k1].reduce((s, x, i) => s + x * w2[i]!, 0) % 11);
    if (k2 === 11) k2 = 0;
    if (k2 === 10) continue;
    return d.join("") + k1 + k2;
  }
  throw new Error("no number");
}

const STYLE_ONLY =
  "Vedrørende søknaden om parkeringstillatelse. Det vil bli foretatt en vurdering av søknaden av kommunen iht. gjeldende regelverk, og De vil bli kontaktet.";

function eventRuntime(o: { body: string; subject?: string; platform?: OutlookPlatform; thread?: string; failBody?: boolean }) {
  const info = OUTLOOK_PLATFORMS[o.platform ?? "web"];
  const done: Array<{ allowEvent: boolean; errorMessage?: string; cancelLabel?: string; commandId?: string }> = [];
  (globalThis as any).Office = {
    MailboxEnums: { BodyMode: { HostConfig: "hostConfig" } },
    context: {
      displayLanguage: "nb-NO",
      requirements: { isSetSupported: isSetSupportedFrom(info.sets) },
      mailbox: {
        diagnostics: { hostName: info.hostName },
        item: {
          body: {
            getAsync(_t: string, opts: { bodyMode?: string }, cb: (r: { status: string; value: string }) => void) {
              if (o.failBody) return cb({ status: "failed", value: "" });
              const own = opts.bodyMode === "hostConfig" && info.honoursBodyMode;
              cb({ status: "succeeded", value: own || !o.thread ? o.body : o.body + o.thread });
            },
          },
          subject: { getAsync: (cb: (r: { status: string; value: string }) => void) => cb({ status: "succeeded", value: o.subject ?? "" }) },
        },
      },
    },
  };
  return { event: { completed: (x: (typeof done)[number]) => void done.push(x) }, done };
}

afterEach(() => delete (globalThis as any).Office);

describe("send verdict", () => {
  test("a fødselsnummer is a reason to warn", () => {
    const v = sendVerdict(`Hei. Fødselsnummeret ditt er ${fnr()}, og saken er mottatt.`);
    expect(v.allow).toBe(false);
    expect(v.concerns).toEqual(["national-id"]);
    expect(sendAlert(v).message).toMatch(/fødselsnummer/);
    expect(sendAlert(v).message.length).toBeLessThanOrEqual(500);
  });

  test("style findings alone never stop a message", () => {
    const v = sendVerdict(STYLE_ONLY);
    expect(v).toEqual({ allow: true, concerns: [], count: 0 });
  });
});

describe("OnMessageSend handler", () => {
  test("warns with a button that opens the pane (Mailbox 1.14) when the message holds a fødselsnummer", async () => {
    const { event, done } = eventRuntime({ subject: "Svar på søknad", body: `Hei,\n\nvi har registrert ${fnr()} på saken.\n\nHilsen\nKommunen` });
    await onMessageSendHandler(event);
    expect(done).toEqual([{ allowEvent: false, errorMessage: expect.stringMatching(/fødselsnummer/), cancelLabel: "Åpne Kanalklar", commandId: "Kanalklar.ComposeButton" }]);
  });

  test("lets a message with style findings only go", async () => {
    const { event, done } = eventRuntime({ body: STYLE_ONLY });
    await onMessageSendHandler(event);
    expect(done).toEqual([{ allowEvent: true }]);
  });

  test("on classic Outlook (bodyMode ignored) a number in the quoted thread is not the sender's: the message goes", async () => {
    const thread = `\r\n\r\nFra: Kari <kari@example.com>\r\nSendt: 1. mai 2026\r\n\r\nMitt fødselsnummer er ${fnr()}.`;
    const { event, done } = eventRuntime({ body: "Takk, vi ser på saken.", thread, platform: "classic" });
    await onMessageSendHandler(event);
    expect(done).toEqual([{ allowEvent: true }]);
  });

  test("when reading the message fails, the add-in never blocks sending", async () => {
    const { event, done } = eventRuntime({ body: "x", failBody: true });
    await onMessageSendHandler(event);
    expect(done).toEqual([{ allowEvent: true }]);
  });

  test("bench: a 2,000-word message is checked within 300 ms", () => {
    const sentence = "Vi viser til søknaden din om parkeringstillatelse i Storgata, og vi skriver vedrørende vedtaket som ble fattet 12. mai. ";
    const words = sentence.trim().split(/\s+/).length;
    const text = sentence.repeat(Math.ceil(2000 / words)) + `Kontonummer 1234.56.78903.`;
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(2000);
    const t0 = performance.now();
    const first = sendVerdict(text);
    const cold = performance.now() - t0;
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      sendVerdict(text);
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    process.stdout.write(`send-check bench: 2,000+ words, first run ${cold.toFixed(1)} ms, median ${runs[2]!.toFixed(1)} ms\n`);
    expect(first.concerns).toContain("account-number");
    expect(cold).toBeLessThanOrEqual(300);
    expect(runs[2]!).toBeLessThanOrEqual(300);
  });
});
