export * from './workspaces.ts';
export * from './contacts.ts';
export * from './tickets.ts';
export * from './email.ts';
