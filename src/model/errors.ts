// The one error for input a user gave wrongly (an action input, a CLI option, a file named on the
// command line). The CLI turns it into exit code 2; the action fails the step with its message.
// It carries every problem found, so a user fixes all of them in one go.

export class InputError extends Error {
  override name = 'InputError';
  /** every problem found, one line each */
  readonly problems: string[];
  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : [...problems];
    super(list.length === 1 ? list[0]! : `${list.length} invalid inputs:\n- ${list.join('\n- ')}`);
    this.problems = list;
  }
}
