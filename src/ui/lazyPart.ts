import { type ComponentType, useEffect, useState } from "react";
import { notifyFailed, onDemand, type PartName } from "./partFailed";

/**
 * A component in a chunk of its own that the first load leaves out (a menu's panel, the
 * printable list): loaded on a press or ahead of one, then rendered at once on every later use.
 */
export interface LazyPart<P, M = unknown> {
  /** Its code, loaded once (a failure is retried on the next call and says which part failed). */
  load: () => Promise<ComponentType<P>>;
  /** Fetch it ahead of a likely press (hover, focus); a failure is for the press to report. */
  preload: () => void;
  /** The component if its code is here, so a render needs no wait. */
  current: () => ComponentType<P> | null;
  /** The whole module if it is here (what else the chunk holds: the actions beside a panel). */
  module: () => M | null;
  part: PartName;
}

export function lazyPart<M, P>(
  part: PartName,
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): LazyPart<P, M> {
  let loaded: ComponentType<P> | null = null;
  let whole: M | null = null;
  const loadOnce = onDemand(part, load, (module) => {
    whole = module;
    loaded = pick(module);
    return loaded;
  });
  return {
    load: loadOnce,
    preload: () => void loadOnce().catch(() => {}),
    current: () => loaded,
    module: () => whole,
    part,
  };
}

/**
 * The part's component while `wanted`: at once if its code is here, else once it arrives (null
 * until then). A failure is said in the part's notice; asking again (`wanted` off and on) retries.
 */
export function useLazyPart<P>(
  lazy: LazyPart<P, unknown>,
  wanted: boolean,
): ComponentType<P> | null {
  const [arrived, setArrived] = useState<ComponentType<P> | null>(null);
  const component = lazy.current() ?? arrived;
  useEffect(() => {
    if (!wanted || component) return;
    let current = true;
    lazy.load().then((loaded) => {
      if (current) setArrived(() => loaded);
    }, notifyFailed(lazy.part));
    return () => {
      current = false;
    };
  }, [lazy, wanted, component]);
  return component;
}
