// `joulecheck run`: placeholder seam, replaced by the issue that owns it.
import type { Command } from './types.ts';

export const run: Command = async (_argv, io) => {
  io.stderr('joulecheck run: not implemented yet\n');
  return 2;
};
