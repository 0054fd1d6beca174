/** Remember the last result for the last arguments (compared with Object.is). */
export function memoizeLast<Args extends unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let lastArgs: Args | null = null;
  let lastResult: Result;
  return (...args: Args) => {
    if (
      lastArgs &&
      args.length === lastArgs.length &&
      args.every((a, i) => Object.is(a, lastArgs?.[i]))
    ) {
      return lastResult;
    }
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}

/**
 * Remember every result, by a key made of the arguments: for the `Intl`
 * formatters, which cost far more to make than to use, one per locale and style.
 */
export function memoizeByKey<Args extends (string | number)[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  const results = new Map<string, Result>();
  return (...args: Args) => {
    const key = args.join("\u0000");
    let result = results.get(key);
    if (result === undefined) {
      result = compute(...args);
      results.set(key, result);
    }
    return result;
  };
}
