/// <reference lib="webworker" />
/** The channels worker: composes the letter, SMS and post off the UI thread (a long draft takes seconds). */
import { variants } from "../../core/channels/index";
import { handleCompose } from "./compose-protocol";

const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: unknown): void };
scope.onmessage = (e: MessageEvent) => {
  scope.postMessage(handleCompose(e.data, variants));
};
