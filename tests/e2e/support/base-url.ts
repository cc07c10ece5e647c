import { inject } from "vitest";

/** The lane of this worker (tests/e2e/lanes.ts): vitest numbers its workers from 1. */
function lane() {
  const lanes = inject("lanes");
  const worker = Number(process.env.VITEST_POOL_ID ?? 1);
  return lanes[(worker - 1) % lanes.length]!;
}

/**
 * Where the browser tests open the tabs: the production build of this worker's lane of the e2e
 * stack (see tests/e2e/global-setup.ts), or an already running stack named by E2E_BASE_URL
 * (`npm start`).
 */
export const baseUrl = (): string => process.env.E2E_BASE_URL ?? lane().baseUrl;

/** The tabs' dev server, for what only development has: the local sign-in stand-in, the dev hints. */
export const devUrl = (): string => process.env.E2E_BASE_URL ?? lane().devUrl;
