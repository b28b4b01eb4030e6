import { ConfigProvider } from 'antd';
import enUSModule from 'antd/es/locale/en_US.js';
import type { Locale } from 'antd/es/locale/index.js';
import viVNModule from 'antd/es/locale/vi_VN.js';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { I18nProvider, useI18n } from '../i18n/i18n.tsx';
import '../shared/format.ts';
import { usePrefersReducedMotion } from '../shared/usePrefersReducedMotion.ts';
import { AuthProvider } from './auth.tsx';
import { router } from './routes.tsx';

// antd's ES builds of its locales: its own default (en_US) is that very module, so English costs nothing
// more, where `antd/locale/*` (CommonJS) brought a second copy of each language into the first load.
/** antd's package is not marked as ES modules: TypeScript types the default import as the module. */
function interopDefault(module: unknown): Locale {
  const value = module as { default?: Locale } & Locale;
  return value.default ?? value;
}
const enUS = interopDefault(enUSModule);
const viVN = interopDefault(viVNModule);

const theme = {
  token: {
    colorPrimary: '#b4232a',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  },
};

function Localised() {
  const { lang } = useI18n();
  const reducedMotion = usePrefersReducedMotion();
  const themed = useMemo(() => ({ token: { ...theme.token, motion: !reducedMotion } }), [reducedMotion]);
  // Set synchronously so that dates formatted during this render already use the language.
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={themed}>
      {/* antd's App (messages, notifications, confirmations) wraps the signed-in frame only (Frame.tsx). */}
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Localised />
    </I18nProvider>
  );
}
