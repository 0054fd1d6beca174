import { useState } from "react";

/**
 * State that starts again from `initial` whenever `key` changes (a new event,
 * another dataset's origin). React's "adjusting state when a prop changes"
 * recipe: the reset happens during the render that sees the new key, so
 * nothing shows the old state for a frame and no effect names a dependency
 * it does not read.
 */
export function useKeyedState<T>(key: unknown, initial: T): [T, (value: T) => void] {
  const [state, setState] = useState({ key, value: initial });
  if (!Object.is(state.key, key)) {
    setState({ key, value: initial });
    return [initial, (value) => setState({ key, value })];
  }
  return [state.value, (value) => setState({ key, value })];
}
