import type { UserSchema } from '@tuki/shared';

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
