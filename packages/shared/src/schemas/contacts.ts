import { Type, type Static } from 'typebox';
import { Id, Nullable, Timestamp } from './common.ts';
import { LANGUAGES } from '../enums.ts';

/** A company customers belong to. */
export const CompanySchema = Type.Object({
  id: Id,
  name: Type.String(),
  domain: Nullable(Type.String()),
  notes: Type.String(),
  createdAt: Timestamp,
});
export type CompanySchema = Static<typeof CompanySchema>;

/** Body to create or change a company. */
export const CompanyBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  domain: Type.Optional(Nullable(Type.String({ maxLength: 253 }))),
  notes: Type.Optional(Type.String({ maxLength: 10000 })),
});
export type CompanyBody = Static<typeof CompanyBody>;

/** A customer. */
export const ContactSchema = Type.Object({
  id: Id,
  name: Type.String(),
  emails: Type.Array(Type.String()),
  phones: Type.Array(Type.String()),
  language: Type.Enum(LANGUAGES),
  timeZone: Nullable(Type.String()),
  companyId: Nullable(Id),
  createdAt: Timestamp,
});
export type ContactSchema = Static<typeof ContactSchema>;

/** Body to create or change a contact. */
export const ContactBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  emails: Type.Optional(Type.Array(Type.String({ format: 'email', maxLength: 320 }), { maxItems: 20 })),
  phones: Type.Optional(Type.Array(Type.String({ minLength: 3, maxLength: 40 }), { maxItems: 20 })),
  language: Type.Optional(Type.Enum(LANGUAGES)),
  timeZone: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  companyId: Type.Optional(Nullable(Id)),
});
export type ContactBody = Static<typeof ContactBody>;
