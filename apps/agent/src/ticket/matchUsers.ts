import { useMemo, useState } from 'react';
import type { UserSchema } from '@tuki/shared';

/** The `@query` being typed just before the caret, if any. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([\p{L}\p{N}._-]{0,40})$/u.exec(before);
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

/** Users whose name or email matches a mention query, best first. */
export function matchUsers(users: UserSchema[], query: string, limit = 6): UserSchema[] {
  const needle = query.toLocaleLowerCase();
  return users
    .filter((user) => user.active)
    .map((user) => {
      const name = user.name.toLocaleLowerCase();
      const score = name.startsWith(needle) ? 0 : name.split(/\s+/).some((part) => part.startsWith(needle)) ? 1 : user.email.toLowerCase().startsWith(needle) ? 2 : name.includes(needle) ? 3 : -1;
      return { user, score };
    })
    .filter((entry) => entry.score >= 0)
    .sort((a, b) => a.score - b.score || a.user.name.localeCompare(b.user.name))
    .slice(0, limit)
    .map((entry) => entry.user);
}

/** State of the @mention autocomplete for a textarea. */
export function useMentions(users: UserSchema[]) {
  const [active, setActive] = useState<{ start: number; query: string } | null>(null);
  const [index, setIndex] = useState(0);
  const options = useMemo(() => (active ? matchUsers(users, active.query) : []), [active, users]);

  return {
    open: active !== null && options.length > 0,
    options,
    index: Math.min(index, Math.max(0, options.length - 1)),
    start: active?.start ?? 0,
    query: active?.query ?? '',
    track: (text: string, caret: number) => {
      const next = mentionQueryAt(text, caret);
      setActive(next);
      if (!next || next.query !== active?.query) setIndex(0);
    },
    move: (step: number) => setIndex((current) => (options.length ? (current + step + options.length) % options.length : 0)),
    close: () => setActive(null),
  };
}
