import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { GroupSchema, UserSchema } from '@tuki/shared';
import { peopleApi } from '../api/endpoints.ts';
import { useToast } from '../common/ToastProvider.tsx';

/** Agents and groups of the workspace, loaded once for pickers, names and mentions. */
export type Directory = {
  users: UserSchema[];
  groups: GroupSchema[];
  userName: (id: string | null | undefined) => string | null;
  groupName: (id: string | null | undefined) => string | null;
  reload: () => Promise<void>;
};

const DirectoryContext = createContext<Directory | null>(null);

/** Loads users (all pages) and groups, and exposes them to the app. */
export function DirectoryProvider({ children }: { children: ReactNode }) {
  const toast = useToast();
  const [users, setUsers] = useState<UserSchema[]>([]);
  const [groups, setGroups] = useState<GroupSchema[]>([]);

  const reload = useCallback(async () => {
    try {
      const all: UserSchema[] = [];
      let cursor: string | null = null;
      do {
        const page = await peopleApi.users(cursor);
        all.push(...page.data);
        cursor = page.nextCursor;
      } while (cursor && all.length < 5000);
      setUsers(all);
      setGroups((await peopleApi.groups()).data);
    } catch (error) {
      toast.error(error);
    }
  }, [toast]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const value = useMemo<Directory>(() => {
    const usersById = new Map(users.map((user) => [user.id, user]));
    const groupsById = new Map(groups.map((group) => [group.id, group]));
    return {
      users,
      groups,
      userName: (id) => (id ? (usersById.get(id)?.name ?? null) : null),
      groupName: (id) => (id ? (groupsById.get(id)?.name ?? null) : null),
      reload,
    };
  }, [users, groups, reload]);

  return <DirectoryContext.Provider value={value}>{children}</DirectoryContext.Provider>;
}

/** The workspace directory of agents and groups. */
export function useDirectory(): Directory {
  const directory = useContext(DirectoryContext);
  if (!directory) throw new Error('useDirectory must be used inside <DirectoryProvider>');
  return directory;
}
