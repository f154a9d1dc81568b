import { describe, expect, it } from 'vitest';
import type { UserSchema } from '@tuki/shared';
import { matchUsers } from './matchUsers.ts';

const user = (name: string, email: string, active = true) => ({ id: email, name, email, active }) as UserSchema;

describe('mentions', () => {
  it('ranks name prefixes first and skips deactivated users', () => {
    const users = [user('Mart Tamm', 'mart@x'), user('Aino Korhonen', 'aino@x'), user('Kai Aalto', 'kai@x'), user('Ainar Old', 'ainar@x', false)];
    expect(matchUsers(users, 'ai').map((found) => found.name)).toEqual(['Aino Korhonen', 'Kai Aalto']);
    expect(matchUsers(users, 'aa').map((found) => found.name)).toEqual(['Kai Aalto']);
  });
});
