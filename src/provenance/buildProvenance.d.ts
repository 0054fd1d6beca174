/** Written by `scripts/provenancePlugin.ts` when the app is built or served. */
declare module "virtual:build-provenance" {
  import type { OriginRule } from "./dataOrigins";
  import type { BuildQuoteCheck } from "./quoteCheck";

  const record: {
    quoteCheck: BuildQuoteCheck;
    dataOrigins: OriginRule[];
    /** `SITE_URL` with a trailing slash, or null when the build had none (previews get no image). */
    siteUrl: string | null;
  };
  export default record;
}
