import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  DatabaseOutlined,
  DownOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Avatar, Button, Drawer, Dropdown, Flex, Grid, Layout, Menu, type MenuProps, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { assistantNav } from '../features/assistant/routes.tsx';
import { broadcastNav } from '../features/broadcast/routes.tsx';
import { budgetNav } from '../features/budget/routes.tsx';
import { eventsNav } from '../features/events/routes.tsx';
import { feedbackNav } from '../features/feedback/routes.tsx';
import { honoursNav } from '../features/honours/routes.tsx';
import { libraryNav } from '../features/library/routes.tsx';
import { misinformationNav } from '../features/misinformation/routes.tsx';
import { outputsNav } from '../features/outputs/routes.tsx';
import { pressNav } from '../features/press/routes.tsx';
import { problemsNav } from '../features/problems/routes.tsx';
import { publicSiteNav } from '../features/public-site/routes.tsx';
import { reviewsNav } from '../features/reviews/routes.tsx';
import { scienceNav } from '../features/science/routes.tsx';
import { trainingNav } from '../features/training/routes.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { FullPageSpin } from '../shared/FullPageSpin.tsx';
import { useAuth, useMe } from './auth.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NotificationBell } from './NotificationBell.tsx';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { t } = useI18n();
  const me = useMe();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  // Below the lg breakpoint (tablets, a commune's phone) the menu is a drawer opened from the header.
  const narrow = Grid.useBreakpoint().lg === false;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const items: MenuProps['items'] = [
    { key: '/plans', icon: <FileTextOutlined />, label: t('nav.plans') },
    { key: '/my-tasks', icon: <CheckSquareOutlined />, label: t('nav.myTasks') },
    { key: '/calendar', icon: <CalendarOutlined />, label: t('nav.calendar') },
    { key: '/overdue', icon: <WarningOutlined />, label: t('nav.overdue') },
    // Reports are written by focal points and collected by coordinators; nobody else has one there.
    ...(me.abilities.updateTasks || me.abilities.managePlans
      ? [{ key: '/reports', icon: <FileDoneOutlined />, label: t('nav.reports') }]
      : []),
    { key: '/dashboard', icon: <BarChartOutlined />, label: t('nav.dashboard') },
    ...(me.abilities.manageContests
      ? [
          { key: '/quiz/contests', icon: <TrophyOutlined />, label: t('quiz.nav.contests') },
          { key: '/quiz/questions', icon: <DatabaseOutlined />, label: t('quiz.nav.questions') },
        ]
      : []),
    ...[
      ...libraryNav,
      ...assistantNav,
      ...broadcastNav,
      ...trainingNav,
      ...outputsNav,
      ...pressNav,
      ...scienceNav,
      ...problemsNav,
      ...feedbackNav,
      ...misinformationNav,
      ...publicSiteNav,
      ...eventsNav,
      ...honoursNav,
      ...budgetNav,
      ...reviewsNav,
    ]
      .filter((n) => n.ability === null || me.abilities[n.ability])
      .map((n) => ({ key: n.key, icon: n.icon, label: t(n.labelKey) })),
    { key: '/bodies', icon: <ApartmentOutlined />, label: t('nav.bodies') },
    ...(me.abilities.manageUsers ? [{ key: '/users', icon: <TeamOutlined />, label: t('nav.users') }] : []),
    ...(me.abilities.readAudit ? [{ key: '/audit', icon: <AuditOutlined />, label: t('nav.audit') }] : []),
  ];
  const [, section = '', subsection = ''] = location.pathname.split('/');
  // A plan's review and its assignments belong to the plans section; the quiz and broadcasting have two.
  const selected =
    section === 'plan-imports'
      ? '/plans'
      : section === 'assignments'
        ? '/my-tasks'
        : section === 'quiz'
          ? `/quiz/${subsection === 'questions' ? 'questions' : 'contests'}`
          : section === 'broadcast'
            ? `/broadcast/${subsection === 'stations' ? 'stations' : 'bulletins'}`
            : section === 'training'
              ? `/training/${subsection === 'people' || subsection === 'teams' ? subsection : 'courses'}`
              : section === 'outputs'
                ? // The items sent down are reached from the register: it stays lit for them.
                  `/outputs${subsection === 'channels' || subsection === 'todo' ? `/${subsection}` : ''}`
                : section === 'press'
                  ? `/press/${subsection === 'releases' ? 'releases' : 'network'}`
                  : `/${section}`;

  const userMenu: MenuProps = {
    items: [
      { key: 'password', icon: <KeyOutlined />, label: t('nav.changePassword') },
      { type: 'divider' },
      { key: 'signOut', icon: <LogoutOutlined />, label: t('nav.signOut'), danger: true },
    ],
    onClick: ({ key }) => {
      if (key === 'password') void navigate('/account/password');
      if (key === 'signOut') {
        signOut()
          .catch(() => {})
          .finally(() => navigate('/sign-in', { replace: true }));
      }
    },
  };

  const brand = (
    <Flex align="center" gap={8} style={{ height: 64, padding: '0 20px' }}>
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <Typography.Title level={4} style={{ margin: 0, color: '#b4232a' }}>
        {t('app.name')}
      </Typography.Title>
    </Flex>
  );
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
      items={items}
      onClick={({ key }) => {
        setDrawerOpen(false);
        void navigate(key);
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {narrow ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          closable={false}
          styles={{ body: { padding: 0 } }}
        >
          <aside>
            {brand}
            {menu}
          </aside>
        </Drawer>
      ) : (
        <Sider
          width={220}
          theme="light"
          style={{
            borderRight: '1px solid #f0f0f0',
            position: 'sticky',
            top: 0,
            height: '100vh',
            overflow: 'auto',
          }}
        >
          {brand}
          {menu}
        </Sider>
      )}
      {/* minWidth 0: a wide table scrolls inside its card instead of widening the page. */}
      <Layout style={{ minWidth: 0 }}>
        <Header
          style={{
            background: '#fff',
            padding: narrow ? '0 8px' : '0 24px',
            borderBottom: '1px solid #f0f0f0',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: narrow ? 8 : 16,
          }}
        >
          {narrow && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('nav.openMenu')}
              onClick={() => setDrawerOpen(true)}
            />
          )}
          <Typography.Text type="secondary" ellipsis style={{ flex: 1, minWidth: 0 }}>
            {me.user.body.name}
          </Typography.Text>
          <Flex align="center" gap={narrow ? 4 : 16} style={{ flexShrink: 0 }}>
            <LanguageSwitch />
            <NotificationBell />
            <Dropdown menu={userMenu} trigger={['click']}>
              <Button
                type="text"
                data-testid="user-menu"
                style={{ height: 40 }}
                aria-label={me.user.fullName}
              >
                <Flex align="center" gap={8}>
                  <Avatar size="small" icon={<UserOutlined />} style={{ background: '#b4232a' }} />
                  {!narrow && <span>{me.user.fullName}</span>}
                  <DownOutlined style={{ fontSize: 10 }} />
                </Flex>
              </Button>
            </Dropdown>
          </Flex>
        </Header>
        <Content style={{ padding: narrow ? 12 : 24 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
