/**
 * A strict, recording fake of Outlook's item and mailbox for a compose add-in. Stricter than Outlook
 * where the documentation leaves room:
 * - the body is plain text here; HTML inserts are turned into text the way a client shows them;
 * - `body.setSelectedDataAsync` replaces the current selection, and when the body never had focus it
 *   inserts at the top (office.body.yml remarks; office-js#1108, #5802, #6919); `focus` says where the
 *   cursor is ("none" by default: the harder case);
 * - `getSelectedDataAsync` returns the selected text and which field holds it (Mailbox 1.2);
 * - read-mode-only members are absent in compose: `displayNewMessageForm(Async)` is `undefined` in
 *   compose, as office.js does (office-js-docs-pr#2201; office.mailbox.yml "Applicable Outlook mode: Read");
 * - `isSetSupported` and `bodyMode` come from the per-platform table (platforms.ts): classic Windows and
 *   Mac ignore `bodyMode` and return the quoted thread;
 * - roaming settings hold at most 32 KB of serialised JSON per add-in; `set` beyond that throws and
 *   `saveAsync` fails with code 9057 (office.roamingsettings.yml; office-js#3060);
 * - `Office.context.partitionKey` is set where storage is partitioned (web, new Outlook).
 * `body.setAsync` is present only to record that it was never called.
 */
import { FakeOutlookSyncError, outlookError, type OutlookError } from "./office-error";
import { OUTLOOK_PLATFORMS, isSetSupportedFrom, type OutlookPlatform } from "./platforms";

type Cb<T> = (r: { status: string; value: T; error?: OutlookError | { message: string } }) => void;

export interface FakeOutlookOptions {
  body: string;
  subject?: string;
  bodyType?: "html" | "text";
  /** Cursor position in the body (implies focus "body"). */
  cursor?: number;
  /** Where the user's focus is: in the body, in the subject, or nowhere in the item (default). */
  focus?: "body" | "subject" | "none";
  /** Simulate the reported bug: setSelectedDataAsync says success but inserts nothing (office-js#6811). */
  dropInserts?: boolean;
  /** Selected text (must occur in the body, or in the subject when focus is "subject"). */
  selection?: string;
  /** Mailbox 1.9 (displayNewMessageFormAsync); only meaningful in read mode. */
  mailbox19?: boolean;
  /** A reply's quoted thread (returned by getAsync unless bodyMode hostConfig is honoured). */
  thread?: string;
  /** Office.MailboxEnums.BodyMode is defined (office.js defines it everywhere; default true). */
  hostConfig?: boolean;
  /** Which Outlook (default "web"). */
  platform?: OutlookPlatform;
  /** Item mode (default compose: the add-in only activates there). */
  mode?: "compose" | "read";
  /** Office.context.contentLanguage. */
  contentLanguage?: string;
  /** Office.context.officeTheme.bodyBackgroundColor (Mailbox 1.14). */
  themeBackground?: string;
}

export const ROAMING_LIMIT_BYTES = 32 * 1024;

export class FakeOutlook {
  body: string;
  subject: string;
  bodyType: "html" | "text";
  /** Selection in the body as [start, end) (a caret when start === end); null when focus is elsewhere. */
  sel: [number, number] | null;
  focus: "body" | "subject" | "none";
  dropInserts: boolean;
  calls: Array<{ name: string; args: unknown[] }> = [];
  roaming = new Map<string, unknown>();
  roamingSaves = 0;
  newForms: Array<Record<string, unknown>> = [];
  failSubjectSet = false;
  thread: string;
  hostConfig: boolean;
  platform: OutlookPlatform;
  mode: "compose" | "read";
  handlers = new Map<string, Array<(args: unknown) => void>>();
  themeBackground: string;

  constructor(private o: FakeOutlookOptions) {
    this.body = o.body;
    this.subject = o.subject ?? "";
    this.bodyType = o.bodyType ?? "html";
    this.platform = o.platform ?? "web";
    this.mode = o.mode ?? "compose";
    this.dropInserts = o.dropInserts ?? false;
    this.thread = o.thread ?? "";
    this.hostConfig = o.hostConfig ?? true;
    this.themeBackground = o.themeBackground ?? "#ffffff";
    this.focus = o.focus ?? (o.cursor !== undefined || o.selection ? "body" : "none");
    this.sel = null;
    if (this.focus === "body") {
      if (o.selection) {
        const at = this.body.indexOf(o.selection);
        if (at < 0) throw new Error("fake: the selection must occur in the body");
        this.sel = [at, at + o.selection.length];
      } else {
        const c = o.cursor ?? this.body.length;
        this.sel = [c, c];
      }
    }
  }

  count(name: string): number {
    return this.calls.filter((c) => c.name === name).length;
  }

  /** The selected text, as getSelectedDataAsync reports it. */
  selectedText(): { data: string; sourceProperty: string } {
    if (this.focus === "subject") return { data: this.o.selection ?? "", sourceProperty: "subject" };
    if (this.focus === "body" && this.sel) return { data: this.body.slice(this.sel[0], this.sel[1]), sourceProperty: "body" };
    return { data: "", sourceProperty: "body" };
  }

  /** Fire a mailbox event (ItemChanged, OfficeThemeChanged) to the registered handlers. */
  fire(type: string, args: unknown = { type }) {
    for (const h of this.handlers.get(type) ?? []) h(args);
  }

  private roamingBytes(bag: Map<string, unknown>): number {
    return new TextEncoder().encode(JSON.stringify(Object.fromEntries(bag))).length;
  }

