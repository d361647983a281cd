// `joulecheck appendix`: placeholder seam, replaced by the issue that owns it.
import type { Command } from './types.ts';

export const appendix: Command = async (_argv, io) => {
  io.stderr('joulecheck appendix: not implemented yet\n');
  return 2;
};
