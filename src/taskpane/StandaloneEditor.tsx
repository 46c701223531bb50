/**
 * The built-in editor shown when the pane runs outside Word and Outlook. Compact at first (so the
 * summary and the first findings fit on a 320 px screen); it grows when focused or typed in.
 * «Tøm feltet» and «Bruk eksempelteksten» go through the undo stack; the stored copy of the draft
 * expires and can be forgotten at once.
 */
import { useCallback, useEffect, useRef, useState, type ElementType } from "react";
import { Button, Field, Textarea, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DismissRegular, DocumentTextRegular } from "@fluentui/react-icons";
import { DRAFT_DAYS, DRAFT_PERSONAL_HOURS, LONG_DRAFT, type StandaloneHost } from "../office/standalone";
import { SAMPLE_DRAFT } from "../office/sample-draft";
import type { Strings } from "./i18n/strings";
import type { PaneStrings } from "./i18n/pane-strings";
import { format } from "./i18n/locale";
import type { UndoApi } from "./state/useUndo";
import type { Toast } from "./Toast";

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
  textarea: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, transitionProperty: "min-height", transitionDuration: "0.15s" },
  compact: { minHeight: "5.5em", "@media (min-width: 821px)": { minHeight: "55vh" } },
  grown: { minHeight: "55vh" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Renders Fluent's textarea slot without the value Fluent keeps in its state (see StandaloneEditor). */
function uncontrolled(C: ElementType, { value: _value, ...props }: { value?: unknown; [k: string]: unknown }) {
  return <C {...props} />;
}

export interface StandaloneEditorProps {
  host: StandaloneHost;
  strings: Strings;
  pane: PaneStrings;
  undo: UndoApi;
  notify(toast: Toast): void;
}

export function StandaloneEditor({ host, strings: t, pane: p, undo, notify }: StandaloneEditorProps) {
  const s = useStyles();
  // The textarea is not controlled by React: a controlled textarea gets its whole value written back
  // as defaultValue (its text node) on every keystroke, which stalls Chromium for hundreds of ms in a
  // 100,000-word draft. The browser keeps what the user types; the host's text is written into the
  // field only when it changed elsewhere (a fix, «Angre», «Tøm feltet»).
  const [long, setLong] = useState(() => host.getText().length >= LONG_DRAFT);
  const [grown, setGrown] = useState(false);
  const [storage, setStorage] = useState(() => host.storageState());
  const field = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => {
    const sync = () => {
      const text = host.getText();
      const el = field.current;
      if (el && el.value !== text) el.value = text;
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
  }, [host]);
  const attach = useCallback(
    (el: HTMLTextAreaElement | null) => {
      if (el && field.current !== el) el.value = host.getText();
      field.current = el;
      host.attachEditor(el);
    },
    [host],
  );

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

  return (
    <section className={s.root} aria-labelledby="kk-editor-title">
      <h2 id="kk-editor-title" className={s.title}>
        {t.standaloneTitle}
      </h2>
      <p className={s.intro}>{t.standaloneIntro}</p>
      <details className={s.introNarrow}>
        <summary>{p.aboutPage}</summary>
        <p>{t.standaloneIntro}</p>
      </details>
      <Field label={t.editorLabel} hint={note || undefined}>
        <Textarea
          resize="vertical"
          onChange={(_, d) => {
            setGrown(true);
            host.setText(d.value);
          }}
          onFocus={() => setGrown(true)}
          // The browser's spell checker re-scans a very long draft on every keystroke; leave it to
          // short drafts (Kanalklar checks the language either way).
          textarea={{ ref: attach, className: mergeClasses(s.textarea, grown ? s.grown : s.compact), spellCheck: !long, "data-testid": "editor", "data-grown": grown ? "true" : "false", children: uncontrolled } as Record<string, unknown>}
        />
      </Field>
      <div className={s.buttons}>
        <Button size="small" icon={<DocumentTextRegular />} onClick={() => void replaceAll(SAMPLE_DRAFT, p.labelSample, p.toastSample)} data-testid="use-sample">
          {t.resetSample}
        </Button>
        <Button size="small" icon={<DismissRegular />} onClick={() => void replaceAll("", p.labelClear, p.toastCleared)} data-testid="clear-draft">
          {t.clearDraft}
        </Button>
      </div>
    </section>
  );
}
