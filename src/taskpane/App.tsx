/**
 * The taskpane shell: theme, language, tabs «Sjekk» / «Kanaler» / «Innstillinger», the standalone
 * editor, the undo stack (Ctrl+Z / Ctrl+Y anywhere in the pane outside text fields), the toast and
 * the error boundary.
 */
import { Suspense, lazy, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import {
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AnalyzeOptions, Locale } from "../core/model";
import type { BootResult, OfficeTheme } from "../office/boot";
import type { DraftHost, DraftSnapshot, HostKind } from "../office/host";
import type { StandaloneHost } from "../office/standalone";
import type { Settings } from "./settings/model";
import type { Analyzer } from "./analysis/analyzer";
import { CheckPanel } from "./check/CheckPanel";
import { LOCALES, format, pickLocale, stringsFor } from "./i18n/locale";
import { browserLangs } from "./i18n/pick-locale";
import { StandaloneEditor } from "./StandaloneEditor";
import { outsideEditorHost } from "./editor-host";
import { analyzeOptionsFor, useSettings } from "./state/settings";
import { useCheck, type UseCheckOptions } from "./state/useCheck";
import { THEMES, useThemeName } from "./theme";
import { hostStringsFor, type HostStrings } from "./i18n/host-strings";
import { languageHint } from "../office/content-language";
import { paneStrings } from "./i18n/pane-strings";
import { useUndo } from "./state/useUndo";
import { ToastView, type Toast } from "./Toast";
import { ErrorBoundary } from "./ErrorBoundary";

// «Kanaler» and «Innstillinger» load when first opened, so the first check is not held up by them.
const loadChannelsPanel = () => import(/* webpackChunkName: "channels-panel" */ "./channels/ChannelsPanel");
const ChannelsPanel = lazy(() => loadChannelsPanel().then((m) => ({ default: m.ChannelsPanel })));
const SettingsPanel = lazy(() => import(/* webpackChunkName: "settings-panel" */ "./settings/SettingsPanel").then((m) => ({ default: m.SettingsPanel })));

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  // The pane's column when the editor's column is outside the React root (editor-host.ts).
  providerInside: { minHeight: 0 },
  mainInside: { display: "block", minWidth: 0 },
  editorColumn: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  rootStandalone: {
    position: "sticky",
    top: 0,
    maxHeight: "100vh",
    overflowY: "auto",
    minWidth: 0,
    paddingRight: tokens.spacingHorizontalXS,
    "@media (max-width: 820px)": { position: "static", maxHeight: "none", overflowY: "visible" },
  },
  main: { display: "block", padding: tokens.spacingHorizontalM, boxSizing: "border-box" },
  standalone: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(320px, 460px)",
    gap: tokens.spacingHorizontalXXL,
    alignItems: "start",
    maxWidth: "1400px",
    margin: "0 auto",
    padding: tokens.spacingHorizontalXL,
    "@media (max-width: 820px)": { gridTemplateColumns: "minmax(0, 1fr)", padding: tokens.spacingHorizontalM },
  },
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  paneStandalone: {
    position: "sticky",
    top: 0,
    maxHeight: "100vh",
    overflowY: "auto",
    paddingRight: tokens.spacingHorizontalXS,
    "@media (max-width: 820px)": { position: "static", maxHeight: "none", overflowY: "visible" },
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  lang: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  langLabel: { "@media (max-width: 400px)": { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" } },
  headerEnd: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  help: { color: tokens.colorNeutralForeground1, textDecorationLine: "underline", fontSize: tokens.fontSizeBase300, "@media (forced-colors: active)": { color: "LinkText" } },
  connecting: { padding: tokens.spacingHorizontalXL },
});

export interface AppProps {
  host: DraftHost;
  mode: HostKind;
  analyzer: Analyzer;
  officeTheme?: OfficeTheme;
  bootError?: string;
  /** Browser languages, best first (default: navigator.languages). */
  browserLanguages?: readonly string[];
  /** Typing debounce override (tests). */
  debounceMs?: number;
  /** Settings already read at start-up (saves a render). */
  initialSettings?: Settings;
  /** The draft already read at start-up (the browser page): checked at once, without a first read. */
  initialDraft?: DraftSnapshot;
  /** The check of `initialDraft` already done at start-up (used when its text and options match). */
  initialResult?: UseCheckOptions["initialResult"];
}

type TabName = "check" | "channels" | "settings";

export { browserLangs };

export function App({ host, mode, analyzer, officeTheme, bootError, browserLanguages, debounceMs, initialSettings, initialDraft, initialResult }: AppProps) {
  const s = useStyles();
  // Office's theme can change while the pane is open (Outlook: OfficeThemeChanged, Mailbox 1.14)
  const [liveTheme, setLiveTheme] = useState<OfficeTheme | undefined>(officeTheme);
  useEffect(() => host.onThemeChanged?.(setLiveTheme), [host]);
  const themeName = useThemeName(liveTheme);
  const { settings, update } = useSettings(host, initialSettings);
  const locale: Locale = pickLocale(settings.uiLanguage, host.displayLanguage, browserLanguages ?? browserLangs());
  const t = stringsFor(locale);
  const [tab, setTab] = useState<TabName>("check");
  const [scope, setScope] = useState<"body" | "selection">("body");

  const options: AnalyzeOptions = useMemo(() => {
    const o = analyzeOptionsFor(settings, locale);
    // the item's editing language (Office.context.contentLanguage) pre-selects bokmål or nynorsk
    const hint = (o.language ?? "auto") === "auto" ? languageHint(host.contentLanguage) : undefined;
    return hint ? { ...o, language: hint } : o;
  }, [settings, locale, host]);
  const check = useCheck(host, analyzer, { scope, options, debounceMs, initialDraft, initialResult });
  const p = paneStrings(locale);
  const undo = useUndo(host, check.refresh);
  const [toast, setToast] = useState<{ toast: Toast | null; seq: number }>({ toast: null, seq: 0 });
  const notify = useCallback((next: Toast) => setToast((prev) => ({ toast: next, seq: prev.seq + 1 })), []);
  const dismiss = useCallback(() => setToast((prev) => ({ toast: null, seq: prev.seq })), []);

  const runUndo = useCallback(
    async (direction: "undo" | "redo") => {
      const can = direction === "undo" ? undo.canUndo : undo.canRedo;
      if (!can) {
        notify({ intent: "info", text: direction === "undo" ? p.nothingToUndo : p.nothingToRedo });
        return;
      }
      const r = await (direction === "undo" ? undo.undo() : undo.redo());
      const done = format(direction === "undo" ? p.undone : p.redone, { label: r.label ?? "" });
      const lost = r.lost > 0 ? ` ${format(p.undoLost, { n: r.lost })}` : "";
      notify({ intent: r.ok ? (r.lost ? "warning" : "info") : "warning", text: r.ok ? done + lost : t.undoFailed });
    },
    [undo, notify, p, t],
  );
  const onToastUndo = useCallback(() => {
    const cur = toast.toast;
    if (cur?.onUndo) {
      cur.onUndo();
      notify({ intent: "info", text: t.undone });
    } else void runUndo("undo");
  }, [toast, runUndo, notify, t]);

  /** Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) in the pane; text fields keep their own undo. */
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k !== "z" && k !== "y") return;
    const el = e.target as HTMLElement;
    if (el.closest?.("input, textarea, select, [contenteditable='true']")) return;
    e.preventDefault();
    void runUndo(k === "y" || e.shiftKey ? "redo" : "undo");
  };

  useEffect(() => {
    try {
      performance.mark("kanalklar:pane");
    } catch {
      // measurement aid only
    }
  }, []);
  useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = locale;
  }, [locale]);

  // Once the first check is on screen, fetch and compile «Kanaler» while the user reads, so opening it
  // later does not stall the pane.
  const firstDone = check.checked !== null;
  useEffect(() => {
    if (!firstDone || typeof window === "undefined") return;
    const idle = (window as unknown as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    const run = () => void loadChannelsPanel().then((m) => m.loadChannelsCore()).catch(() => undefined);
    const id = idle ? idle(run, { timeout: 4000 }) : setTimeout(run, 1500);
    return () => {
      const cancel = (window as unknown as { cancelIdleCallback?: (id: number) => void }).cancelIdleCallback;
      if (idle && cancel) cancel(id as number);
      else clearTimeout(id as ReturnType<typeof setTimeout>);
    };
  }, [firstDone]);

  const standalone = mode === "standalone" && host.kind === "standalone";
  // The browser page's editor sits beside the React root, not in it (editor-host.ts); the page's grid
  // and the theme's classes go on the element holding both.
  const outside = useMemo(() => (standalone ? outsideEditorHost() : null), [standalone]);
  const provider = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!outside) return;
    const { shell, page, column, root } = outside;
    const before = { shell: shell.className, page: page.className, column: column.className, root: root.className };
    const own = new Set(s.providerInside.split(" "));
    const themeClasses = (provider.current?.className ?? "").split(/\s+/).filter((c) => c && c !== "fui-FluentProvider" && !own.has(c));
    shell.className = [...themeClasses, s.provider].join(" ");
    shell.setAttribute("data-theme", themeName);
    page.className = s.standalone;
    column.className = s.editorColumn;
    root.className = s.rootStandalone;
    column.hidden = false;
    return () => {
      shell.className = before.shell;
      page.className = before.page;
      column.className = before.column;
      root.className = before.root;
      shell.removeAttribute("data-theme");
      column.hidden = true;
    };
  }, [outside, themeName, s]);
  const tabs: Array<[TabName, string]> = [
    ["check", t.tabs.check],
    ["channels", t.tabs.channels],
    ["settings", t.tabs.settings],
  ];

  const clearDraft = standalone ? () => {
    const h = host as StandaloneHost;
    h.setText("");
    h.forgetStored();
  } : undefined;

  const pane = (
    <div className={`${s.pane} ${standalone && !outside ? s.paneStandalone : ""}`} onKeyDown={onKeyDown}>
      <header className={s.header}>
        <h1 className={s.title}>{t.appName}</h1>
        <div className={s.headerEnd}>
        <a className={s.help} href="help.html" target="_blank" rel="noopener" data-testid="help-link">
          {p.help}
        </a>
        <Field label={{ children: t.languageLabel, className: s.langLabel }} orientation="horizontal" size="small" className={s.lang}>
          <Select size="small" value={locale} onChange={(_, d) => update({ ...settings, uiLanguage: d.value as Locale })} data-testid="ui-language">
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {t.languageNames[l]}
              </option>
            ))}
          </Select>
        </Field>
        </div>
      </header>
      {(host.warnings ?? []).map((w) => (
        <MessageBar key={w} intent="warning" data-testid={`host-warning-${w}`}>
          <MessageBarBody>{hostStringsFor(locale).warnings[w as keyof HostStrings["warnings"]] ?? w}</MessageBarBody>
        </MessageBar>
      ))}
      {bootError && (
        <MessageBar intent="warning">
          <MessageBarBody>{format(t.adapterFailed, { host: mode === "outlook" ? "Outlook" : "Word", error: bootError })}</MessageBarBody>
        </MessageBar>
      )}
      <TabList size="small" selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)} aria-label={t.tabListLabel}>
        {tabs.map(([name, label]) => (
          <Tab key={name} value={name} id={`kk-tab-${name}`} aria-controls={`kk-panel-${name}`}>
            {label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id="kk-panel-check" aria-labelledby="kk-tab-check" hidden={tab !== "check"}>
        <ErrorBoundary strings={p} onClear={clearDraft}>
          <CheckPanel
            host={host}
            check={check}
            strings={t}
            pane={p}
            locale={locale}
            scope={scope}
            onScopeChange={setScope}
            undo={undo}
            notify={notify}
            settings={settings}
            onSettingsChange={update}
          />
        </ErrorBoundary>
      </div>
      <div role="tabpanel" id="kk-panel-channels" aria-labelledby="kk-tab-channels" hidden={tab !== "channels"}>
        {tab === "channels" && (
          <ErrorBoundary strings={p}>
            <Suspense fallback={<Spinner size="tiny" label={t.connecting} />}>
              <ChannelsPanel host={host} draft={check.draft} locale={locale} settings={settings} onSettingsChange={update} notify={notify} />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
      <div role="tabpanel" id="kk-panel-settings" aria-labelledby="kk-tab-settings" hidden={tab !== "settings"}>
        {tab === "settings" && (
          <ErrorBoundary strings={p}>
            <Suspense fallback={<Spinner size="tiny" label={t.connecting} />}>
              <SettingsPanel host={host} locale={locale} settings={settings} onChange={update} />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </div>
  );

  return (
    <FluentProvider ref={provider} theme={THEMES[themeName]} className={outside ? s.providerInside : s.provider} data-theme={themeName}>
      <main className={outside ? s.mainInside : standalone ? s.standalone : s.main}>
        {standalone && <StandaloneEditor host={host as StandaloneHost} strings={t} pane={p} undo={undo} notify={notify} column={outside?.column ?? null} />}
        {pane}
        <ToastView toast={toast.toast} seq={toast.seq} undoLabel={p.undoButton} dismissLabel={t.dismiss} onUndo={onToastUndo} onDismiss={dismiss} />
      </main>
    </FluentProvider>
  );
}

export type Booted = BootResult & { settings?: Settings; draft?: DraftSnapshot };

export interface ShellProps {
  boot: Promise<Booted>;
  analyzer: Analyzer;
}

/** Renders at once ("connecting"), then the app when the host is known. */
export function Shell({ boot, analyzer }: ShellProps) {
  const [booted, setBooted] = useState<Booted | null>(null);
  const s = useStyles();
  useEffect(() => {
    let live = true;
    void boot.then((b) => live && setBooted(b));
    return () => {
      live = false;
    };
  }, [boot]);
  if (!booted) {
    const t = stringsFor(pickLocale(undefined, undefined, browserLangs()));
    return (
      <FluentProvider theme={THEMES.light} className={s.provider}>
        <main className={s.connecting}>
          <Spinner label={t.connecting} />
        </main>
      </FluentProvider>
    );
  }
  return <App host={booted.host} mode={booted.mode} analyzer={analyzer} officeTheme={booted.officeTheme} bootError={booted.error} initialSettings={booted.settings} initialDraft={booted.draft} />;
}
