/** A toolbar button's icon: decorative, since the button's words stay its name. */
export function ToolbarIcon({ path }: { path: string }) {
  return (
    <svg
      className="toolbar-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} />
    </svg>
  );
}
