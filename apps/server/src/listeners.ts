import { registerConversationListeners } from './modules/conversations/listeners.ts';

/** Subscribes every module's reactions to domain events; every process that runs commands calls it once (repeating is harmless). */
export function registerListeners(): void {
  registerConversationListeners();
}
