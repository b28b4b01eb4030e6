import { App as AntApp } from 'antd';
import { AppLayout } from './AppLayout.tsx';

/**
 * The signed-in app: antd's App (the hooks for messages, notifications and confirmations the screens
 * use) around the frame. Here rather than around the whole app: the sign-in page needs none of it, and
 * it weighs ~15 KB of brotli in a commune's first load.
 */
export function Frame() {
  return (
    <AntApp>
      <AppLayout />
    </AntApp>
  );
}
