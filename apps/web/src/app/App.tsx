import { App as AntApp, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale/index.js';
import enUSModule from 'antd/locale/en_US.js';
import viVNModule from 'antd/locale/vi_VN.js';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { I18nProvider, useI18n } from '../i18n/i18n.tsx';
import '../shared/format.ts';
import { AuthProvider } from './auth.tsx';
import { router } from './routes.tsx';

/** antd's locale files are CommonJS: the bundler may hand over the module or its `default`. */
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
  // Set synchronously so that dates formatted during this render already use the language.
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={theme}>
      <AntApp>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </AntApp>
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
