/// <reference lib="webworker" />
/** The analysis worker: runs the core checker off the UI thread (and composes channel variants on request). */
import { analyzeWithOutline } from "./with-outline";
import { handleRequest } from "./protocol";
import { splitResponse } from "./parts";

const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: unknown): void };
scope.onmessage = (e: MessageEvent) => {
  for (const message of splitResponse(handleRequest(e.data, analyzeWithOutline, () => performance.now()))) scope.postMessage(message);
};
