// `joulecheck compare`: placeholder seam, replaced by the issue that owns it.
import type { Command } from './types.ts';

export const compare: Command = async (_argv, io) => {
  io.stderr('joulecheck compare: not implemented yet\n');
  return 2;
};
