import { Alert, Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { FullPageSpin } from './FullPageSpin.tsx';
import type { PendingResource } from './useResource.ts';

/** The "not found" page: a title, perhaps a hint, and a button back to `to`. */
export function NotFoundResult({
  title,
  subTitle,
  to,
  back,
  testId,
}: {
  title: ReactNode;
  subTitle?: ReactNode;
  to: string;
  back: ReactNode;
  testId?: string;
}) {
  return (
    <Result
      status="404"
      title={title}
      subTitle={subTitle}
      data-testid={testId}
      extra={
        <Link to={to}>
          <Button type="primary">{back}</Button>
        </Link>
      }
    />
  );
}

/** What a page shows until its resource is there: the spinner, `notFound`, or the error. */
export function ResourcePending({ resource, notFound }: { resource: PendingResource; notFound: ReactNode }) {
  if (resource.state === 'loading') return <FullPageSpin />;
  if (resource.state === 'notFound') return notFound;
  return <Alert type="error" showIcon title={resource.message} />;
}
