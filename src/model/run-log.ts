// A run log in memory, as the reader (src/log/reader.ts) returns it and summarize consumes it.
//
// The samples are held column-wise (`columns`, see columns.ts): that is the truth, and what summarize
// reads. `samples` is a convenience view of the same data as objects, materialised from the columns on
// first access and cached; it is read-only (no setter, a frozen array), so the view and the columns can
// never disagree. To change samples, make a new log: runLogFromSamples({ ...log, samples: edited }).
import { columnsFromSamples, materializeSamples, type SampleColumns } from './columns.ts';
import type { LogEvent, LogFooter, LogHeader, LogIntensity, LogSample } from './log.ts';

/** Everything of a run log but its samples. */
export interface RunLogParts {
  header: LogHeader;
  intensities: LogIntensity[];
  events: LogEvent[];
  /** absent when the meter was killed before writing it */
  footer: LogFooter | null;
  /** true when the last line was torn (crash mid-write) and skipped */
  torn: boolean;
}

/** A run log as read back: header, samples (column-wise), real-time intensities, events, footer. */
export class RunLog implements RunLogParts {
  readonly header: LogHeader;
  /** The samples, column-wise: the source of truth of this log. */
  readonly columns: SampleColumns;
  readonly intensities: LogIntensity[];
  readonly events: LogEvent[];
  readonly footer: LogFooter | null;
  readonly torn: boolean;
  #samples: readonly LogSample[] | undefined;

  constructor(parts: RunLogParts, columns: SampleColumns) {
    this.header = parts.header;
    this.columns = columns;
    this.intensities = parts.intensities;
    this.events = parts.events;
    this.footer = parts.footer;
    this.torn = parts.torn;
  }

  /**
   * The samples as objects: a read-only view of `columns`, built on first access (an hour-long 8-GPU
   * log makes ~330k objects: readers that only summarize never pay for them) and cached.
   */
  get samples(): readonly LogSample[] {
    this.#samples ??= Object.freeze(materializeSamples(this.columns));
    return this.#samples;
  }
}

/** A run log from sample objects (validated already): logs built by hand, in tests and tools. */
export function runLogFromSamples(parts: RunLogParts & { samples: readonly LogSample[] }): RunLog {
  return new RunLog(parts, columnsFromSamples(parts.samples));
}
