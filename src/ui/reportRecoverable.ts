/**
 * React's `onRecoverableError`: an error React recovered from (#520, "an error during concurrent
 * rendering… recovered by rendering synchronously") hides what threw in its `cause`. React's own
 * default reports the minified wrapper alone, which says nothing; this logs the cause's message
 * and stack, and the component that threw, so a report (or a test's console check) names it.
 */
export function describeRecoverable(error: unknown, componentStack?: string | null): string {
  const lines = [`React recovered from an error: ${messageOf(error)}`];
  let cause = error instanceof Error ? error.cause : undefined;
  // A cause may have its own (an error wrapped by a part that failed to load).
  for (let depth = 0; cause !== undefined && depth < 5; depth++) {
    lines.push(`caused by: ${messageOf(cause)}`);
    if (cause instanceof Error && cause.stack) lines.push(cause.stack);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  if (componentStack) lines.push(`in the components:${componentStack}`);
  return lines.join("\n");
}

export function reportRecoverable(error: unknown, info: { componentStack?: string | null }): void {
  console.error(describeRecoverable(error, info.componentStack));
}

function messageOf(value: unknown): string {
  return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
}
