import { isStatus } from "../api/api-client";

export { writeApi } from "../api/api-client";

export const isStale = (error: unknown) => isStatus(error, 412);
