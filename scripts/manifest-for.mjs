// Derives each browser's manifest from the one manifest.json: Chrome runs the background as a service
// worker and rejects Gecko settings; Firefox runs it as an event page (background.scripts).
export function manifestFor(source, target) {
  const manifest = structuredClone(source);
  if (target === 'chrome') {
    manifest.background = { service_worker: source.background.service_worker };
    delete manifest.browser_specific_settings;
  } else if (target === 'firefox') {
    manifest.background = { scripts: source.background.scripts };
  } else {
    throw new Error(`unknown target ${target}`);
  }
  return manifest;
}
