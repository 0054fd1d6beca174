/** A one-file copy has no template to fill: it cannot make copies of itself. */
export const CAN_SAVE_OFFLINE_COPY = false;
