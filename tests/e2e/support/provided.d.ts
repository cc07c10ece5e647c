declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the tabs dev server (with the local Teams host page), from the e2e global setup. */
    baseUrl: string;
  }
}

export {};
