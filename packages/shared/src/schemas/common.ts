import { Type, type Static, type TSchema } from 'typebox';

/** A UUID string. */
export const Id = Type.String({ format: 'uuid' });
/** An ISO 8601 UTC timestamp. */
export const Timestamp = Type.String({ format: 'date-time' });
/** A nullable value. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** `{ data, nextCursor }`: the shape of every list response. */
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ data: Type.Array(item), nextCursor: Nullable(Type.String()) });

/** Query parameters every cursor-paginated list accepts. */
export const PageQuery = Type.Object({
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});
export type PageQuery = Static<typeof PageQuery>;

/** The error response body. */
export const ErrorResponse = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  }),
});

/** A route parameter holding an id. */
export const IdParams = Type.Object({ id: Id });
export type IdParams = Static<typeof IdParams>;

