import type { TenantLessonSettings } from "@learning-loop/contract";
import { callApi } from "../../api/api-client";

/**
 * The shape of a Microsoft Entra object ID as the API takes it (`uuid` in the contract: RFC 9562,
 * version 1 to 8, variant 10xx; the nil and max UUIDs, which the API also takes, name nobody),
 * checked here without loading the contract's schemas.
 */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The object ID as typed (spaces and braces around it are forgiven), lower case; null if it is not one. */
export function objectIdOf(typed: string): string | null {
  const text = typed.trim().replace(/^\{(.*)\}$/, "$1");
  return OBJECT_ID.test(text) ? text.toLowerCase() : null;
}

/** `PUT /api/admin/lessons-settings`: the feed on or off for the whole tenant; the state the API kept. */
export async function saveFeedEnabled(feedEnabled: boolean): Promise<boolean> {
  const answer = await callApi<TenantLessonSettings>("admin/lessons-settings", {
    method: "PUT",
    body: { feedEnabled },
  });
  return answer.data.feedEnabled;
}

/** `DELETE /api/admin/people/{oid}`: "delete my data" for that person in every scope of the tenant (204). */
export async function erasePerson(oid: string): Promise<void> {
  await callApi(`admin/people/${encodeURIComponent(oid)}`, { method: "DELETE" });
}
