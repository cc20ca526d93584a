/** An event-sourced decision model, in the style of Emmett's `Decider`: pure, no I/O, no clock. */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}
