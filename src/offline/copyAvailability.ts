/**
 * Whether "Offline copy…" can be made now. Its 3.5 MB template is left out of the precache on
 * purpose (scripts/pwaOptions.ts) and kept only once a copy has been made: offline, or with the
 * site out of reach, the button failed only after its click ("could not reach the site", review 39
 * R3). The menu asks first: the template kept on this device, or the site answering at all (a HEAD
 * request, which the service worker passes on: its routes are for GET). A server's error status is
 * left for the click to word, with its status.
 */
import { useEffect, useState } from "react";

export type CopyAvailability = "unknown" | "available" | "needsNetwork";

export interface TemplateProbe {
  /** The template is in the service worker's cache (a copy was made here before). */
  kept: () => Promise<boolean>;
  online: boolean;
  /** The site answered a request for the template, whatever its status. */
  reached: () => Promise<boolean>;
}

export async function copyAvailability(
  probe: TemplateProbe,
): Promise<"available" | "needsNetwork"> {
  if (await probe.kept().catch(() => false)) return "available";
  if (!probe.online) return "needsNetwork";
  return (await probe.reached().catch(() => false)) ? "available" : "needsNetwork";
}

function templateProbe(): TemplateProbe {
  const url = new URL(`${import.meta.env.BASE_URL}offline-template.html`, location.href).href;
  return {
    kept: async () => typeof caches !== "undefined" && (await caches.match(url)) !== undefined,
    online: navigator.onLine,
    reached: () => fetch(url, { method: "HEAD", cache: "no-store" }).then(() => true),
  };
}

/** Asked when the menu opens, and again when the browser says it went on or off line. */
export function useCopyAvailability(enabled: boolean): CopyAvailability {
  const [availability, setAvailability] = useState<CopyAvailability>("unknown");
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const ask = () =>
      void copyAvailability(templateProbe()).then((answer) => {
        if (current) setAvailability(answer);
      });
    ask();
    addEventListener("online", ask);
    addEventListener("offline", ask);
    return () => {
      current = false;
      removeEventListener("online", ask);
      removeEventListener("offline", ask);
    };
  }, [enabled]);
  return availability;
}
