/**
 * What the store needs of a decider to rebuild a stream's state: the events fold into it from the
 * initial state. Defined here, below the domain, so the store never imports the domain; every domain
 * decider is one.
 */
export interface StreamFold<E, S> {
  /** Bump when the shape of State changes, so stored snapshots of the old shape are discarded. */
  readonly stateVersion: number;
  readonly initialState: S;
  evolve(state: S, event: E): S;
  /**
   * Set when other aggregates' commands rest on this stream's state (the process's closed months): a
   * command that only read it appends only if it is still at the version read.
   */
  readonly checkedWhenRead?: true;
}
