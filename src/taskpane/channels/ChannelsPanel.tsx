/**
 * The «Kanaler» panel: the draft as a letter, an SMS and a social post. Each is editable, with live
 * counters and its own findings (fact-guard errors first), re-checked as the user types (debounced),
 * and actions: copy (with fallbacks for Outlook on the web), insert, and open as a new document or
 * e-mail. A channel that does not suit the draft says why instead of showing a text.
 */
import { hostStringsFor, type HostStrings } from "../i18n/host-strings";
import type { InsertResult } from "../../office/host";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Fact, Finding, Locale } from "../../core/model";
import type { DraftHost, DraftSnapshot } from "../../office/host";
import type { Settings } from "../settings/model";
import { validateSenderId } from "../settings/model";
import type { VariantsResult, Platform } from "./core";
import { copyText } from "./clipboard";
import { defaultComposer, type Composer as VariantComposer } from "./composer";
import { previewStrings, type PreviewStrings } from "./preview-strings";
import { SmsPanel } from "./SmsPanel";
import { PostPreviews } from "./PostPreviews";
import { LetterDiff } from "./LetterDiff";
import { ChannelNotes } from "./ChannelNotes";
import { MessageCard, messageOf } from "./MessageCard";
import type { MessageOverride } from "../../core/message/types";
import type { Toast } from "../Toast";
import { channelStrings, fill, type ChannelKey, type ChannelStrings } from "./strings";

type Core = typeof import("./core");
let corePromise: Promise<Core> | null = null;
/** Load the channel composer once (a separate chunk). */
export function loadChannelsCore(): Promise<Core> {
  corePromise ??= import("./core").catch((e) => {
    corePromise = null;
    throw e;
  });
  return corePromise;
}

export interface ChannelsPanelProps {
  host: DraftHost;
  draft: DraftSnapshot | null;
  locale: Locale;
  settings: Settings;
  /** Change a setting from the panel (the SMS link policy). */
  onSettingsChange?(next: Settings): void;
  /** Feedback at the top of the viewport (the pane's toast). */
  notify?(toast: Toast): void;
}

/** The variant composer (tests may replace it). */
let makeComposer: () => VariantComposer = defaultComposer;
export function setComposerFactory(f: () => VariantComposer): void {
  makeComposer = f;
}

/** Delay before an edited variant is checked again. */
export const RECHECK_DELAY_MS = 300;