  install() {
    const f = this;
    const info = OUTLOOK_PLATFORMS[f.platform];
    const supports = isSetSupportedFrom(info.sets);
    const ok = <T,>(cb: Cb<T>, value: T) => setTimeout(() => cb({ status: "succeeded", value }), 0);
    const fail = <T,>(cb: Cb<T>, error: OutlookError | { message: string }) => setTimeout(() => cb({ status: "failed", value: undefined as T, error }), 0);
    const item: Record<string, unknown> = {
      itemType: "message",
      body: {
        getAsync(coercion: string, optionsOrCb: Cb<string> | { bodyMode?: string }, maybeCb?: Cb<string>) {
          const cb = (typeof optionsOrCb === "function" ? optionsOrCb : maybeCb)!;
          const options = typeof optionsOrCb === "function" ? undefined : optionsOrCb;
          f.calls.push({ name: "body.getAsync", args: options ? [coercion, options] : [coercion] });
          if (coercion !== "text") return fail(cb, { message: "fake: only text reads are modelled" });
          const ownOnly = options?.bodyMode === "hostConfig" && info.honoursBodyMode === true;
          ok(cb, ownOnly || !f.thread ? f.body : f.body + f.thread);
        },
        getTypeAsync(cb: Cb<string>) {
          f.calls.push({ name: "body.getTypeAsync", args: [] });
          ok(cb, f.bodyType);
        },
        setSelectedDataAsync(data: string, options: { coercionType: string }, cb: Cb<void>) {
          f.calls.push({ name: "body.setSelectedDataAsync", args: [data, options] });
          if (f.mode !== "compose") return fail(cb, outlookError(9041, "InvalidState", "fake: compose only"));
          if (options.coercionType === "html" && f.bodyType === "text") return fail(cb, outlookError(1000, "InvalidDataFormat", "Invalid coercion type"));
          if (!f.dropInserts) {
            const asText = options.coercionType === "html" ? data.replace(/<br>/g, "\n").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&") : data;
            // no focus in the body: the text goes to the top; a selection is replaced
            const [s, e] = f.focus === "body" && f.sel ? f.sel : [0, 0];
            f.body = f.body.slice(0, s) + asText + f.body.slice(e);
            f.sel = [s + asText.length, s + asText.length];
          }
          ok(cb, undefined);
        },
        setAsync(..._args: unknown[]) {
          f.calls.push({ name: "body.setAsync", args: _args });
          throw new Error("body.setAsync must never be called");
        },
      },
      getSelectedDataAsync(coercion: string, cb: Cb<{ data: string; sourceProperty: string }>) {
        f.calls.push({ name: "getSelectedDataAsync", args: [coercion] });
        ok(cb, f.selectedText());
      },
    };
    if (f.mode === "compose") {
      item.subject = {
        getAsync(cb: Cb<string>) {
          f.calls.push({ name: "subject.getAsync", args: [] });
          ok(cb, f.subject);
        },
        setAsync(s: string, cb: Cb<void>) {
          f.calls.push({ name: "subject.setAsync", args: [s] });
          if (f.failSubjectSet) return fail(cb, outlookError(9000, "GenericResponseError", "GeneralException"));
          f.subject = s;
          ok(cb, undefined);
        },
      };
    } else {
      item.subject = f.subject; // read mode: a plain string
    }
    const mailbox: Record<string, unknown> = {
      item,
      diagnostics: { hostName: info.hostName },
      addHandlerAsync(type: string, handler: (a: unknown) => void, cb?: Cb<void>) {
        const need = type === "olkItemSelectedChanged" ? "1.5" : "1.14";
        if (!supports("Mailbox", need)) {
          if (cb) fail(cb, outlookError(5000, "InvalidEventDispatch", "unsupported event"));
          return;
        }
        const list = f.handlers.get(type) ?? [];
        list.push(handler);
        f.handlers.set(type, list);
        if (cb) ok(cb, undefined);
      },
    };
    if (f.mode === "read") {
      if (this.o.mailbox19 !== false) {
        mailbox.displayNewMessageFormAsync = (params: Record<string, unknown>, cb?: Cb<void>) => {
          f.newForms.push(params);
          if (cb) ok(cb, undefined);
        };
      }
      mailbox.displayNewMessageForm = (params: Record<string, unknown>) => void f.newForms.push(params);
    }
    (globalThis as any).Office = {
      CoercionType: { Text: "text", Html: "html" },
      ...(this.hostConfig ? { MailboxEnums: { BodyMode: { HostConfig: "hostConfig", FullBody: "fullBody" } } } : {}),
      EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        displayLanguage: "nn-NO",
        contentLanguage: this.o.contentLanguage,
        platform: info.platform,
        partitionKey: info.platform === "OfficeOnline" ? "kk-partition-7" : undefined,
        officeTheme: supports("Mailbox", "1.14") ? { bodyBackgroundColor: f.themeBackground } : undefined,
        mailbox,
        roamingSettings: {
          get: (k: string) => f.roaming.get(k),
          set: (k: string, v: unknown) => {
            const next = new Map(f.roaming);
            next.set(k, v);
            if (f.roamingBytes(next) > ROAMING_LIMIT_BYTES) throw new FakeOutlookSyncError(9057, "Size Limit Exceeded", "A maximum of 32KB is available for the settings of each add-in.");
            f.roaming = next;
          },
          remove: (k: string) => void f.roaming.delete(k),
          saveAsync: (cb?: Cb<void>) => {
            f.roamingSaves++;
            if (f.roamingBytes(f.roaming) > ROAMING_LIMIT_BYTES) {
              if (cb) fail(cb, outlookError(9057, "Size Limit Exceeded", "A maximum of 32KB is available for the settings of each add-in."));
              return;
            }
            if (cb) ok(cb, undefined);
          },
        },
        requirements: { isSetSupported: supports },
      },
    };
  }

  static uninstall() {
    delete (globalThis as any).Office;
  }
}
