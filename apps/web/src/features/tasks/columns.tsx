import { type TableColumnType, Typography } from 'antd';
import { Link } from 'react-router';
import type { Translate } from '../../i18n/i18n.tsx';

interface AssignmentRow {
  assignmentId: string;
  task: { ref: string; title: string };
}

/** A click on the row opens its assignment. */
export function rowOpensAssignment(navigate: (to: string) => void) {
  return (row: { assignmentId: string }) => ({
    onClick: () => navigate(`/assignments/${row.assignmentId}`),
    style: { cursor: 'pointer' },
  });
}

/** The task's number and title, a link to the assignment. */
export function taskColumn<Row extends AssignmentRow>(t: Translate): TableColumnType<Row> {
  return {
    title: t('myTasks.task'),
    key: 'task',
    render: (_v, row) => (
      <Link to={`/assignments/${row.assignmentId}`} onClick={(e) => e.stopPropagation()}>
        <Typography.Text strong>{row.task.ref}</Typography.Text> {row.task.title}
      </Link>
    ),
  };
}
