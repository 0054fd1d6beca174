/** Written by `scripts/shippedDatasetPlugin.ts`: the shipped dataset's English base and language files. */
declare module "virtual:shipped-dataset" {
  const files: { base: string; translations: Record<string, string> };
  export default files;
}
