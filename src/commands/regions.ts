// `joulecheck regions`: placeholder seam, replaced by the issue that owns it.
import type { Command } from './types.ts';

export const regions: Command = async (_argv, io) => {
  io.stderr('joulecheck regions: not implemented yet\n');
  return 2;
};
