import { Component, type ErrorInfo, type ReactNode } from "react";

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
          <strong>{this.props.name} stopped working.</strong> {error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
