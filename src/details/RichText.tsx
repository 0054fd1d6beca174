import { useEffect, useState } from "react";

/**
 * Formatted text from an imported story, cleaned by DOMPurify before it
 * reaches the page (`sanitizeHtml`, loaded on first use). Until it is
 * cleaned, nothing is shown as HTML.
 */
export function RichText({ html, className }: { html: string; className?: string }) {
  const [clean, setClean] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setClean(null);
    import("./sanitizeHtml").then(({ sanitizeHtml }) => {
      if (live) setClean(sanitizeHtml(html));
    });
    return () => {
      live = false;
    };
  }, [html]);
  if (clean === null) return <div className={className} aria-busy="true" />;
  // Sanitised just above to a small allow-list (no scripts, handlers, images or non-web links).
  // biome-ignore lint/security/noDangerouslySetInnerHtml: DOMPurify output, see sanitizeHtml.ts
  return <div className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
