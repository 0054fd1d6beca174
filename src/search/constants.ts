/** The URL codec drops longer search texts (`src/url/codec.ts`). */
export const MAX_QUERY_LENGTH = 200;
