import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT.ts';

/** The `?` overlay listing keyboard shortcuts. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      previous?.focus();
    };
  }, [onClose]);

  const rows: [string, string][] = [
    ['j', t('shortcuts.next')],
    ['k', t('shortcuts.previous')],
    ['o', t('shortcuts.open')],
    ['x', t('shortcuts.select')],
    ['r', t('shortcuts.reply')],
    ['n', t('shortcuts.note')],
    ['a', t('shortcuts.assignToMe')],
    ['s', t('shortcuts.status')],
    ['/', t('shortcuts.search')],
    ['g', t('shortcuts.home')],
    ['?', t('shortcuts.help')],
  ];

  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcut-title" onClick={(event) => event.stopPropagation()}>
        <h2 id="shortcut-title">{t('shortcuts.title')}</h2>
        <table className="shortcut-table">
          <tbody>
            {rows.map(([key, label]) => (
              <tr key={key}>
                <td><kbd>{key}</kbd></td>
                <td>{label}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="dialog-actions">
          <button ref={closeRef} type="button" className="btn" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
