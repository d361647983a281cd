// Unit constants shared by accounting and every report surface.

/** joules in one kilowatt-hour */
export const J_PER_KWH = 3.6e6;
