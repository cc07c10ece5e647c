import { inject } from "vitest";

/**
 * Where the browser tests open the tabs: the production build of the e2e stack (see
 * tests/e2e/global-setup.ts), or an already running stack named by E2E_BASE_URL (`npm start`).
 */
export const baseUrl = (): string => process.env.E2E_BASE_URL ?? inject("baseUrl");

/** The tabs' dev server, for what only development has: the local sign-in stand-in, the dev hints. */
export const devUrl = (): string => process.env.E2E_BASE_URL ?? inject("devUrl");
