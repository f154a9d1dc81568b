import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { Language } from '@tuki/shared';
import { LANGUAGES } from '@tuki/shared/enums';
import { adminApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useApiData } from '../common/useApiData.ts';
import { useToast } from '../common/ToastProvider.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { Loading } from '../common/Loading.tsx';
import { languageName } from '../common/labels.ts';
import { timeZoneOptions } from '../shell/timeZones.ts';

/** Workspace settings: name, time zone, languages. */
export function WorkspacePage() {
  const t = useT();
  const toast = useToast();
  const settings = useApiData(() => adminApi.workspace(), []);
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState('UTC');
  const [languages, setLanguages] = useState<Set<Language>>(new Set());
  const [defaultLanguage, setDefaultLanguage] = useState<Language>('en');
  const [error, setError] = useState<unknown>(null);
  const zones = useMemo(() => timeZoneOptions(timeZone), [timeZone]);

  useEffect(() => {
    if (!settings.data) return;
    setName(settings.data.name);
    setTimeZone(settings.data.timeZone);
    setLanguages(new Set(settings.data.languages));
    setDefaultLanguage(settings.data.defaultLanguage);
  }, [settings.data]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      settings.setData(await adminApi.updateWorkspace({ name: name.trim(), timeZone, languages: [...languages], defaultLanguage }));
      toast.success(t('admin.saved'));
    } catch (caught) {
      setError(caught);
    }
  };

  if (settings.error) return <ErrorBanner error={settings.error} onRetry={() => void settings.reload()} />;
  if (!settings.data) return <Loading />;
  return (
    <form className="admin-section card card-pad" onSubmit={save}>
      <h2>{t('admin.workspace')}</h2>
      <ErrorBanner error={error} />
      <label className="field"><span>{t('admin.name')}</span><input type="text" required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} /></label>
      <label className="field">
        <span>{t('profile.timeZone')}</span>
        <select value={timeZone} onChange={(event) => setTimeZone(event.target.value)}>
          {zones.map((zone) => <option key={zone} value={zone}>{zone.replaceAll('_', ' ')}</option>)}
        </select>
      </label>
      <fieldset className="checkbox-grid" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="field"><span>{t('admin.languages')}</span></legend>
        {LANGUAGES.map((code) => (
          <label key={code}>
            <input type="checkbox" checked={languages.has(code)} disabled={code === defaultLanguage} onChange={(event) => setLanguages((current) => { const next = new Set(current); if (event.target.checked) next.add(code); else next.delete(code); return next; })} />
            {languageName(t, code)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('admin.defaultLanguage')}</span>
        <select value={defaultLanguage} onChange={(event) => { const code = event.target.value as Language; setDefaultLanguage(code); setLanguages((current) => new Set([...current, code])); }}>
          {LANGUAGES.map((code) => <option key={code} value={code}>{languageName(t, code)}</option>)}
        </select>
      </label>
      <div><button type="submit" className="btn btn-primary">{t('common.save')}</button></div>
    </form>
  );
}
