// `joulecheck statement`: placeholder seam, replaced by the issue that owns it.
import type { Command } from './types.ts';

export const statement: Command = async (_argv, io) => {
  io.stderr('joulecheck statement: not implemented yet\n');
  return 2;
};
