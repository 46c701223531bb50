/**
 * «Skriv om setningen» on a finding card: the sentence rewritten as a whole by the core (sentenceRewrite),
 * previewed as the old and the new sentence with the changed words marked (<del>/<ins> with a hidden
 * «fjernet:»/«lagt til:», not colour alone), then «Bruk» or «Avbryt». The rewrite is computed on demand:
 * when the card becomes the current one, or when the button is pressed; never for all cards at load.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/model";
import type { DraftSnapshot } from "../../office/host";
import type { RewriteStrings } from "../i18n/pane-strings";
import { format } from "../i18n/locale";
import type { DiffPart } from "./rewrite-core";

/** A rewrite ready to apply: the span in the text it was computed on, and that text's snapshot. */
export interface RewriteOffer {
  start: number;
  end: number;
  before: string;
  after: string;
  parts: DiffPart[];
  snapshot: DraftSnapshot;
}

/** Rules whose findings a whole-sentence rewrite can clear (the letter's sentence pass works on these). */
export const REWRITE_RULES: ReadonlySet<string> = new Set(["kanselli", "passive", "formal-address", "long-sentence"]);

const useStyles = makeStyles({
  preview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  label: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0, wordBreak: "break-word", fontSize: tokens.fontSizeBase200 },
  tag: { color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalXS },
  ins: { backgroundColor: "#DFF6DD", color: "#0E3B0E", textDecorationLine: "underline", "@media (forced-colors: active)": { backgroundColor: "Canvas", color: "CanvasText", forcedColorAdjust: "none" } },
  del: { backgroundColor: "#FDE7E9", color: "#5C0A12", textDecorationLine: "line-through", "@media (forced-colors: active)": { backgroundColor: "Canvas", color: "GrayText", forcedColorAdjust: "none" } },
  sr: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface SentenceRewriteProps {
  finding: Finding;
  index: number;
  /** The flagged words, shortened, for the button's name. */
  short: string;
  textLang: string;
  rs: RewriteStrings;
  rewriteOf(finding: Finding): Promise<RewriteOffer | null>;
  onApply(finding: Finding, offer: RewriteOffer, index: number): void;
}

type State = { status: "idle" | "loading" } | { status: "none"; asked: boolean } | { status: "ready"; offer: RewriteOffer };

export function SentenceRewrite(p: SentenceRewriteProps) {
  const s = useStyles();
  const id = useId();
  const [state, setState] = useState<State>({ status: "idle" });
  const [open, setOpen] = useState(false);
  const pending = useRef<Promise<RewriteOffer | null> | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const applyRef = useRef<HTMLButtonElement>(null);

  const load = (): Promise<RewriteOffer | null> => {
    if (!pending.current) {
      setState({ status: "loading" });
      pending.current = p.rewriteOf(p.finding).catch(() => null);
      void pending.current.then((offer) => {
        // The button goes when there is no rewrite: focus on it goes back to its card, never to <body>.
        if (!offer && button.current && button.current === document.activeElement) button.current.closest<HTMLElement>('[data-testid="finding"]')?.focus();
        setState(offer ? { status: "ready", offer } : { status: "none", asked: false });
      });
    }
    return pending.current;
  };

  // Ahead of a press, so the button can go where there is no rewrite: when focus first enters the card (the
  // keyboard walks cards before their buttons), after the browser has had time to paint.
  useEffect(() => {
    const card = root.current?.closest<HTMLElement>('[data-testid="finding"]');
    if (!card) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ahead = () => {
      card.removeEventListener("focusin", ahead);
      timer = setTimeout(() => void load(), 150);
    };
    if (card.contains(document.activeElement)) ahead();
    else card.addEventListener("focusin", ahead);
    return () => {
      card.removeEventListener("focusin", ahead);
      clearTimeout(timer);
    };
    // load reads the latest props; it runs once per card
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The preview opened: «Bruk» takes focus (the preview is read as its group's name and content). A layout
  // effect, so focus moves in the same commit that shows the preview: a key pressed right after lands on «Bruk».
  useLayoutEffect(() => {
    if (open) applyRef.current?.focus();
  }, [open]);

  const onPress = async () => {
    if (open) {
      setOpen(false);
      return;
    }
    const card = button.current?.closest<HTMLElement>('[data-testid="finding"]');
    const offer = await load();
    if (offer) setOpen(true);
    else {
      setState({ status: "none", asked: true });
      card?.focus();
    }
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== "Escape") return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };

  if (state.status === "none") {
    return state.asked ? (
      <p className={s.note} role="status" data-testid="rewrite-none">
        {p.rs.none}
      </p>
    ) : null;
  }
  const offer = state.status === "ready" ? state.offer : null;
  return (
    <div className={s.root} ref={root}>
      <Button
        ref={button}
        size="small"
        appearance="secondary"
        tabIndex={-1}
        aria-expanded={open}
        aria-controls={open ? `${id}-preview` : undefined}
        aria-label={format(p.rs.buttonLabel, { t: p.short })}
        onClick={() => void onPress()}
        data-testid="rewrite-button"
      >
        {state.status === "loading" && !open ? p.rs.working : p.rs.button}
      </Button>
      {open && offer && (
        <div className={s.preview} role="group" id={`${id}-preview`} aria-labelledby={`${id}-label`} onKeyDown={onKeyDown} data-testid="rewrite-preview">
          <p className={s.label} id={`${id}-label`}>
            {p.rs.previewLabel}
          </p>
          <p className={s.line} lang={p.textLang} data-testid="rewrite-before">
            <span className={s.tag}>{p.rs.before}</span>{" "}
            {offer.parts.filter((x) => !x.added).map((x, i) => (x.removed ? <Marked key={i} kind="del" text={x.value} sr={p.rs.removed} s={s} /> : <span key={i}>{x.value}</span>))}
          </p>
          <p className={s.line} lang={p.textLang} id={`${id}-after`} data-testid="rewrite-after">
            <span className={s.tag}>{p.rs.after}</span>{" "}
            {offer.parts.filter((x) => !x.removed).map((x, i) => (x.added ? <Marked key={i} kind="ins" text={x.value} sr={p.rs.added} s={s} /> : <span key={i}>{x.value}</span>))}
          </p>
          <div className={s.row}>
            <Button ref={applyRef} size="small" appearance="primary" tabIndex={-1} aria-label={p.rs.applyLabel} aria-describedby={`${id}-after`} onClick={() => p.onApply(p.finding, offer, p.index)} data-testid="rewrite-apply">
              {p.rs.apply}
            </Button>
            <Button size="small" tabIndex={-1} onClick={close} data-testid="rewrite-cancel">
              {p.rs.cancel}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}

function Marked({ kind, text, sr, s }: { kind: "ins" | "del"; text: string; sr: string; s: ReturnType<typeof useStyles> }) {
  const Tag = kind;
  return (
    <Tag className={kind === "ins" ? s.ins : s.del}>
      <span className={s.sr} data-sr="">
        {sr}{" "}
      </span>
      {text}
    </Tag>
  );
}
