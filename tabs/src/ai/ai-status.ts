import type { AiStatus } from "@learning-loop/contract";
import { useEffect, useState } from "react";
import { callApi, scopePath } from "../api/api-client";

const asked = new Map<string, Promise<AiStatus>>();

/** The scope's AI status, asked once per page and scope; a failure counts as "off" and is asked again next time. */
export function aiStatus(scope: string): Promise<AiStatus> {
  let status = asked.get(scope);
  if (!status) {
    status = callApi<AiStatus>(`${scopePath(scope)}/ai`).then((answer) => answer.data);
    status.catch(() => asked.delete(scope));
    asked.set(scope, status);
  }
  return status;
}

/** After a use of the AI, the count left today changed: ask again. */
export function forgetAiStatus(scope: string) {
  asked.delete(scope);
}

/** Whether the AI actions show here: only when the deployment has AI and the scope's owner switched it on. */
export function useAiEnabled(scope: string): boolean {
  const [enabled, setEnabled] = useState(false);
  useEffect(() => {
    let current = true;
    aiStatus(scope).then(
      (status) => current && setEnabled(status.enabled),
      () => current && setEnabled(false),
    );
    return () => {
      current = false;
    };
  }, [scope]);
  return enabled;
}
