declare module "vitest" {
  export interface ProvidedContext {
    /**
     * One stack per lane, from the e2e global setup: `baseUrl` is the origin of the built tabs
     * framed by the local Teams host page, `devUrl` that of the tabs' Vite dev server.
     */
    lanes: { baseUrl: string; devUrl: string }[];
    /** The WebSocket endpoint of the run's Chromium (support/shared-browser.ts). */
    browserEndpoint: string;
  }
}

export {};
