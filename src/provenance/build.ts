/** The build's own record (`scripts/provenancePlugin.ts`): read here, never from a dataset. */
import record from "virtual:build-provenance";
import { fromBuild, type QuoteCheck } from "./quoteCheck";

export const BUILD = record;

/** The shipped dataset's quote check, as the build ran it. */
export const SHIPPED_QUOTE_CHECK: QuoteCheck = fromBuild(record.quoteCheck);
