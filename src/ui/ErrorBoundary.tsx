import { Component, type ErrorInfo, type ReactNode } from "react";
import { t } from "../i18n/i18n";

interface Props {
  /** Names the region in the message: "The map". */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** A crash in one region shows a message with a retry button; the other regions keep working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.name} crashed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="region-error" role="alert">
        <p>
          <strong>{t("error.stopped", { name: this.props.name })}</strong> {error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t("error.tryAgain")}
        </button>
      </div>
    );
  }
}
