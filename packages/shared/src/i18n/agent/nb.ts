import type { messages as english } from './en.ts';

/** TEMP */
export const messages: Record<keyof typeof english, string> = {
};
