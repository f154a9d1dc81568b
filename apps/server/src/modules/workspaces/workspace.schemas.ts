import { Type, type Static } from 'typebox';
import { Id, LANGUAGES, Timestamp } from '@tuki/shared';

// Route schemas of this module; candidates to move to packages/shared when the agent app needs them.

/** A workspace's settings as admins see and change them. */
export const WorkspaceSchema = Type.Object({
  id: Id,
  name: Type.String(),
  slug: Type.String(),
  timeZone: Type.String(),
  languages: Type.Array(Type.Enum(LANGUAGES)),
  defaultLanguage: Type.Enum(LANGUAGES),
  createdAt: Timestamp,
});
export type WorkspaceSchema = Static<typeof WorkspaceSchema>;

/** Body to change workspace settings; every property is optional. */
export const UpdateWorkspaceBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  languages: Type.Optional(Type.Array(Type.Enum(LANGUAGES), { minItems: 1, maxItems: LANGUAGES.length, uniqueItems: true })),
  defaultLanguage: Type.Optional(Type.Enum(LANGUAGES)),
});
export type UpdateWorkspaceBody = Static<typeof UpdateWorkspaceBody>;