const CHANNELS: ChannelKey[] = ["letter", "sms", "post"];
const ALL_PLATFORMS: Platform[] = ["x", "facebook", "linkedin", "instagram"];
const GUARDED_KINDS = new Set(["date", "time", "deadline", "amount", "url", "email", "phone"]);
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  p: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  counters: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  counter: { display: "flex", flexDirection: "column" },
  dt: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  over: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  finding: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, padding: tokens.spacingVerticalS, borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke2}` },
  findingHead: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  preview: { margin: 0, whiteSpace: "pre-wrap", wordBreak: "break-word", padding: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium, fontSize: tokens.fontSizeBase200 },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground3, color: tokens.colorNeutralForeground1, outline: `1px solid ${tokens.colorPaletteYellowBorderActive}` },
  chars: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  textarea: { minHeight: "10em" },
});

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => {
    const fa = a.rule.startsWith("facts-") ? 0 : 1;
    const fb = b.rule.startsWith("facts-") ? 0 : 1;
    return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || fa - fb || a.start - b.start;
  });
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).length;
}

function firstLine(text: string): string {
  return (text.split("\n").find((l) => l.trim()) ?? "").trim().slice(0, 120);
}

/** Options for the core from the user's settings (an invalid sender id is left out, and reported). */
function variantOptions(settings: Settings, locale: Locale) {
  const senderId = settings.smsSenderId && !validateSenderId(settings.smsSenderId) ? settings.smsSenderId : undefined;
  return {
    locale,
    language: settings.checkLanguage ?? "auto",
    senderName: settings.senderName || undefined,
    smsSenderId: senderId,
    contactPhone: settings.contactPhone || undefined,
    contactWeb: settings.contactWeb || undefined,
    smsLinks: settings.smsLinks ?? "none",
    hashtags: settings.hashtags ?? [],
    platforms: settings.platforms?.length ? settings.platforms : ALL_PLATFORMS,
  } as const;
}

type Texts = Record<ChannelKey, string>;
type Flags = Record<ChannelKey, boolean>;
type LiveFindings = Record<ChannelKey, Finding[] | null>;

const EMPTY_TEXTS: Texts = { letter: "", sms: "", post: "" };
const NO_FLAGS: Flags = { letter: false, sms: false, post: false };
const NO_LIVE: LiveFindings = { letter: null, sms: null, post: null };

export function ChannelsPanel({ host, draft, locale, settings, onSettingsChange, notify }: ChannelsPanelProps) {
  const s = useStyles();
  const t = channelStrings(locale);
  const ps = previewStrings(locale);
  const [result, setResult] = useState<VariantsResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<ChannelKey>("letter");
  const [texts, setTexts] = useState<Texts>(EMPTY_TEXTS);
  const [edited, setEdited] = useState<Flags>(NO_FLAGS);
  const [live, setLive] = useState<LiveFindings>(NO_LIVE);
  const [checking, setChecking] = useState<Flags>(NO_FLAGS);
  const [announcement, setAnnouncement] = useState("");
  const [core, setCore] = useState<Core | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const editedRef = useRef(edited);
  editedRef.current = edited;
  const timers = useRef<Partial<Record<ChannelKey, ReturnType<typeof setTimeout>>>>({});
  /** The user's corrections of the message (audience, sender, key date); offsets are the draft's. */
  const [override, setOverride] = useState<MessageOverride>({});
  const draftText = draft?.text;
  useEffect(() => setOverride(({ keyTime: _offsets, timeRoles: _too, ...rest }) => rest), [draftText]);
  const opts = useMemo(() => {
    const base = variantOptions(settings, locale);
    // The composer reads corrections as `message` (DESIGN.md Message: "overridable by the user").
    return Object.keys(override).length ? ({ ...base, message: override } as typeof base) : base;
  }, [settings, locale, override]);
  const optsKey = JSON.stringify(opts);

  useEffect(() => {
    let live = true;
    loadChannelsCore().then(
      (m) => live && setCore(m),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  // Compose the variants in the worker whenever the draft or the settings change.
  const composer = useMemo(() => makeComposer(), []);
  useEffect(() => () => composer.dispose(), [composer]);
  useEffect(() => {
    if (!draft || !draft.text.trim()) {
      setResult(null);
      return;
    }
    let live = true;
    setBusy(true);
    const applyResult = (r: VariantsResult) => {
      setResult(r);
      setTexts((prev) => {
        const next = { ...prev };
        for (const c of CHANNELS) if (!editedRef.current[c]) next[c] = r.variants[c].text;
        return next;
      });
      setLive((prev) => {
        const next = { ...prev };
        for (const c of CHANNELS) if (!editedRef.current[c]) next[c] = null;
        return next;
      });
      setBusy(false);
    };
    composer.compose(draft.text, opts).then(
      (r) => {
        // A transition: a long letter renders in slices instead of one long task.
        if (live && r) startTransition(() => applyResult(r));
      },
      (e: unknown) => {
        if (!live) return;
        setLoadError(e instanceof Error ? e.message : String(e));
        setBusy(false);
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft?.text, draft?.version, optsKey, composer]);

  useEffect(() => () => Object.values(timers.current).forEach((x) => x && clearTimeout(x)), []);

  /** Facts each channel must keep: the letter keeps all; SMS and post keep what they were composed with. */
  const required = useMemo(() => {
    if (!result || !core) return null;
    const all = result.facts.filter((f) => GUARDED_KINDS.has(f.kind));
    return {
      letter: all,
      sms: core.extractFacts(result.variants.sms.text),
      post: core.extractFacts(result.variants.post.text),
    } as Record<ChannelKey, Fact[]>;
  }, [result, core]);

  const recheck = useCallback(
    (channel: ChannelKey, text: string) => {
      if (!result || !required || !core) return;
      const allowed = [settings.contactPhone ?? "", settings.contactWeb ?? ""].filter(Boolean);
      let findings: Finding[];
      try {
        findings = core.checkVariant(channel, text, result.facts, {
          locale,
          language: result.language,
          smsLinks: opts.smsLinks,
          required: required[channel],
          allowed,
          platforms: [...opts.platforms],
        });
      } catch {
        findings = [];
      }
      setLive((prev) => ({ ...prev, [channel]: findings }));
      setChecking((prev) => ({ ...prev, [channel]: false }));
    },
    [result, required, core, settings.contactPhone, settings.contactWeb, locale, opts],
  );

  const onEdit = (channel: ChannelKey, text: string) => {
    setTexts((prev) => ({ ...prev, [channel]: text }));
    setEdited((prev) => ({ ...prev, [channel]: true }));
    setChecking((prev) => ({ ...prev, [channel]: true }));
    const old = timers.current[channel];
    if (old) clearTimeout(old);
    timers.current[channel] = setTimeout(() => recheck(channel, text), RECHECK_DELAY_MS);
  };

  /** Say what happened: in the toast at the top of the viewport (where the user is) and in the panel's status line. */
  const announce = (message: string) => {
    setAnnouncement(message);
    notify?.({ intent: "success", text: message });
  };

  const regenerate = (channel: ChannelKey) => {
    if (!result) return;
    const old = timers.current[channel];
    if (old) clearTimeout(old);
    setTexts((prev) => ({ ...prev, [channel]: result.variants[channel].text }));
    setEdited((prev) => ({ ...prev, [channel]: false }));
    setLive((prev) => ({ ...prev, [channel]: null }));
    setChecking((prev) => ({ ...prev, [channel]: false }));
    announce(fill(t.regenerated, { channel: t.names[channel] }));
  };

  if (!draft || !draft.text.trim()) {
    return (
      <section className={s.root} aria-labelledby="kk-channels-heading">
        <h2 id="kk-channels-heading" className={s.heading}>
          {t.heading}
        </h2>
        <p className={s.p}>{t.noDraft}</p>
      </section>
    );
  }

  return (
    <section className={s.root} aria-labelledby="kk-channels-heading">
      <h2 id="kk-channels-heading" className={s.heading}>
        {t.heading}
      </h2>
      <p className={s.p}>{t.intro}</p>
      {settings.smsSenderId && validateSenderId(settings.smsSenderId) && (
        <MessageBar intent="warning">
          <MessageBarBody>{fill(t.settingsProblem, { problem: settings.smsSenderId })}</MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as ChannelKey)} aria-label={t.tabsLabel} size="small">
        {CHANNELS.map((c) => (
          <Tab key={c} value={c} id={`kk-ch-tab-${c}`} aria-controls={`kk-ch-panel-${c}`} data-testid={`channel-tab-${c}`}>
            {t.names[c]}
          </Tab>
        ))}
      </TabList>
      {loadError && (
        <MessageBar intent="error">
          <MessageBarBody>{loadError}</MessageBarBody>
        </MessageBar>
      )}
      {(busy || !core) && !result && !loadError && <Spinner size="tiny" label={t.making} />}
      {result && messageOf(result) && (
        <MessageCard
          message={messageOf(result)!}
          override={override}
          ps={ps}
          textLang={result.language}
          onOverride={(next) => {
            setOverride(next);
            announce(ps.msgChanged);
          }}
        />
      )}
      {result &&
        core &&
        CHANNELS.map((c) => (
          <div key={c} role="tabpanel" id={`kk-ch-panel-${c}`} aria-labelledby={`kk-ch-tab-${c}`} hidden={tab !== c} className={s.panel}>
            {tab === c && (
              <ChannelView
                core={core}
                textLang={result.language}
                channel={c}
                t={t}
                ps={ps}
                host={host}
                text={texts[c]}
                draftText={draft.text}
                variant={result.variants[c]}
                result={result}
                senderId={opts.smsSenderId}
                links={opts.smsLinks}
                onLinks={
                  onSettingsChange
                    ? (policy) => {
                        onSettingsChange({ ...settings, smsLinks: policy });
                        announce(fill(ps.linkPolicyChanged, { policy: ps.linkPolicyNames[policy] }));
                      }
                    : undefined
                }
                findings={sortFindings(live[c] ?? result.variants[c].findings)}
                checking={checking[c]}
                edited={edited[c]}
                platforms={opts.platforms}
                locale={locale}
                onEdit={(v) => onEdit(c, v)}
                onRegenerate={() => regenerate(c)}
                announce={announce}
              />
            )}
          </div>
        ))}
      <div role={notify ? undefined : "status"} aria-live={notify ? "off" : "polite"} aria-atomic="true" className={s.p} data-testid="channels-announcement">
        {announcement}
      </div>
    </section>
  );
}

interface ChannelViewProps {
  core: Core;
  /** Language of the variant text (for screen readers and spelling). */
  textLang: string;
  channel: ChannelKey;
  t: ChannelStrings;
  ps: PreviewStrings;
  host: DraftHost;
  text: string;
  draftText: string;
  variant: VariantsResult["variants"][ChannelKey];
  result: VariantsResult;
  findings: Finding[];
  checking: boolean;
  edited: boolean;
  platforms: readonly Platform[];
  /** UI locale (for the host's own messages, i18n/host-strings.ts). */
  locale: Locale;
  senderId?: string;
  links: NonNullable<Settings["smsLinks"]>;
  onLinks?(policy: NonNullable<Settings["smsLinks"]>): void;
  onEdit(text: string): void;
  onRegenerate(): void;
  announce(message: string): void;
}

/** What a variant left out and why (the lead's `omitted`, when the composer sends it). */
type Omission = { part?: string; why?: string; message?: string };

function omissionsOf(v: unknown): Omission[] {
  const list = (v as { omitted?: unknown })?.omitted;
  return Array.isArray(list) ? list.filter((o): o is Omission => !!o && typeof o === "object").slice(0, 50) : [];
}

function ChannelView(p: ChannelViewProps) {
  const s = useStyles();
  const { t, ps, channel } = p;
  const ref = useRef<HTMLTextAreaElement>(null);
  const name = t.names[channel];
  const omitted = omissionsOf(p.variant);

  if (p.variant.unsuitable) {
    return (
      <MessageBar intent="info" data-testid={`channel-unsuitable-${channel}`}>
        <MessageBarBody>
          <MessageBarTitle>{t.unsuitableTitle}</MessageBarTitle>
          {p.variant.unsuitable}
        </MessageBarBody>
      </MessageBar>
    );
  }

  const onCopy = async () => {
    const outcome = await copyText(p.text, ref.current);
    p.announce(outcome === "manual" ? t.copyManual : fill(outcome === "clipboard" ? t.copied : t.copiedExec, { channel: name }));
  };

  const onInsert = async () => {
    const r: InsertResult = await p.host.insertText(p.text).catch(() => ({ ok: false, reason: "error" }));
    const hs = hostStringsFor(p.locale);
    const reason = r.reason as keyof HostStrings["insertReasons"] | undefined;
    p.announce(
      r.ok
        ? fill(r.where && p.host.kind === "outlook" ? hs.insertedWhere[r.where] : t.inserted[p.host.kind], { channel: name })
        : reason && reason in hs.insertReasons
          ? hs.insertReasons[reason]
          : r.reason === "not-verified"
            ? t.insertNotVerified
            : t.insertFailed,
    );
  };

  const canOpen = typeof p.host.openAsNew === "function" && p.host.capabilities?.openAsNew !== false;
  // In the browser page the «document» is the user's own draft: never append a variant to it.
  const canInsert = p.host.kind !== "standalone";
  const onOpen = async () => {
    const title = channel === "letter" ? firstLine(p.text) : name;
    const r: InsertResult = await p.host.openAsNew!(p.text, title).catch(() => ({ ok: false }));
    p.announce(r.ok ? fill(t.opened[p.host.kind], { channel: name }) : r.reason === "unconfirmed" ? hostStringsFor(p.locale).insertReasons.unconfirmed : t.openFailed);
  };

  const mark = (f: Finding) => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(f.start, f.end);
  };

  const fixNote = (f: Finding, replacement: string) => {
    if (p.text.slice(f.start, f.end) !== f.text) return;
    p.onEdit(p.text.slice(0, f.start) + replacement + p.text.slice(f.end));
    p.announce(fill(ps.noteFixed, { t: f.text.slice(0, 40), s: replacement }));
  };

  const personal = [
    ...new Set(
      p.result.facts
        .map((f) => f.kind)
        .filter((k): k is "personal-id" | "account-number" => k === "personal-id" || k === "account-number"),
    ),
  ].map((k) => ps.personalKinds[k]);
  if (p.result.audience?.personal) personal.push(ps.personalKinds.case);
  const emptySms = channel === "sms" && !p.variant.text.trim() && !p.edited;
  const smsInfo = channel === "sms" ? p.core.smsInfo(p.text) : null;

  return (
    <>
      {emptySms && (
        <MessageBar intent="warning" data-testid="sms-empty-why">
          <MessageBarBody>{personal.length ? fill(ps.smsEmptyPersonal, { what: personal.join(", ") }) : ps.smsEmptyOther}</MessageBarBody>
        </MessageBar>
      )}
      {omitted.length > 0 && (
        <section aria-labelledby={`kk-omitted-${channel}`} data-testid={`channel-omitted-${channel}`}>
          <h3 className={s.subheading} id={`kk-omitted-${channel}`}>
            {ps.omittedHeading}
          </h3>
          <ul className={s.chars}>
            {omitted.map((o, i) => (
              <li key={i}>{o.message ?? [o.part, o.why].filter(Boolean).join(": ")}</li>
            ))}
          </ul>
        </section>
      )}
      <Field label={t.textLabel[channel]} hint={p.edited ? t.edited : undefined}>
        <Textarea
          ref={ref}
          value={p.text}
          onChange={(_, d) => p.onEdit(d.value)}
          resize="vertical"
          textarea={{ className: s.textarea, lang: p.textLang }}
          data-testid={`channel-text-${channel}`}
          rows={channel === "letter" ? 14 : channel === "post" ? 8 : 5}
        />
      </Field>

      {smsInfo && (
        <SmsCounters
          info={smsInfo}
          t={t}
          onFix={() => {
            const fixed = p.core.gsmSafe(p.text);
            const n = smsInfo.nonGsm.filter((c) => c.replacement !== undefined).length;
            p.onEdit(fixed);
            const info = p.core.smsInfo(fixed);
            p.announce(fill(t.gsmFixDone, { n, parts: fill(info.segments === 1 ? t.smsPartsValue.one : t.smsPartsValue.other, { n: info.segments }) }));
          }}
        />
      )}
      {smsInfo && (
        <SmsPanel
          text={p.text}
          info={smsInfo}
          withoutCostly={smsInfo.encoding === "UCS-2" ? p.core.smsInfo(p.core.gsmSafe(p.text)) : null}
          senderId={p.senderId}
          links={p.links}
          ps={ps}
          textLang={p.textLang}
          count={(x) => p.core.smsInfo(x)}
          onEdit={(next, msg) => {
            p.onEdit(next);
            p.announce(msg);
          }}
          onLinks={p.onLinks}
        />
      )}
      {channel === "post" && <PostCounters core={p.core} text={p.text} t={t} platforms={p.platforms} />}
      {channel === "post" && (
        <PostPreviews
          text={p.text}
          platforms={p.platforms}
          names={t.platformNames}
          xLength={p.core.postLengths(p.text).x}
          xMax={(p.core.PROFILES.post as unknown as Record<Platform, { max: number }>).x.max}
          xCut={xCutOf(p.core, p.text)}
          ps={ps}
          textLang={p.textLang}
        />
      )}
      {channel === "letter" && (
        <>
          <dl className={s.counters}>
            <div className={s.counter}>
              <dt className={s.dt}>{t.words}</dt>
              <dd className={s.dd} data-testid="letter-words">{wordCount(p.text)}</dd>
            </div>
            <div className={s.counter}>
              <dt className={s.dt}>{t.characters}</dt>
              <dd className={s.dd}>{Array.from(p.text).length}</dd>
            </div>
          </dl>
          <LetterDiff draft={p.draftText} letter={p.text} ps={ps} />
        </>
      )}

      <div role="group" aria-label={fill(t.actionsLabel, { channel: name })} className={s.actions}>
        <Button appearance="primary" disabled={!p.text.trim()} onClick={() => void onCopy()} data-testid={`channel-copy-${channel}`}>
          {t.copy}
        </Button>
        {canInsert && (
          <Button disabled={!p.text.trim()} onClick={() => void onInsert()} title={t.insertLabel[p.host.kind]} data-testid={`channel-insert-${channel}`}>
            {t.insert}
          </Button>
        )}
        {canOpen && (
          <Button disabled={!p.text.trim()} onClick={() => void onOpen()} data-testid={`channel-open-${channel}`}>
            {t.openNew[p.host.kind]}
          </Button>
        )}
        {p.edited && (
          <Button appearance="subtle" onClick={p.onRegenerate}>
            {t.regenerate}
          </Button>
        )}
      </div>

      <h3 className={s.subheading}>{t.findingsHeading}</h3>
      {p.checking && <Spinner size="tiny" label={t.checkingEdits} />}
      <ChannelNotes channel={channel} findings={p.findings} text={p.text} textLang={p.textLang} t={t} ps={ps} onMark={mark} onFix={fixNote} />
    </>
  );
}

/** Where the post passes X's 280 weighted characters (binary search on the weighted length). */
function xCutOf(core: Core, text: string): number | null {
  const max = (core.PROFILES.post as unknown as Record<Platform, { max: number }>).x.max;
  if (core.postLengths(text).x <= max) return null;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (core.postLengths(text.slice(0, mid)).x <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The counters the SMS keeps in one line each: parts and encoding (the cost sentence says the rest). */
function SmsCounters({ info, t, onFix }: { info: ReturnType<Core["smsInfo"]>; t: ChannelStrings; onFix(): void }) {
  const s = useStyles();
  const fixable = info.nonGsm.filter((c) => c.replacement !== undefined);
  return (
    <>
      <dl className={s.counters} data-testid="sms-counters">
        <div className={s.counter}>
          <dt className={s.dt}>{t.characters}</dt>
          <dd className={s.dd} data-testid="sms-characters">{info.length}</dd>
        </div>
        <div className={s.counter}>
          <dt className={s.dt}>{t.smsParts}</dt>
          <dd className={`${s.dd} ${info.segments > 1 ? s.over : ""}`} data-testid="sms-parts">
            {fill(info.segments === 1 ? t.smsPartsValue.one : t.smsPartsValue.other, { n: info.segments })}
          </dd>
        </div>
        <div className={s.counter}>
          <dt className={s.dt}>{t.encoding}</dt>
          <dd className={s.dd} data-testid="sms-encoding">{info.encoding === "GSM-7" ? t.encodingGsm : t.encodingUcs2}</dd>
        </div>
      </dl>
      {info.segments > 2 ? <p className={s.p}>{t.smsOverMax}</p> : info.segments > 1 ? <p className={s.p}>{t.smsOverTarget}</p> : null}
      {fixable.length > 0 && (
        <Button onClick={onFix} data-testid="sms-gsm-fix">
          {fill(t.gsmFix, { n: fixable.length })}
        </Button>
      )}
    </>
  );
}

function PostCounters({ core, text, t, platforms }: { core: Core; text: string; t: ChannelStrings; platforms: readonly Platform[] }) {
  const s = useStyles();
  const nf = (n: number) => {
    try {
      return new Intl.NumberFormat(t.numberLocale).format(n);
    } catch {
      return String(n);
    }
  };
  const lengths = core.postLengths(text);
  const limit = (p: Platform): number => (core.PROFILES.post as unknown as Record<Platform, { max: number }>)[p].max;
  return (
    <>
      <h3 className={s.subheading}>{t.platformLengths}</h3>
      <dl className={s.counters} data-testid="post-lengths">
        {platforms.map((p) => {
          const n = lengths[p];
          const max = limit(p);
          const over = n > max;
          return (
            <div key={p} className={s.counter} data-platform={p} data-over={over ? "true" : "false"}>
              <dt className={s.dt}>{t.platformNames[p]}</dt>
              <dd className={`${s.dd} ${over ? s.over : ""}`}>
                {fill(t.lengthOf, { n: nf(n), max: nf(max) })}
                {over ? ` – ${t.overLimit}` : ""}
              </dd>
            </div>
          );
        })}
      </dl>
      <p className={s.p}>{t.altTextReminder}</p>
    </>
  );
}
