/**
 * «Innstillinger»: sender, SMS sender id (validated), contact, SMS link policy, hashtags, platforms,
 * languages, the organisation's own word list, and the profile import/export. Text fields commit on
 * blur (or Enter) so storage is not written on every keystroke; an invalid value is shown and not saved.
 */
import { useEffect, useId, useRef, useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import type { DraftHost } from "../../office/host";
import type { Language, Locale } from "../../core/model";
import {
  PLATFORMS,
  RULE_IDS,
  exportProfile,
  mergeSettings,
  normalizeHashtags,
  parseSettings,
  validateSenderId,
  type Platform,
  type Settings,
} from "./model";
import { describeImport, describeImportError, fill, settingsStrings } from "./strings";
import { stringsFor } from "../i18n/locale";

export interface SettingsPanelProps {
  host: DraftHost;
  locale: Locale;
  settings: Settings;
  onChange(settings: Settings): void;
}

/** How many word-list rows are editable here (the rest live in the profile file). */
export const WORDS_SHOWN = 100;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: "none", margin: 0, padding: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  legend: { padding: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  p: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { minWidth: 0 },
  addRow: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) auto", gap: tokens.spacingHorizontalS, alignItems: "end" },
  fill: { width: "100%", minWidth: 0 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  wordRow: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) auto", gap: tokens.spacingHorizontalS, alignItems: "center" },
  hiddenFile: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  status: { overflowWrap: "anywhere", wordBreak: "break-word", maxWidth: "100%" },
  rules: { display: "flex", flexDirection: "column" },
  srOnly: { position: "absolute", width: "1px", height: "1px", margin: "-1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0 },
});

