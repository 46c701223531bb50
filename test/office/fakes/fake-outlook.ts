/**
 * A recording fake of Outlook's compose item (body, subject, selection, roaming settings, new message
 * form). The body is held as text; HTML inserts are turned into text the way a client shows them.
 * `body.setAsync` is present only to record that it was never called.
 */

type Cb<T> = (r: { status: string; value: T; error?: { message: string } }) => void;

export interface FakeOutlookOptions {
  body: string;
  subject?: string;
  bodyType?: "html" | "text";
  /** Where setSelectedDataAsync inserts (index into body); default end. */
  cursor?: number;
  /** Simulate the reported bug: setSelectedDataAsync says success but inserts nothing. */
  dropInserts?: boolean;
  selection?: string;
  mailbox19?: boolean;
  /** A reply's quoted thread (returned by getAsync unless bodyMode hostConfig is used). */
  thread?: string;
  /** Offer Office.MailboxEnums.BodyMode.HostConfig (Mailbox 1.14). */
  hostConfig?: boolean;
}

export class FakeOutlook {
  body: string;
  subject: string;
  bodyType: "html" | "text";
  cursor: number;
  dropInserts: boolean;
  selection: string;
  calls: Array<{ name: string; args: unknown[] }> = [];
  roaming = new Map<string, unknown>();
  roamingSaves = 0;
  newForms: Array<Record<string, unknown>> = [];
  failSubjectSet = false;
  /** Quoted earlier messages of a reply, returned unless bodyMode hostConfig is asked for. */
  thread: string;
  hostConfig: boolean;

  constructor(private o: FakeOutlookOptions) {
    this.body = o.body;
    this.subject = o.subject ?? "";
    this.bodyType = o.bodyType ?? "html";
    this.cursor = o.cursor ?? o.body.length;
    this.dropInserts = o.dropInserts ?? false;
    this.selection = o.selection ?? "";
    this.thread = o.thread ?? "";
    this.hostConfig = o.hostConfig ?? false;
  }

  count(name: string): number {
    return this.calls.filter((c) => c.name === name).length;
  }

  install() {
    const f = this;
    const ok = <T,>(cb: Cb<T>, value: T) => setTimeout(() => cb({ status: "succeeded", value }), 0);
    const fail = <T,>(cb: Cb<T>, message: string) => setTimeout(() => cb({ status: "failed", value: undefined as T, error: { message } }), 0);
    const item = {
      body: {
        getAsync(coercion: string, optionsOrCb: Cb<string> | { bodyMode?: string }, maybeCb?: Cb<string>) {
          const cb = (typeof optionsOrCb === "function" ? optionsOrCb : maybeCb)!;
          const options = typeof optionsOrCb === "function" ? undefined : optionsOrCb;
          f.calls.push({ name: "body.getAsync", args: options ? [coercion, options] : [coercion] });
          if (coercion !== "text") return fail(cb, "fake: only text reads are modelled");
          // with bodyMode hostConfig a reply's quoted thread is left out
          ok(cb, options?.bodyMode === "hostConfig" || !f.thread ? f.body : f.body + f.thread);
        },
        getTypeAsync(cb: Cb<string>) {
          f.calls.push({ name: "body.getTypeAsync", args: [] });
          ok(cb, f.bodyType);
        },
        setSelectedDataAsync(data: string, options: { coercionType: string }, cb: Cb<void>) {
          f.calls.push({ name: "body.setSelectedDataAsync", args: [data, options] });
          if (options.coercionType === "html" && f.bodyType === "text") return fail(cb, "InvalidDataFormat");
          if (!f.dropInserts) {
            const asText = options.coercionType === "html" ? data.replace(/<br>/g, "\n").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&") : data;
            f.body = f.body.slice(0, f.cursor) + asText + f.body.slice(f.cursor);
          }
          ok(cb, undefined);
        },
        setAsync(..._args: unknown[]) {
          f.calls.push({ name: "body.setAsync", args: _args });
          throw new Error("body.setAsync must never be called");
        },
      },
      subject: {
        getAsync(cb: Cb<string>) {
          f.calls.push({ name: "subject.getAsync", args: [] });
          ok(cb, f.subject);
        },
        setAsync(s: string, cb: Cb<void>) {
          f.calls.push({ name: "subject.setAsync", args: [s] });
          if (f.failSubjectSet) return fail(cb, "GeneralException");
          f.subject = s;
          ok(cb, undefined);
        },
      },
      getSelectedDataAsync(coercion: string, cb: Cb<{ data: string; sourceProperty: string }>) {
        f.calls.push({ name: "getSelectedDataAsync", args: [coercion] });
        ok(cb, { data: f.selection, sourceProperty: "body" });
      },
    };
    const mailbox: Record<string, unknown> = { item };
    if (this.o.mailbox19 !== false) {
      mailbox.displayNewMessageFormAsync = (params: Record<string, unknown>, cb?: Cb<void>) => {
        f.newForms.push(params);
        if (cb) ok(cb, undefined);
      };
    } else {
      mailbox.displayNewMessageForm = (params: Record<string, unknown>) => void f.newForms.push(params);
    }
    (globalThis as any).Office = {
      CoercionType: { Text: "text", Html: "html" },
      ...(this.hostConfig ? { MailboxEnums: { BodyMode: { HostConfig: "hostConfig", FullBody: "fullBody" } } } : {}),
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        displayLanguage: "nn-NO",
        mailbox,
        roamingSettings: {
          get: (k: string) => f.roaming.get(k),
          set: (k: string, v: unknown) => void f.roaming.set(k, v),
          remove: (k: string) => void f.roaming.delete(k),
          saveAsync: (cb?: Cb<void>) => {
            f.roamingSaves++;
            if (cb) ok(cb, undefined);
          },
        },
        requirements: { isSetSupported: (name: string) => name === "Mailbox" },
      },
    };
  }

  static uninstall() {
    delete (globalThis as any).Office;
  }
}
