import { inject } from "vitest";

/** The tabs dev server of the e2e stack, or an already running one named by E2E_BASE_URL. */
export const baseUrl = (): string => process.env.E2E_BASE_URL ?? inject("baseUrl");
