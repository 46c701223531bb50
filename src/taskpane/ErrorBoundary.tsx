/**
 * If rendering fails, the pane shows what happened instead of a blank page: the draft is kept (it
 * lives in the host, not in React), and the user can clear it (the way out of a draft that crashes
 * the pane on every load), reload, or copy a report that holds the error but not the text.
 */
import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { PaneStrings } from "./i18n/pane-strings";

export interface ErrorBoundaryProps {
  strings: PaneStrings;
  /** Clear the draft (and what is stored of it). */
  onClear?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  copied: boolean;
}

/** The report: the error and where, never the draft's text. */
export function errorReport(error: Error, info?: string): string {
  const lines = [`Kanalklar error: ${error.name}: ${error.message}`.slice(0, 500), (error.stack ?? "").split("\n").slice(0, 8).join("\n"), (info ?? "").split("\n").slice(0, 8).join("\n")];
  if (typeof navigator !== "undefined") lines.push(`User agent: ${navigator.userAgent}`);
  return lines.filter(Boolean).join("\n");
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, copied: false };
  private info = "";

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(_error: Error, info: ErrorInfo) {
    this.info = info.componentStack ?? "";
  }

  private copy = async () => {
    const report = errorReport(this.state.error!, this.info);
    try {
      await navigator.clipboard.writeText(report);
    } catch {
      // The report is also shown below for manual copying.
    }
    this.setState({ copied: true });
  };

  override render() {
    const { error, copied } = this.state;
    const t = this.props.strings;
    if (!error) return this.props.children;
    return (
      <div role="alert" data-testid="crash">
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.crashTitle}</MessageBarTitle>
            {t.crashBody}
          </MessageBarBody>
        </MessageBar>
        <p style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
          {this.props.onClear && (
            <Button
              appearance="primary"
              data-testid="crash-clear"
              onClick={() => {
                this.props.onClear?.();
                this.setState({ error: null, copied: false });
              }}
            >
              {t.crashClear}
            </Button>
          )}
          <Button onClick={() => location.reload()}>{t.crashReload}</Button>
          <Button onClick={() => void this.copy()} data-testid="crash-report">
            {t.crashReport}
          </Button>
        </p>
        {copied && <p role="status">{t.crashCopied}</p>}
        <pre style={{ whiteSpace: "pre-wrap", wordBreak: "break-word", fontSize: 12 }} data-testid="crash-text">
          {errorReport(error, this.info)}
        </pre>
      </div>
    );
  }
}
