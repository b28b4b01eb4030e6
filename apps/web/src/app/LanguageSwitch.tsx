import { message, Segmented } from 'antd';
import { useState } from 'react';
import { type Lang, useI18n } from '../i18n/i18n.tsx';

/**
 * VI / EN, on the sign-in page and in the app's header. English is fetched when first chosen: the
 * switch waits for it (and says so when it cannot be fetched, staying in Vietnamese).
 */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  // Its own holder: the sign-in page is outside antd's App (Frame.tsx).
  const [messages, messageHolder] = message.useMessage();
  const [switching, setSwitching] = useState(false);
  const choose = (next: Lang) => {
    setSwitching(true);
    void setLang(next)
      .catch(() => messages.error(t('errors.network')))
      .finally(() => setSwitching(false));
  };
  return (
    <>
      {messageHolder}
      <Segmented<Lang>
        size="small"
        aria-label={t('lang.switch')}
        value={lang}
        disabled={switching}
        onChange={choose}
        options={[
          { label: 'VI', value: 'vi' },
          { label: 'EN', value: 'en' },
        ]}
      />
    </>
  );
}
