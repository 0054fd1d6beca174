/**
 * What Lighthouse's `installable-manifest` audit and the rest of its old PWA
 * category (up to Lighthouse 11) checked in a manifest, as a pure function:
 * Lighthouse 12 removed both, so the e2e suite checks the same things itself
 * (README, "Offline and installable"). Chromium's own verdict
 * (`Page.getInstallabilityErrors`) is checked beside it in e2e/offline.spec.ts.
 */
export interface ManifestIcon {
  src?: string;
  sizes?: string;
  type?: string;
  purpose?: string;
}

export interface WebManifest {
  name?: string;
  short_name?: string;
  start_url?: string;
  scope?: string;
  display?: string;
  background_color?: string;
  theme_color?: string;
  prefer_related_applications?: boolean;
  icons?: ManifestIcon[];
}

const INSTALLABLE_DISPLAYS = new Set([
  "fullscreen",
  "standalone",
  "minimal-ui",
  "window-controls-overlay",
]);

const hasSize = (icon: ManifestIcon, size: number) =>
  (icon.sizes ?? "").split(/\s+/).includes(`${size}x${size}`);

const isPng = (icon: ManifestIcon) =>
  icon.type === "image/png" || (icon.type === undefined && /\.png$/i.test(icon.src ?? ""));

/** Each problem as a sentence; none when the manifest passes. */
export function manifestProblems(manifest: WebManifest, manifestUrl: string): string[] {
  const problems: string[] = [];
  if (!manifest.name && !manifest.short_name) problems.push("neither name nor short_name");
  if (!manifest.short_name) problems.push("no short_name (shown under the home-screen icon)");
  if (!INSTALLABLE_DISPLAYS.has(manifest.display ?? "browser")) {
    problems.push(`display "${manifest.display ?? "browser"}" opens in a browser tab`);
  }
  if (manifest.prefer_related_applications) problems.push("prefer_related_applications is set");
  if (!manifest.start_url) problems.push("no start_url");
  else {
    const start = new URL(manifest.start_url, manifestUrl);
    const scope = new URL(manifest.scope ?? "./", manifestUrl);
    if (start.origin !== new URL(manifestUrl).origin) problems.push("start_url is off origin");
    else if (!start.pathname.startsWith(scope.pathname)) {
      problems.push(`start_url ${start.pathname} is outside scope ${scope.pathname}`);
    }
  }
  const icons = manifest.icons ?? [];
  const anyIcons = icons.filter((icon) => (icon.purpose ?? "any").split(/\s+/).includes("any"));
  for (const size of [192, 512]) {
    if (!anyIcons.some((icon) => hasSize(icon, size) && isPng(icon))) {
      problems.push(`no ${size}×${size} PNG icon`);
    }
  }
  const maskable = icons.filter((icon) => (icon.purpose ?? "").split(/\s+/).includes("maskable"));
  if (!maskable.some((icon) => hasSize(icon, 512) || hasSize(icon, 192))) {
    problems.push("no maskable icon");
  }
  // The splash screen and the themed title bar.
  if (!manifest.background_color) problems.push("no background_color");
  if (!manifest.theme_color) problems.push("no theme_color");
  return problems;
}

/** The width and height a PNG's header declares, or null for something that is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every icon the manifest declares with its size(s): each must decode at one of them. */
export function iconSizeProblem(icon: ManifestIcon, bytes: Uint8Array): string | null {
  const size = pngSize(bytes);
  if (!size) return `${icon.src} is not a PNG`;
  const declared = (icon.sizes ?? "").split(/\s+/).filter(Boolean);
  return declared.includes(`${size.width}x${size.height}`)
    ? null
    : `${icon.src} is ${size.width}×${size.height}, declared ${icon.sizes}`;
}
