/**
 * The built-in editor shown when the pane runs outside Word and Outlook. Compact at first (so the
 * summary and the first findings fit on a 320 px screen); it grows when focused or typed in.
 * «Tøm feltet» and «Bruk eksempelteksten» go through the undo stack; the stored copy of the draft
 * expires and can be forgotten at once.
 */
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { Button, Label, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { DismissRegular, DocumentTextRegular } from "@fluentui/react-icons";
import { DRAFT_DAYS, DRAFT_PERSONAL_HOURS, LONG_DRAFT, type StandaloneHost } from "../office/standalone";
import { SAMPLE_DRAFT } from "../office/sample-draft";
import type { Strings } from "./i18n/strings";
import type { PaneStrings } from "./i18n/pane-strings";
import { format } from "./i18n/locale";
import type { UndoApi } from "./state/useUndo";
import type { Toast } from "./Toast";
import { routeCommittedText } from "./typed-text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    // On a narrow screen the pane's own «Kanalklar» heading says it; keep this one for screen readers.
    "@media (max-width: 820px)": { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  },
  forget: { minWidth: 0, padding: 0, height: "auto", verticalAlign: "baseline", fontSize: "inherit", textDecorationLine: "underline" },
  intro: { margin: 0, maxWidth: "70ch", color: tokens.colorNeutralForeground2, "@media (max-width: 820px)": { display: "none" } },
  introNarrow: { display: "none", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, "@media (max-width: 820px)": { display: "block" } },
  slot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // The field's frame, drawn as Fluent's outline textarea is (the textarea itself is not Fluent's: see below).
  box: {
    display: "flex",
    boxSizing: "border-box",
    minWidth: 0,
    padding: `0 0 ${tokens.strokeWidthThick} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { borderTopColor: tokens.colorNeutralStroke1Hover, borderRightColor: tokens.colorNeutralStroke1Hover, borderLeftColor: tokens.colorNeutralStroke1Hover, borderBottomColor: tokens.colorNeutralStrokeAccessibleHover },
    ":focus-within": { borderBottomColor: tokens.colorCompoundBrandStroke, boxShadow: `inset 0 -${tokens.strokeWidthThick} 0 ${tokens.colorCompoundBrandStroke}` },
    "@media (forced-colors: active)": { border: `${tokens.strokeWidthThin} solid FieldText`, ":focus-within": { border: `${tokens.strokeWidthThin} solid Highlight`, boxShadow: "none" } },
  },
  hint: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground3 },
  textarea: {
    flexGrow: 1,
    boxSizing: "border-box",
    width: "100%",
    margin: 0,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalMNudge}`,
    border: "none",
    outlineStyle: "none",
    resize: "vertical",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    transitionProperty: "min-height",
    transitionDuration: "0.15s",
    "::placeholder": { color: tokens.colorNeutralForeground4 },
  },
  compact: { minHeight: "5.5em", "@media (min-width: 821px)": { minHeight: "55vh" } },
  grown: { minHeight: "55vh" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface StandaloneEditorProps {
  host: StandaloneHost;
  strings: Strings;
  pane: PaneStrings;
  undo: UndoApi;
  notify(toast: Toast): void;
  /**
   * The editor's column outside the React root (editor-host.ts): the textarea goes there, with the
   * heading and buttons portalled in beside it. Null: everything renders in place.
   */
  column?: HTMLElement | null;
}

/** When the field's value is compared with the draft, for changes made without a key or clipboard event. */
const POLL_MS = 300;

export function StandaloneEditor({ host, strings: t, pane: p, undo, notify, column = null }: StandaloneEditorProps) {
  const s = useStyles();
  // The textarea is made here, not by React, and listened to without `input` (React has `input` and
  // `beforeinput` listeners on its root; see editor-host.ts). Changes are picked up on key,
  // clipboard, drop, composition and change events, on selection changes while it has focus, and by
  // a cheap comparison every POLL_MS (the value is cached by the browser until it changes). The
  // browser keeps what the user types; the host's text is written into the field only when it
  // changed elsewhere (a fix, «Angre», «Tøm feltet»). Its one `beforeinput` listener is
  // typed-text.ts's, which keeps committed text off Chromium's slow IME path in a long draft.
  const [field] = useState(() => (typeof document === "undefined" ? null : document.createElement("textarea")));
  const [slots] = useState(() => {
    if (!column) return null;
    const make = () => column.ownerDocument.createElement("div");
    return { head: make(), box: make(), foot: make() };
  });
  const inline = useRef<HTMLDivElement | null>(null);
  const [long, setLong] = useState(() => host.getText().length >= LONG_DRAFT);
  const [grown, setGrown] = useState(false);
  const [storage, setStorage] = useState(() => host.storageState());
  const shown = useRef(host.getText());
  const noteId = useId("kk-editor-note");

  // Put the slots in the column and the field in its box.
  useLayoutEffect(() => {
    if (!field) return;
    const box = slots ? slots.box : inline.current;
    if (!box) return;
    if (slots && column) {
      column.append(slots.head, slots.box, slots.foot);
      column.setAttribute("role", "region");
      column.setAttribute("aria-labelledby", "kk-editor-title");
    }
    box.append(field);
    field.id = "kk-editor-field";
    field.setAttribute("data-testid", "editor");
    // Not part of the page's saved form state: Chromium otherwise copies the whole draft into the
    // session history about a second after each change (some 30 ms for a 100,000-word draft). The
    // draft comes back from the host (local storage) instead.
    field.setAttribute("autocomplete", "off");
    field.value = host.getText();
    shown.current = field.value;
    host.attachEditor(field);
    return () => {
      host.attachEditor(null);
      field.remove();
      if (slots && column) {
        slots.head.remove();
        slots.box.remove();
        slots.foot.remove();
        column.removeAttribute("role");
        column.removeAttribute("aria-labelledby");
      }
    };
  }, [field, slots, column, host]);

  // What the user changed → the host.
  useEffect(() => {
    if (!field) return;
    const doc = field.ownerDocument;
    const check = () => {
      const value = field.value;
      if (value === shown.current) return;
      shown.current = value;
      setGrown(true);
      host.setText(value);
    };
    const later = () => setTimeout(check, 0);
    const grow = () => setGrown(true);
    const onSelection = () => {
      if (doc.activeElement === field) check();
    };
    const now = ["keyup", "compositionend", "change", "blur"] as const;
    const after = ["keydown", "paste", "cut", "drop"] as const;
    for (const e of now) field.addEventListener(e, check);
    for (const e of after) field.addEventListener(e, later);
    field.addEventListener("focus", grow);
    doc.addEventListener("selectionchange", onSelection);
    const poll = setInterval(check, POLL_MS);
    const unroute = routeCommittedText(field, () => host.getText().length >= LONG_DRAFT);
    return () => {
      unroute();
      for (const e of now) field.removeEventListener(e, check);
      for (const e of after) field.removeEventListener(e, later);
      field.removeEventListener("focus", grow);
      doc.removeEventListener("selectionchange", onSelection);
      clearInterval(poll);
    };
  }, [field, host]);

  // What changed elsewhere → the field.
  useEffect(() => {
    const sync = () => {
      const text = host.getText();
      if (field && field.value !== text) field.value = text;
      shown.current = text;
      setLong(text.length >= LONG_DRAFT);
    };
    sync();
    // How the draft is stored is read a moment after typing stops (it scans the whole draft).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = host.onDraftChanged(() => {
      sync();
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => setStorage(host.storageState()), 600);
    });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      off();
    };
  }, [host, field]);

  /** Replace the whole draft as one undoable step. */
  const replaceAll = async (next: string, label: string, toast: string) => {
    const snap = await host.readDraft("body");
    if (snap.text === next) return;
    const res = await undo.apply(snap, [{ start: 0, end: snap.text.length, replacement: next }], label);
    if (res.applied.length > 0) notify({ intent: "info", text: toast, undo: true });
  };

  const noteText =
    storage === "too-long"
      ? p.notStoredTooLong
      : storage === "saved-personal"
        ? format(p.storedNotePersonal, { hours: DRAFT_PERSONAL_HOURS })
        : storage === "saved"
          ? format(p.storedNote, { days: DRAFT_DAYS })
          : "";
  const canForget = storage !== "off" && storage !== "too-long";
  const note = noteText ? (
    <span data-testid="storage-note">
      {noteText}{" "}
      {canForget && (
        <Button
          appearance="transparent"
          size="small"
          className={s.forget}
          onClick={() => {
            host.forgetStored();
            notify({ intent: "info", text: p.forgotten });
          }}
          data-testid="forget-draft"
        >
          {p.forget}
        </Button>
      )}
    </span>
  ) : null;

  const hasNote = note !== null;
  useLayoutEffect(() => {
    if (!field) return;
    field.className = mergeClasses(s.textarea, grown ? s.grown : s.compact);
    field.setAttribute("data-grown", grown ? "true" : "false");
    // The browser's spell checker re-scans a very long draft on every keystroke; leave it to
    // short drafts (Kanalklar checks the language either way).
    field.spellcheck = !long;
    if (hasNote) field.setAttribute("aria-describedby", noteId);
    else field.removeAttribute("aria-describedby");
    if (slots) slots.box.className = s.box;
  }, [field, slots, s, grown, long, hasNote, noteId]);

  const head = (
    <>
      <h2 id="kk-editor-title" className={s.title}>
        {t.standaloneTitle}
      </h2>
      <p className={s.intro}>{t.standaloneIntro}</p>
      <details className={s.introNarrow}>
        <summary>{p.aboutPage}</summary>
        <p>{t.standaloneIntro}</p>
      </details>
      <Label htmlFor="kk-editor-field">{t.editorLabel}</Label>
    </>
  );
  const foot = (
    <>
      {note && (
        <div id={noteId} className={s.hint}>
          {note}
        </div>
      )}
      <div className={s.buttons}>
        <Button size="small" icon={<DocumentTextRegular />} onClick={() => void replaceAll(SAMPLE_DRAFT, p.labelSample, p.toastSample)} data-testid="use-sample">
          {t.resetSample}
        </Button>
        <Button size="small" icon={<DismissRegular />} onClick={() => void replaceAll("", p.labelClear, p.toastCleared)} data-testid="clear-draft">
          {t.clearDraft}
        </Button>
      </div>
    </>
  );
  if (slots) {
    return (
      <>
        {createPortal(<div className={s.slot}>{head}</div>, slots.head)}
        {createPortal(<div className={s.slot}>{foot}</div>, slots.foot)}
      </>
    );
  }
  return (
    <section className={s.root} aria-labelledby="kk-editor-title">
      {head}
      <div ref={inline} className={s.box} />
      {foot}
    </section>
  );
}
