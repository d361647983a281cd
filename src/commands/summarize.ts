// `joulecheck summarize`: placeholder seam, replaced by the issue that owns it.
import type { Command } from './types.ts';

export const summarize: Command = async (_argv, io) => {
  io.stderr('joulecheck summarize: not implemented yet\n');
  return 2;
};
