/**
 * The slice of Outlook's common API the adapter uses, typed structurally (the real `Office` satisfies
 * it; tests drive it with test/office/fakes/fake-outlook.ts), and small helpers around it.
 * `Office` is read only inside functions so the module loads outside Office.
 */

export interface OutlookAsyncError {
  message?: string;
  name?: string;
  code?: number;
}

export interface AsyncResult<T> {
  status: string;
  value: T;
  error?: OutlookAsyncError;
}
export type Callback<T> = (r: AsyncResult<T>) => void;

export interface OutlookBody {
  getAsync(coercion: string, cb: Callback<string>): void;
  getAsync(coercion: string, options: object, cb: Callback<string>): void;
  getTypeAsync?(cb: Callback<string>): void;
  setSelectedDataAsync(data: string, options: { coercionType: string }, cb: Callback<void>): void;
}

export interface OutlookSubject {
  getAsync(cb: Callback<string>): void;
  setAsync(subject: string, cb: Callback<void>): void;
}

export interface OutlookItem {
  body: OutlookBody;
  /** An object with getAsync/setAsync in compose mode, a plain string in read mode. */
  subject?: OutlookSubject | string;
  getSelectedDataAsync?(coercion: string, cb: Callback<{ data: string; sourceProperty: string }>): void;
}

export interface RoamingSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(cb?: Callback<void>): void;
}

export interface Mailbox {
  item?: OutlookItem | null;
  diagnostics?: { hostName?: string };
  displayNewMessageForm?(params: object): void;
  displayNewMessageFormAsync?(params: object, cb?: Callback<void>): void;
  addHandlerAsync?(eventType: string, handler: (args: unknown) => void, cb?: Callback<void>): void;
  removeHandlerAsync?(eventType: string, cb?: Callback<void>): void;
}

export interface OfficeOutlookLike {
  context?: {
    displayLanguage?: string;
    contentLanguage?: string;
    platform?: string;
    partitionKey?: string;
    officeTheme?: { bodyBackgroundColor?: string };
    mailbox?: Mailbox;
    roamingSettings?: RoamingSettings;
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
  CoercionType?: { Text?: string; Html?: string };
  MailboxEnums?: { BodyMode?: { HostConfig?: string } };
  EventType?: { ItemChanged?: string; OfficeThemeChanged?: string };
  AsyncResultStatus?: { Succeeded?: string };
}

/** An Outlook call failed; `code` is Outlook's numeric error code when it gave one (e.g. 9057). */
export class OutlookCallError extends Error {
  readonly code?: number;
  constructor(message: string, code?: number) {
    super(message);
    this.name = "OutlookCallError";
    this.code = code;
  }
}

export function office(): OfficeOutlookLike {
  const o = (globalThis as unknown as { Office?: OfficeOutlookLike }).Office;
  if (!o?.context) throw new Error("Office is not available");
  return o;
}

export function mailbox(): Mailbox {
  const m = office().context?.mailbox;
  if (!m) throw new Error("Outlook mailbox is not available");
  return m;
}

export function item(): OutlookItem {
  const i = mailbox().item;
  if (!i || !i.body) throw new Error("No message is open");
  return i;
}

export function textType(): string {
  return office().CoercionType?.Text ?? "text";
}

export function htmlType(): string {
  return office().CoercionType?.Html ?? "html";
}

export function supportsMailbox(version: string): boolean {
  try {
    return office().context?.requirements?.isSetSupported("Mailbox", version) === true;
  } catch {
    return false;
  }
}

/** Compose or read: in compose the subject is an object with getAsync, in read mode a string. */
export function itemMode(it: OutlookItem): "compose" | "read" {
  return typeof it.subject === "string" ? "read" : "compose";
}

function succeeded(r: AsyncResult<unknown>): boolean {
  const ok = (globalThis as unknown as { Office?: OfficeOutlookLike }).Office?.AsyncResultStatus?.Succeeded ?? "succeeded";
  return r.status === ok;
}

/** Promise around a callback-style Outlook call; failures reject with OutlookCallError (with code). */
export function call<T>(fn: (cb: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      fn((r) => (succeeded(r) ? resolve(r.value) : reject(new OutlookCallError(r.error?.message ?? "Outlook call failed", r.error?.code))));
    } catch (e) {
      reject(e);
    }
  });
}
