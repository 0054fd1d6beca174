/** Stable, readable ids: links carry them, so they never come from array positions. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
