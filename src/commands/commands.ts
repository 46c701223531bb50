/**
 * Ribbon function file. The Kanalklar buttons only open the taskpane (ShowTaskpane), so there are no
 * commands to register; Office still requires the function file to load and call Office.onReady.
 */
const O = (globalThis as { Office?: { onReady?: () => Promise<unknown> } }).Office;
if (O && typeof O.onReady === "function") {
  void Promise.resolve()
    .then(() => O.onReady!())
    .catch(() => undefined);
}
export {};
