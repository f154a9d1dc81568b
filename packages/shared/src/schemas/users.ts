import { Type, type Static } from 'typebox';
import { Id, Nullable, Timestamp } from './common.ts';
import { GROUP_KINDS, LANGUAGES, USER_ROLES } from '../enums.ts';

/** An agent, supervisor, admin or read-only user of a workspace. */
export const UserSchema = Type.Object({
  id: Id,
  workspaceId: Id,
  email: Type.String(),
  name: Type.String(),
  role: Type.Enum(USER_ROLES),
  language: Type.Enum(LANGUAGES),
  timeZone: Type.String(),
  active: Type.Boolean(),
  createdAt: Timestamp,
});
export type UserSchema = Static<typeof UserSchema>;

/** Body to create (invite) a user. */
export const CreateUserBody = Type.Object({
  email: Type.String({ format: 'email', maxLength: 320 }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  role: Type.Enum(USER_ROLES),
  password: Type.Optional(Type.String({ minLength: 10, maxLength: 200 })),
  language: Type.Optional(Type.Enum(LANGUAGES)),
  timeZone: Type.Optional(Type.String({ maxLength: 64 })),
});
export type CreateUserBody = Static<typeof CreateUserBody>;

/** Body to change a user (admins change anyone; users change their own profile). */
export const UpdateUserBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  role: Type.Optional(Type.Enum(USER_ROLES)),
  language: Type.Optional(Type.Enum(LANGUAGES)),
  timeZone: Type.Optional(Type.String({ maxLength: 64 })),
  active: Type.Optional(Type.Boolean()),
  password: Type.Optional(Type.String({ minLength: 10, maxLength: 200 })),
});
export type UpdateUserBody = Static<typeof UpdateUserBody>;

/** A group: a support tier or a department such as Billing. */
export const GroupSchema = Type.Object({
  id: Id,
  name: Type.String(),
  description: Type.String(),
  kind: Type.Enum(GROUP_KINDS),
  memberIds: Type.Array(Id),
  createdAt: Timestamp,
});
export type GroupSchema = Static<typeof GroupSchema>;

/** Body to create or change a group. */
export const GroupBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  description: Type.Optional(Type.String({ maxLength: 1000 })),
  kind: Type.Optional(Type.Enum(GROUP_KINDS)),
  memberIds: Type.Optional(Type.Array(Id, { maxItems: 1000 })),
});
export type GroupBody = Static<typeof GroupBody>;

/** Body to change a group: any subset of the fields. */
export const UpdateGroupBody = Type.Partial(GroupBody);
export type UpdateGroupBody = Static<typeof UpdateGroupBody>;

/** Login body. */
export const LoginBody = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 320 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});
export type LoginBody = Static<typeof LoginBody>;

/** The signed-in session: who you are and the CSRF token to send back on writes. */
export const SessionSchema = Type.Object({
  user: UserSchema,
  workspace: Type.Object({
    id: Id,
    name: Type.String(),
    timeZone: Type.String(),
    languages: Type.Array(Type.Enum(LANGUAGES)),
    defaultLanguage: Type.Enum(LANGUAGES),
  }),
  csrfToken: Type.String(),
});
export type SessionSchema = Static<typeof SessionSchema>;

/** A personal API token (the secret is only returned once, at creation). */
export const ApiTokenSchema = Type.Object({
  id: Id,
  name: Type.String(),
  prefix: Type.String(),
  createdAt: Timestamp,
  lastUsedAt: Nullable(Timestamp),
  revokedAt: Nullable(Timestamp),
  token: Type.Optional(Type.String()),
});
export type ApiTokenSchema = Static<typeof ApiTokenSchema>;
