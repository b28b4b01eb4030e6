import { type TableColumnType, Typography } from 'antd';
import type { Translate } from '../../i18n/i18n.tsx';
import { RowLink, rowOpens } from '../../shared/rowLinks.tsx';

interface AssignmentRow {
  assignmentId: string;
  task: { ref: string; title: string };
}

/** A click on the row opens its assignment. */
export function rowOpensAssignment(navigate: (to: string) => void) {
  return rowOpens((row: { assignmentId: string }) => navigate(`/assignments/${row.assignmentId}`));
}

/** The task's number and title, a link to the assignment. */
export function taskColumn<Row extends AssignmentRow>(t: Translate): TableColumnType<Row> {
  return {
    title: t('myTasks.task'),
    key: 'task',
    render: (_v, row) => (
      <RowLink to={`/assignments/${row.assignmentId}`}>
        <Typography.Text strong>{row.task.ref}</Typography.Text> {row.task.title}
      </RowLink>
    ),
  };
}
