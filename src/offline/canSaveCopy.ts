/** The site can make one-file copies (it has the template to fill, see offlineCopy.ts). */
export const CAN_SAVE_OFFLINE_COPY = true;
