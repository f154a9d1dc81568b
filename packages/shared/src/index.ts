export * from './errors.ts';
export * from './events.ts';
export * from './enums.ts';
export * from './schemas/common.ts';
export * from './schemas/users.ts';
export * from './schemas/contacts.ts';
export * from './schemas/tickets.ts';
export * from './schemas/admin.ts';
