import { hash } from '@node-rs/argon2';
import type { CreateUserBody } from '@tuki/shared';
import type { CommandContext } from '../../../lib/context.ts';
import { users } from '../../../db/schema/index.ts';
import { AppError, isUniqueViolation } from '../../../lib/errors.ts';
import { assertTimeZone } from '../../../lib/time.ts';

/** Adds a user to the acting admin's workspace. Without a password the user cannot log in until one is set. */
export async function createUser(ctx: CommandContext, input: CreateUserBody) {
  if (input.timeZone) assertTimeZone(input.timeZone);
  const passwordHash = input.password ? await hash(input.password) : null;
  try {
    const [row] = await ctx.db
      .insert(users)
      .values({
        workspaceId: ctx.actor.workspaceId,
        email: input.email.trim(),
        name: input.name.trim(),
        role: input.role,
        passwordHash,
        language: input.language ?? 'en',
        timeZone: input.timeZone ?? 'Europe/Helsinki',
      })
      .returning();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'A user with that e-mail address already exists');
    throw error;
  }
}

