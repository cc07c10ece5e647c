declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the built tabs framed by the local Teams host page, from the e2e global setup. */
    baseUrl: string;
    /** Origin of the tabs' Vite dev server (with the local Teams host page). */
    devUrl: string;
    /** The WebSocket endpoint of the run's Chromium (support/shared-browser.ts). */
    browserEndpoint: string;
  }
}

export {};
