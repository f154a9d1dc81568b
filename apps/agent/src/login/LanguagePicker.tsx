import { LANGUAGES } from '@tuki/shared/enums';
import { useI18n } from '../i18n/useT.ts';
import { languageName } from '../common/labels.ts';

/** Lets a signed-out visitor switch the interface language. */
export function LanguagePicker() {
  const { language, setLanguage, t } = useI18n();
  return (
    <label className="login-language">
      <span>{t('login.language')}</span>
      <select value={language} onChange={(event) => setLanguage(event.target.value as typeof language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {languageName(t, code)}
          </option>
        ))}
      </select>
    </label>
  );
}
