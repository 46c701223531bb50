/**
 * Text put into the browser page's textarea without a key press of its own (an input method's
 * commit, an on-screen keyboard, dictation, a character the keyboard layout lacks) takes Chromium's
 * IME commit path, which costs time in proportion to where the caret is: about 0.5 s per character
 * at the end of a 100,000-word draft, measured on a bare textarea with no script at all (Chromium
 * 150). Typed on a key, the same character takes the editing command a key press uses and costs a
 * few milliseconds. So, in a long draft, such text is inserted with that command
 * (execCommand("insertText")), which keeps it in the browser's undo history as typing. Text in an
 * input method's composition is left to the browser.
 */

/** Route committed text through the typing command while `active()` holds; returns the cleanup. */
export function routeCommittedText(field: HTMLTextAreaElement, active: () => boolean): () => void {
  const doc = field.ownerDocument;
  let inside = false;
  const onBeforeInput = (event: Event) => {
    const e = event as InputEvent;
    if (inside || e.inputType !== "insertText" || e.isComposing || !e.cancelable || !e.data) return;
    if (doc.activeElement !== field || typeof doc.execCommand !== "function" || !active()) return;
    inside = true;
    let done = false;
    try {
      done = doc.execCommand("insertText", false, e.data) === true;
    } catch {
      done = false;
    } finally {
      inside = false;
    }
    // Inserted: the browser's own insertion would be a second copy. Not inserted: the browser inserts it.
    if (done) e.preventDefault();
  };
  field.addEventListener("beforeinput", onBeforeInput);
  return () => field.removeEventListener("beforeinput", onBeforeInput);
}