/** A text input that keeps its own draft value and commits on blur or Enter. */
function CommitInput(props: {
  label: string;
  hint?: string;
  value: string;
  validate?: (v: string) => string | null;
  onCommit(v: string): void;
  type?: "text" | "tel" | "url";
  testId?: string;
}) {
  const [draft, setDraft] = useState(props.value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(props.value), [props.value]);
  const commit = () => {
    const v = draft.trim();
    const problem = props.validate ? props.validate(v) : null;
    setError(problem);
    if (!problem && v !== props.value) props.onCommit(v);
  };
  return (
    <Field label={props.label} hint={props.hint} validationState={error ? "error" : "none"} validationMessage={error ?? undefined}>
      <Input
        type={props.type ?? "text"}
        value={draft}
        data-testid={props.testId}
        onChange={(_, d) => {
          setDraft(d.value);
          if (error && props.validate) setError(props.validate(d.value.trim()));
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
      />
    </Field>
  );
}

export function SettingsPanel({ host, locale, settings, onChange }: SettingsPanelProps) {
  const s = useStyles();
  const t = settingsStrings(locale);
  const ruleNames = stringsFor(locale).ruleNames;
  const [status, setStatus] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [newWord, setNewWord] = useState("");
  const [newAlt, setNewAlt] = useState("");
  const [wordError, setWordError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const linksId = useId();
  const platformsId = useId();

  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  const words = settings.customWords ?? [];
  const platforms = settings.platforms ?? [...PLATFORMS];

  const addWord = () => {
    const w = newWord.trim();
    const a = newAlt.trim();
    if (!w) return;
    if (words.some((x) => x.word.toLowerCase() === w.toLowerCase())) {
      setWordError(fill(t.duplicateWord, { word: w }));
      return;
    }
    setWordError(null);
    set({ customWords: [...words, { word: w, alternative: a }] });
    setNewWord("");
    setNewAlt("");
  };

  const importText = (text: string) => {
    const r = parseSettings(text);
    if (!r.ok) {
      setStatus({ intent: "error", text: describeImportError(t, r.error) });
      return;
    }
    onChange(mergeSettings(settings, r.settings));
    setStatus({ intent: "success", text: describeImport(t, r.settings as Record<string, unknown>, r.ignored) });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const text = typeof file.text === "function" ? await file.text() : await new Response(file).text();
      importText(text);
    } catch {
      setStatus({ intent: "error", text: describeImportError(t, { code: "not-json" }) });
    } finally {
      if (fileRef.current) fileRef.current.value = "";
    }
  };

  const onExport = () => {
    const json = exportProfile(settings);
    const name = "kanalklar-profil.json";
    try {
      const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setStatus({ intent: "success", text: fill(t.exported, { file: name }) });
    } catch {
      setStatus({ intent: "error", text: t.importErrors["not-json"] });
    }
  };

  return (
    <section className={s.root} aria-labelledby="kk-settings-heading">
      <h2 id="kk-settings-heading" className={s.heading}>
        {t.heading}
      </h2>
      <p className={s.p}>
        {t.intro} {t.storedWhere[host.kind]}
      </p>

      <fieldset className={s.section}>
        <legend className={s.legend}>{t.senderSection}</legend>
        <CommitInput label={t.senderName} hint={t.senderNameHint} value={settings.senderName ?? ""} onCommit={(v) => set({ senderName: v })} testId="settings-sender" />
        <CommitInput
          label={t.smsSenderId}
          hint={t.smsSenderIdHint}
          value={settings.smsSenderId ?? ""}
          validate={(v) => {
            const p = validateSenderId(v);
            return p ? t.senderIdProblems[p] : null;
          }}
          onCommit={(v) => set({ smsSenderId: v })}
          testId="settings-sender-id"
        />
        <CommitInput label={t.contactPhone} type="tel" value={settings.contactPhone ?? ""} onCommit={(v) => set({ contactPhone: v })} testId="settings-phone" />
        <CommitInput label={t.contactWeb} type="url" value={settings.contactWeb ?? ""} onCommit={(v) => set({ contactWeb: v })} testId="settings-web" />
      </fieldset>

      <fieldset className={s.section}>
        <legend className={s.legend}>{t.smsSection}</legend>
        <Field label={{ children: t.smsLinks, id: linksId }}>
          <RadioGroup aria-labelledby={linksId} value={settings.smsLinks ?? "none"} onChange={(_, d) => set({ smsLinks: d.value as Settings["smsLinks"] })}>
            {(["none", "domain", "url"] as const).map((v) => (
              <Radio key={v} value={v} label={t.smsLinkOptions[v]} />
            ))}
          </RadioGroup>
        </Field>
      </fieldset>

      <fieldset className={s.section}>
        <legend className={s.legend}>{t.postSection}</legend>
        <CommitInput
          label={t.hashtags}
          hint={t.hashtagsHint}
          value={(settings.hashtags ?? []).join(" ")}
          onCommit={(v) => set({ hashtags: normalizeHashtags([v]) })}
          testId="settings-hashtags"
        />
        <div role="group" aria-labelledby={platformsId}>
          <span id={platformsId} className={s.p}>
            {t.platforms}
          </span>
          <div className={s.row}>
            {PLATFORMS.map((p: Platform) => (
              <Checkbox
                key={p}
                label={t.platformNames[p]}
                checked={platforms.includes(p)}
                onChange={(_, d) => set({ platforms: PLATFORMS.filter((q) => (q === p ? !!d.checked : platforms.includes(q))) })}
              />
            ))}
          </div>
        </div>
      </fieldset>

      <fieldset className={s.section}>
        <legend className={s.legend}>{t.languageSection}</legend>
        <Field label={t.uiLanguage}>
          <Select
            value={settings.uiLanguage ?? ""}
            onChange={(_, d) => set({ uiLanguage: (d.value || undefined) as Locale | undefined })}
            data-testid="settings-ui-language"
          >
            <option value="">{t.uiLanguageAuto}</option>
            <option value="nb" lang="nb">
              Bokmål
            </option>
            <option value="nn" lang="nn">
              Nynorsk
            </option>
            <option value="en" lang="en">
              English
            </option>
          </Select>
        </Field>
        <Field label={t.checkLanguage}>
          <Select value={settings.checkLanguage ?? "auto"} onChange={(_, d) => set({ checkLanguage: d.value as Language | "auto" })}>
            {(["auto", "nb", "nn", "en"] as const).map((l) => (
              <option key={l} value={l}>
                {t.checkLanguageNames[l]}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>

      <fieldset className={s.section}>
        <legend className={s.legend}>{t.wordsSection}</legend>
        <p className={s.p}>{t.wordsIntro}</p>
        <p className={s.p} data-testid="settings-word-count">
          {words.length ? fill(t.wordCount, { n: words.length }) : t.noWords}
        </p>
        {words.length > 0 && (
          <ul className={s.list}>
            {words.slice(0, WORDS_SHOWN).map((w, i) => (
              <li key={`${w.word}-${i}`} className={s.wordRow}>
                <Input className={s.fill} aria-label={`${t.word} ${i + 1}`} value={w.word} readOnly />
                <Input
                  className={s.fill}
                  aria-label={`${t.alternative}: ${w.word}`}
                  defaultValue={w.alternative}
                  onBlur={(e) => {
                    const v = e.currentTarget.value.trim();
                    if (v !== w.alternative) set({ customWords: words.map((x, j) => (j === i ? { ...x, alternative: v } : x)) });
                  }}
                />
                <Button
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={fill(t.removeWord, { word: w.word })}
                  title={fill(t.removeWord, { word: w.word })}
                  onClick={() => set({ customWords: words.filter((_, j) => j !== i) })}
                />
              </li>
            ))}
          </ul>
        )}
        {words.length > WORDS_SHOWN && <p className={s.p}>{fill(t.wordsShownOf, { shown: WORDS_SHOWN, n: words.length })}</p>}
        <div className={s.addRow}>
          <Field label={t.word} className={s.grow} validationState={wordError ? "error" : "none"} validationMessage={wordError ?? undefined}>
            <Input className={s.fill} value={newWord} onChange={(_, d) => setNewWord(d.value)} data-testid="settings-new-word" />
          </Field>
          <Field label={t.alternative} className={s.grow}>
            <Input
              className={s.fill}
              value={newAlt}
              onChange={(_, d) => setNewAlt(d.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") addWord();
              }}
              data-testid="settings-new-alternative"
            />
          </Field>
          <Button onClick={addWord} disabled={!newWord.trim()}>
            {t.addWord}
          </Button>
        </div>
      </fieldset>

      <fieldset className={s.section}>
        <legend className={s.legend}>{t.rulesSection}</legend>
        <p className={s.p}>{t.rulesIntro}</p>
        <div className={s.rules}>
          {RULE_IDS.map((id) => (
            <Switch
              key={id}
              label={ruleNames[id] ?? id}
              checked={settings.ruleOptions?.[id] !== false}
              data-testid={`rule-switch-${id}`}
              onChange={(_, d) => {
                const ro = { ...(settings.ruleOptions ?? {}) };
                if (d.checked) delete ro[id];
                else ro[id] = false;
                set({ ruleOptions: ro });
              }}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className={s.section}>
        <legend className={s.legend}>{t.allowedSection}</legend>
        <p className={s.p}>{t.allowedIntro}</p>
        {(settings.allowedWords ?? []).length === 0 ? (
          <p className={s.p}>{t.noAllowed}</p>
        ) : (
          <ul className={s.list} data-testid="settings-allowed">
            {(settings.allowedWords ?? []).slice(0, WORDS_SHOWN).map((w) => (
              <li key={w} className={s.row}>
                <span>{w}</span>
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<DeleteRegular />}
                  aria-label={fill(t.removeAllowed, { word: w })}
                  title={fill(t.removeAllowed, { word: w })}
                  onClick={() => set({ allowedWords: (settings.allowedWords ?? []).filter((x) => x !== w) })}
                />
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset className={s.section}>
        <legend className={s.legend}>{t.profileSection}</legend>
        <p className={s.p}>{t.profileIntro}</p>
        <div className={s.row}>
          <Button onClick={() => fileRef.current?.click()}>{t.importProfile}</Button>
          <Button onClick={onExport}>{t.exportProfile}</Button>
          <input
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            className={s.hiddenFile}
            tabIndex={-1}
            aria-hidden="true"
            aria-label={t.importProfile}
            data-testid="settings-import-file"
            onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          />
        </div>
      </fieldset>

      <div aria-live="polite" role="status">
        {status && (
          <MessageBar intent={status.intent} data-testid="settings-status" layout="multiline" className={s.status}>
            <MessageBarBody className={s.status}>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
