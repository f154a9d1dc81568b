import { describe, expect, it } from 'vitest';
import type { UserSchema } from '@tuki/shared';
import { matchUsers, mentionQueryAt } from './useMentions.ts';

const user = (name: string, email: string, active = true) => ({ id: email, name, email, active }) as UserSchema;

describe('mentions', () => {
  it('finds the @query just before the caret', () => {
    expect(mentionQueryAt('Hi @Ai', 6)).toEqual({ start: 3, query: 'Ai' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('mail me at someone@example', 26)).toBeNull();
    expect(mentionQueryAt('Hi @Ai there', 12)).toBeNull();
  });

  it('ranks name prefixes first and skips deactivated users', () => {
    const users = [user('Mart Tamm', 'mart@x'), user('Aino Korhonen', 'aino@x'), user('Kai Aalto', 'kai@x'), user('Ainar Old', 'ainar@x', false)];
    expect(matchUsers(users, 'ai').map((found) => found.name)).toEqual(['Aino Korhonen', 'Kai Aalto']);
    expect(matchUsers(users, 'aa').map((found) => found.name)).toEqual(['Kai Aalto']);
  });
});
