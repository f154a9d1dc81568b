import { useCallback, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { LANGUAGES } from '@tuki/shared/enums';
import type { Language } from '@tuki/shared';
import { useT } from '../i18n/useT.ts';
import { useSession, useSessionContext } from '../session/useSession.ts';
import { useToast } from '../common/ToastProvider.tsx';
import { useDismiss } from '../common/useDismiss.ts';
import { languageName, roleLabel } from '../common/labels.ts';
import { Avatar } from '../common/Avatar.tsx';
import { timeZoneOptions } from './timeZones.ts';

/** The avatar menu: who is signed in, language, time zone, shortcuts, sign out. */
export function UserMenu({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const t = useT();
  const toast = useToast();
  const { user } = useSession();
  const { logout, updateProfile } = useSessionContext();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const zones = useMemo(() => timeZoneOptions(user.timeZone), [user.timeZone]);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(panelRef, open, close, buttonRef);

  const save = async (changes: { language?: Language; timeZone?: string }) => {
    setSaving(true);
    try {
      await updateProfile(changes);
      toast.success(t('profile.saved'));
    } catch (error) {
      toast.error(error);
    } finally {
      setSaving(false);
    }
  };

  const onLogout = async () => {
    try {
      await logout();
    } catch (error) {
      toast.error(error);
    }
  };

  return (
    <div className="popover-anchor" ref={panelRef}>
      <button ref={buttonRef} type="button" className="user-button" aria-haspopup="true" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
        <Avatar name={user.name} />
        <span className="visually-hidden">{t('shell.userMenu', { name: user.name })}</span>
      </button>
      {open && (
        <div className="popover user-menu" role="region" aria-label={t('shell.userMenu', { name: user.name })}>
          <div className="user-menu-who">
            <strong>{user.name}</strong>
            <span className="muted">{user.email}</span>
            <span className="badge">{roleLabel(t, user.role)}</span>
          </div>
          <label className="field">
            <span>{t('profile.language')}</span>
            <select value={user.language} disabled={saving} onChange={(event) => void save({ language: event.target.value as Language })}>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>{languageName(t, code)}</option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('profile.timeZone')}</span>
            <select value={user.timeZone} disabled={saving} onChange={(event) => void save({ timeZone: event.target.value })}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>{zone.replaceAll('_', ' ')}</option>
              ))}
            </select>
          </label>
          <div className="user-menu-links">
            <Link to="/profile" onClick={close}>{t('profile.title')}</Link>
            <button type="button" className="link-button" onClick={() => { close(); onShowShortcuts(); }}>
              {t('shortcuts.title')}
            </button>
          </div>
          <button type="button" className="btn btn-block" onClick={() => void onLogout()}>
            {t('shell.logout')}
          </button>
        </div>
      )}
    </div>
  );
}
