/**
 * A saved draft's reopening on load. The panel's code is asked for with the session's, not when
 * the restored draft's panel first renders: that was one more round trip after the draft had
 * reopened (on a loaded machine "Draft restored" came seconds later), and a render that waited
 * for code (EditorPanelSlot). As on Edit, the draft reopens once both have come, so the panel
 * mounts with it. A panel whose code failed still lets the draft reopen: the slot asks again
 * and reports it.
 */
export async function reopenSavedDraft(
  saved: Promise<boolean>,
  loadSession: () => Promise<{ restore: () => Promise<boolean> }>,
  loadPanel: () => Promise<unknown>,
): Promise<boolean> {
  if (!(await saved)) return false;
  const panel = loadPanel().catch(() => {});
  const session = await loadSession();
  await panel;
  return session.restore();
}
