import { Alert, Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type MessageKey, useT } from '../i18n/i18n.tsx';
import { FullPageSpin } from './FullPageSpin.tsx';
import type { PendingResource } from './useResource.ts';

interface NotFoundProps {
  title: ReactNode;
  subTitle?: ReactNode;
  to: string;
  back: ReactNode;
  testId?: string;
}

/** The "not found" page: a title, perhaps a hint, and a button back to `to`. */
export function NotFoundResult({ title, subTitle, to, back, testId }: NotFoundProps) {
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

/** A page's "not found": its title, perhaps a hint, and the way back (a button `back` to `to`). */
export interface NotFound {
  title: MessageKey;
  hint?: MessageKey;
  to: string;
  back: MessageKey;
  testId?: string;
}

/** What a page shows until its resource is there: the spinner, the error, or its "not found". */
export function ResourcePending({ resource, notFound }: { resource: PendingResource; notFound: NotFound }) {
  const t = useT();
  if (resource.state === 'loading') return <FullPageSpin />;
  if (resource.state === 'notFound')
    return (
      <NotFoundResult
        title={t(notFound.title)}
        subTitle={notFound.hint && t(notFound.hint)}
        to={notFound.to}
        back={t(notFound.back)}
        testId={notFound.testId}
      />
    );
  return <Alert type="error" showIcon title={resource.message} />;
}
