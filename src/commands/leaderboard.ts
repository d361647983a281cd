// `joulecheck leaderboard`: placeholder seam, replaced by the issue that owns it.
import type { Command } from './types.ts';

export const leaderboard: Command = async (_argv, io) => {
  io.stderr('joulecheck leaderboard: not implemented yet\n');
  return 2;
};
