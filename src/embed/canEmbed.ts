/** The site can give embed code: its pages and embed.js are at its own address. */
export const CAN_EMBED = true;
