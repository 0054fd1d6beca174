/** Where the shipped dataset's parts are: its English base and one file per language. */
import files from "virtual:shipped-dataset";

export const shippedFiles: { base: string; translations: Record<string, string> } | null = files;
