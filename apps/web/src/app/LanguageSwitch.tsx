import { Segmented } from 'antd';
import { type Lang, useI18n } from '../i18n/i18n.tsx';

/** VI / EN, on the sign-in page and in the app's header. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      size="small"
      aria-label={t('lang.switch')}
      value={lang}
      onChange={setLang}
      options={[
        { label: 'VI', value: 'vi' },
        { label: 'EN', value: 'en' },
      ]}
    />
  );
}
