/** Whether Office hosts the page (no office.js needed: the page's first script asks too). */

/** The window-like members boot reads to tell whether Office hosts the page. */
export interface BootGlobal {
  Office?: unknown;
  location?: { search?: string; hash?: string; ancestorOrigins?: ArrayLike<string> };
  document?: { referrer?: string };
  top?: unknown;
  self?: unknown;
}

/** Origins of Office on the web and Outlook on the web/new Outlook that frame add-ins. */
const OFFICE_FRAMERS = /^https:\/\/([a-z0-9-]+\.)*(officeapps\.live\.com|office\.com|office365\.com|outlook\.office\.com|outlook\.office365\.com|outlook\.live\.com|outlook\.cloud\.microsoft|cloud\.microsoft|sharepoint\.com|office\.net)(:\d+)?(\/|$)/i;

/** Whether Office hosts this page: Office passes `_host_Info` to the add-in's URL, or an Office web host frames it. */
export function hostedByOffice(g: BootGlobal): boolean {
  try {
    const where = (g.location?.search ?? "") + (g.location?.hash ?? "");
    if (/[?&#]_host_Info=/i.test(where)) return true;
    let framed: boolean;
    try {
      framed = g.top !== undefined && g.self !== undefined && g.top !== g.self;
    } catch {
      framed = true; // reading a cross-origin top throws: we are framed
    }
    if (!framed) return false;
    const parents = [...Array.from(g.location?.ancestorOrigins ?? []), g.document?.referrer ?? ""];
    return parents.some((o) => OFFICE_FRAMERS.test(o));
  } catch {
    return false;
  }
}
