// Lines out of a stream of chunks. Pure.

/** Splits a stream into lines as chunks arrive: a partial line waits for its newline; CRLF accepted. */
export class LineSplitter {
  private carry = '';

  push(chunk: string, onLine: (line: string) => void): void {
    const text = this.carry + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      onLine(nl > start && text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl));
      start = nl + 1;
    }
    this.carry = text.slice(start);
    if (this.carry.length > 65536) this.carry = ''; // no newline for 64 KB: not our format
  }

  /** The unterminated tail (a stream cut mid-line); it is never parsed as a line. */
  get pending(): string {
    return this.carry;
  }
}
