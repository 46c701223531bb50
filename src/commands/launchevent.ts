/**
 * Outlook event runtime: the check before send (Smart Alerts, `OnMessageSend`, Mailbox 1.12; docs/outlook/
 * onmessagesend-onappointmentsend-events.md). Classic Outlook on Windows loads this file alone in a
 * JavaScript-only runtime — no DOM, no window, no localStorage — while the web and new Outlook load it from
 * commands.html. It reads the subject and the user's own part of the body, runs the core offline
 * (src/office/send-check.ts) and either lets the message go or shows one warning the user can override
 * (SendMode PromptUser in the manifest). Any failure of our own lets the message go: the add-in never
 * blocks sending because it broke.
 */
import { ownPart } from "../office/outlook-thread";
import { sendAlert, sendVerdict } from "../office/send-check";
import type { Locale } from "../core/model";

interface AsyncResult<T> {
  status: string;
  value: T;
}
interface SendEvent {
  completed(options: { allowEvent: boolean; errorMessage?: string; cancelLabel?: string; commandId?: string }): void;
}
interface OfficeEventRuntime {
  actions?: { associate(name: string, handler: (event: SendEvent) => void): void };
  context?: {
    displayLanguage?: string;
    platform?: string;
    requirements?: { isSetSupported(name: string, version?: string): boolean };
    mailbox?: {
      diagnostics?: { hostName?: string };
      item?: {
        body: { getAsync(type: string, options: object, cb: (r: AsyncResult<string>) => void): void };
        subject?: { getAsync(cb: (r: AsyncResult<string>) => void): void };
      };
    };
  };
  MailboxEnums?: { BodyMode?: { HostConfig?: string } };
}

function office(): OfficeEventRuntime | undefined {
  return (globalThis as unknown as { Office?: OfficeEventRuntime }).Office;
}

function localeOf(tag: string | undefined): Locale {
  const p = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  return p === "nn" ? "nn" : p === "en" ? "en" : "nb";
}

function read<T>(fn: (cb: (r: AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((r) => (r.status === "succeeded" ? resolve(r.value) : reject(new Error("read failed")))));
}

/** The message as the pane would check it: subject, blank line, the user's own text. */
export async function messageText(O: OfficeEventRuntime): Promise<string> {
  const it = O.context?.mailbox?.item;
  if (!it) return "";
  const mode = O.MailboxEnums?.BodyMode?.HostConfig;
  const [body, subject] = await Promise.all([
    read<string>((cb) => it.body.getAsync("text", mode ? { bodyMode: mode } : {}, cb)),
    it.subject ? read<string>((cb) => it.subject!.getAsync(cb)).catch(() => "") : Promise.resolve(""),
  ]);
  // classic Windows and Mac ignore bodyMode and return the whole thread: keep the user's own part
  const classic = O.context?.mailbox?.diagnostics?.hostName === "Outlook";
  const own = classic ? ownPart(body ?? "").text : body ?? "";
  return subject ? `${subject}\n\n${own}` : own;
}

export async function onMessageSendHandler(event: SendEvent): Promise<void> {
  const O = office();
  try {
    const locale = localeOf(O?.context?.displayLanguage);
    const verdict = sendVerdict(await messageText(O ?? {}), locale);
    if (verdict.allow) return event.completed({ allowEvent: true });
    const alert = sendAlert(verdict, locale);
    // Mailbox 1.14: a button in the dialog that opens the pane
    const withButton = O?.context?.requirements?.isSetSupported("Mailbox", "1.14") === true;
    event.completed({ allowEvent: false, errorMessage: alert.message, ...(withButton ? { cancelLabel: alert.openLabel, commandId: "Kanalklar.ComposeButton" } : {}) });
  } catch {
    event.completed({ allowEvent: true });
  }
}

// Register the handler under the name the manifest's LaunchEvent uses.
office()?.actions?.associate("onMessageSendHandler", (event) => void onMessageSendHandler(event));
