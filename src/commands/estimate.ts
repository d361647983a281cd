// `joulecheck estimate`: placeholder seam, replaced by the issue that owns it.
import type { Command } from './types.ts';

export const estimate: Command = async (_argv, io) => {
  io.stderr('joulecheck estimate: not implemented yet\n');
  return 2;
};
