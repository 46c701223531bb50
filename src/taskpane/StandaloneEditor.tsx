/** The built-in editor shown when the pane runs outside Word and Outlook. */
import { useCallback, useEffect, useState } from "react";
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular, DocumentTextRegular } from "@fluentui/react-icons";
import { LONG_DRAFT, type StandaloneHost } from "../office/standalone";
import type { Strings } from "./i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, maxWidth: "70ch", color: tokens.colorNeutralForeground2 },
  textarea: { minHeight: "55vh", fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface StandaloneEditorProps {
  host: StandaloneHost;
  strings: Strings;
}

export function StandaloneEditor({ host, strings: t }: StandaloneEditorProps) {
  const s = useStyles();
  const [text, setText] = useState(() => host.getText());
  useEffect(() => {
    setText(host.getText());
    return host.onDraftChanged(() => setText(host.getText()));
  }, [host]);
  const attach = useCallback((el: HTMLTextAreaElement | null) => host.attachEditor(el), [host]);

  return (
    <section className={s.root} aria-labelledby="kk-editor-title">
      <h2 id="kk-editor-title" className={s.title}>
        {t.standaloneTitle}
      </h2>
      <p className={s.intro}>{t.standaloneIntro}</p>
      <Field label={t.editorLabel} hint={t.editorHint}>
        <Textarea
          resize="vertical"
          value={text}
          onChange={(_, d) => host.setText(d.value)}
          // The browser's spell checker re-scans a very long draft on every keystroke; leave it to
          // short drafts (Kanalklar checks the language either way).
          textarea={{ ref: attach, className: s.textarea, spellCheck: text.length < LONG_DRAFT, "data-testid": "editor" } as Record<string, unknown>}
        />
      </Field>
      <div className={s.buttons}>
        <Button icon={<DocumentTextRegular />} onClick={() => host.resetToSample()}>
          {t.resetSample}
        </Button>
        <Button icon={<DismissRegular />} onClick={() => host.setText("")}>
          {t.clearDraft}
        </Button>
      </div>
    </section>
  );
}
