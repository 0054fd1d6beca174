/**
 * A one-file copy cannot: its address is a file, and code made there pointed an iframe at
 * `file:///?embed=1…` and a script at `file:///embed.js`, which no page can load.
 */
export const CAN_EMBED = false;
