/**
 * `2,345,678` bytes → `2.2 MB`; small files in KB. A file of its own: the Save menu that
 * shows sizes is in the first load, the template filler (`fillTemplate.ts`) is not.
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
