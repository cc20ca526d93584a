import { Module } from '@nestjs/common';
import { RecordSelfScoreHandler } from './record-self-score/record-self-score.handler';
import { RecordSelfScoreResolver } from './record-self-score/record-self-score.resolver';
import { RecordSelfScoresHandler } from './record-self-scores/record-self-scores.handler';
import { RecordSelfScoresResolver } from './record-self-scores/record-self-scores.resolver';
import { RecordAppraisedScoresHandler } from './record-appraised-scores/record-appraised-scores.handler';
import { RecordAppraisedScoresResolver } from './record-appraised-scores/record-appraised-scores.resolver';
import { RecordAppraisedScoreHandler } from './record-appraised-score/record-appraised-score.handler';
import { RecordAppraisedScoreResolver } from './record-appraised-score/record-appraised-score.resolver';
import { ScoreHistoryHandler } from './score-history/score-history.handler';
import { ScoreHistoryResolver } from './score-history/score-history.resolver';
import { VerifyAuditTrailHandler } from './verify-audit-trail/verify-audit-trail.handler';
import { VerifyAuditTrailResolver } from './verify-audit-trail/verify-audit-trail.resolver';
import { MarkNotApplicableHandler } from './mark-not-applicable/mark-not-applicable.handler';
import { MarkNotApplicableResolver } from './mark-not-applicable/mark-not-applicable.resolver';
import { ClearNotApplicableHandler } from './clear-not-applicable/clear-not-applicable.handler';
import { ClearNotApplicableResolver } from './clear-not-applicable/clear-not-applicable.resolver';
import { UnitAssessmentHandler } from './unit-assessment/unit-assessment.handler';
import { SubmitSelfAssessmentHandler } from './submit-self-assessment/submit-self-assessment.handler';
import { SubmitSelfAssessmentResolver } from './submit-self-assessment/submit-self-assessment.resolver';
import { ReopenSelfAssessmentHandler } from './reopen-self-assessment/reopen-self-assessment.handler';
import { ReopenSelfAssessmentResolver } from './reopen-self-assessment/reopen-self-assessment.resolver';
import { AttachEvidenceHandler } from './attach-evidence/attach-evidence.handler';
import { AttachEvidenceResolver } from './attach-evidence/attach-evidence.resolver';
import { DetachEvidenceHandler } from './detach-evidence/detach-evidence.handler';
import { DetachEvidenceResolver } from './detach-evidence/detach-evidence.resolver';
import { WriteItemExplanationHandler } from './write-item-explanation/write-item-explanation.handler';
import { WriteItemExplanationResolver } from './write-item-explanation/write-item-explanation.resolver';
import { EvidenceDownloadHandler } from './evidence-download/evidence-download.handler';
import { EvidenceDownloadResolver } from './evidence-download/evidence-download.resolver';
import { SelfAssessmentViewHandler } from './self-assessment-view/self-assessment-view.handler';
import { SelfAssessmentViewResolver } from './self-assessment-view/self-assessment-view.resolver';
import { UnitAssessmentFieldsResolver, UnitAssessmentResolver } from './unit-assessment/unit-assessment.resolver';
import { AuditHistoryHandler } from './audit-history/audit-history.handler';
import { AuditHistoryResolver } from './audit-history/audit-history.resolver';
import { AssessmentAsOfHandler, CycleScoresAsOfHandler } from './assessment-as-of/assessment-as-of.handler';
import { AssessmentAsOfResolver } from './assessment-as-of/assessment-as-of.resolver';
import { AssessmentDiffHandler, CycleDiffHandler } from './assessment-diff/assessment-diff.handler';
import { AssessmentDiffResolver } from './assessment-diff/assessment-diff.resolver';
import { AuditExportHandler } from './audit-export/audit-export.handler';
import { AuditExportResolver } from './audit-export/audit-export.resolver';
import { AssignAppraisersHandler } from './assign-appraisers/assign-appraisers.handler';
import { AssignAppraisersResolver } from './assign-appraisers/assign-appraisers.resolver';
import { UnassignAppraisersHandler } from './unassign-appraisers/unassign-appraisers.handler';
import { UnassignAppraisersResolver } from './unassign-appraisers/unassign-appraisers.resolver';
import { AppraisalAssignmentsHandler } from './appraisal-assignments/appraisal-assignments.handler';
import { AppraisalAssignmentsResolver } from './appraisal-assignments/appraisal-assignments.resolver';
import { SubmitExplanationHandler } from './submit-explanation/submit-explanation.handler';
import { SubmitExplanationResolver } from './submit-explanation/submit-explanation.resolver';
import { DecideExplanationHandler } from './decide-explanation/decide-explanation.handler';
import { DecideExplanationResolver } from './decide-explanation/decide-explanation.resolver';
import { ExplanationThreadHandler } from './explanation-thread/explanation-thread.handler';
import { ExplanationThreadResolver } from './explanation-thread/explanation-thread.resolver';
import { FinalizeAppraisalHandler } from './finalize-appraisal/finalize-appraisal.handler';
import { FinalizeAppraisalResolver } from './finalize-appraisal/finalize-appraisal.resolver';
import { ReopenAppraisalHandler } from './reopen-appraisal/reopen-appraisal.handler';
import { ReopenAppraisalResolver } from './reopen-appraisal/reopen-appraisal.resolver';
import { CycleDashboardHandler } from './cycle-dashboard/cycle-dashboard.handler';
import { CycleDashboardResolver } from './cycle-dashboard/cycle-dashboard.resolver';
import { AppraisalQueueHandler } from './appraisal-queue/appraisal-queue.handler';
import { AppraisalQueueResolver } from './appraisal-queue/appraisal-queue.resolver';

