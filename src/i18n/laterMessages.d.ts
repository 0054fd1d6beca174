/** English in three parts (scripts/laterMessagesPlugin.ts): first, later (problems) and the editor's. */
declare module "virtual:en-messages/*" {
  const messages: Record<string, unknown>;
  export default messages;
}
