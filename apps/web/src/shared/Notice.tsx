import { Alert, type AlertProps } from 'antd';

/**
 * A message at the head of a page, a tab or a dialog: antd's Alert with its icon and the space the
 * app keeps below it, so every screen's notices look and sit alike.
 */
export function Notice({ style, ...props }: Omit<AlertProps, 'showIcon'>) {
  return <Alert showIcon style={{ marginBottom: 16, ...style }} {...props} />;
}
