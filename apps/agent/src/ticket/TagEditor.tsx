import { useEffect, useId, useState, type FormEvent } from 'react';
import { adminApi, type TagCount } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';

let tagCache: Promise<TagCount[]> | null = null;

/** Ticket tags as removable chips plus an input with suggestions from existing tags. */
export function TagEditor({ tags, busy, status, onChange }: { tags: string[]; busy: boolean; status: string; onChange: (tags: string[]) => void }) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState('');
  const [suggestions, setSuggestions] = useState<TagCount[]>([]);

  useEffect(() => {
    tagCache ??= adminApi.tags().then((result) => result.data);
    tagCache.then(setSuggestions, (error: unknown) => {
      tagCache = null;
      console.error('Could not load tag suggestions', error);
    });
  }, []);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const tag = value.trim().toLowerCase().replace(/\s+/g, '-');
    if (!tag || tags.includes(tag)) return setValue('');
    onChange([...tags, tag]);
    setValue('');
  };

  return (
    <div className="prop">
      <label htmlFor={id}>{t('ticket.tags')} <em>{status}</em></label>
      <div className="chips">
        {tags.map((tag) => (
          <span key={tag} className="chip">
            {tag}
            <button type="button" className="chip-remove" disabled={busy} onClick={() => onChange(tags.filter((other) => other !== tag))} aria-label={t('ticket.removeTag', { tag })}>
              ×
            </button>
          </span>
        ))}
      </div>
      <form onSubmit={add} className="prop-row">
        <input id={id} type="text" list={`${id}-list`} placeholder={t('ticket.addTag')} value={value} disabled={busy} onChange={(event) => setValue(event.target.value)} />
        <datalist id={`${id}-list`}>
          {suggestions.filter((tag) => !tags.includes(tag.name)).slice(0, 50).map((tag) => <option key={tag.name} value={tag.name} />)}
        </datalist>
        <button type="submit" className="btn btn-small" disabled={busy || !value.trim()}>{t('inbox.addTag')}</button>
      </form>
    </div>
  );
}
