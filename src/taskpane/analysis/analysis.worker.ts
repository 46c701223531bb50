/// <reference lib="webworker" />
/** The analysis worker: runs the core checker off the UI thread. */
import { analyze } from "../../core/index";
import { handleRequest } from "./protocol";

const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: unknown): void };
scope.onmessage = (e: MessageEvent) => {
  scope.postMessage(handleRequest(e.data, analyze, () => performance.now()));
};
