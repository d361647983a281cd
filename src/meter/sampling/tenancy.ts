// Which processes hold a context on one GPU, from polled lists (NVML's running-process calls, nvidia-smi
// --query-compute-apps or pmon's process rows), and whether the step was the GPU's sole tenant over an
// interval. Pure: the meters feed it their polls and ask per interval.
//
// A list is a snapshot at its poll; between two polls a process of either may have held a context, so an
// interval counts every list polled within it plus the ones just before and just after it. Sole tenancy
// never looks at utilisation samples: drivers under-report and drop those, contexts they list exactly.

interface Poll {
  t: number;
  /** null: the poll failed (nothing is known of that moment, so no interval around it is sole) */
  pids: readonly number[] | null;
}

export class ContextTenancy {
  private polls: Poll[] = [];

  /** The processes holding a context at `t` (null: the list could not be read). Polls come in time order. */
  observe(t: number, pids: Iterable<number> | null): void {
    this.polls.push({ t, pids: pids === null ? null : [...pids] });
  }

  /**
   * Every process holding a context during (a, b] belongs to the tree, and one does. False when no list
   * covers the interval.
   */
  sole(a: number, b: number, inTree: (pid: number) => boolean): boolean {
    const ps = this.polls;
    if (ps.length === 0 || !(b > a)) return false;
    // the latest poll at or before a (the state going into the interval), every poll inside it, and the
    // first at or after b (the state coming out of it); after the last poll that one holds
    let lo = 0;
    for (let i = 0; i < ps.length && ps[i]!.t <= a; i++) lo = i;
    let hi = lo;
    while (hi < ps.length - 1 && ps[hi]!.t < b) hi++;
    let any = false;
    for (let i = lo; i <= hi; i++) {
      const pids = ps[i]!.pids;
      if (pids === null) return false;
      for (const pid of pids) {
        if (!inTree(pid)) return false;
        any = true;
      }
    }
    return any;
  }

  /** Drops polls no interval ending after `t` needs (the latest at or before t stays). */
  trim(t: number): void {
    let k = 0;
    while (k + 1 < this.polls.length && this.polls[k + 1]!.t <= t) k++;
    if (k > 0) this.polls = this.polls.slice(k);
  }
}
