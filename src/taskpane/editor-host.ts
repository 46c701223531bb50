/**
 * Where the browser page's editor lives in the DOM. Chromium stalls for 0.6–3 s every couple of
 * dozen keystrokes in a textarea holding a 100,000-word draft whenever an `input` or `beforeinput`
 * listener sits on the textarea or on any ancestor of it, and React registers both on its root
 * container. So taskpane.html has a column for the editor next to the React root (#kk-editor beside
 * #root, both in #kk-page): the editor's textarea is created there, outside React, and only its
 * heading and buttons are rendered into it through portals (siblings of the textarea, not ancestors).
 * (A stall of that size also comes, with no listener at all, from text committed through Chromium's
 * IME path, as a test typing «ø» on a US layout does: typed-text.ts keeps such text off that path.)
 */
export interface OutsideEditorHost {
  /** Holds the page: gets the theme's classes (background, colours, font). */
  shell: HTMLElement;
  /** The page: gets the grid of editor and pane. */
  page: HTMLElement;
  /** The editor's column, not inside the React root. */
  column: HTMLElement;
  /** The React root (the pane's column). */
  root: HTMLElement;
}

/** The column beside the React root, or null (a page without it, as in unit tests: the editor renders in place). */
export function outsideEditorHost(doc: Document | undefined = typeof document === "undefined" ? undefined : document): OutsideEditorHost | null {
  const page = doc?.getElementById("kk-page");
  const column = doc?.getElementById("kk-editor");
  const root = doc?.getElementById("root");
  const shell = page?.parentElement;
  if (!shell || shell.id !== "kk-shell" || !page || !column || !root || column.parentElement !== page || root.parentElement !== page) return null;
  if (root.contains(column) || column.contains(root)) return null;
  return { shell, page, column, root };
}