/**
 * The assessments service: self-assessment and appraisal, event-sourced; the audit trail of every score.
 * Runtime, GraphQL, event store (`EVENT_STORE`) and pipeline come from the service definition (`serviceModule`).
 */
@Module({
  providers: [
    RecordSelfScoreHandler,
    RecordSelfScoreResolver,
    RecordAppraisedScoreHandler,
    RecordAppraisedScoreResolver,
    RecordSelfScoresHandler,
    RecordSelfScoresResolver,
    RecordAppraisedScoresHandler,
    RecordAppraisedScoresResolver,
    ScoreHistoryHandler,
    ScoreHistoryResolver,
    VerifyAuditTrailHandler,
    VerifyAuditTrailResolver,
    MarkNotApplicableHandler,
    MarkNotApplicableResolver,
    ClearNotApplicableHandler,
    ClearNotApplicableResolver,
    UnitAssessmentHandler,
    UnitAssessmentResolver,
    UnitAssessmentFieldsResolver,
    AuditHistoryHandler,
    AuditHistoryResolver,
    AssessmentAsOfHandler,
    CycleScoresAsOfHandler,
    AssessmentAsOfResolver,
    AssessmentDiffHandler,
    CycleDiffHandler,
    AssessmentDiffResolver,
    AuditExportHandler,
    AuditExportResolver,
    SubmitSelfAssessmentHandler,
    SubmitSelfAssessmentResolver,
    ReopenSelfAssessmentHandler,
    ReopenSelfAssessmentResolver,
    AttachEvidenceHandler,
    AttachEvidenceResolver,
    DetachEvidenceHandler,
    DetachEvidenceResolver,
    WriteItemExplanationHandler,
    WriteItemExplanationResolver,
    EvidenceDownloadHandler,
    EvidenceDownloadResolver,
    SelfAssessmentViewHandler,
    SelfAssessmentViewResolver,
    AssignAppraisersHandler,
    AssignAppraisersResolver,
    UnassignAppraisersHandler,
    UnassignAppraisersResolver,
    AppraisalAssignmentsHandler,
    AppraisalAssignmentsResolver,
    SubmitExplanationHandler,
    SubmitExplanationResolver,
    DecideExplanationHandler,
    DecideExplanationResolver,
    ExplanationThreadHandler,
    ExplanationThreadResolver,
    FinalizeAppraisalHandler,
    FinalizeAppraisalResolver,
    ReopenAppraisalHandler,
    ReopenAppraisalResolver,
    CycleDashboardHandler,
    CycleDashboardResolver,
    AppraisalQueueHandler,
    AppraisalQueueResolver,
  ],
})
export class AssessmentsModule {}
