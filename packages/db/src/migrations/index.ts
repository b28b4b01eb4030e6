import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.ts';
import * as plans from './0002-plans.ts';
import * as notifications from './0003-notifications.ts';
import * as reports from './0004-reports.ts';
import * as quizQuestions from './0005-quiz-questions.ts';
import * as quizContests from './0006-quiz-contests.ts';
import * as quizAttempts from './0007-quiz-attempts.ts';
import * as libraryBroadcast from './0008-library-broadcast.ts';
import * as signInThrottle from './0009-sign-in-throttle.ts';
import * as quizFairness from './0010-quiz-fairness.ts';
import * as closedPeriods from './0011-closed-periods.ts';
import * as dropAccountLock from './0012-drop-account-lock.ts';
import * as taskCoordination from './0013-task-coordination.ts';
import * as notificationResolved from './0014-notification-resolved.ts';
import * as indicatorMeasure from './0015-indicator-measure.ts';
import * as plansIssuedIndicator from './0016-plans-issued-indicator.ts';
import * as planImportParent from './0017-plan-import-parent.ts';
import * as linkedWork from './0018-linked-work.ts';
import * as training from './0019-training.ts';
import * as reportSigning from './0020-report-signing.ts';
import * as indicatorReportedBy from './0021-indicator-reported-by.ts';
import * as outputs from './0022-outputs.ts';
import * as assistant from './0023-assistant.ts';
import * as publicSection from './0024-public-section.ts';
import * as publicLibrary from './0025-public-library.ts';
import * as events from './0026-events.ts';
import * as honours from './0027-honours.ts';
import * as budget from './0028-budget.ts';
import * as sharedState from './0029-shared-state.ts';
import * as fileStorage from './0030-file-storage.ts';

/** Ordered migrations; add a file and a line here. Names sort in the order they are applied. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-plans': plans,
  '0003-notifications': notifications,
  '0004-reports': reports,
  '0005-quiz-questions': quizQuestions,
  '0006-quiz-contests': quizContests,
  '0007-quiz-attempts': quizAttempts,
  '0008-library-broadcast': libraryBroadcast,
  '0009-sign-in-throttle': signInThrottle,
  '0010-quiz-fairness': quizFairness,
  '0011-closed-periods': closedPeriods,
  '0012-drop-account-lock': dropAccountLock,
  '0013-task-coordination': taskCoordination,
  '0014-notification-resolved': notificationResolved,
  '0015-indicator-measure': indicatorMeasure,
  '0016-plans-issued-indicator': plansIssuedIndicator,
  '0017-plan-import-parent': planImportParent,
  '0018-linked-work': linkedWork,
  '0019-training': training,
  '0020-report-signing': reportSigning,
  '0021-indicator-reported-by': indicatorReportedBy,
  '0022-outputs': outputs,
  '0023-assistant': assistant,
  '0024-public-section': publicSection,
  '0025-public-library': publicLibrary,
  '0026-events': events,
  '0027-honours': honours,
  '0028-budget': budget,
  '0029-shared-state': sharedState,
  '0030-file-storage': fileStorage,
};
