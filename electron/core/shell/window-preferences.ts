// The BrowserWindow's web preferences: the renderer is an untrusted web page
// with one narrow door (the preload's window.moderato), nothing more.

/** A subset of Electron's WebPreferences, spelled out so plain-Node tests can check it. */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: boolean;
  devTools: boolean;
}

export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Dropping a file on the window would otherwise navigate to file://…
    navigateOnDragDrop: false,
    // The reply box benefits from it; it runs locally in Chromium.
    spellcheck: true,
    devTools: options.devTools,
  };
}
