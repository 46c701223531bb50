/**
 * Feedback where the user is: a toast fixed to the top of the viewport (the pane's own viewport in
 * Office), announced politely, with «Angre» when the action can be undone. It stays while hovered or
 * focused and goes after a while otherwise (Ctrl+Z still undoes after it has gone).
 */
import { useEffect, useRef, useState } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular, DismissRegular } from "@fluentui/react-icons";

export interface Toast {
  intent: "success" | "warning" | "error" | "info";
  text: string;
  /** Offer «Angre» that undoes the top batch of the undo stack. */
  undo?: boolean;
  /** Offer «Angre» that runs this instead (ignores, settings changes). */
  onUndo?: () => void;
}

const useStyles = makeStyles({
  region: {
    position: "fixed",
    top: tokens.spacingVerticalS,
    right: tokens.spacingHorizontalS,
    width: "min(440px, calc(100vw - 16px))",
    zIndex: 1000,
    boxShadow: tokens.shadow16,
    borderRadius: tokens.borderRadiusMedium,
  },
  empty: { boxShadow: "none" },
});

export const TOAST_MS = 12_000;

export interface ToastViewProps {
  toast: Toast | null;
  seq: number;
  undoLabel: string;
  dismissLabel: string;
  onUndo(): void;
  onDismiss(): void;
}

export function ToastView({ toast, seq, undoLabel, dismissLabel, onUndo, onDismiss }: ToastViewProps) {
  const s = useStyles();
  const [held, setHeld] = useState(false);
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  useEffect(() => {
    if (!toast || held) return;
    const id = setTimeout(() => dismiss.current(), TOAST_MS);
    return () => clearTimeout(id);
  }, [toast, seq, held]);
  return (
    <div
      className={mergeClasses(s.region, !toast && s.empty)}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="toast-region"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {toast && (
        <MessageBar key={seq} intent={toast.intent} data-testid="notice" layout="multiline">
          <MessageBarBody>{toast.text}</MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label={dismissLabel} icon={<DismissRegular />} onClick={onDismiss} />}>
            {(toast.undo || toast.onUndo) && (
              <Button size="small" icon={<ArrowUndoRegular />} onClick={onUndo}>
                {undoLabel}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
