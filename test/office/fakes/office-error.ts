/**
 * Errors the way the Office APIs report them. Word (the "application-specific" API) rejects
 * `context.sync()` with an `OfficeExtension.Error` carrying a string `code` such as "PropertyNotLoaded",
 * "SearchStringInvalidOrTooLong", "SearchDialogIsOpen", "ApiNotFound" or "GeneralException"
 * (learn.microsoft.com: "Error handling with the application-specific JavaScript APIs",
 * docs/testing/application-specific-api-error-handling.md). Outlook's common API reports failures in
 * the AsyncResult with a numeric code, e.g. 9057 "Size Limit Exceeded" for roaming settings
 * (office-js#3060; office-js-docs-pr#3788 added it to the error code table).
 */

export class FakeOfficeExtensionError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message?: string, errorLocation?: string) {
    super(message ?? code);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: message ?? code, errorLocation };
  }
}

/** Throw an OfficeExtension.Error with `code`. */
export function officeError(code: string, message?: string, where?: string): never {
  throw new FakeOfficeExtensionError(code, message, where);
}

/** Install `OfficeExtension.Error` (the adapters test `instanceof` / `code` on it). */
export function installOfficeExtension(): void {
  (globalThis as any).OfficeExtension = { Error: FakeOfficeExtensionError };
}

export function uninstallOfficeExtension(): void {
  delete (globalThis as any).OfficeExtension;
}

/** An Outlook common-API error object (AsyncResult.error). */
export interface OutlookError {
  name: string;
  message: string;
  code: number;
}

export function outlookError(code: number, name: string, message: string): OutlookError {
  return { code, name, message };
}

/** Thrown synchronously by `roamingSettings.set` when the serialized settings pass 32 KB. */
export class FakeOutlookSyncError extends Error {
  readonly code: number;
  constructor(code: number, name: string, message: string) {
    super(message);
    this.name = name;
    this.code = code;
  }
}
