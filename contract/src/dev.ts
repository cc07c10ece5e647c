/** `GET /api/dev/token?user=NAME` (AUTH_MODE=dev only). */
export interface DevTokenResponse {
  token: string;
  user: { oid: string; tid: string; name: string };
}
