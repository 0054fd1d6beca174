/** A one-file copy carries its whole dataset in the page: it has no parts to fetch. */
export const shippedFiles: { base: string; translations: Record<string, string> } | null = null;
