import type { Decider } from '@par/kernel';
import type { AppraisalAssignmentEvent } from './appraisal-assignments.events';
import {
  evolveAppraisalAssignments,
  initialAppraisalAssignmentsState,
  type AppraisalAssignmentsState,
} from './appraisal-assignments.state';
import { decideAssignAppraisers, type AssignAppraisers } from '../assign-appraisers/assign-appraisers.decide';
import { decideUnassignAppraisers, type UnassignAppraisers } from '../unassign-appraisers/unassign-appraisers.decide';

export type AppraisalAssignmentCommand = AssignAppraisers | UnassignAppraisers;

/** The appraiser assignments of one cycle (stream `appraisal-assignments:<province>:<cycleId>`): pure decide + evolve. */
export const appraisalAssignmentsDecider: Decider<AppraisalAssignmentCommand, AppraisalAssignmentEvent, AppraisalAssignmentsState> = {
  decide(command, state) {
    switch (command.type) {
      case 'AssignAppraisers':
        return decideAssignAppraisers(command, state);
      case 'UnassignAppraisers':
        return decideUnassignAppraisers(command, state);
    }
  },
  evolve: evolveAppraisalAssignments,
  initialState: initialAppraisalAssignmentsState,
};
