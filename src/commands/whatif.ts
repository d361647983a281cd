// `joulecheck whatif`: placeholder seam, replaced by the issue that owns it.
import type { Command } from './types.ts';

export const whatif: Command = async (_argv, io) => {
  io.stderr('joulecheck whatif: not implemented yet\n');
  return 2;
};
