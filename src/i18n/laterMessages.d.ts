/** English in two parts (scripts/laterMessagesPlugin.ts): each an object of top-level keys of en.json. */
declare module "virtual:en-messages/*" {
  const messages: Record<string, unknown>;
  export default messages;
}
