import { authentication } from "@microsoft/teams-js";

/**
 * Teams caches and refreshes the SSO token itself, so asking for it before every call is the
 * documented pattern; nothing is stored here.
 */
export const getAuthToken = (): Promise<string> => authentication.getAuthToken();
